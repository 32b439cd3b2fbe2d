import { testRule } from '../../../../test/support/ruleTester';
import rule from './polling-without-configuration';

/** A body with the given `configuration` members (JSON source text) and element `key`. */
const body = (members: string, key = 'zendesk') => `{
  "element": {"key": "${key}"},
  "configuration": {
    "username": "admin@example.com",
    ${members}
  },
  "name": "Zendesk with polling"
}`;

const NO_CONFIGURATION = (key: string) => "Polling is on but there is no 'event.poller.configuration': the element's default poller configuration applies. "
  + `Check that it polls the resources you need (read it with 'GET /elements/${key}/configuration'), or set 'event.poller.configuration'.`;
const EMPTY = "'event.poller.configuration' is empty: it names no resource to poll, and whether the element's default configuration applies instead is not documented. "
  + "List the resources to poll (the element's default, shown by 'GET /elements/zendesk/configuration', is a good start), or remove the key.";

testRule(rule, {
  valid: [
    {
      name: 'polling with a configuration',
      code: body(`"event.notification.enabled": true,
    "event.vendor.type": "polling",
    "event.notification.callback.url": "https://example.com/events",
    "event.poller.refresh_interval": 15,
    "event.poller.configuration": {"users": {"url": "/hubs/helpdesk/users", "idField": "id"}}`),
    },
    { name: 'polling with a stringified configuration', code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.configuration": "{\\"users\\": {\\"url\\": \\"/hubs/helpdesk/users\\", \\"idField\\": \\"id\\"}}"') },
    { name: 'polling with legacy urls', code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.urls": "contacts|leads"') },
    { name: 'polling with event.objects', code: body('"event.notification.enabled": "true", "event.vendor.type": "polling", "event.objects": "Account,Contact"') },
    { name: 'webhooks need no poller configuration', code: body('"event.notification.enabled": true, "event.vendor.type": "webhooks"') },
    { name: 'no vendor type: the element decides', code: body('"event.notification.enabled": true, "event.notification.callback.url": "https://example.com/events"') },
    { name: 'unset keys with webhooks, as a response shows them', code: body('"event.notification.enabled": "true", "event.vendor.type": "webhooks", "event.poller.configuration": null, "event.poller.urls": ""') },
    { name: 'an unset configuration with no vendor type', code: body('"event.notification.enabled": true, "event.poller.configuration": null') },
    { name: 'events off', code: body('"event.notification.enabled": false, "event.vendor.type": "polling"') },
    { name: 'an empty configuration with webhooks is webhook-poller-keys\'s', code: body('"event.notification.enabled": true, "event.vendor.type": "webhook", "event.poller.configuration": {}') },
    { name: 'a broken string is invalid-json\'s', code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.configuration": "{"') },
  ],
  invalid: [
    {
      name: 'polling with nothing to poll, reported on the vendor type',
      code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.refresh_interval": 15'),
      findings: [{ message: NO_CONFIGURATION('zendesk'), text: '"polling"', path: ['configuration', 'event.vendor.type'] }],
    },
    {
      name: 'events enabled with a string, and a placeholder element key',
      code: body('"event.notification.enabled": "true", "event.vendor.type": "polling"', '{{page.elementKey}}'),
      findings: [{ message: NO_CONFIGURATION('{key}'), text: '"polling"' }],
    },
    {
      name: 'null, as responses show an unset key, reported on the null',
      code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.configuration": null, "event.poller.urls": ""'),
      findings: [{
        message: "'event.poller.configuration' is null, which leaves it unset: the element's default poller configuration applies. "
          + "Check that it polls the resources you need (read it with 'GET /elements/zendesk/configuration'), or set 'event.poller.configuration'.",
        text: 'null',
        path: ['configuration', 'event.poller.configuration'],
      }],
    },
    {
      name: 'a blank configuration',
      code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.configuration": " "'),
      findings: [{ message: /^'event.poller.configuration' is blank, which leaves it unset: the element's default poller configuration applies\./, text: '" "' }],
    },
    {
      name: 'an empty object',
      code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.configuration": { }'),
      findings: [{ message: EMPTY, text: '{ }', path: ['configuration', 'event.poller.configuration'] }],
    },
    {
      name: 'an empty object with no vendor type',
      code: body('"event.notification.enabled": true, "event.poller.configuration": {}'),
      findings: [{ message: EMPTY, text: '{}' }],
    },
    {
      name: 'a string that holds an empty object, written with escapes',
      code: body('"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.configuration": "\\u007B }"'),
      findings: [{ message: EMPTY, text: '\\u007B }' }],
    },
  ],
});
