import { testRule } from '../../../../test/support/ruleTester';
import rule from './no-comments';

const message = 'Comments are not allowed in JSON: the API rejects the body. Remove the comment (put notes in "name" or "tags" if they must travel with the instance).';

testRule(rule, {
  valid: [
    '{"configuration": {"event.notification.callback.url": "https://example.com/hook"}}',
    '{"name": "a // b /* c */"}',
  ],
  invalid: [
    {
      name: 'a line comment alone on its line goes with the line',
      code: '{\n  // the element\n  "element": {"key": "box"}\n}',
      findings: [{ message, text: '// the element' }],
      output: '{\n  "element": {"key": "box"}\n}',
    },
    {
      name: 'a block comment after a value',
      code: '{"name": "x" /* why */, "tags": []}',
      findings: [{ message, text: '/* why */' }],
      output: '{"name": "x" , "tags": []}',
    },
    {
      name: 'a comment inside the stringified poller configuration',
      code: '{"configuration": {"event.poller.configuration": "{/* x */\\"a\\": {}}"}}',
      findings: [{ message: `In the JSON string of event.poller.configuration: ${message}`, text: '/* x */' }],
      output: '{"configuration": {"event.poller.configuration": "{\\"a\\": {}}"}}',
    },
  ],
});
