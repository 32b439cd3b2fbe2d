import { testRule } from '../../../../test/support/ruleTester';
import rule from './callback-url-insecure';

const body = (url: string) => `{"element": {"key": "box"}, "configuration": {"event.notification.enabled": true, "event.notification.callback.url": ${url}}}`;
const message = "'event.notification.callback.url' uses plain http: the events (your records, and the signature header) cross the internet unencrypted. Use https if your endpoint supports it.";

testRule(rule, {
  valid: [
    body('"https://example.com/events"'),
    { name: 'loopback is left to callback-url-unreachable', code: body('"http://localhost:3000/events"') },
    { name: 'a private address is left to callback-url-unreachable', code: body('"http://192.168.1.20/events"') },
    { name: 'an invalid URL is left to callback-url-invalid', code: body('"http:/example.com"') },
    { name: 'a placeholder host is left to no-placeholders', code: body('"http://<YOUR_HOST>/events"') },
    { name: 'not a string', code: body('true') },
  ],
  invalid: [
    {
      name: 'the docs example',
      code: body('"http://mycoolapp.com"'),
      findings: [{ message, text: 'http', occurrence: 0, path: ['configuration', 'event.notification.callback.url'] }],
      suggestions: [{ title: "Use 'https'", output: body('"https://mycoolapp.com"') }],
    },
    {
      name: 'capitals and a port',
      code: body('"HTTP://Example.com:8080/ce"'),
      findings: [{ message, text: 'HTTP' }],
      suggestions: [{ title: "Use 'https'", output: body('"https://Example.com:8080/ce"') }],
    },
    {
      name: 'white space before it and escaped slashes',
      code: body('" http:\\/\\/example.com\\/events"'),
      findings: [{ message, text: 'http', occurrence: 0 }],
      suggestions: [{ title: "Use 'https'", output: body('" https:\\/\\/example.com\\/events"') }],
    },
    {
      name: 'the scheme written with an escape',
      code: body('"\\u0068ttp://example.com/events"'),
      findings: [{ message, text: '\\u0068ttp' }],
      suggestions: [{ title: "Use 'https'", output: body('"https://example.com/events"') }],
    },
  ],
});
