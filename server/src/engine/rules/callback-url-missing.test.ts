import { configurationBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './callback-url-missing';

const message = (how: string) => `Events are on but 'event.notification.callback.url' is ${how}: the platform has nowhere to send them. Set it to the https URL of the endpoint in your app that receives events.`;

testRule(rule, {
  valid: [
    configurationBody('"event.notification.enabled": true, "event.notification.callback.url": "https://example.com/events"'),
    { name: 'events on as a string', code: configurationBody('"event.notification.enabled": "true", "event.notification.callback.url": "https://example.com/events"') },
    { name: 'events off', code: configurationBody('"event.notification.enabled": false') },
    { name: 'no events keys at all', code: configurationBody('"username": "me"') },
    { name: 'a placeholder URL is left to no-placeholders', code: configurationBody('"event.notification.enabled": true, "event.notification.callback.url": "<CALLBACK_URL>"') },
    { name: 'a URL of the wrong type is left to event-key-types', code: configurationBody('"event.notification.enabled": true, "event.notification.callback.url": 8080') },
    { name: 'a misspelt key is left to unknown-event-key', code: configurationBody('"event.notification.enabled": true, "event.notification.callback.ur": "https://example.com/events"') },
    { name: 'a syntax error may have hidden the key', code: '{"element": {"key": "box"}, "configuration": {"event.notification.enabled": true, {% include x %} "event.notification.callback.url": "https://example.com"}}' },
    {
      name: 'a real webhook body',
      code: `{
  "element": {"key": "shopify"},
  "providerData": {"code": "1c6ff4089d58d80e86482ab7d5b97f15dd7b041d"},
  "configuration": {
    "oauth.api.key": "9d8cd85d3b5b7ed4f9d3a6b0e8c0f3a1",
    "oauth.api.secret": "e2bb4a0b96c54ebf8c0f3a1b2c3d4e5f",
    "oauth.callback.url": "https://app.example.com/oauth",
    "shopify.site.address": "example-store.myshopify.com",
    "event.notification.enabled": true,
    "event.vendor.type": "webhooks",
    "event.notification.callback.url": "https://app.example.com/ce-events",
    "event.notification.signature.key": "a-long-random-secret"
  },
  "tags": ["production"],
  "name": "Shopify (production)"
}`,
    },
  ],
  invalid: [
    {
      name: 'events on, no URL',
      code: configurationBody('"event.notification.enabled": true, "event.vendor.type": "polling"'),
      findings: [{ message: message('not set'), text: '"event.notification.enabled"', path: ['configuration', 'event.notification.enabled'] }],
    },
    {
      name: 'events on, no URL, in a body laid out on lines: the URL is added as the last member, as a snippet',
      code: '{\n  "element": {"key": "box"},\n  "configuration": {\n    "event.notification.enabled": true,\n    "event.vendor.type": "polling"\n  }\n}',
      findings: [{ message: message('not set'), text: '"event.notification.enabled"' }],
      suggestions: [{
        title: "Add 'event.notification.callback.url'",
        output: '{\n  "element": {"key": "box"},\n  "configuration": {\n    "event.notification.enabled": true,\n    "event.vendor.type": "polling",\n    "event.notification.callback.url": ""\n  }\n}',
        snippet: ',\n    "event.notification.callback.url": "${1}"',
      }],
    },
    {
      name: 'null: the value becomes the tab stop',
      code: configurationBody('"event.notification.enabled": true, "event.notification.callback.url": null'),
      findings: [{ message: message('not set'), text: '"event.notification.enabled"' }],
      suggestions: [{
        title: "Add 'event.notification.callback.url'",
        output: configurationBody('"event.notification.enabled": true, "event.notification.callback.url": ""'),
        snippet: '"${1}"',
      }],
    },
    {
      name: 'an empty URL',
      code: configurationBody('"event.notification.enabled": "true", "event.notification.callback.url": ""'),
      findings: [{ message: message('empty'), text: '"event.notification.enabled"' }],
    },
    {
      name: 'a blank URL',
      code: configurationBody('"event.notification.enabled": true, "event.notification.callback.url": "  "'),
      findings: [{ message: message('empty'), text: '"event.notification.enabled"' }],
    },
    {
      name: 'null, as responses show an unset value',
      code: configurationBody('"event.notification.enabled": true, "event.notification.callback.url": null'),
      findings: [{ message: message('not set'), text: '"event.notification.enabled"' }],
    },
    {
      name: 'with a stringified poller configuration',
      code: configurationBody('"event.notification.enabled": true, "event.poller.configuration": "{\\"contacts\\": {\\"url\\": \\"/hubs/crm/contacts\\", \\"idField\\": \\"id\\"}}"'),
      findings: [{ message: message('not set'), text: '"event.notification.enabled"' }],
    },
    {
      name: 'the key written with an escape still counts as the switch',
      code: configurationBody('"event.notification.\\u0065nabled": true'),
      findings: [{ message: message('not set'), text: '"event.notification.\\u0065nabled"' }],
    },
  ],
});
