import { testRule } from '../../../../test/support/ruleTester';
import rule from './invalid-json';

testRule(rule, {
  valid: [
    '{"element": {"key": "box"}, "configuration": {}}',
    '[1, 2, 3]',
    { name: 'a valid stringified poller configuration', code: '{"configuration": {"event.poller.configuration": "{\\"contacts\\": {\\"url\\": \\"/hubs/crm/contacts\\"}}"}}' },
    { name: 'a string that is not JSON, in another key', code: '{"configuration": {"event.objects": "{not json"}}' },
  ],
  invalid: [
    {
      name: 'a byte order mark before the JSON (an editor saving "UTF-8 with BOM")',
      code: '\uFEFF{"element": {"key": "box"}}',
      findings: [{
        message: "The text starts with a byte order mark (U+FEFF), which JSON does not allow: a strict parser, like the API's, rejects the body. Remove it (save the file as UTF-8 without BOM).",
        text: '\uFEFF',
      }],
      output: '{"element": {"key": "box"}}',
    },
    {
      name: 'a missing comma',
      code: '{"element": {"key": "box"} "configuration": {}}',
      findings: [{ message: "Expected ',' between entries.", text: '"configuration"' }],
    },
    {
      name: 'an unterminated string',
      code: '{"name": "abc',
      findings: [
        { message: 'Unterminated string: the closing double quote is missing.', text: '"abc' },
        { message: "Expected '}' to close the object.", text: '' , occurrence: 13 },
      ],
    },
    {
      name: 'an empty text',
      code: '',
      findings: [{ message: 'Expected a value.', text: '' }],
    },
    {
      name: 'broken JSON inside the poller configuration string points into the string',
      code: '{"configuration": {"event.poller.configuration": "{\\"contacts\\": {\\"url\\" \\"/hubs\\"}}"}}',
      findings: [{ message: "In the JSON string of event.poller.configuration: Expected ':' after the property name.", text: '\\"/hubs\\"', path: ['configuration', 'event.poller.configuration', 'contacts'] }],
    },
    {
      name: 'a run of pasted non-JSON on one line is one finding',
      code: '{\n  "configuration": {\n{% include_relative x.md %},\n  "a": 1}\n}',
      findings: [
        { message: 'Expected a property name in double quotes.', text: '{', occurrence: 2 },
        { message: 'Unexpected text: this is not JSON.', text: '% include_relative x.md %' },
        { message: 'Expected a value.', text: '}', occurrence: 0 },
        { message: 'Expected the end of the text: only one value is allowed.', text: '}', occurrence: 2 },
      ],
    },
  ],
});
