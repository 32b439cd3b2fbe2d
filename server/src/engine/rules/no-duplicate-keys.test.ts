import { testRule } from '../../../../test/support/ruleTester';
import rule from './no-duplicate-keys';

testRule(rule, {
  valid: ['{"a": 1, "b": {"a": 2}}', '{"configuration": {"event.vendor.type": "polling"}}'],
  invalid: [
    {
      name: 'the later key is reported, the earlier one can be removed',
      code: '{\n  "configuration": {\n    "event.vendor.type": "webhooks",\n    "event.vendor.type": "polling"\n  }\n}',
      findings: [{
        message: "Duplicate key 'event.vendor.type': only this last value counts; the one on line 3 is ignored. Keep one of them.",
        text: '"event.vendor.type"',
        occurrence: 1,
        path: ['configuration', 'event.vendor.type'],
      }],
      suggestions: [{
        title: "Remove the earlier 'event.vendor.type' (line 3)",
        output: '{\n  "configuration": {\n    "event.vendor.type": "polling"\n  }\n}',
      }],
    },
    {
      name: 'a duplicate as the last member',
      code: '{"name": "a", "tags": [], "name": "b"}',
      findings: [{ message: "Duplicate key 'name': only this last value counts; the one on line 1 is ignored. Keep one of them.", text: '"name"', occurrence: 1 }],
      suggestions: [{ title: "Remove the earlier 'name' (line 1)", output: '{"tags": [], "name": "b"}' }],
    },
  ],
});
