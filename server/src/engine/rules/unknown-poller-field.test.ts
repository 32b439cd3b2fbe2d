import { pollerResourceMember, pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './unknown-poller-field';

/** A HubSpot-like body whose contacts resource has the given members (JSON source text). */
const body = (members: string) => pollingInstanceBody('hubspotcrm', pollerResourceMember('contacts', [
  `"url": "/hubs/crm/contacts?where=lastmodifieddate='\${date}'"`,
  members,
]));

const DATES = '"updatedDateField": "properties.lastmodifieddate", "updatedDateFormat": "milliseconds"';

/** The same, stringified. */
const stringified = (members: string) => `{"configuration": {"event.poller.configuration": "{\\"contacts\\": {\\"url\\": \\"/hubs/crm/contacts\\", ${members}}}"}}`;

testRule(rule, {
  valid: [
    {
      name: 'every documented field',
      code: body(`"idField": "vid", "filterByUpdatedDate": true, "filterByCurrentDate": false, "createdCheckTolerance": 10, "pageSize": 100, "pollDelay": 0, "xPath": "id",
        "datesConfiguration": {${DATES}, "updatedDateTimezone": "GMT", "createdDateField": "properties.createdate", "createdDateFormat": "milliseconds", "createdDateTimezone": "GMT", "createdCheckTolerance": 10}`),
    },
    { name: 'stringified', code: stringified('\\"idField\\": \\"vid\\", \\"datesConfiguration\\": {\\"updatedDateTimezone\\": \\"GMT\\"}') },
    { name: 'a placeholder key is no-placeholders\'s', code: body('"idField": "vid", "<OPTIONAL_FIELD>": true') },
  ],
  invalid: [
    {
      name: 'a typo in a resource field is renamed',
      code: body('"idField": "vid", "filterByUpdateDate": false'),
      findings: [{
        message: "Unknown field 'filterByUpdateDate' in resource 'contacts': it is not a documented poller setting, so it is probably a slip. Did you mean 'filterByUpdatedDate'?",
        text: '"filterByUpdateDate"',
        path: ['configuration', 'event.poller.configuration', 'contacts', 'filterByUpdateDate'],
      }],
      output: body('"idField": "vid", "filterByUpdatedDate": false'),
    },
    {
      name: 'case slips, in a resource and in datesConfiguration',
      code: body(`"idfield": "vid", "datesConfiguration": {${DATES}, "updatedDateTimeZone": "GMT"}`),
      findings: [
        { message: "Unknown field 'idfield' in resource 'contacts': it is not a documented poller setting, so it is probably a slip. Did you mean 'idField'?", text: '"idfield"' },
        { message: "Unknown field 'updatedDateTimeZone' in 'datesConfiguration' of resource 'contacts': it is not a documented poller setting, so it is probably a slip. Did you mean 'updatedDateTimezone'?", text: '"updatedDateTimeZone"' },
      ],
      output: body(`"idField": "vid", "datesConfiguration": {${DATES}, "updatedDateTimezone": "GMT"}`),
    },
    {
      name: 'no rename onto a key that is already there',
      code: body('"idField": "vid", "idfield": "id"'),
      findings: [{ message: /^Unknown field 'idfield' in resource 'contacts'.*Did you mean 'idField'\?$/, text: '"idfield"' }],
    },
    {
      name: 'no rename when two slips would become the same key',
      code: body('"idfield": "vid", "IdField": "id"'),
      findings: [
        { message: /^Unknown field 'idfield' in resource 'contacts'.*Did you mean 'idField'\?$/, text: '"idfield"' },
        { message: /^Unknown field 'IdField' in resource 'contacts'.*Did you mean 'idField'\?$/, text: '"IdField"' },
      ],
    },
    {
      name: 'a field with no near match lists the known ones',
      code: body('"idField": "vid", "limit": 50'),
      findings: [{
        message: "Unknown field 'limit' in resource 'contacts': it is not a documented poller setting, so it is probably a slip. Known fields: 'url', 'idField', 'datesConfiguration', 'filterByUpdatedDate', 'filterByCurrentDate', 'createdCheckTolerance', 'pageSize', 'pollDelay', 'xPath'.",
        text: '"limit"',
      }],
    },
    {
      name: 'a date field beside url (the DP-archive-poll slip) can be moved into datesConfiguration',
      code: body(`"idField": "vid",
        "updatedDateTimezone": "MST",
        "datesConfiguration": {${DATES}}`),
      findings: [{
        message: "'updatedDateTimezone' is a date setting: it belongs inside 'datesConfiguration', where the poller reads the date settings, not beside 'url' in resource 'contacts'. Move it into 'datesConfiguration'.",
        text: '"updatedDateTimezone"',
      }],
      suggestions: [{
        title: "Move 'updatedDateTimezone' into 'datesConfiguration'",
        output: body(`"idField": "vid",
        "datesConfiguration": {${DATES}, "updatedDateTimezone": "MST"}`),
      }],
    },
    {
      name: 'a miscased date field beside url, with no datesConfiguration to move it to',
      code: body('"idField": "vid", "updatedDateTimeZone": "MST"'),
      findings: [{
        message: "'updatedDateTimeZone' is a date setting: it belongs inside 'datesConfiguration' as 'updatedDateTimezone', where the poller reads the date settings, not beside 'url' in resource 'contacts'. Move it into 'datesConfiguration'.",
        text: '"updatedDateTimeZone"',
      }],
    },
    {
      name: 'a miscased date field beside url is moved under its right name',
      code: body(`"idField": "vid", "createdDateTimeZone":"GMT", "datesConfiguration": {${DATES}}`),
      findings: [{ message: /^'createdDateTimeZone' is a date setting: it belongs inside 'datesConfiguration' as 'createdDateTimezone'/, text: '"createdDateTimeZone"' }],
      suggestions: [{
        title: "Move 'createdDateTimezone' into 'datesConfiguration'",
        output: body(`"idField": "vid", "datesConfiguration": {${DATES}, "createdDateTimezone":"GMT"}`),
      }],
    },
    {
      name: 'a resource setting inside datesConfiguration can be moved up, on a line of its own',
      code: body(`"idField": "vid",
        "datesConfiguration": {${DATES}, "pageSize": 100}`),
      findings: [{
        message: "'pageSize' is a setting of the resource itself: it belongs beside 'url' in resource 'contacts', not inside 'datesConfiguration'. Move it up.",
        text: '"pageSize"',
      }],
      suggestions: [{
        title: "Move 'pageSize' into resource 'contacts'",
        output: body(`"idField": "vid",
        "datesConfiguration": {${DATES}},
        "pageSize": 100`),
      }],
    },
    {
      name: 'inside a stringified configuration, the rename keeps the escapes',
      code: stringified('\\"idField\\": \\"vid\\", \\"filterByUpdateDate\\": true'),
      findings: [{
        message: /^Unknown field 'filterByUpdateDate' in resource 'contacts'/,
        text: '\\"filterByUpdateDate\\"',
        path: ['configuration', 'event.poller.configuration', 'contacts', 'filterByUpdateDate'],
      }],
      output: stringified('\\"idField\\": \\"vid\\", \\"filterByUpdatedDate\\": true'),
    },
    {
      name: 'an escaped key in a stringified configuration',
      code: stringified('\\"\\u0069dfield\\": \\"vid\\"'),
      findings: [{ message: /Did you mean 'idField'\?$/, text: '\\"\\u0069dfield\\"' }],
      output: stringified('\\"idField\\": \\"vid\\"'),
    },
    {
      name: 'a move inside a stringified configuration',
      code: stringified('\\"idField\\": \\"vid\\", \\"datesConfiguration\\": {\\"pollDelay\\": 30}'),
      findings: [{ message: /^'pollDelay' is a setting of the resource itself/, text: '\\"pollDelay\\"' }],
      suggestions: [{ title: "Move 'pollDelay' into resource 'contacts'", output: stringified('\\"idField\\": \\"vid\\", \\"datesConfiguration\\": {}, \\"pollDelay\\": 30') }],
    },
  ],
});
