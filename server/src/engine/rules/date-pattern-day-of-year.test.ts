import { datePatternsBody, stringifiedUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-day-of-year';

const message = (text: string, day: string) =>
  `'${text}' is the day of the year (1-366), not the day of the month: with a month in the pattern, every date after January is wrong (10 February is day 41). Use '${day}'.`;

testRule(rule, {
  valid: [
    { name: 'days of the month', code: datePatternsBody('MM/dd/yyyy HH:mm:ss', 'EEE, d MMM yyyy HH:mm:ss Z', "/hubs/crm/contacts?where=modified>'${gmtDate:yyyy-MM-dd HH:mm:ss}'") },
    { name: 'an ordinal date has no month', code: datePatternsBody('yyyy-DDD') },
    { name: 'a quoted D is text', code: datePatternsBody("yyyy-MM-dd'D'") },
  ],
  invalid: [
    {
      name: 'DD next to MM',
      code: datePatternsBody('yyyy-MM-DD HH:mm:ss'),
      findings: [{ message: message('DD', 'dd'), text: 'DD', path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'] }],
      suggestions: [{ title: "Replace with 'dd'", output: datePatternsBody('yyyy-MM-dd HH:mm:ss') }],
    },
    {
      name: 'DDD becomes dd',
      code: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'DDD MMM yyyy'),
      findings: [{ message: message('DDD', 'dd'), text: 'DDD' }],
      suggestions: [{ title: "Replace with 'dd'", output: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'dd MMM yyyy') }],
    },
    {
      name: 'in a template of a stringified poller configuration',
      code: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${dateTimeZone:America/Denver:MM/DD/yyyy}\\u0027"),
      findings: [{ message: message('DD', 'dd'), text: 'DD', path: ['configuration', 'event.poller.configuration', 'files', 'url'] }],
      suggestions: [{ title: "Replace with 'dd'", output: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${dateTimeZone:America/Denver:MM/dd/yyyy}\\u0027") }],
    },
  ],
});
