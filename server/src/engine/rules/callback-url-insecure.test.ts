import { callbackUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './callback-url-insecure';

const message = "'event.notification.callback.url' uses plain http: the events (your records, and the signature header) cross the internet unencrypted. Use https if your endpoint supports it.";

testRule(rule, {
  valid: [
    callbackUrlBody('"https://example.com/events"'),
    { name: 'loopback is left to callback-url-unreachable', code: callbackUrlBody('"http://localhost:3000/events"') },
    { name: 'a private address is left to callback-url-unreachable', code: callbackUrlBody('"http://192.168.1.20/events"') },
    { name: 'an invalid URL is left to callback-url-invalid', code: callbackUrlBody('"http:/example.com"') },
    { name: 'a placeholder host is left to no-placeholders', code: callbackUrlBody('"http://<YOUR_HOST>/events"') },
    { name: 'not a string', code: callbackUrlBody('true') },
  ],
  invalid: [
    {
      name: 'the docs example',
      code: callbackUrlBody('"http://mycoolapp.com"'),
      findings: [{ message, text: 'http', occurrence: 0, path: ['configuration', 'event.notification.callback.url'] }],
      suggestions: [{ title: "Use 'https'", output: callbackUrlBody('"https://mycoolapp.com"') }],
    },
    {
      name: 'capitals and a port',
      code: callbackUrlBody('"HTTP://Example.com:8080/ce"'),
      findings: [{ message, text: 'HTTP' }],
      suggestions: [{ title: "Use 'https'", output: callbackUrlBody('"https://Example.com:8080/ce"') }],
    },
    {
      name: 'white space before it and escaped slashes',
      code: callbackUrlBody('" http:\\/\\/example.com\\/events"'),
      findings: [{ message, text: 'http', occurrence: 0 }],
      suggestions: [{ title: "Use 'https'", output: callbackUrlBody('" https:\\/\\/example.com\\/events"') }],
    },
    {
      name: 'the scheme written with an escape',
      code: callbackUrlBody('"\\u0068ttp://example.com/events"'),
      findings: [{ message, text: '\\u0068ttp' }],
      suggestions: [{ title: "Use 'https'", output: callbackUrlBody('"https://example.com/events"') }],
    },
  ],
});
