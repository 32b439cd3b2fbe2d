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
  ],
});
