import { pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './legacy-poller-urls';

/** A HubSpot body of the time with the given configuration members (JSON source text). */
const body = (members: string, key = 'hubspot') => pollingInstanceBody(key, `    ${members}`);

const FULL = "'event.poller.urls' uses the legacy pipe-separated format, which CE replaced with 'event.poller.configuration': one JSON object per resource, with 'url', 'idField' and 'datesConfiguration'. Move these resources there.";
const LIST = (key: string) => "'event.poller.urls' lists resources to poll in the legacy pipe format, which CE replaced with 'event.poller.configuration': one JSON object per resource, with its own 'url' and 'idField'. "
  + `Consider moving to it; the element's default, shown by 'GET /elements/${key}/configuration', has the settings of each resource.`;

testRule(rule, {
  valid: [
    { name: 'the current form', code: body('"event.poller.configuration": {"contacts": {"url": "/hubs/crm/contacts", "idField": "vid"}}') },
    { name: 'null or blank, as responses show an unset key', code: body('"event.poller.urls": null, "event.poller.configuration": {"contacts": {"url": "/hubs/crm/contacts", "idField": "vid"}}, "event.objects": " "') },
    { name: 'an empty string', code: body('"event.poller.urls": ""') },
    { name: 'a placeholder is no-placeholders\'s', code: body('"event.poller.urls": "<RESOURCES>"') },
  ],
  invalid: [
    {
      name: 'a configuration that is null does not count as set',
      code: body('"event.poller.configuration": null,\n    "event.poller.urls": "contacts|leads"', 'pardot'),
      findings: [{ message: LIST('pardot'), text: '"event.poller.urls"' }],
    },
    {
      name: 'the full legacy form, noted once on the key',
      code: body('"event.poller.urls": "accounts|/hubs/crm/accounts?where=LastModifiedDate>=${date}||LastModifiedDate|yyyy-MM-dd\'T\'HH:mm:ssZ||CreatedDate|yyyy-MM-dd\'T\'HH:mm:ssZ"'),
      findings: [{ message: FULL, text: '"event.poller.urls"', path: ['configuration', 'event.poller.urls'] }],
    },
    {
      name: 'a resource list, as on the Pardot page',
      code: body('"event.poller.urls": "contacts|leads"', 'pardot'),
      findings: [{ message: LIST('pardot'), text: '"event.poller.urls"' }],
    },
    {
      name: 'both forms set',
      code: body('"event.poller.urls": "contacts|/hubs/crm/contacts",\n    "event.poller.configuration": {"contacts": {"url": "/hubs/crm/contacts", "idField": "vid"}}'),
      findings: [{
        message: "Both 'event.poller.urls' (the legacy format) and 'event.poller.configuration' are set, and which one the poller uses is not documented. "
          + "Keep 'event.poller.configuration' (add any resource it lacks) and remove 'event.poller.urls'.",
        text: '"event.poller.urls"',
      }],
    },
    {
      name: 'the problems of a line are reported at their characters, through escapes',
      code: body('"event.poller.urls": "accounts|\\/hubs\\/crm\\/accounts?where=x>\'${date:yyyy-MM-dd\\u0027T\\u0027HH:mm:ss}\'\\ncontacts|hubs\\/crm\\/contacts"'),
      findings: [
        { message: FULL, text: '"event.poller.urls"' },
        {
          message: "The poller URL 'hubs/crm/contacts' does not start with '/': write it as a hub path, as in /hubs/crm/contacts",
          text: 'hubs\\/crm\\/contacts',
          path: ['configuration', 'event.poller.urls'],
        },
      ],
    },
    {
      name: 'an empty name in a resource list points at the extra pipe',
      code: body('"event.poller.urls": "contacts||leads"', 'pardot'),
      findings: [
        { message: LIST('pardot'), text: '"event.poller.urls"' },
        { message: "Empty resource name in the list: remove the extra '|'.", text: '|' },
      ],
    },
    {
      name: 'not a string',
      code: body('"event.poller.urls": ["contacts", "leads"]'),
      findings: [{ message: "'event.poller.urls' must be a string of pipe-separated lines (the legacy poller format); it is an array.", text: '["contacts", "leads"]' }],
    },
    {
      name: 'an object of resources under the legacy key can be renamed',
      code: body('"event.poller.urls": {"contacts": {"url": "/hubs/crm/contacts", "idField": "vid"}}'),
      findings: [{
        message: "'event.poller.urls' must be a string of pipe-separated lines (the legacy poller format); it is an object. An object of resources belongs in 'event.poller.configuration'.",
        text: '{"contacts": {"url": "/hubs/crm/contacts", "idField": "vid"}}',
      }],
      suggestions: [{
        title: "Rename the key to 'event.poller.configuration'",
        output: body('"event.poller.configuration": {"contacts": {"url": "/hubs/crm/contacts", "idField": "vid"}}'),
      }],
    },
  ],
});
