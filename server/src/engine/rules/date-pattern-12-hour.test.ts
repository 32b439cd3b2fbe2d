import { datePatternsBody, stringifiedUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-12-hour';

const message = (text: string, range: string, hour: string) =>
  `'${text}' is the hour on a 12-hour clock (${range}), and the pattern has no AM/PM field 'a': 7 in the morning and 7 in the evening look the same. Use '${hour}' for the 24-hour clock (0-23), or add ' a' if the dates carry AM/PM.`;

testRule(rule, {
  valid: [
    { name: '24-hour clocks', code: datePatternsBody('yyyy-MM-dd HH:mm:ss', "yyyy-MM-dd'T'kk:mm:ss", "/hubs/crm/contacts?where=modified>'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'") },
    { name: 'a 12-hour clock with its AM/PM marker', code: datePatternsBody('MM/dd/yyyy hh:mm a', 'h:mm a, MMM d') },
    { name: 'K with a', code: datePatternsBody('KK:mm a') },
    { name: "a quoted 'h' is text", code: datePatternsBody("HH'h'mm") },
  ],
  invalid: [
    {
      name: 'hh without a',
      code: datePatternsBody('yyyy-MM-dd hh:mm:ss'),
      findings: [{ message: message('hh', '1-12', 'HH'), text: 'hh', path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'] }],
      suggestions: [{ title: "Replace with 'HH'", output: datePatternsBody('yyyy-MM-dd HH:mm:ss') }],
    },
    {
      name: 'K without a',
      code: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'yyyy-MM-dd K:mm'),
      findings: [{ message: message('K', '0-11', 'H'), text: 'K' }],
      suggestions: [{ title: "Replace with 'H'", output: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'yyyy-MM-dd H:mm') }],
    },
    {
      name: 'in a template of a stringified poller configuration, with \\u0027 for the quotes',
      code: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${gmtDate:yyyy-MM-dd\\u0027T\\u0027hh:mm:ss}\\u0027"),
      findings: [{ message: message('hh', '1-12', 'HH'), text: 'hh', path: ['configuration', 'event.poller.configuration', 'files', 'url'] }],
      suggestions: [{ title: "Replace with 'HH'", output: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH:mm:ss}\\u0027") }],
    },
  ],
});
