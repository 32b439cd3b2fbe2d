import { legacyPollerUrlsMember, pollerConfigurationMember, pollingInstanceBody, stringifiedPollerConfigurationMember } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './url-template-syntax';

const body = (configuration: string) => pollingInstanceBody('hubspotcrm', configuration, { withCallbackUrl: true });
/** A polling body with one resource polling `url` (a JS value, escaped here). */
const polling = (url: string) => body(pollerConfigurationMember({ contacts: { url, idField: 'id' } }));
/** The same resource in a stringified configuration, as responses and element defaults hold it. */
const stringified = (url: string) => body(stringifiedPollerConfigurationMember({ contacts: { url, idField: 'id' } }));
const legacy = (lines: string) => body(legacyPollerUrlsMember(lines));

const URL_PATH = ['configuration', 'event.poller.configuration', 'contacts', 'url'];

testRule(rule, {
  valid: [
    { name: 'gmtDate, as the docs write it', code: polling("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'") },
    { name: 'epoch with and without a unit', code: polling("/hubs/crm/accounts?where=lastModifiedDate >= '${epoch:ms}' and created>${epoch}") },
    { name: 'a bare date (prefer-gmt-date notes it)', code: polling("/hubs/crm/contacts?where=lastmodifieddate='${date}'") },
    {
      name: 'a polling window with zones',
      code: polling("/hubs/hr/employees?where=filterUpdatedStartDate='${dateTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}' and filterUpdatedEndDate='${nowTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}'"),
    },
    { name: 'element placeholders without a $', code: polling('/hubs/db/{objectName}/records?where=updated>${epoch}&list={listId}') },
    { name: 'a misspelt descriptor is the descriptor rule\'s', code: polling("/hubs/crm/contacts?where=updated>'${gmDate:yyyy-MM-dd}'") },
    { name: 'a url with no template', code: polling('/hubs/helpdesk/users') },
    { name: 'a legacy line', code: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${date}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ||CreatedDate|yyyy-MM-dd'T'HH:mm:ssZ") },
  ],
  invalid: [
    {
      name: 'unclosed inside its quotes: the } goes before the closing quote',
      code: polling("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX'"),
      findings: [{
        message: "The template '${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX'' is never closed: a template runs from '${' to '}', so CE cannot tell where this one ends and does not fill in the poll time. Add '}' where it ends.",
        text: "${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX'",
        path: URL_PATH,
      }],
      suggestions: [{
        title: "Add '}' before the closing quote",
        output: polling("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'"),
      }],
    },
    {
      name: 'unclosed at the end of an unquoted url',
      code: polling('/hubs/finance/invoice?where=lastModifiedDate>${epoch'),
      findings: [{
        message: "The template '${epoch' is never closed: a template runs from '${' to '}', so CE cannot tell where this one ends and does not fill in the poll time. Add '}' where it ends.",
        text: '${epoch',
      }],
      suggestions: [{ title: "Add '}' at the end of the URL", output: polling('/hubs/finance/invoice?where=lastModifiedDate>${epoch}') }],
    },
    {
      name: 'unclosed with more query after it: no guess',
      code: polling("/hubs/crm/contacts?where=updated>'${epoch and created>'1'"),
      findings: [{
        message: "The template '${epoch and created>'1'' is never closed: a template runs from '${' to '}', so CE cannot tell where this one ends and does not fill in the poll time. Add '}' where it ends.",
        text: "${epoch and created>'1'",
      }],
      suggestions: [],
    },
    {
      name: 'an empty template',
      code: polling("/hubs/crm/contacts?where=updated>'${}'"),
      findings: [{
        message: "Empty template '${}': CE has nothing to fill in. Write what to send, e.g. '${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}' (the last poll time in GMT) or '${epoch}' (Unix milliseconds).",
        text: '${}',
      }],
    },
    {
      name: 'a pattern with no descriptor (ServiceTitan default)',
      code: polling("/hubs/crm/jobs?modifiedOnOrAfter='${yyyy-MM-dd'T'HH:mm:ss'Z'}'"),
      findings: [{
        message: "'${yyyy-MM-dd'T'HH:mm:ss'Z'}' is a date pattern with no descriptor: a template is '${descriptor:pattern}', so CE does not fill this one in. Write 'gmtDate:' (the last poll time in GMT) before the pattern.",
        text: "${yyyy-MM-dd'T'HH:mm:ss'Z'}",
      }],
      suggestions: [{ title: "Insert 'gmtDate:'", output: polling("/hubs/crm/jobs?modifiedOnOrAfter='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'") }],
    },
    {
      name: 'a pattern with no descriptor, its quotes written \\u0027 and its slashes \\/',
      code: body(`    "event.poller.configuration": {
      "jobs": {"url": "\\/hubs\\/crm\\/jobs?modifiedOnOrAfter=\\u0027\${yyyy-MM-dd\\u0027T\\u0027HH:mm:ss\\u0027Z\\u0027}\\u0027", "idField": "id"}
    }`),
      findings: [{
        message: "'${yyyy-MM-dd'T'HH:mm:ss'Z'}' is a date pattern with no descriptor: a template is '${descriptor:pattern}', so CE does not fill this one in. Write 'gmtDate:' (the last poll time in GMT) before the pattern.",
        text: '${yyyy-MM-dd\\u0027T\\u0027HH:mm:ss\\u0027Z\\u0027}',
        path: ['configuration', 'event.poller.configuration', 'jobs', 'url'],
      }],
      suggestions: [{
        title: "Insert 'gmtDate:'",
        output: body(`    "event.poller.configuration": {
      "jobs": {"url": "\\/hubs\\/crm\\/jobs?modifiedOnOrAfter=\\u0027\${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH:mm:ss\\u0027Z\\u0027}\\u0027", "idField": "id"}
    }`),
      }],
    },
    {
      name: 'a pattern that reads like a name',
      code: polling('/hubs/crm/contacts?where=day=${yyyyMMdd}'),
      findings: [{ message: /^'\$\{yyyyMMdd\}' is a date pattern with no descriptor/, text: '${yyyyMMdd}' }],
      suggestions: [{ title: "Insert 'gmtDate:'", output: polling('/hubs/crm/contacts?where=day=${gmtDate:yyyyMMdd}') }],
    },
    {
      name: 'a colon with nothing before it',
      code: polling('/hubs/crm/contacts?where=day=${:yyyy-MM-dd}'),
      findings: [{ message: /^'\$\{:yyyy-MM-dd\}' is a date pattern with no descriptor/, text: '${:yyyy-MM-dd}' }],
      suggestions: [{ title: "Insert 'gmtDate'", output: polling('/hubs/crm/contacts?where=day=${gmtDate:yyyy-MM-dd}') }],
    },
    {
      name: 'a fixed number (Eloqua docs)',
      code: polling("/hubs/marketing/contacts?where=updatedAt>'${518862600}'"),
      findings: [{
        message: "'${518862600}' is a fixed number, not a template: CE fills in only named descriptors, so every poll sends the same text. For the Unix time of the last poll, use '${epoch:s}' (seconds) or '${epoch}' (milliseconds).",
        text: '${518862600}',
      }],
      suggestions: [
        { title: "Replace with '${epoch:s}'", output: polling("/hubs/marketing/contacts?where=updatedAt>'${epoch:s}'") },
        { title: "Replace with '${epoch}'", output: polling("/hubs/marketing/contacts?where=updatedAt>'${epoch}'") },
      ],
    },
    {
      name: 'a 13-digit number offers milliseconds first',
      code: polling('/hubs/crm/contacts?where=updated>${1490000000000}'),
      findings: [{ message: /^'\$\{1490000000000\}' is a fixed number/, text: '${1490000000000}' }],
      suggestions: [
        { title: "Replace with '${epoch}'", output: polling('/hubs/crm/contacts?where=updated>${epoch}') },
        { title: "Replace with '${epoch:s}'", output: polling('/hubs/crm/contacts?where=updated>${epoch:s}') },
      ],
    },
    {
      name: 'something else',
      code: polling("/hubs/crm/contacts?where=updated>'${last poll}'"),
      findings: [{
        message: "'${last poll}' is not a template CE can read: write '${descriptor:pattern}' with a descriptor such as gmtDate, date, dateTimeZone:<zone> or epoch, e.g. '${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}' (the last poll time in GMT) or '${epoch}' (Unix milliseconds).",
        text: '${last poll}',
      }],
    },
    {
      name: 'inside a stringified event.poller.configuration',
      code: stringified("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd'"),
      findings: [{
        message: "The template '${gmtDate:yyyy-MM-dd'' is never closed: a template runs from '${' to '}', so CE cannot tell where this one ends and does not fill in the poll time. Add '}' where it ends.",
        text: "${gmtDate:yyyy-MM-dd'",
        path: URL_PATH,
      }],
      suggestions: [{ title: "Add '}' before the closing quote", output: stringified("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd}'") }],
    },
    {
      name: 'in a legacy event.poller.urls line',
      code: legacy("contacts|/hubs/crm/contacts?where=updated>'${}'|"),
      findings: [{ message: /^Empty template '\$\{\}'/, text: '${}', path: ['configuration', 'event.poller.urls'] }],
    },
  ],
});
