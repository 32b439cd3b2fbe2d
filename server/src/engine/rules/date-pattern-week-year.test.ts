import { datePatternsBody, stringifiedUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-week-year';

const message = (text: string, year: string) =>
  `'${text}' is the week year, not the calendar year: in the last days of December or the first of January it is one year off (2018-12-31 is in week year 2019). Use '${year}'.`;

testRule(rule, {
  valid: [
    { name: 'calendar years', code: datePatternsBody("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", 'EEE, dd MMM yy HH:mm:ss Z', "/hubs/crm/contacts?where=modified>'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'") },
    { name: 'a week date, where the week year is right', code: datePatternsBody("YYYY-'W'ww-u") },
    { name: 'a quoted Y is text', code: datePatternsBody("'Year 'yyyy") },
    { name: 'a description is the syntax rule\'s', code: datePatternsBody('Year of the week') },
  ],
  invalid: [
    {
      name: 'YYYY in a format',
      code: datePatternsBody('YYYY-MM-dd HH:mm:ss'),
      findings: [{ message: message('YYYY', 'yyyy'), text: 'YYYY', path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'] }],
      suggestions: [{ title: "Replace with 'yyyy'", output: datePatternsBody('yyyy-MM-dd HH:mm:ss') }],
    },
    {
      name: 'YY keeps its count',
      code: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'dd/MM/YY'),
      findings: [{ message: message('YY', 'yy'), text: 'YY' }],
      suggestions: [{ title: "Replace with 'yy'", output: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'dd/MM/yy') }],
    },
    {
      name: 'in a template of a stringified poller configuration, with \\u0027 for the quotes',
      code: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${gmtDate:YYYY-MM-dd\\u0027T\\u0027HH:mm:ssXXX}\\u0027"),
      findings: [{ message: message('YYYY', 'yyyy'), text: 'YYYY', path: ['configuration', 'event.poller.configuration', 'files', 'url'] }],
      suggestions: [{
        title: "Replace with 'yyyy'",
        output: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX}\\u0027"),
      }],
    },
  ],
});
