import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-day-of-year';

/** A body with one polled resource; arguments are raw JSON string content. */
const body = (updated: string, created = "yyyy-MM-dd'T'HH:mm:ssXXX", url = '/hubs/crm/contacts') =>
  `{"element": {"key": "zohocrm"}, "configuration": {"event.poller.configuration": {"contacts": {"url": "${url}", "idField": "id", "datesConfiguration": {"updatedDateField": "modified", "updatedDateFormat": "${updated}", "createdDateField": "created", "createdDateFormat": "${created}"}}}}}`;

/** The same inside a stringified poller configuration. */
const stringified = (url: string) =>
  `{"element": {"key": "box"}, "configuration": {"event.poller.configuration": "{\\"files\\": {\\"url\\": \\"${url}\\", \\"idField\\": \\"id\\"}}"}}`;

const message = (text: string, day: string) =>
  `'${text}' is the day of the year (1-366), not the day of the month: with a month in the pattern, every date after January is wrong (10 February is day 41). Use '${day}'.`;

testRule(rule, {
  valid: [
    { name: 'days of the month', code: body('MM/dd/yyyy HH:mm:ss', 'EEE, d MMM yyyy HH:mm:ss Z', "/hubs/crm/contacts?where=modified>'${gmtDate:yyyy-MM-dd HH:mm:ss}'") },
    { name: 'an ordinal date has no month', code: body('yyyy-DDD') },
    { name: 'a quoted D is text', code: body("yyyy-MM-dd'D'") },
  ],
  invalid: [
    {
      name: 'DD next to MM',
      code: body('yyyy-MM-DD HH:mm:ss'),
      findings: [{ message: message('DD', 'dd'), text: 'DD', path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'] }],
      suggestions: [{ title: "Replace with 'dd'", output: body('yyyy-MM-dd HH:mm:ss') }],
    },
    {
      name: 'DDD becomes dd',
      code: body("yyyy-MM-dd'T'HH:mm:ssXXX", 'DDD MMM yyyy'),
      findings: [{ message: message('DDD', 'dd'), text: 'DDD' }],
      suggestions: [{ title: "Replace with 'dd'", output: body("yyyy-MM-dd'T'HH:mm:ssXXX", 'dd MMM yyyy') }],
    },
    {
      name: 'in a template of a stringified poller configuration',
      code: stringified("/hubs/documents/files?where=modified>\\u0027${dateTimeZone:America/Denver:MM/DD/yyyy}\\u0027"),
      findings: [{ message: message('DD', 'dd'), text: 'DD', path: ['configuration', 'event.poller.configuration', 'files', 'url'] }],
      suggestions: [{ title: "Replace with 'dd'", output: stringified("/hubs/documents/files?where=modified>\\u0027${dateTimeZone:America/Denver:MM/dd/yyyy}\\u0027") }],
    },
  ],
});
