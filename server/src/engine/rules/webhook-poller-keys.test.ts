import { testRule } from '../../../../test/support/ruleTester';
import rule from './webhook-poller-keys';

const message = (key: string, type = 'webhooks') => `'${key}' is a polling setting, but 'event.vendor.type' is '${type}': the platform does not poll, so it has no effect. Remove it, or set the vendor type to 'polling'.`;

testRule(rule, {
  valid: [
    {
      name: 'a webhooks body',
      code: `{
  "element": {"key": "quickbooks"},
  "configuration": {
    "event.notification.enabled": true,
    "event.vendor.type": "webhooks",
    "event.notification.callback.url": "https://api.cloud-elements.com/elements/api-v2/events/quickbooks/",
    "event.notification.signature.key": "abc"
  }
}`,
    },
    { name: 'polling with poller keys', code: '{"element": {"key": "a"}, "configuration": {"event.vendor.type": "polling", "event.poller.refresh_interval": "15"}}' },
    { name: 'no vendor type: the element default is not known', code: '{"element": {"key": "a"}, "configuration": {"event.poller.refresh_interval": "15"}}' },
    { name: 'unset poller keys (null and empty, as responses show them)', code: '{"element": {"key": "a"}, "configuration": {"event.vendor.type": "webhook", "event.poller.configuration": null, "event.poller.urls": ""}}' },
  ],
  invalid: [
    {
      name: 'each poller key is reported',
      code: '{"element": {"key": "a"}, "configuration": {\n  "event.vendor.type": "webhooks",\n  "event.poller.refresh_interval": "15",\n  "event.poller.configuration": "{\\"contacts\\": {\\"url\\": \\"/hubs/crm/contacts\\", \\"idField\\": \\"id\\"}}"\n}}',
      findings: [
        { message: message('event.poller.refresh_interval'), text: '"event.poller.refresh_interval"', path: ['configuration', 'event.poller.refresh_interval'] },
        { message: message('event.poller.configuration'), text: '"event.poller.configuration"' },
      ],
      suggestions: [{
        title: "Remove 'event.poller.refresh_interval'",
        output: '{"element": {"key": "a"}, "configuration": {\n  "event.vendor.type": "webhooks",\n  "event.poller.configuration": "{\\"contacts\\": {\\"url\\": \\"/hubs/crm/contacts\\", \\"idField\\": \\"id\\"}}"\n}}',
      }],
    },
    {
      name: "a case variant of 'webhook' still means webhooks",
      code: '{"element": {"key": "a"}, "configuration": {"event.vendor.type": "Webhook", "event.poller.urls": "contacts|leads"}}',
      findings: [{ message: message('event.poller.urls', 'Webhook'), text: '"event.poller.urls"' }],
      suggestions: [{ title: "Remove 'event.poller.urls'", output: '{"element": {"key": "a"}, "configuration": {"event.vendor.type": "Webhook"}}' }],
    },
  ],
});
