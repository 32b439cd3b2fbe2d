import { testRule } from '../../../../test/support/ruleTester';
import rule from './top-level-types';

testRule(rule, {
  valid: [
    {
      name: 'every top-level key with its type',
      code: `{
  "element": {"key": "quickbooks"},
  "providerData": {"code": "AB11", "realmId": "1234"},
  "configuration": {"event.notification.enabled": false},
  "tags": ["finance", "prod"],
  "name": "QuickBooks Online",
  "retrieveObjectsAfterInstantiation": true
}`,
    },
    { name: 'an empty tag list', code: '{"element": {"key": "box"}, "configuration": {}, "tags": []}' },
    { name: 'placeholders are strings', code: '{"element": {"key": "box"}, "configuration": {}, "tags": ["<Add_Your_Tag>"], "name": "<INSTANCE_NAME>"}' },
  ],
  invalid: [
    {
      name: 'a number name',
      code: '{"element": {"key": "box"}, "configuration": {}, "name": 42}',
      findings: [{ message: `'name' must be a string, the instance's display name; it is an integer.`, text: '42', path: ['name'] }],
    },
    {
      name: 'tags as one string: suggestion puts it in an array',
      code: '{"element": {"key": "box"}, "configuration": {}, "tags": "crm"}',
      findings: [{ message: `'tags' must be an array of strings, such as ["crm", "production"]; it is a string.`, text: '"crm"' }],
      suggestions: [{ title: 'Put the tag in an array', output: '{"element": {"key": "box"}, "configuration": {}, "tags": ["crm"]}' }],
    },
    {
      name: 'a tag in escapes is put in an array as it reads',
      code: '{"element": {"key": "box"}, "configuration": {}, "tags": "a\\/b"}',
      findings: [{ message: `'tags' must be an array of strings, such as ["crm", "production"]; it is a string.`, text: '"a\\/b"' }],
      suggestions: [{ title: 'Put the tag in an array', output: '{"element": {"key": "box"}, "configuration": {}, "tags": ["a/b"]}' }],
    },
    {
      name: 'each non-string tag',
      code: '{"element": {"key": "box"}, "configuration": {}, "tags": ["a", 1, {"b": 2}]}',
      findings: [
        { message: 'Each tag must be a string; tag 2 is an integer.', text: '1', path: ['tags', 1] },
        { message: 'Each tag must be a string; tag 3 is an object.', text: '{"b": 2}', path: ['tags', 2] },
      ],
    },
    {
      name: 'providerData as a string',
      code: '{"element": {"key": "box"}, "providerData": "AB11", "configuration": {}}',
      findings: [{ message: `'providerData' must be an object, such as {"code": "<authorization code>"} for OAuth 2; it is a string.`, text: '"AB11"' }],
    },
    {
      name: 'retrieveObjectsAfterInstantiation as the string "true" is fixed',
      code: '{"element": {"key": "box"}, "configuration": {}, "retrieveObjectsAfterInstantiation": "true"}',
      findings: [{ message: `'retrieveObjectsAfterInstantiation' must be a boolean, not the string "true". Write true without quotes.`, text: '"true"' }],
      output: '{"element": {"key": "box"}, "configuration": {}, "retrieveObjectsAfterInstantiation": true}',
    },
    {
      name: 'a case variant of "false" is fixed too',
      code: '{"element": {"key": "box"}, "configuration": {}, "retrieveObjectsAfterInstantiation": " False"}',
      findings: [{ message: `'retrieveObjectsAfterInstantiation' must be a boolean, not the string " False". Write false without quotes.`, text: '" False"' }],
      output: '{"element": {"key": "box"}, "configuration": {}, "retrieveObjectsAfterInstantiation": false}',
    },
    {
      name: 'retrieveObjectsAfterInstantiation as a number: no fix',
      code: '{"element": {"key": "box"}, "configuration": {}, "retrieveObjectsAfterInstantiation": 1}',
      findings: [{ message: `'retrieveObjectsAfterInstantiation' must be a boolean (true asks for the element's objects in the response); it is an integer.`, text: '1', occurrence: 0 }],
    },
  ],
});
