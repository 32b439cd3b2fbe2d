import { configurationBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './unknown-event-key';

const undocumented = (key: string) => `'${key}' is not a documented event key. Element definitions carry some keys the docs do not list: check that the element has it with 'GET /elements/{keyOrId}/configuration', or remove it.`;

testRule(rule, {
  valid: [
    {
      name: 'a polling body',
      code: `{
  "element": {"key": "netsuitecrmv2"},
  "configuration": {
    "user.username": "ops@example.com",
    "event.notification.enabled": "true",
    "event.vendor.type": "polling",
    "event.notification.callback.url": "https://example.com/events",
    "event.notification.signature.key": "k3y",
    "event.poller.refresh_interval": "15",
    "event.poller.configuration": {"accounts": {"url": "/hubs/crm/accounts", "idField": "internalId"}}
  }
}`,
    },
    { name: 'every documented key', code: configurationBody('"event.objects": "", "event.notification.type": "", "event.notification.subscription.id": null, "event.notification.instance.finder": "", "event.notification.callback.headers": "", "event.notification.basic.username": "", "event.notification.basic.password": "", "event.helper.key": "", "event.metadata": "", "event.poller.urls": ""') },
    { name: "'events.' and other keys are not event keys", code: configurationBody('"events.list.ids": "1,2", "eventType": "x", "vendor.type": "y"') },
    { name: 'a key written with escapes reads as the known key', code: configurationBody('"event.notification.enable\\u0064": true') },
    { name: 'keys inside a stringified poller configuration are not configuration keys', code: configurationBody('"event.poller.configuration": "{\\"event.foo\\": {\\"url\\": \\"/a\\"}}"') },
  ],
  invalid: [
    {
      name: 'a dropped letter',
      code: configurationBody('"event.notification.enable": true'),
      findings: [{ message: `Unknown event key 'event.notification.enable'. Did you mean 'event.notification.enabled'?`, text: '"event.notification.enable"', path: ['configuration', 'event.notification.enable'] }],
      output: configurationBody('"event.notification.enabled": true'),
    },
    {
      name: 'a doubled letter',
      code: configurationBody('"event.poller.refresh_intervall": "15"'),
      findings: [{ message: `Unknown event key 'event.poller.refresh_intervall'. Did you mean 'event.poller.refresh_interval'?`, text: '"event.poller.refresh_intervall"' }],
      output: configurationBody('"event.poller.refresh_interval": "15"'),
    },
    {
      name: 'an underscore for a dot, and a capital',
      code: configurationBody('"event.vendor_type": "polling", "Event.notification.callback.url": "https://a.example"'),
      findings: [
        { message: `Unknown event key 'event.vendor_type'. Did you mean 'event.vendor.type'?`, text: '"event.vendor_type"' },
        { message: `Unknown event key 'Event.notification.callback.url'. Did you mean 'event.notification.callback.url'?`, text: '"Event.notification.callback.url"' },
      ],
      output: configurationBody('"event.vendor.type": "polling", "event.notification.callback.url": "https://a.example"'),
    },
    {
      name: 'a misspelt key written with an escape',
      code: configurationBody('"Event.vendor\\u002etype": "polling"'),
      findings: [{ message: `Unknown event key 'Event.vendor.type'. Did you mean 'event.vendor.type'?`, text: '"Event.vendor\\u002etype"' }],
      output: configurationBody('"event.vendor.type": "polling"'),
    },
    {
      name: 'spaces around a known key',
      code: configurationBody('" event.notification.signature.key": "k"'),
      findings: [{ message: `Key ' event.notification.signature.key' has spaces around it: the platform reads it as a different key from 'event.notification.signature.key'. Remove the spaces.`, text: '" event.notification.signature.key"' }],
      output: configurationBody('"event.notification.signature.key": "k"'),
    },
    {
      name: 'spaces around a key that is also set: removing is a suggestion',
      code: configurationBody('"event.notification.signature.key": "a", "event.notification.signature.key ": "b"'),
      findings: [{ message: `Key 'event.notification.signature.key ' has spaces around it: the platform reads it as a different key from 'event.notification.signature.key'. 'event.notification.signature.key' is also set: keep one of them.`, text: '"event.notification.signature.key "' }],
      suggestions: [{ title: "Remove 'event.notification.signature.key '", output: configurationBody('"event.notification.signature.key": "a"') }],
    },
    {
      name: 'two misspellings of one key: renaming is a suggestion',
      code: configurationBody('"event.vendor_type": "polling", "Event.vendor.type": "polling"'),
      findings: [
        { message: `Unknown event key 'event.vendor_type'. Did you mean 'event.vendor.type'?`, text: '"event.vendor_type"' },
        { message: `Unknown event key 'Event.vendor.type'. Did you mean 'event.vendor.type'?`, text: '"Event.vendor.type"' },
      ],
      suggestions: [{ title: "Rename to 'event.vendor.type'", output: configurationBody('"event.vendor.type": "polling", "Event.vendor.type": "polling"') }],
    },
    {
      name: 'an undocumented key',
      code: configurationBody('"event.poller.batch_size": "100"'),
      findings: [{ message: undocumented('event.poller.batch_size'), text: '"event.poller.batch_size"' }],
    },
    {
      name: 'far from any known key: no rename (an element may define it)',
      code: configurationBody('"event.notification.callback.secret": "x"'),
      findings: [{ message: undocumented('event.notification.callback.secret'), text: '"event.notification.callback.secret"' }],
    },
    {
      name: 'the parts of a known key in another order',
      code: configurationBody('"event.notification.enabled": "true", "vendor.event.type": "webhooks"'),
      findings: [{ message: `'vendor.event.type' has the parts of 'event.vendor.type' in another order: the platform reads only 'event.vendor.type'. Did you mean 'event.vendor.type'?`, text: '"vendor.event.type"' }],
      suggestions: [{ title: "Rename to 'event.vendor.type'", output: configurationBody('"event.notification.enabled": "true", "event.vendor.type": "webhooks"') }],
    },
  ],
});
