import { legacyPollerUrlsMember, pollerConfigurationMember, pollingInstanceBody, stringifiedPollerConfigurationMember } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './prefer-gmt-date';

const body = (configuration: string) => pollingInstanceBody('bigcommerce', configuration, { withCallbackUrl: true });
/** A polling body with one resource polling `url` (a JS value, escaped here). */
const polling = (url: string) => body(pollerConfigurationMember({ orders: { url, idField: 'id' } }));
const stringified = (url: string) => body(stringifiedPollerConfigurationMember({ orders: { url, idField: 'id' } }));
const legacy = (lines: string) => body(legacyPollerUrlsMember(lines));

const BARE = "'${date}' has no pattern, and the format CE writes then is not documented. CE's docs recommend 'gmtDate' with the pattern the API expects, "
  + "e.g. '${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}', which states both the zone and the format.";

testRule(rule, {
  valid: [
    { name: 'gmtDate', code: polling("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'") },
    { name: 'epoch and dateTimeZone', code: polling("/x?a>'${epoch:s}' and b>'${dateTimeZone:America/Denver:yyyy-MM-dd}'") },
    { name: 'another case of date is the descriptor rule\'s', code: polling("/x?a>'${Date:yyyy-MM-dd}'") },
    { name: 'an empty pattern is the descriptor rule\'s', code: polling("/x?a>'${date:}'") },
    { name: 'an unclosed template is the syntax rule\'s', code: polling("/x?a>'${date:yyyy-MM-dd'") },
  ],
  invalid: [
    {
      name: 'date with a pattern (BigCommerce)',
      code: polling("/hubs/ecommerce/orders?where=min_date_modified='${date:EEE, dd MMM yyyy HH:mm:ss Z}'"),
      findings: [{
        message: "'${date:EEE, dd MMM yyyy HH:mm:ss Z}' writes the last poll time in the zone of the CE server that runs the poller. CE's docs recommend 'gmtDate', which is always GMT.",
        text: 'date',
        occurrence: 1,
        path: ['configuration', 'event.poller.configuration', 'orders', 'url'],
      }],
      suggestions: [{ title: "Rename to 'gmtDate'", output: polling("/hubs/ecommerce/orders?where=min_date_modified='${gmtDate:EEE, dd MMM yyyy HH:mm:ss Z}'") }],
    },
    {
      name: 'a bare date (HubSpot): no pattern to keep, so no suggestion',
      code: polling("/hubs/crm/contacts?where=lastmodifieddate='${date}'"),
      findings: [{ message: BARE, text: 'date', occurrence: 1 }],
    },
    {
      name: 'quotes written \\u0027 in the JSON text',
      code: body(`    "event.poller.configuration": {
      "orders": {"url": "/hubs/ecommerce/orders?where=modified>\\u0027\${date:yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX}\\u0027", "idField": "id"}
    }`),
      findings: [{ message: /^'\$\{date:yyyy-MM-dd'T'HH:mm:ssXXX\}' writes the last poll time/, text: 'date' }],
      suggestions: [{
        title: "Rename to 'gmtDate'",
        output: body(`    "event.poller.configuration": {
      "orders": {"url": "/hubs/ecommerce/orders?where=modified>\\u0027\${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX}\\u0027", "idField": "id"}
    }`),
      }],
    },
    {
      name: 'inside a stringified event.poller.configuration',
      code: stringified("/hubs/crm/contacts?where=updated>'${date:yyyy-MM-dd}'"),
      findings: [{ message: /^'\$\{date:yyyy-MM-dd\}' writes the last poll time/, text: 'date', occurrence: 1 }],
      suggestions: [{ title: "Rename to 'gmtDate'", output: stringified("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd}'") }],
    },
    {
      name: 'in a legacy event.poller.urls line',
      code: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${date}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ"),
      findings: [{ message: BARE, text: 'date', path: ['configuration', 'event.poller.urls'] }],
    },
  ],
});
