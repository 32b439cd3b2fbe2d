import { testRule } from '../../../../test/support/ruleTester';
import rule from './unknown-top-level-key';

const BOX = '"element": {"key": "box"}';

testRule(rule, {
  valid: [
    {
      name: 'every documented top-level key',
      code: `{
  "element": {"key": "salesforce"},
  "providerData": {"code": "aPrx4sgo"},
  "configuration": {
    "oauth.api.key": "3MVG9",
    "event.notification.enabled": true,
    "event.vendor.type": "webhooks",
    "event.objects": "Contact,Account"
  },
  "tags": ["sfdc"],
  "name": "Salesforce",
  "retrieveObjectsAfterInstantiation": false
}`,
    },
    {
      name: 'keys pushed to the top by a syntax error are left to invalid-json',
      code: '{\n  "element": {"key": "x"},\n  "configuration": {\n{% include_relative includes/config-fields.md %},\n    "event.notification.enabled": true\n  }\n}',
    },
  ],
  invalid: [
    {
      name: "'configurations' is renamed",
      code: `{${BOX}, "configurations": {"username": "u"}}`,
      findings: [{ message: `Unknown top-level key 'configurations'. Did you mean 'configuration'?`, text: '"configurations"', path: ['configurations'] }],
      output: `{${BOX}, "configuration": {"username": "u"}}`,
    },
    {
      name: "'Name' and ' tags ' are renamed",
      code: `{${BOX}, "configuration": {}, "Name": "n", " tags ": []}`,
      findings: [
        { message: `Unknown top-level key 'Name'. Did you mean 'name'?`, text: '"Name"' },
        { message: `Unknown top-level key ' tags '. Did you mean 'tags'?`, text: '" tags "' },
      ],
      output: `{${BOX}, "configuration": {}, "name": "n", "tags": []}`,
    },
    {
      name: 'a key written with escapes is renamed to plain text',
      code: `{${BOX}, "configuration": {}, "nam\\u0065s": "n"}`,
      findings: [{ message: `Unknown top-level key 'names'. Did you mean 'name'?`, text: '"nam\\u0065s"' }],
      output: `{${BOX}, "configuration": {}, "name": "n"}`,
    },
    {
      name: "'config' is a short form of 'configuration'",
      code: `{${BOX}, "config": {}}`,
      findings: [{ message: `Unknown top-level key 'config'. Did you mean 'configuration'?`, text: '"config"' }],
      output: `{${BOX}, "configuration": {}}`,
    },
    {
      name: 'the target already set: removing is a suggestion',
      code: `{${BOX}, "configuration": {}, "name": "a", "Name": "b"}`,
      findings: [{ message: `Unknown top-level key 'Name'. Did you mean 'name'? 'name' is also set: keep one of them.`, text: '"Name"' }],
      suggestions: [{ title: "Remove 'Name'", output: `{${BOX}, "configuration": {}, "name": "a"}` }],
    },
    {
      name: 'two keys meant as one: renaming is a suggestion',
      code: `{${BOX}, "configuration": {}, "Tags": [], "tag": []}`,
      findings: [
        { message: `Unknown top-level key 'Tags'. Did you mean 'tags'?`, text: '"Tags"' },
        { message: `Unknown top-level key 'tag'. Did you mean 'tags'?`, text: '"tag"' },
      ],
      suggestions: [{ title: "Rename to 'tags'", output: `{${BOX}, "configuration": {}, "tags": [], "tag": []}` }],
    },
    {
      name: 'an event key at the top level',
      code: `{${BOX}, "configuration": {}, "event.notification.enabled": true}`,
      findings: [{ message: `'event.notification.enabled' is a configuration key: at the top level the API does not read it. Move it into 'configuration'.`, text: '"event.notification.enabled"' }],
    },
    {
      name: 'fields of a response',
      code: `{"id": 1234, ${BOX}, "configuration": {}, "eventsEnabled": false}`,
      findings: [
        { message: `'id' is a field of the instance the API returns, not of the 'POST /instances' body: the request does not take it. Remove it.`, text: '"id"' },
        { message: `'eventsEnabled' is a field of the instance the API returns, not of the 'POST /instances' body: the request does not take it. Remove it. Events are turned on with 'event.notification.enabled' in 'configuration'.`, text: '"eventsEnabled"' },
      ],
      suggestions: [{ title: "Remove 'id'", output: `{${BOX}, "configuration": {}, "eventsEnabled": false}` }],
    },
    {
      name: 'a key named like an Object property is just unknown',
      code: `{${BOX}, "configuration": {}, "constructor": 1}`,
      findings: [{
        message: `Unknown top-level key 'constructor': the body takes only 'element', 'configuration', 'providerData', 'name', 'tags' and 'retrieveObjectsAfterInstantiation'. Remove it, or move it into 'configuration' if it is an element setting.`,
        text: '"constructor"',
      }],
    },
    {
      name: 'an unknown key',
      code: `{${BOX}, "configuration": {},\n  "description": "x"\n}`,
      findings: [{
        message: `Unknown top-level key 'description': the body takes only 'element', 'configuration', 'providerData', 'name', 'tags' and 'retrieveObjectsAfterInstantiation'. Remove it, or move it into 'configuration' if it is an element setting.`,
        text: '"description"',
      }],
      suggestions: [{ title: "Remove 'description'", output: `{${BOX}, "configuration": {}\n}` }],
    },
  ],
});
