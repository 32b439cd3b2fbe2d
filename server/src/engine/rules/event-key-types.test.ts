import { configurationBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './event-key-types';

testRule(rule, {
  valid: [
    {
      name: 'a webhooks body with every string key',
      code: `{
  "element": {"key": "hubspot"},
  "configuration": {
    "event.notification.enabled": true,
    "event.vendor.type": "webhooks",
    "event.notification.callback.url": "https://hooks.example.com/ce?src=hubspot",
    "event.notification.signature.key": "s3cr3t",
    "event.objects": "Contact,Account",
    "event.notification.type": "webhook",
    "event.notification.instance.finder": "site.id|data.site_id",
    "event.notification.callback.headers": "",
    "event.notification.basic.username": "ce",
    "event.notification.basic.password": "********",
    "event.helper.key": "marketoPolling",
    "event.metadata": "{\\"webhook\\": {\\"file\\": {\\"eventTypes\\": [\\"created\\", \\"updated\\"]}}}"
  }
}`,
    },
    { name: 'null is an unset key, as responses show it', code: configurationBody('"event.notification.subscription.id": null, "event.notification.callback.url": null, "event.metadata": null') },
    { name: 'event.metadata as an object', code: configurationBody('"event.metadata": {"polling": {"Account": {}}}') },
    { name: 'event.metadata empty', code: configurationBody('"event.metadata": ""') },
    { name: 'keys owned by other rules are not checked here', code: configurationBody('"event.notification.enabled": 1, "event.vendor.type": 2, "event.poller.refresh_interval": 15, "event.poller.configuration": {}, "event.poller.urls": 3') },
    { name: 'a stringified poller configuration is not an event key', code: configurationBody('"event.poller.configuration": "{\\"event.objects\\": 1}"') },
  ],
  invalid: [
    {
      name: 'a number callback URL',
      code: configurationBody('"event.notification.callback.url": 8080'),
      findings: [{ message: `'event.notification.callback.url' must be a string; it is an integer. Put the value in double quotes.`, text: '8080', path: ['configuration', 'event.notification.callback.url'] }],
    },
    {
      name: 'a boolean signature key: the message does not repeat the value',
      code: configurationBody('"event.notification.signature.key": true'),
      findings: [{ message: `'event.notification.signature.key' must be a string; it is a boolean. Put the value in double quotes.`, text: 'true' }],
    },
    {
      name: 'a number subscription id',
      code: configurationBody('"event.notification.subscription.id": 12345'),
      findings: [{ message: `'event.notification.subscription.id' must be a string; it is an integer. Put the value in double quotes.`, text: '12345' }],
    },
    {
      name: 'event.objects as an array: suggestion joins it',
      code: configurationBody('"event.objects": ["Contact", "Account"]'),
      findings: [{ message: `'event.objects' must be a string; it is an array. Write the objects in one string, separated by commas, such as "Contact,Account".`, text: '["Contact", "Account"]' }],
      suggestions: [{ title: 'Replace with "Contact,Account"', output: configurationBody('"event.objects": "Contact,Account"') }],
    },
    {
      name: 'an object callback URL',
      code: configurationBody('"event.notification.callback.url": {"url": "https://a.example"}'),
      findings: [{ message: `'event.notification.callback.url' must be a string; it is an object.`, text: '{"url": "https://a.example"}' }],
    },
    {
      name: 'event.metadata as a number',
      code: configurationBody('"event.metadata": 1'),
      findings: [{ message: `'event.metadata' must be a JSON object, or a string that holds one; it is an integer.`, text: '1' }],
    },
    {
      name: 'event.metadata that does not parse: the place inside the string, through escapes',
      code: configurationBody('"event.metadata": "{\\"webhook\\": {\\"file\\u0027s\\": x}}"'),
      findings: [{ message: `'event.metadata' holds JSON that does not parse: Unexpected character: this is not JSON.`, text: 'x', occurrence: 1 }],
    },
    {
      name: 'event.metadata that ends too early: the last character is shown',
      code: configurationBody('"event.metadata": "{\\"webhook\\": {"'),
      findings: [{ message: `'event.metadata' holds JSON that does not parse: Expected '}' to close the object.`, text: '{', occurrence: 4 }],
    },
    {
      name: 'event.metadata with a trailing comma',
      code: configurationBody('"event.metadata": "{\\"polling\\": {},}"'),
      findings: [{ message: `'event.metadata' holds JSON that does not parse: A trailing comma is not allowed in JSON.`, text: ',', occurrence: 1 }],
    },
    {
      name: 'event.metadata holding an array',
      code: configurationBody('"event.metadata": "[\\"webhook\\"]"'),
      findings: [{ message: `'event.metadata' must hold a JSON object, such as {"webhook": {...}}; it holds an array.`, text: '"[\\"webhook\\"]"' }],
    },
  ],
});
