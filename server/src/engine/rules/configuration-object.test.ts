import { testRule } from '../../../../test/support/ruleTester';
import rule from './configuration-object';

testRule(rule, {
  valid: [
    {
      name: 'a webhooks body',
      code: `{
  "element": {"key": "shopify"},
  "configuration": {
    "shopify.site.address": "my-store.myshopify.com",
    "event.notification.enabled": "true",
    "event.vendor.type": "webhooks",
    "event.notification.callback.url": "https://hooks.example.com/ce"
  },
  "name": "Shopify"
}`,
    },
    { name: 'an empty configuration', code: '{"element": {"key": "box"}, "configuration": {}}' },
    { name: 'a configuration lost to a syntax error is left to invalid-json', code: '{"element": {"key": "box"}, {% x %} "configuration": {}}' },
  ],
  invalid: [
    {
      name: 'no configuration',
      code: '{"element": {"key": "box"}, "name": "Box"}',
      findings: [{
        message: `The body has no 'configuration': the element's settings (credentials, and the 'event.*' keys) go there, and the API needs them to connect. Add "configuration": { ... } with the keys the element asks for (GET /elements/{keyOrId}/configuration lists them).`,
        text: '{',
        path: [],
      }],
    },
    {
      name: 'configuration as JSON text',
      code: '{"element": {"key": "box"}, "configuration": "{\\"username\\": \\"u\\"}"}',
      findings: [{
        message: `'configuration' must be an object of configuration keys and values; it is a string. Write the object itself, not JSON text in a string.`,
        text: '"{\\"username\\": \\"u\\"}"',
        path: ['configuration'],
      }],
    },
    {
      name: 'configuration as an array',
      code: '{"element": {"key": "box"}, "configuration": [{"username": "u"}]}',
      findings: [{ message: `'configuration' must be an object of configuration keys and values; it is an array.`, text: '[{"username": "u"}]' }],
    },
    {
      name: 'configuration null',
      code: '{"element": {"key": "box"}, "configuration": null}',
      findings: [{ message: `'configuration' must be an object of configuration keys and values; it is null.`, text: 'null' }],
    },
  ],
});
