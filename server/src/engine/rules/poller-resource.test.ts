import { pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './poller-resource';

/** A polling body whose `event.poller.configuration` is `value` (JSON source text). */
const body = (value: string) => pollingInstanceBody('chargebee', `    "event.poller.configuration": ${value}`);

const URL = '"url": "/hubs/payment/customers?where=updated_at>\'${epoch:s}\'"';

testRule(rule, {
  valid: [
    {
      name: 'resources with url and idField, dotted and empty ids included',
      code: body(`{
      "customers": {${URL}, "idField": "customer.id", "filterByUpdatedDate": true},
      "events": {"url": "/hubs/payment/events?where=created >'\${epoch:s}'", "idField": ""},
      "companies/{id}/updates/likes": {"url": "/hubs/social/companies/{id}/updates/likes", "idField": " "}
    }`),
    },
    { name: 'a stringified configuration', code: body('"{\\"customers\\": {\\"url\\": \\"/hubs/payment/customers\\", \\"idField\\": \\"id\\"}}"') },
    { name: 'a placeholder resource is no-placeholders\'s', code: body('{"contacts": "<RESOURCE_CONFIGURATION>"}') },
    { name: 'a misspelt idField is unknown-poller-field\'s, not missing', code: body(`{"customers": {${URL}, "idfield": "id"}}`) },
    { name: 'a placeholder url is no-placeholders\'s', code: body('{"contacts": {"url": "<POLLER_URL>", "idField": "id"}}') },
  ],
  invalid: [
    {
      name: 'a resource that is not an object',
      code: body('{"contacts": "/hubs/crm/contacts"}'),
      findings: [{
        message: 'Resource \'contacts\' must be an object with at least \'url\' and \'idField\'; it is a string. Write it as {"url": "/hubs/...", "idField": "id"}.',
        text: '"/hubs/crm/contacts"',
        path: ['configuration', 'event.poller.configuration', 'contacts'],
      }],
    },
    {
      name: 'an empty resource',
      code: body('{"leads": {  }}'),
      findings: [{
        message: "Resource 'leads' is empty: it needs at least 'url' (what to poll) and 'idField' (the field that holds each record's id). Fill it in (the element's default, shown by 'GET /elements/chargebee/configuration', has the settings) or remove it.",
        text: '{  }',
      }],
    },
    {
      name: 'no url, reported on the resource name',
      code: body('{"customers": {"idField": "id"}}'),
      findings: [{
        message: 'Resource \'customers\' has no \'url\': the poller has nothing to call. Add the hub URL to poll, for example "url": "/hubs/crm/contacts".',
        text: '"customers"',
      }],
    },
    {
      name: 'no idField',
      code: body(`{"customers": {${URL}}}`),
      findings: [{
        message: 'Resource \'customers\' has no \'idField\': the poller needs it to find each record\'s id, which events report as objectId. Add it, for example "idField": "id".',
        text: '"customers"',
      }],
      suggestions: [{ title: "Add 'idField'", output: body(`{"customers": {${URL}, "idField": "id"}}`), snippet: ', "idField": "${1:id}"' }],
    },
    {
      name: 'neither url nor idField',
      code: body('{"customers": {"pageSize": 100}}'),
      findings: [{
        message: "Resource 'customers' has neither 'url' nor 'idField': the poller needs the hub URL to call and the field that holds each record's id. Add both.",
        text: '"customers"',
      }],
      suggestions: [{ title: "Add 'url' and 'idField'", output: body('{"customers": {"pageSize": 100, "url": "", "idField": "id"}}'), snippet: ', "url": "${1}", "idField": "${2:id}"' }],
    },
    {
      name: 'a url and an idField of the wrong type',
      code: body('{"customers": {"url": ["/hubs/payment/customers"], "idField": 1}}'),
      findings: [
        { message: "'url' of resource 'customers' must be a string (the hub URL to poll); it is an array.", text: '["/hubs/payment/customers"]' },
        { message: "'idField' of resource 'customers' must be a string (the name of the field that holds each record's id, for example 'id'); it is an integer.", text: '1', occurrence: 0 },
      ],
    },
    {
      name: 'an empty url',
      code: body('{"customers": {"url": " ", "idField": "id"}}'),
      findings: [{
        message: "'url' of resource 'customers' is empty: the poller has nothing to call. Write the hub URL to poll, for example '/hubs/crm/contacts'.",
        text: '" "',
      }],
    },
    {
      name: 'an empty resource name',
      code: body(`{"": {${URL}, "idField": "id"}}`),
      findings: [{
        message: "A resource name is empty: each key of 'event.poller.configuration' names the resource it polls (for example 'contacts'). Name it.",
        text: '""',
      }],
    },
    {
      name: 'inside a stringified configuration, on the escaped resource name',
      code: body('"{\\"customers\\": {\\"url\\": \\"/hubs/payment/customers\\"}}"'),
      findings: [{
        message: /^Resource 'customers' has no 'idField'/,
        text: '\\"customers\\"',
        path: ['configuration', 'event.poller.configuration', 'customers'],
      }],
    },
    {
      name: 'escapes in the stringified configuration',
      code: body('"{\\"\\u0063ustomers\\": {\\"url\\": 5, \\"idField\\": \\"id\\"}, \\"orders\\": \\"\\/hubs\\"}"'),
      findings: [
        { message: "'url' of resource 'customers' must be a string (the hub URL to poll); it is an integer.", text: '5' },
        { message: /^Resource 'orders' must be an object/, text: '\\"\\/hubs\\"' },
      ],
    },
  ],
});
