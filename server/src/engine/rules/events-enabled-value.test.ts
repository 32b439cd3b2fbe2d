import { configurationBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './events-enabled-value';

const body = (value: string) => configurationBody(`"event.notification.enabled": ${value}`);

testRule(rule, {
  valid: [
    body('true'),
    body('false'),
    body('"true"'),
    body('"false"'),
    { name: 'a placeholder is left to no-placeholders', code: body('"<true_or_false>"') },
    { name: 'absent', code: '{"element": {"key": "box"}, "configuration": {"event.vendor.type": "polling"}}' },
    { name: 'the string "true" written with an escape', code: body('"tru\\u0065"') },
  ],
  invalid: [
    {
      name: 'a capital letter: fixed to the boolean',
      code: body('"True"'),
      findings: [{ message: `'event.notification.enabled' must be true or false, in lower case and without spaces: 'True' may not be read as true. Write true.`, text: '"True"', path: ['configuration', 'event.notification.enabled'] }],
      output: body('true'),
    },
    {
      name: 'spaces and capitals',
      code: body('" FALSE "'),
      findings: [{ message: `'event.notification.enabled' must be true or false, in lower case and without spaces: ' FALSE ' may not be read as false. Write false.`, text: '" FALSE "' }],
      output: body('false'),
    },
    {
      name: "'yes' is a suggestion only",
      code: body('"yes"'),
      findings: [{ message: `'event.notification.enabled' must be true or false; 'yes' is neither.`, text: '"yes"' }],
      suggestions: [{ title: 'Replace with true', output: body('true') }],
    },
    {
      name: 'the number 0 is a suggestion only',
      code: body('0'),
      findings: [{ message: `'event.notification.enabled' must be true or false; it is an integer.`, text: '0' }],
      suggestions: [{ title: 'Replace with false', output: body('false') }],
    },
    {
      name: 'a word with no clear meaning: no fix',
      code: body('"maybe"'),
      findings: [{ message: `'event.notification.enabled' must be true or false; 'maybe' is neither.`, text: '"maybe"' }],
    },
    {
      name: 'null',
      code: body('null'),
      findings: [{ message: `'event.notification.enabled' must be true or false; it is null.`, text: 'null' }],
    },
  ],
});
