import { legacyPollerUrlsMember, pollerConfigurationMember, pollingInstanceBody, stringifiedPollerConfigurationMember } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './url-hard-coded-date';

const body = (configuration: string) => pollingInstanceBody('activecampaign', configuration, { withCallbackUrl: true });
/** A polling body with one resource polling `url` (a JS value, escaped here). */
const polling = (url: string) => body(pollerConfigurationMember({ contacts: { url, idField: 'id', pollDelay: 60 } }));
const stringified = (url: string) => body(stringifiedPollerConfigurationMember({ contacts: { url, idField: 'id' } }));
const legacy = (lines: string) => body(legacyPollerUrlsMember(lines));

const message = (date: string, template: string) =>
  `The URL filters on the fixed date '${date}': every poll asks for the same records (and more and more of them) instead of those changed since the last poll. `
  + `Use a template such as '${template}', which CE fills in with the time of the last poll.`;

testRule(rule, {
  valid: [
    { name: 'a gmtDate template', code: polling("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'") },
    { name: 'epoch templates', code: polling("/hubs/payment/events?where=created >'${epoch:s}'") },
    { name: 'a date in the path, not the query', code: polling('/hubs/reports/2020-01-01/rows?where=updated>${epoch}') },
    { name: 'an id compared with a number', code: polling('/hubs/crm/contacts?where=id>1234567890') },
    { name: 'no filter at all (Zendesk)', code: polling('/hubs/helpdesk/users') },
    { name: 'a legacy line with a template', code: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${date}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ") },
  ],
  invalid: [
    {
      name: 'the ActiveCampaign example: a date with an offset',
      code: polling('/hubs/marketing/contacts?where=mdate>=2017-02-28T16:11:29-06:00'),
      findings: [{
        message: message('2017-02-28T16:11:29-06:00', "${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}"),
        text: '2017-02-28T16:11:29-06:00',
        path: ['configuration', 'event.poller.configuration', 'contacts', 'url'],
      }],
      suggestions: [{
        title: "Replace with '${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'",
        output: polling("/hubs/marketing/contacts?where=mdate>=${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}"),
      }],
    },
    {
      name: 'a quoted date: the quotes stay',
      code: polling("/hubs/crm/contacts?where=lastUpdated>'2020-01-01'"),
      findings: [{ message: message('2020-01-01', '${gmtDate:yyyy-MM-dd}'), text: '2020-01-01' }],
      suggestions: [{ title: "Replace with '${gmtDate:yyyy-MM-dd}'", output: polling("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd}'") }],
    },
    {
      name: 'each shape gets its own pattern',
      code: polling("/x?where=a>'2021-06-30 08:15:00' and b>'2020-01-01T00:00:00.000Z' and c>'2020-01-01T00:00+0100' and d>'2020-01-01T10:30'"),
      findings: [
        { message: message('2021-06-30 08:15:00', '${gmtDate:yyyy-MM-dd HH:mm:ss}'), text: '2021-06-30 08:15:00' },
        { message: message('2020-01-01T00:00:00.000Z', "${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}"), text: '2020-01-01T00:00:00.000Z' },
        { message: message('2020-01-01T00:00+0100', "${gmtDate:yyyy-MM-dd'T'HH:mmXX}"), text: '2020-01-01T00:00+0100' },
        { message: message('2020-01-01T10:30', "${gmtDate:yyyy-MM-dd'T'HH:mm}"), text: '2020-01-01T10:30' },
      ],
    },
    {
      name: 'epoch milliseconds',
      code: polling("/hubs/crm/accounts?where=lastModifiedDate >= '1490000000000'"),
      findings: [{ message: message('1490000000000', '${epoch}'), text: '1490000000000' }],
      suggestions: [{ title: "Replace with '${epoch}'", output: polling("/hubs/crm/accounts?where=lastModifiedDate >= '${epoch}'") }],
    },
    {
      name: 'epoch seconds',
      code: polling('/hubs/payment/events?where=created > 1490000000'),
      findings: [{ message: message('1490000000', '${epoch:s}'), text: '1490000000' }],
      suggestions: [{ title: "Replace with '${epoch:s}'", output: polling('/hubs/payment/events?where=created > ${epoch:s}') }],
    },
    {
      name: 'quotes written \\u0027 and slashes \\/ in the JSON text',
      code: body(`    "event.poller.configuration": {
      "contacts": {"url": "\\/hubs\\/crm\\/contacts?where=updated>\\u00272020-01-01T00:00:00Z\\u0027", "idField": "id"}
    }`),
      findings: [{ message: message('2020-01-01T00:00:00Z', "${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}"), text: '2020-01-01T00:00:00Z' }],
      suggestions: [{
        title: "Replace with '${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'",
        output: body(`    "event.poller.configuration": {
      "contacts": {"url": "\\/hubs\\/crm\\/contacts?where=updated>\\u0027\${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}\\u0027", "idField": "id"}
    }`),
      }],
    },
    {
      name: 'inside a stringified event.poller.configuration',
      code: stringified("/hubs/crm/contacts?where=updated>'2019-05-01'"),
      findings: [{ message: message('2019-05-01', '${gmtDate:yyyy-MM-dd}'), text: '2019-05-01' }],
      suggestions: [{ title: "Replace with '${gmtDate:yyyy-MM-dd}'", output: stringified("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd}'") }],
    },
    {
      name: 'in a legacy event.poller.urls line',
      code: legacy('contacts|/hubs/crm/contacts?where=updated>2019-05-01|'),
      findings: [{ message: message('2019-05-01', '${gmtDate:yyyy-MM-dd}'), text: '2019-05-01', path: ['configuration', 'event.poller.urls'] }],
      suggestions: [{ title: "Replace with '${gmtDate:yyyy-MM-dd}'", output: legacy('contacts|/hubs/crm/contacts?where=updated>${gmtDate:yyyy-MM-dd}|') }],
    },
  ],
});
