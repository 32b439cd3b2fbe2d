import { testRule } from '../../../../test/support/ruleTester';
import rule from './dates-configuration-incomplete';

/** A Magento-like body whose orders resource has the given datesConfiguration (JSON source text). */
const body = (dates: string, extra = '') => `{
  "element": {"key": "magentov20"},
  "configuration": {
    "event.notification.enabled": "true",
    "event.poller.configuration": {
      "orders": {
        "url": "/hubs/ecommerce/orders?where=updated_at>='\${gmtDate:yyyy-MM-dd HH:mm:ss}'",
        "idField": "increment_id",${extra}
        "datesConfiguration": ${dates}
      }
    }
  }
}`;

const stringified = (dates: string) => `{"configuration": {"event.poller.configuration": "{\\"orders\\": {\\"url\\": \\"/hubs/ecommerce/orders\\", \\"idField\\": \\"id\\", \\"datesConfiguration\\": ${dates}}}"}}`;

const UPDATED = '"updatedDateField": "updated_at", "updatedDateFormat": "yyyy-MM-dd HH:mm:ss"';
const CREATED = '"createdDateField": "created_at", "createdDateFormat": "yyyy-MM-dd HH:mm:ss"';
const CREATED_WHY = 'the poller compares the created date with the updated date to label each event CREATED or UPDATED. Add them.'
  + " If the API has no creation date, repeat the updated date's field and format and set 'filterByUpdatedDate': false.";

testRule(rule, {
  valid: [
    { name: 'both pairs', code: body(`{${UPDATED}, "updatedDateTimezone": "GMT", ${CREATED}}`) },
    { name: 'all empty, as unused in element defaults', code: body('{"updatedDateField": "", "updatedDateFormat": "", "createdDateField": "", "createdDateFormat": ""}') },
    { name: 'an empty datesConfiguration says no more than none', code: body('{   }') },
    { name: 'no datesConfiguration', code: '{"configuration": {"event.poller.configuration": {"users": {"url": "/hubs/helpdesk/users", "idField": "id"}}}}' },
    { name: 'a misspelt required field is unknown-poller-field\'s', code: body(`{${UPDATED}, "createdDateFeild": "created_at", "createdDateFormat": "yyyy-MM-dd HH:mm:ss"}`) },
    { name: 'a required field one level too high is unknown-poller-field\'s', code: body(`{${UPDATED}, "createdDateFormat": "yyyy-MM-dd HH:mm:ss"}`, '\n        "createdDateField": "created_at",') },
    { name: 'stringified', code: stringified(`{${UPDATED.replace(/"/g, '\\"')}, ${CREATED.replace(/"/g, '\\"')}}`) },
  ],
  invalid: [
    {
      name: 'no created pair, reported on datesConfiguration',
      code: body(`{${UPDATED}}`),
      findings: [{
        message: `'datesConfiguration' of resource 'orders' lacks 'createdDateField' and 'createdDateFormat', which CE's docs mark required: ${CREATED_WHY}`,
        text: '"datesConfiguration"',
        path: ['configuration', 'event.poller.configuration', 'orders', 'datesConfiguration'],
      }],
      suggestions: [{
        title: "Add 'createdDateField' and 'createdDateFormat'",
        output: body(`{${UPDATED}, "createdDateField": "", "createdDateFormat": "yyyy-MM-dd'T'HH:mm:ssXXX"}`),
        snippet: `, "createdDateField": "\${1}", "createdDateFormat": "\${2|yyyy-MM-dd'T'HH:mm:ssXXX,milliseconds,yyyy-MM-dd'T'HH:mm:ss.SSSXXX,yyyy-MM-dd HH:mm:ss|}"`,
      }],
    },
    {
      name: 'inside a stringified configuration the added members are escaped for the string',
      code: stringified(`{${UPDATED.replace(/"/g, '\\"')}}`),
      findings: [{ message: /^'datesConfiguration' of resource 'orders' lacks 'createdDateField' and 'createdDateFormat'/, text: '\\"datesConfiguration\\"' }],
      suggestions: [{
        title: "Add 'createdDateField' and 'createdDateFormat'",
        output: stringified(`{${UPDATED.replace(/"/g, '\\"')}, \\"createdDateField\\": \\"\\", \\"createdDateFormat\\": \\"yyyy-MM-dd'T'HH:mm:ssXXX\\"}`),
        snippet: `, \\\\"createdDateField\\\\": \\\\"\${1}\\\\", \\\\"createdDateFormat\\\\": \\\\"\${2|yyyy-MM-dd'T'HH:mm:ssXXX,milliseconds,yyyy-MM-dd'T'HH:mm:ss.SSSXXX,yyyy-MM-dd HH:mm:ss|}\\\\"`,
      }],
    },
    {
      name: 'no updated format',
      code: body(`{"updatedDateField": "updated_at", ${CREATED}}`),
      findings: [{
        message: "'datesConfiguration' of resource 'orders' lacks 'updatedDateFormat', which CE's docs mark required: the poller uses the updated date to keep only records changed since the last poll. Add it.",
        text: '"datesConfiguration"',
      }],
    },
    {
      name: 'only time zones',
      code: body('{"updatedDateTimezone": "GMT", "createdDateTimezone": "GMT"}'),
      findings: [{
        message: "'datesConfiguration' of resource 'orders' lacks 'updatedDateField', 'updatedDateFormat', 'createdDateField' and 'createdDateFormat', which CE's docs mark required: "
          + 'the poller uses the updated date to keep only records changed since the last poll and compares the created date with the updated date to label each event CREATED or UPDATED. Add them.'
          + " If the API has no creation date, repeat the updated date's field and format and set 'filterByUpdatedDate': false.",
        text: '"datesConfiguration"',
      }],
    },
    {
      name: 'a format left empty while its field is set',
      code: body(`{"updatedDateField": "updated_at", "updatedDateFormat": "", ${CREATED}}`),
      findings: [{
        message: "'updatedDateFormat' is empty while 'updatedDateField' names a field: the poller cannot read those dates. "
          + "Write the field's format (a Java date pattern such as \"yyyy-MM-dd'T'HH:mm:ssXXX\", or 'milliseconds'), or empty both if the date is not used.",
        text: '""',
        path: ['configuration', 'event.poller.configuration', 'orders', 'datesConfiguration', 'updatedDateFormat'],
      }],
    },
    {
      name: 'a field left blank while its format is set',
      code: body(`{${UPDATED}, "createdDateField": " ", "createdDateFormat": "yyyy-MM-dd HH:mm:ss"}`),
      findings: [{
        message: "'createdDateField' is empty while 'createdDateFormat' is set: the format has no field to read. Name the response field that holds the created date, or empty both if it is not used.",
        text: '" "',
      }],
    },
    {
      name: 'inside a stringified configuration',
      code: stringified('{\\"updatedDateField\\": \\"updated_at\\", \\"updatedDateFormat\\": \\"\\", \\"createdDateField\\": \\"\\", \\"createdDateFormat\\": \\"\\"}'),
      findings: [{ message: /^'updatedDateFormat' is empty while 'updatedDateField' names a field/, text: '\\"\\"', occurrence: 0 }],
    },
    {
      name: 'escapes before the finding in a stringified configuration',
      code: stringified('{\\"updatedDateField\\": \\"updated\\u005Fat\\", \\"updatedDateFormat\\": \\" \\", \\"createdDateField\\": \\"\\", \\"createdDateFormat\\": \\"\\"}'),
      findings: [{ message: /^'updatedDateFormat' is empty while 'updatedDateField' names a field/, text: '\\" \\"' }],
    },
  ],
});
