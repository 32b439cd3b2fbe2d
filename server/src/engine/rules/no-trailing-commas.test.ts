import { testRule } from '../../../../test/support/ruleTester';
import rule from './no-trailing-commas';

const message = 'Trailing comma: strict JSON allows no comma after the last entry. Remove it.';

testRule(rule, {
  valid: ['{"tags": ["a", "b"], "name": "x"}', '{}', '[]'],
  invalid: [
    {
      name: 'after the last member',
      code: '{"name": "x",\n}',
      findings: [{ message, text: ',' }],
      output: '{"name": "x"\n}',
    },
    {
      name: 'in an array and an object',
      code: '{"tags": ["a",], "name": "x",}',
      findings: [{ message, text: ',', occurrence: 0 }, { message, text: ',', occurrence: 2 }],
      output: '{"tags": ["a"], "name": "x"}',
    },
    {
      name: 'inside the stringified poller configuration',
      code: '{"configuration": {"event.poller.configuration": "{\\"a\\": {},}"}}',
      findings: [{ message: `In the JSON string of event.poller.configuration: ${message}`, text: ',' }],
      output: '{"configuration": {"event.poller.configuration": "{\\"a\\": {}}"}}',
    },
  ],
});
