import { datePatternsBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-whitespace';

/** Which occurrence of `text` in `code` is the first one after `marker`, for texts that are not unique. */
function after(code: string, marker: string, text: string): number {
  const from = code.indexOf(marker) + marker.length;
  return code.slice(0, code.indexOf(text, from)).split(text).length - 1;
}

const message = (value: string, side: 'starts' | 'ends') =>
  `The date format '${value}' ${side} with white space: Java matches it as literal text, so dates without it fail to parse. Remove it.`;

const legacy = `{"element": {"key": "hubspot"}, "configuration": {"event.poller.urls": "contacts|/hubs/crm/contacts||lastmodifieddate| yyyy-MM-dd'T'HH:mm:ssZ||createdate|milliseconds"}}`;

testRule(rule, {
  valid: [
    { name: 'spaces inside a pattern', code: datePatternsBody('EEE, dd MMM yyyy HH:mm:ss Z', "yyyy-MM-dd' 'HH:mm:ss") },
    { name: 'a template is sent as written', code: datePatternsBody('milliseconds', 'milliseconds', "/hubs/crm/contacts?where=modified>'${gmtDate: yyyy-MM-dd}'") },
    { name: 'a spaced milliseconds is the syntax rule\'s', code: datePatternsBody(' milliseconds') },
  ],
  invalid: [
    {
      name: 'a trailing space',
      code: datePatternsBody('yyyy-MM-dd HH:mm:ss '),
      findings: [{ message: message('yyyy-MM-dd HH:mm:ss ', 'ends'), text: ' ', occurrence: after(datePatternsBody('yyyy-MM-dd HH:mm:ss '), 'HH:mm:ss', ' '), path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'] }],
      output: datePatternsBody('yyyy-MM-dd HH:mm:ss'),
    },
    {
      name: 'both ends, with an escaped tab',
      code: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", " yyyy-MM-dd\\t"),
      findings: [
        { message: message(' yyyy-MM-dd\t', 'starts'), text: ' ', occurrence: after(datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", ' yyyy-MM-dd\\t'), '"createdDateFormat": "', ' ') },
        { message: message(' yyyy-MM-dd\t', 'ends'), text: '\\t' },
      ],
      output: datePatternsBody("yyyy-MM-dd'T'HH:mm:ssXXX", 'yyyy-MM-dd'),
    },
    {
      name: 'inside a stringified poller configuration',
      code: '{"element": {"key": "box"}, "configuration": {"event.poller.configuration": "{\\"files\\": {\\"url\\": \\"/hubs/documents/files\\", \\"idField\\": \\"id\\", \\"datesConfiguration\\": {\\"updatedDateFormat\\": \\"yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX  \\"}}}"}}',
      findings: [{ message: message("yyyy-MM-dd'T'HH:mm:ssXXX  ", 'ends'), text: '  ' }],
      output: '{"element": {"key": "box"}, "configuration": {"event.poller.configuration": "{\\"files\\": {\\"url\\": \\"/hubs/documents/files\\", \\"idField\\": \\"id\\", \\"datesConfiguration\\": {\\"updatedDateFormat\\": \\"yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX\\"}}}"}}',
    },
    {
      name: 'a legacy format',
      code: legacy,
      findings: [{ message: message(" yyyy-MM-dd'T'HH:mm:ssZ", 'starts'), text: ' ', occurrence: after(legacy, 'lastmodifieddate|', ' '), path: ['configuration', 'event.poller.urls'] }],
      output: `{"element": {"key": "hubspot"}, "configuration": {"event.poller.urls": "contacts|/hubs/crm/contacts||lastmodifieddate|yyyy-MM-dd'T'HH:mm:ssZ||createdate|milliseconds"}}`,
    },
  ],
});
