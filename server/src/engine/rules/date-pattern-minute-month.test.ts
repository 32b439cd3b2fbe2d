import { datePatternsBody, stringifiedUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-minute-month';

const minuteAsMonth = (text: string, swapped: string) =>
  `'${text}' is the minute, not the month: among the date fields it puts the minutes where the month belongs. Use '${swapped}'.`;
const monthAsMinute = (text: string, swapped: string) =>
  `'${text}' is the month, not the minute: among the time fields it puts the month where the minutes belong. Use '${swapped}'.`;

testRule(rule, {
  valid: [
    { name: 'ISO date and time', code: datePatternsBody("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", 'yyyy-MM-dd HH:mm:ss', "/hubs/crm/contacts?where=modified>'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'") },
    { name: 'US date with a 12-hour time', code: datePatternsBody('MM/dd/yyyy hh:mm a', 'EEE, dd MMM yyyy HH:mm:ss Z') },
    { name: 'European dates with dots', code: datePatternsBody('dd.MM.yyyy HH.mm', 'HH:mm dd-MM-yyyy') },
    { name: 'the EXIF form joins the date with colons', code: datePatternsBody('yyyy:MM:dd HH:mm:ss') },
    { name: 'compact forms', code: datePatternsBody("yyyyMMdd'T'HHmmss'Z'", 'yyyyMMddHHmm') },
    { name: 'a month name is never a minute', code: datePatternsBody('HH:MMM') },
    { name: 'minutes and seconds alone', code: datePatternsBody('mm:ss') },
    { name: 'a field between a date and a time tells nothing (swapping it would be flagged back)', code: datePatternsBody('yyyy-M:mm:ss', 'yyyy-m:mm:ss') },
  ],
  invalid: [
    {
      name: 'mm in the date part',
      code: datePatternsBody('yyyy-mm-dd HH:mm:ss'),
      findings: [{ message: minuteAsMonth('mm', 'MM'), text: 'mm', path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'] }],
      suggestions: [{ title: "Replace with 'MM'", output: datePatternsBody('yyyy-MM-dd HH:mm:ss') }],
    },
    {
      name: 'MM in the time part',
      code: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'yyyy-MM-dd HH:MM:ss'),
      findings: [{ message: monthAsMinute('MM', 'mm'), text: 'MM', occurrence: 2 }],
      suggestions: [{ title: "Replace with 'mm'", output: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'yyyy-MM-dd HH:mm:ss') }],
    },
    {
      name: 'both swapped',
      code: datePatternsBody('dd/mm/yyyy HH:MM'),
      findings: [
        { message: minuteAsMonth('mm', 'MM'), text: 'mm' },
        { message: monthAsMinute('MM', 'mm'), text: 'MM' },
      ],
      suggestions: [{ title: "Replace with 'MM'", output: datePatternsBody('dd/MM/yyyy HH:MM') }],
    },
    {
      name: 'a compact date',
      code: datePatternsBody('yyyymmdd'),
      findings: [{ message: minuteAsMonth('mm', 'MM'), text: 'mm' }],
      suggestions: [{ title: "Replace with 'MM'", output: datePatternsBody('yyyyMMdd') }],
    },
    {
      name: 'in a template of a stringified poller configuration',
      code: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH:MM:ss}\\u0027"),
      findings: [{ message: monthAsMinute('MM', 'mm'), text: 'MM', occurrence: 1, path: ['configuration', 'event.poller.configuration', 'files', 'url'] }],
      suggestions: [{ title: "Replace with 'mm'", output: stringifiedUrlBody("/hubs/documents/files?where=modified>\\u0027${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH:mm:ss}\\u0027") }],
    },
  ],
});
