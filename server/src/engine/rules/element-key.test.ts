import { testRule } from '../../../../test/support/ruleTester';
import rule from './element-key';

const noElement = `The body has no 'element', so 'POST /instances' cannot tell which element to connect. Add "element": {"key": "<element key>"}, or post to 'POST /elements/{keyOrId}/instances', which takes the key in the URL instead.`;

testRule(rule, {
  valid: [
    {
      name: 'a polling body',
      code: `{
  "element": {"key": "hubspotcrm"},
  "providerData": {"code": "3a8f0c1d"},
  "configuration": {
    "oauth.api.key": "my-client-id",
    "event.notification.enabled": true,
    "event.vendor.type": "polling"
  },
  "tags": ["crm"],
  "name": "HubSpot (events)"
}`,
    },
    { name: 'a placeholder key is left to no-placeholders', code: '{"element": {"key": "{{page.elementKey}}"}, "configuration": {}}' },
    { name: 'an angle placeholder', code: '{"element": {"key": "<ELEMENT_KEY>"}, "configuration": {}}' },
    { name: 'a key written with escapes', code: '{"element": {"key": "sage\\u006cive"}, "configuration": {}}' },
    { name: 'a response element object with more fields', code: '{"element": {"id": 22, "key": "box", "name": "Box"}, "configuration": {}}' },
    { name: 'an element lost to a syntax error is left to invalid-json', code: '{"configuration": {"a": 1}, {% x %} "element": {"key": "box"}}' },
    { name: 'a key lost to a syntax error is left to invalid-json', code: '{"configuration": {"a": 1}, "element": {{% x %} "key": "box"}}' },
  ],
  invalid: [
    {
      name: 'no element',
      code: '{"configuration": {"username": "u"}}',
      findings: [{ message: noElement, text: '{', path: [] }],
      suggestions: [{
        title: "Add 'element' with its key",
        output: '{"configuration": {"username": "u"}, "element": {"key": ""}}',
        snippet: ', "element": {"key": "${1}"\\}',
      }],
    },
    {
      name: 'element is a string: suggestion wraps it',
      code: '{"element": "box", "configuration": {}}',
      findings: [{ message: `'element' must be an object with the element's key, such as {"key": "box"}; it is a string.`, text: '"box"', path: ['element'] }],
      suggestions: [{ title: 'Replace with {"key": "box"}', output: '{"element": {"key":"box"}, "configuration": {}}' }],
    },
    {
      name: 'element is an array: no fix',
      code: '{"element": ["box"], "configuration": {}}',
      findings: [{ message: `'element' must be an object with the element's key, such as {"key": "box"}; it is an array.`, text: '["box"]' }],
    },
    {
      name: 'element without key',
      code: '{"element": {"name": "Box"}, "configuration": {}}',
      findings: [{ message: `'element' has no 'key', so the API cannot tell which element to connect. Add the element's key, for example "key": "box".`, text: '{"name": "Box"}' }],
      suggestions: [{ title: "Add 'key'", output: '{"element": {"name": "Box", "key": ""}, "configuration": {}}', snippet: ', "key": "${1}"' }],
    },
    {
      name: 'element empty: the key goes inside the braces',
      code: '{"element": {}, "configuration": {}}',
      findings: [{ message: `'element' has no 'key', so the API cannot tell which element to connect. Add the element's key, for example "key": "box".`, text: '{}' }],
      suggestions: [{ title: "Add 'key'", output: '{"element": {"key": ""}, "configuration": {}}', snippet: '"key": "${1}"' }],
    },
    {
      name: "'Key' is renamed to 'key'",
      code: '{"element": {"Key": "box"}, "configuration": {}}',
      findings: [{ message: `'element' has 'Key' but no 'key': the API reads only 'key', in lower case and without spaces. Rename it to 'key'.`, text: '"Key"', path: ['element', 'Key'] }],
      output: '{"element": {"key": "box"}, "configuration": {}}',
    },
    {
      name: 'a number key hints at the URL form',
      code: '{"element": {"key": 22}, "configuration": {}}',
      findings: [{
        message: `'element.key' must be a string, the element's key such as 'box'; it is an integer. An element id is not taken here; it can go in the URL of 'POST /elements/{keyOrId}/instances'.`,
        text: '22',
        path: ['element', 'key'],
      }],
    },
    {
      name: 'null key',
      code: '{"element": {"key": null}, "configuration": {}}',
      findings: [{ message: `'element.key' must be a string, the element's key such as 'box'; it is null.`, text: 'null' }],
    },
    {
      name: 'empty key',
      code: '{"element": {"key": ""}, "configuration": {}}',
      findings: [{ message: `'element.key' is empty, so the API cannot tell which element to connect. Write the element's key, such as 'box' (GET /elements lists them).`, text: '""' }],
    },
    {
      name: 'blank key, written with an escape',
      code: '{"element": {"key": " \\t"}, "configuration": {}}',
      findings: [{ message: `'element.key' is blank, so the API cannot tell which element to connect. Write the element's key, such as 'box' (GET /elements lists them).`, text: '" \\t"' }],
    },
    {
      name: 'spaces around the key are trimmed',
      code: '{"element": {"key": " box "}, "configuration": {}}',
      findings: [{ message: `'element.key' has spaces around it: no element key has spaces, so the API finds no element. Remove the spaces.`, text: '" box "' }],
      output: '{"element": {"key": "box"}, "configuration": {}}',
    },
  ],
});
