import { pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './poller-configuration-type';

/** A polling body whose `event.poller.configuration` is `value` (JSON source text). */
const body = (value: string) => pollingInstanceBody('hubspot', `    "event.poller.configuration": ${value}`);

const OBJECT = "'event.poller.configuration' must be an object that maps each resource name to its settings ('url', 'idField', ...); it is ";
const OBJECT_END = ". Write the object, or remove the key to keep the element's default configuration.";
const EXAMPLE = ' Write an object such as {"contacts": {"url": "/hubs/crm/contacts", "idField": "id"}}.';

testRule(rule, {
  valid: [
    { name: 'an object of resources', code: body('{"contacts": {"url": "/hubs/crm/contacts?where=lastmodifieddate>\'${gmtDate:yyyy-MM-dd\'T\'HH:mm:ss\'Z\'}\'", "idField": "vid"}}') },
    { name: 'a string that holds the object, as responses return it', code: body('"{\\"events\\":{\\"url\\":\\"/hubs/payment/events?where=created >\'${epoch}\'\\",\\"idField\\":\\"id\\"}}"') },
    { name: 'an empty object is polling-without-configuration\'s', code: body('{}') },
    { name: 'a placeholder is no-placeholders\'s', code: body('"<POLLER_CONFIGURATION>"') },
    { name: 'a string that is not JSON is invalid-json\'s', code: body('"not json"') },
    { name: 'null, as responses show an unset key, is polling-without-configuration\'s', code: body('null') },
    { name: 'an empty string, likewise', code: body('""') },
    { name: 'a blank string, likewise', code: body('"  "') },
    { name: 'no poller configuration', code: '{"element": {"key": "box"}, "configuration": {"event.notification.enabled": true}}' },
  ],
  invalid: [
    {
      name: 'a number',
      code: body('15'),
      findings: [{ message: `${OBJECT}an integer${OBJECT_END}`, text: '15', path: ['configuration', 'event.poller.configuration'] }],
    },
    { name: 'an array', code: body('[{"url": "/hubs/crm/contacts"}]'), findings: [{ message: `${OBJECT}an array${OBJECT_END}`, text: '[{"url": "/hubs/crm/contacts"}]' }] },
    { name: 'a boolean', code: body('true'), findings: [{ message: `${OBJECT}a boolean${OBJECT_END}`, text: 'true', occurrence: 1 }] },
    {
      name: 'a string that holds an array points at the array inside it',
      code: body('"[\\"contacts\\", \\"accounts\\"]"'),
      findings: [{
        message: `The string of 'event.poller.configuration' holds an array, not an object of resources.${EXAMPLE}`,
        text: '[\\"contacts\\", \\"accounts\\"]',
        path: ['configuration', 'event.poller.configuration'],
      }],
    },
    {
      name: 'a string that holds a scalar',
      code: body('" 42 "'),
      findings: [{ message: `The string of 'event.poller.configuration' holds an integer, not an object of resources.${EXAMPLE}`, text: '42' }],
    },
    {
      name: 'a configuration stringified twice',
      code: body('"\\"{\\\\\\"contacts\\\\\\": {}}\\""'),
      findings: [{
        message: `The string of 'event.poller.configuration' holds a string, not an object of resources (it looks stringified twice: unwrap it once).${EXAMPLE}`,
        text: '\\"{\\\\\\"contacts\\\\\\": {}}\\"',
      }],
    },
    {
      name: 'escapes in the string still map to the exact characters',
      code: body('"\\u005B\\"contacts\\"\\/1]"'),
      findings: [{ message: /holds an array/, text: '\\u005B\\"contacts\\"\\/1]' }],
    },
  ],
});
