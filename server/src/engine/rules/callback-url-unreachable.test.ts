import { callbackUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './callback-url-unreachable';

const message = (host: string, reason: string) =>
  `The host '${host}' of 'event.notification.callback.url' is ${reason}: the platform calls the URL from the internet and cannot reach it. Use a public address (to test locally, expose your app through a tunnel).`;
const LOOPBACK = 'your own machine (loopback)';
const PRIVATE = 'a private-network address';

const cases: [string, string, string][] = [
  ['http://localhost:3000/events', 'localhost', LOOPBACK],
  ['https://LOCALHOST/events', 'LOCALHOST', LOOPBACK],
  ['http://app.localhost/events', 'app.localhost', LOOPBACK],
  ['http://127.0.0.1:8080/events', '127.0.0.1', LOOPBACK],
  ['http://127.1/events', '127.1', LOOPBACK],
  ['http://[::1]:8080/events', '[::1]', LOOPBACK],
  ['http://[::ffff:127.0.0.1]/events', '[::ffff:127.0.0.1]', LOOPBACK],
  ['http://0.0.0.0:8080/events', '0.0.0.0', "the 'this host' address (0.0.0.0/8)"],
  ['http://10.1.2.3/events', '10.1.2.3', PRIVATE],
  ['https://172.16.0.5/events', '172.16.0.5', PRIVATE],
  ['https://172.31.255.1/events', '172.31.255.1', PRIVATE],
  ['http://192.168.1.20/events', '192.168.1.20', PRIVATE],
  ['http://169.254.169.254/latest', '169.254.169.254', 'a link-local address'],
  ['http://100.64.0.1/events', '100.64.0.1', 'a carrier-grade NAT address (100.64.0.0/10)'],
  ['https://[fd12:3456::1]/events', '[fd12:3456::1]', 'a unique local IPv6 address (fc00::/7)'],
  ['https://[fe80::1]/events', '[fe80::1]', 'a link-local IPv6 address (fe80::/10)'],
  ['https://printer.local/events', 'printer.local', 'a local-network name (mDNS .local)'],
  ['https://events.corp.internal/ce', 'events.corp.internal', 'an internal name (.internal)'],
  ['https://nas.home.arpa/ce', 'nas.home.arpa', 'a home-network name (.home.arpa)'],
  ['http://devbox:8080/events', 'devbox', 'a name without a domain, known only inside a local network'],
  ['https://ops:pa55@10.0.0.8:8443/ce', '10.0.0.8', PRIVATE],
];

testRule(rule, {
  valid: [
    callbackUrlBody('"https://example.com/events"'),
    { name: 'a public address', code: callbackUrlBody('"https://203.0.113.10/events"') },
    { name: 'just outside 172.16/12', code: callbackUrlBody('"https://172.32.0.1/events"') },
    { name: 'a public IPv6 address', code: callbackUrlBody('"https://[2001:db8::1]/events"') },
    { name: 'a name that only starts like localhost', code: callbackUrlBody('"https://localhost.example.com/events"') },
    { name: 'a placeholder host is left to no-placeholders', code: callbackUrlBody('"https://<MYCONNECTWISE.COM>/events"') },
    { name: 'an invalid URL is left to callback-url-invalid', code: callbackUrlBody('"localhost:3000/events"') },
    { name: 'a tunnel', code: callbackUrlBody('"https://4f2a-203-0-113-10.ngrok-free.app/events"') },
  ],
  invalid: [
    ...cases.map(([url, host, reason]) => ({
      name: url,
      code: callbackUrlBody(JSON.stringify(url)),
      findings: [{ message: message(host, reason), text: host, occurrence: 0, path: ['configuration', 'event.notification.callback.url'] }],
    })),
    {
      name: 'escapes in the URL',
      code: callbackUrlBody('"http:\\/\\/loc\\u0061lhost:3000\\/events"'),
      findings: [{ message: message('localhost', LOOPBACK), text: 'loc\\u0061lhost' }],
    },
  ],
});
