import { stringifiedUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-milliseconds';

/** A body with one polled resource; arguments are raw JSON string content. */
const body = (updated: string, created = "yyyy-MM-dd'T'HH:mm:ssXXX", url = '/hubs/crm/contacts') =>
  `{"element": {"key": "closeio"}, "configuration": {"event.poller.configuration": {"contacts": {"url": "${url}", "idField": "id", "datesConfiguration": {"updatedDateField": "date_updated", "updatedDateFormat": "${updated}", "createdDateField": "date_created", "createdDateFormat": "${created}"}}}}}`;

/** The same inside a stringified poller configuration. */
const stringified = (url: string) => stringifiedUrlBody(url, 'closeio', 'leads');

const reading = (text: string, digits: string, duration: string) =>
  `'${text}' is milliseconds, not a fraction of a second: it reads '.${digits}' as ${digits} milliseconds (${duration}), so times from the data are off. Check the precision of the dates: with three fraction digits use 'SSS'; SimpleDateFormat cannot read microseconds or nanoseconds.`;
const writing = (text: string, written: string) =>
  `'${text}' is milliseconds, not a fraction of a second: it writes 123 milliseconds as '.${written}', which the API reads as a smaller fraction, so the time sent is up to a second early. Check the precision the API expects: 'SSS' writes milliseconds; SimpleDateFormat cannot write microseconds.`;
const seconds = (text: string, fixed: string) =>
  `'${text}' is milliseconds, not seconds: right after the minutes, with no 's' in the pattern, it puts milliseconds where the seconds belong. Use '${fixed}'.`;

testRule(rule, {
  valid: [
    { name: 'milliseconds', code: body("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "/hubs/crm/contacts?where=modified>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSSXXX}'") },
    { name: 'fewer digits', code: body('HH:mm:ss.S', 'HH:mm:ss.SS') },
    { name: 'S after the seconds', code: body('mm:ss:SS') },
  ],
  invalid: [
    {
      name: 'microseconds read as milliseconds (closeio)',
      code: body("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX"),
      findings: [{
        message: reading('SSSSSS', '123456', 'about 2 minutes'),
        text: 'SSSSSS',
        path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'],
      }],
    },
    {
      name: 'four S',
      code: body("yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSS"),
      findings: [{ message: reading('SSSS', '1234', '1.2 seconds'), text: 'SSSS' }],
    },
    {
      name: 'nanoseconds',
      code: body("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS"),
      findings: [{ message: reading('SSSSSSSSS', '123456789', 'about 34 hours'), text: 'SSSSSSSSS' }],
    },
    {
      name: 'a template writes padded milliseconds, in a stringified poller configuration with \\u0027 quotes',
      code: stringified("/hubs/crm/leads?where=date_updated>\\u0027${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH:mm:ss.SSSSSSXXX}\\u0027"),
      findings: [{ message: writing('SSSSSS', '000123'), text: 'SSSSSS', path: ['configuration', 'event.poller.configuration', 'leads', 'url'] }],
    },
    {
      name: 'S where s was meant',
      code: body('yyyy-MM-dd HH:mm:SS'),
      findings: [{ message: seconds('SS', 'ss'), text: 'SS' }],
      suggestions: [{ title: "Replace with 'ss'", output: body('yyyy-MM-dd HH:mm:ss') }],
    },
  ],
});
