import { callbackUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './callback-url-invalid';

const K = "'event.notification.callback.url'";
const EXAMPLE = '"https://example.com/events"';

testRule(rule, {
  valid: [
    callbackUrlBody('"https://example.com/events"'),
    callbackUrlBody('"http://mycoolapp.com"'),
    { name: 'port, query and user', code: callbackUrlBody('"https://hooks:s3cret@events.example.com:8443/ce?tenant=7#x"') },
    { name: 'an IPv6 host', code: callbackUrlBody('"https://[2001:db8::1]/events"') },
    { name: 'capital scheme', code: callbackUrlBody('"HTTPS://EXAMPLE.COM/EVENTS"') },
    { name: 'escaped slashes', code: callbackUrlBody('"https:\\/\\/example.com\\/events"') },
    { name: 'a platform events URL', code: callbackUrlBody('"https://api.cloud-elements.com/elements/api-v2/events/quickbooks/"') },
    { name: 'a placeholder is left to no-placeholders', code: callbackUrlBody('"<INSERT_YOUR_APPS_CALLBACK_URL>"') },
    { name: 'a placeholder host is left to no-placeholders', code: callbackUrlBody('"https://<YOUR_HOST>/events"') },
    { name: 'a number is left to event-key-types', code: callbackUrlBody('8080') },
    { name: 'null is not set', code: callbackUrlBody('null') },
    { name: 'empty is left to callback-url-missing', code: callbackUrlBody('""') },
  ],
  invalid: [
    {
      name: 'white space around the URL',
      code: callbackUrlBody('" https://example.com/events\\t"'),
      findings: [{ message: `${K} has white space around the URL, which makes it an invalid address: remove it.`, text: '" https://example.com/events\\t"', path: ['configuration', 'event.notification.callback.url'] }],
      output: callbackUrlBody('"https://example.com/events"'),
    },
    {
      name: 'white space written as an escape, slashes escaped',
      code: callbackUrlBody('"https:\\/\\/example.com\\/events\\u0020"'),
      findings: [{ message: `${K} has white space around the URL, which makes it an invalid address: remove it.`, text: '"https:\\/\\/example.com\\/events\\u0020"' }],
      output: callbackUrlBody('"https://example.com/events"'),
    },
    {
      name: 'no scheme',
      code: callbackUrlBody('"example.com/hook"'),
      findings: [{ message: `${K} has no scheme: write it in full, with 'https://' in front.`, text: '"example.com/hook"' }],
      suggestions: [{ title: "Add 'https://' in front", output: callbackUrlBody('"https://example.com/hook"') }],
    },
    {
      name: 'a host and port with no scheme',
      code: callbackUrlBody('"hooks.example.com:8080/ce"'),
      findings: [{ message: `${K} has no scheme: write it in full, with 'https://' in front.`, text: '"hooks.example.com:8080/ce"' }],
      suggestions: [{ title: "Add 'https://' in front", output: callbackUrlBody('"https://hooks.example.com:8080/ce"') }],
    },
    {
      name: 'scheme-relative',
      code: callbackUrlBody('"//example.com/hook"'),
      findings: [{ message: `${K} has no scheme: write it in full, with 'https://' in front.`, text: '"//example.com/hook"' }],
      suggestions: [{ title: "Add 'https://' in front", output: callbackUrlBody('"https://example.com/hook"') }],
    },
    {
      name: 'a relative path',
      code: callbackUrlBody('"/hook"'),
      findings: [{ message: `${K} is a path, not a full URL: the platform calls it from outside, so it needs the scheme and host too, such as ${EXAMPLE}.`, text: '"/hook"' }],
    },
    {
      name: 'the colon missing',
      code: callbackUrlBody('"https//example.com/hook"'),
      findings: [{ message: `${K} does not start with 'http://' or 'https://': the scheme is misspelt or its '://' is damaged.`, text: '"https//example.com/hook"' }],
      suggestions: [{ title: "Correct the start to 'https://'", output: callbackUrlBody('"https://example.com/hook"') }],
    },
    {
      name: 'one slash',
      code: callbackUrlBody('"http:/example.com/hook"'),
      findings: [{ message: `${K} does not start with 'http://' or 'https://': the scheme is misspelt or its '://' is damaged.`, text: '"http:/example.com/hook"' }],
      suggestions: [{ title: "Correct the start to 'http://'", output: callbackUrlBody('"http://example.com/hook"') }],
    },
    {
      name: 'a misspelt scheme',
      code: callbackUrlBody('"htps://example.com/hook"'),
      findings: [{ message: `${K} does not start with 'http://' or 'https://': the scheme is misspelt or its '://' is damaged.`, text: '"htps://example.com/hook"' }],
      suggestions: [{ title: "Correct the start to 'https://'", output: callbackUrlBody('"https://example.com/hook"') }],
    },
    {
      name: 'ftp',
      code: callbackUrlBody('"ftp://files.example.com/in"'),
      findings: [{ message: `${K} uses the 'ftp:' scheme, but events are delivered by HTTP POST: use an http(s) URL, such as ${EXAMPLE}.`, text: '"ftp://files.example.com/in"' }],
    },
    {
      name: 'mailto',
      code: callbackUrlBody('"mailto:ops@example.com"'),
      findings: [{ message: `${K} uses the 'mailto:' scheme, but events are delivered by HTTP POST: use an http(s) URL, such as ${EXAMPLE}.`, text: '"mailto:ops@example.com"' }],
    },
    {
      name: 'a space inside',
      code: callbackUrlBody('"https://example.com/my hook"'),
      findings: [{ message: `${K} has white space inside it, which a URL cannot hold: remove it, or write it as %20 in the path.`, text: '"https://example.com/my hook"' }],
    },
    {
      name: 'no host',
      code: callbackUrlBody('"https://"'),
      findings: [{ message: `${K} has no host after the scheme: write the full address of your endpoint, such as ${EXAMPLE}.`, text: '"https://"' }],
    },
    {
      name: 'a word',
      code: callbackUrlBody('"webhook"'),
      findings: [{ message: `${K} is not a valid URL: write the full address of the endpoint in your app that receives events, such as ${EXAMPLE}.`, text: '"webhook"' }],
    },
    {
      name: 'a broken IPv6 host',
      code: callbackUrlBody('"https://[::1/events"'),
      findings: [{ message: `${K} is not a valid URL: write the full address of the endpoint in your app that receives events, such as ${EXAMPLE}.`, text: '"https://[::1/events"' }],
    },
    {
      name: 'the message does not repeat a token in the URL',
      code: callbackUrlBody('"hooks.example.com/ce?token=abc123"'),
      findings: [{ message: `${K} has no scheme: write it in full, with 'https://' in front.`, text: '"hooks.example.com/ce?token=abc123"' }],
      suggestions: [{ title: "Add 'https://' in front", output: callbackUrlBody('"https://hooks.example.com/ce?token=abc123"') }],
    },
  ],
});
