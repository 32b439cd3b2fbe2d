import { testRule } from '../../../../test/support/ruleTester';
import rule from './events-not-enabled';

testRule(rule, {
  valid: [
    {
      name: 'events on with settings',
      code: `{
  "element": {"key": "zendesk"},
  "configuration": {
    "event.notification.enabled": true,
    "event.vendor.type": "polling",
    "event.notification.callback.url": "https://example.com/events",
    "event.poller.refresh_interval": "15"
  }
}`,
    },
    { name: 'events on as a string', code: '{"element": {"key": "a"}, "configuration": {"event.notification.enabled": "true", "event.vendor.type": "webhooks"}}' },
    { name: 'events off and no settings', code: '{"element": {"key": "a"}, "configuration": {"username": "u", "event.notification.enabled": false}}' },
    { name: 'unset settings (null and empty, as responses show them)', code: '{"element": {"key": "a"}, "configuration": {"event.notification.enabled": "false", "event.notification.callback.url": null, "event.notification.signature.key": ""}}' },
    { name: 'an unreadable value is left to events-enabled-value', code: '{"element": {"key": "a"}, "configuration": {"event.notification.enabled": "yes", "event.vendor.type": "polling"}}' },
    { name: 'a misspelt switch is left to unknown-event-key', code: '{"element": {"key": "a"}, "configuration": {"Event.notification.enabled": true, "event.vendor.type": "polling"}}' },
    { name: 'absence after a syntax error is not trusted', code: '{"element": {"key": "a"}, "configuration": {"event.vendor.type": "polling", {% x %} "event.notification.enabled": true}}' },
  ],
  invalid: [
    {
      name: 'events off: the suggestion turns them on',
      code: '{"element": {"key": "a"}, "configuration": {"event.notification.enabled": false, "event.vendor.type": "polling", "event.poller.refresh_interval": 5}}',
      findings: [{
        message: `Events are off ('event.notification.enabled' is false), yet 2 event settings are present ('event.vendor.type', 'event.poller.refresh_interval'): no events will be delivered. Set it to true to turn events on, or remove the settings.`,
        text: 'false',
        path: ['configuration', 'event.notification.enabled'],
      }],
      suggestions: [{ title: "Set 'event.notification.enabled' to true", output: '{"element": {"key": "a"}, "configuration": {"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.refresh_interval": 5}}' }],
    },
    {
      name: 'the string form stays a string',
      code: '{"element": {"key": "a"}, "configuration": {"event.notification.enabled": "false", "event.notification.callback.url": "https://a.example/x"}}',
      findings: [{
        message: `Events are off ('event.notification.enabled' is false), yet 1 event setting is present ('event.notification.callback.url'): no events will be delivered. Set it to true to turn events on, or remove the settings.`,
        text: '"false"',
      }],
      suggestions: [{ title: "Set 'event.notification.enabled' to true", output: '{"element": {"key": "a"}, "configuration": {"event.notification.enabled": "true", "event.notification.callback.url": "https://a.example/x"}}' }],
    },
    {
      name: 'absent: inserted before the first event key, on its own line with its indentation',
      code: '{\n  "element": {"key": "freshdesk"},\n  "configuration": {\n    "username": "k",\n    "event.notification.callback.url": "http://example.com/hook",\n    "event.poller.configuration": "{\\"tickets\\": {\\"url\\": \\"/hubs/helpdesk/incidents\\"}}"\n  }\n}',
      findings: [{
        message: `'event.notification.enabled' is not set and defaults to false, yet 2 event settings are present ('event.notification.callback.url', 'event.poller.configuration'): no events will be delivered. Add "event.notification.enabled": true to turn events on.`,
        text: '"event.notification.callback.url"',
        path: ['configuration', 'event.notification.callback.url'],
      }],
      suggestions: [{
        title: 'Add "event.notification.enabled": true',
        output: '{\n  "element": {"key": "freshdesk"},\n  "configuration": {\n    "username": "k",\n    "event.notification.enabled": true,\n    "event.notification.callback.url": "http://example.com/hook",\n    "event.poller.configuration": "{\\"tickets\\": {\\"url\\": \\"/hubs/helpdesk/incidents\\"}}"\n  }\n}',
      }],
    },
    {
      name: 'absent, on one line and with CRLF elsewhere',
      code: '{\r\n  "element": {"key": "a"},\r\n  "configuration": {"event.vendor.type": "webhooks"}\r\n}',
      findings: [{
        message: `'event.notification.enabled' is not set and defaults to false, yet 1 event setting is present ('event.vendor.type'): no events will be delivered. Add "event.notification.enabled": true to turn events on.`,
        text: '"event.vendor.type"',
      }],
      suggestions: [{ title: 'Add "event.notification.enabled": true', output: '{\r\n  "element": {"key": "a"},\r\n  "configuration": {"event.notification.enabled": true, "event.vendor.type": "webhooks"}\r\n}' }],
    },
    {
      name: 'absent, with CRLF lines',
      code: '{\r\n  "element": {"key": "a"},\r\n  "configuration": {\r\n\t"event.objects": "Contact"\r\n  }\r\n}',
      findings: [{
        message: `'event.notification.enabled' is not set and defaults to false, yet 1 event setting is present ('event.objects'): no events will be delivered. Add "event.notification.enabled": true to turn events on.`,
        text: '"event.objects"',
      }],
      suggestions: [{ title: 'Add "event.notification.enabled": true', output: '{\r\n  "element": {"key": "a"},\r\n  "configuration": {\r\n\t"event.notification.enabled": true,\r\n\t"event.objects": "Contact"\r\n  }\r\n}' }],
    },
  ],
});
