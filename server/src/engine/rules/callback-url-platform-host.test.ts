import { callbackUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './callback-url-platform-host';

const message = (host: string) =>
  `'event.notification.callback.url' points at the Cloud Elements host '${host}', so events go back to the platform instead of to your app. That is allowed (to return events to the elements), but is usually copied from an example: use your app's endpoint unless you meant it.`;

testRule(rule, {
  valid: [
    callbackUrlBody('"https://example.com/events"'),
    { name: 'a name that merely contains the brand', code: callbackUrlBody('"https://cloud-elements-fan.example.com/events"') },
    { name: 'a look-alike domain', code: callbackUrlBody('"https://api.cloud-elements.com.example.net/events"') },
    { name: 'a placeholder in the path is left to no-placeholders', code: callbackUrlBody('"https://api.cloud-elements.com/elements/api-v2/events/{{page.elementKey}}/"') },
    { name: 'an invalid URL', code: callbackUrlBody('"api.cloud-elements.com/elements/api-v2/events/sfdc"') },
  ],
  invalid: [
    {
      name: 'the events URL of an element (QuickBooks docs)',
      code: callbackUrlBody('"https://api.cloud-elements.com/elements/api-v2/events/quickbooks/"'),
      findings: [{ message: message('api.cloud-elements.com'), text: 'api.cloud-elements.com', path: ['configuration', 'event.notification.callback.url'] }],
    },
    {
      name: 'staging (Salesforce docs)',
      code: callbackUrlBody('"https://staging.cloud-elements.com/elements/api-v2/instances/events"'),
      findings: [{ message: message('staging.cloud-elements.com'), text: 'staging.cloud-elements.com' }],
    },
    { name: 'the console', code: callbackUrlBody('"https://console.cloud-elements.com"'), findings: [{ message: message('console.cloud-elements.com'), text: 'console.cloud-elements.com' }] },
    { name: 'the EU host', code: callbackUrlBody('"https://api.cloud-elements.co.uk/elements/api-v2/events/box"'), findings: [{ message: message('api.cloud-elements.co.uk'), text: 'api.cloud-elements.co.uk' }] },
    { name: 'the io host in one help page', code: callbackUrlBody('"https://api.cloud-elements.io/elements/api-v2/events/acton"'), findings: [{ message: message('api.cloud-elements.io'), text: 'api.cloud-elements.io' }] },
    { name: 'a login host', code: callbackUrlBody('"https://my.cloudelements.io/events"'), findings: [{ message: message('my.cloudelements.io'), text: 'my.cloudelements.io' }] },
    { name: 'capitals and a port', code: callbackUrlBody('"https://API.Cloud-Elements.com:443/x"'), findings: [{ message: message('API.Cloud-Elements.com'), text: 'API.Cloud-Elements.com' }] },
    {
      name: 'escaped slashes',
      code: callbackUrlBody('"https:\\/\\/api.cloud-elements.com\\/elements\\/api-v2\\/events\\/box\\/"'),
      findings: [{ message: message('api.cloud-elements.com'), text: 'api.cloud-elements.com' }],
    },
  ],
});
