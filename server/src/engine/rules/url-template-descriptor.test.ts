import { legacyPollerUrlsMember, pollerConfigurationMember, pollingInstanceBody, stringifiedPollerConfigurationMember } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './url-template-descriptor';

const body = (configuration: string) => pollingInstanceBody('revel', configuration, { withCallbackUrl: true });
/** A polling body with one resource polling `url` (a JS value, escaped here). */
const polling = (url: string) => body(pollerConfigurationMember({ employees: { url, idField: 'id' } }));
const stringified = (url: string) => body(stringifiedPollerConfigurationMember({ employees: { url, idField: 'id' } }));
const legacy = (lines: string) => body(legacyPollerUrlsMember(lines));

const UNKNOWN = 'CE documents gmtDate, date, dateTimeZone and epoch (nowTimeZone and milliseconds also appear in its examples); no other name is known to be filled in.';
const ISO = "yyyy-MM-dd'T'HH:mm:ssXXX";

testRule(rule, {
  valid: [
    { name: 'gmtDate', code: polling("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'") },
    { name: 'date with a pattern, and a bare date', code: polling("/hubs/ecommerce/orders?where=min_date_modified='${date:EEE, dd MMM yyyy HH:mm:ss Z}' and x='${date}'") },
    { name: 'epoch and its units', code: polling("/hubs/payment/events?where=created >'${epoch:s}' and a>${epoch} and b>${epoch:ms} and c>${epoch:us}") },
    { name: 'epoch:0, seen in a CE element default, is left alone', code: polling('/hubs/field/visits?where=lastModified>${epoch:0}') },
    { name: 'milliseconds', code: polling("/hubs/social/companies?where=modified>'${milliseconds}'") },
    { name: 'dateTimeZone with a tz id', code: polling("/hubs/finance/payments?where=TimeModified >= '${dateTimeZone:America/Denver:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}'") },
    { name: 'dateTimeZone with an offset and a placeholder zone', code: polling("/x?a='${dateTimeZone:-6:00:yyyy-MM-dd}' and b='${dateTimeZone:{TimeZone}:yyyy-MM-dd HH:mm:ss}'") },
    { name: 'a zone id that holds pattern letters', code: polling("/x?a='${dateTimeZone:Europe/Brussels:yyyy-MM-dd}'") },
    { name: 'nowTimeZone', code: polling("/x?a<'${nowTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}'") },
    { name: 'an unclosed template is the syntax rule\'s', code: polling("/x?a>'${gmDate:yyyy-MM-dd'") },
    { name: 'a pattern with no descriptor is the syntax rule\'s', code: polling("/x?a>'${yyyy-MM-dd}'") },
  ],
  invalid: [
    {
      name: 'capitalised, as in the Revel docs: may not be recognised',
      code: polling("/hubs/employee/employees?where=updated_date__gte='${DateTimeZone:PST:yyyy-MM-dd'T'HH:mm:ss.SSS}'"),
      findings: [{
        message: "Template descriptor 'DateTimeZone' is written 'dateTimeZone' in CE's docs, and whether CE ignores case is not documented: 'DateTimeZone' may not be recognised. Did you mean 'dateTimeZone'?",
        text: 'DateTimeZone',
        path: ['configuration', 'event.poller.configuration', 'employees', 'url'],
      }],
      suggestions: [{
        title: "Rename to 'dateTimeZone'",
        output: polling("/hubs/employee/employees?where=updated_date__gte='${dateTimeZone:PST:yyyy-MM-dd'T'HH:mm:ss.SSS}'"),
      }],
    },
    {
      name: 'other case slips',
      code: polling("/x?a>'${GMTDate:yyyy}' and b>${Epoch} and c>'${gmtdate:yyyy}' and d>'${dateTimezone:GMT:yyyy}'"),
      findings: [
        { message: /^Template descriptor 'GMTDate' is written 'gmtDate'/, text: 'GMTDate' },
        { message: /^Template descriptor 'Epoch' is written 'epoch'/, text: 'Epoch' },
        { message: /^Template descriptor 'gmtdate' is written 'gmtDate'/, text: 'gmtdate' },
        { message: /^Template descriptor 'dateTimezone' is written 'dateTimeZone'/, text: 'dateTimezone' },
      ],
      suggestions: [{ title: "Rename to 'gmtDate'", output: polling("/x?a>'${gmtDate:yyyy}' and b>${Epoch} and c>'${gmtdate:yyyy}' and d>'${dateTimezone:GMT:yyyy}'") }],
    },
    {
      name: 'a typo',
      code: polling("/hubs/crm/contacts?where=updated>'${gmDate:yyyy-MM-dd'T'HH:mm:ssXXX}'"),
      findings: [{ message: `Unknown template descriptor 'gmDate': ${UNKNOWN} Did you mean 'gmtDate'?`, text: 'gmDate' }],
      suggestions: [{ title: "Rename to 'gmtDate'", output: polling("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'") }],
    },
    {
      name: 'a typo in a descriptor that takes a zone',
      code: polling("/x?a>'${dateTimeZon:GMT:yyyy-MM-dd}'"),
      findings: [{ message: `Unknown template descriptor 'dateTimeZon': ${UNKNOWN} Did you mean 'dateTimeZone'?`, text: 'dateTimeZon' }],
      suggestions: [{ title: "Rename to 'dateTimeZone'", output: polling("/x?a>'${dateTimeZone:GMT:yyyy-MM-dd}'") }],
    },
    {
      name: 'an unknown name',
      code: polling('/x?a>${lastPoll}'),
      findings: [{ message: `Unknown template descriptor 'lastPoll': ${UNKNOWN} Use one of them.`, text: 'lastPoll' }],
    },
    {
      name: 'epoch with a pattern',
      code: polling("/hubs/crm/contacts?where=updated>'${epoch:yyyy-MM-dd}'"),
      findings: [{
        message: "'epoch' takes no pattern: it sends the last poll time as a Unix number (milliseconds, or seconds with 'epoch:s'), so 'yyyy-MM-dd' is not used. For a formatted date use 'gmtDate:yyyy-MM-dd'; for a number, remove the pattern.",
        text: 'yyyy-MM-dd',
      }],
      suggestions: [
        { title: "Use 'gmtDate:yyyy-MM-dd'", output: polling("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd}'") },
        { title: "Remove ':yyyy-MM-dd'", output: polling("/hubs/crm/contacts?where=updated>'${epoch}'") },
      ],
    },
    {
      name: 'a unit spelt out',
      code: polling('/hubs/payment/events?where=created>${epoch:seconds}'),
      findings: [{
        message: "Unknown epoch unit 'seconds': epoch takes 's' (seconds), 'ms' (milliseconds) or 'us' (microseconds), or nothing for milliseconds. Did you mean 's'?",
        text: 'seconds',
      }],
      suggestions: [{ title: "Replace with 's'", output: polling('/hubs/payment/events?where=created>${epoch:s}') }],
    },
    {
      name: 'a unit in capitals',
      code: polling('/hubs/payment/events?where=created>${epoch:MS}'),
      findings: [{ message: /^Unknown epoch unit 'MS': .* Did you mean 'ms'\?$/, text: 'MS' }],
      suggestions: [{ title: "Replace with 'ms'", output: polling('/hubs/payment/events?where=created>${epoch:ms}') }],
    },
    {
      name: 'an unknown unit',
      code: polling('/hubs/payment/events?where=created>${epoch:1000}'),
      findings: [{ message: "Unknown epoch unit '1000': epoch takes 's' (seconds), 'ms' (milliseconds) or 'us' (microseconds), or nothing for milliseconds.", text: '1000' }],
    },
    {
      name: 'epoch with an empty unit',
      code: polling('/hubs/payment/events?where=created>${epoch:}'),
      findings: [{ message: "'${epoch:}' has nothing after the colon: write '${epoch}' for Unix milliseconds, or '${epoch:s}' for seconds.", text: '${epoch:}' }],
      suggestions: [
        { title: "Remove ':'", output: polling('/hubs/payment/events?where=created>${epoch}') },
        { title: "Add the unit 's' (seconds)", output: polling('/hubs/payment/events?where=created>${epoch:s}') },
      ],
    },
    {
      name: 'milliseconds with a pattern',
      code: polling("/hubs/social/companies?where=modified>'${milliseconds:yyyy-MM-dd}'"),
      findings: [{
        message: "'milliseconds' takes nothing after it: CE's examples use it alone, apparently for the last poll time in Unix milliseconds, so ':yyyy-MM-dd' is not used. Remove it, or use 'gmtDate:<pattern>' for a formatted date.",
        text: ':yyyy-MM-dd',
      }],
      suggestions: [{ title: "Remove ':yyyy-MM-dd'", output: polling("/hubs/social/companies?where=modified>'${milliseconds}'") }],
    },
    {
      name: 'gmtDate with an empty pattern',
      code: polling("/hubs/crm/contacts?where=updated>'${gmtDate:}'"),
      findings: [{
        message: `'\${gmtDate:}' has no date pattern: gmtDate writes the last poll time with the Java pattern after its colon, as in '\${gmtDate:${ISO}}'. Add the pattern the API expects.`,
        text: '${gmtDate:}',
      }],
      suggestions: [{ title: `Add the pattern ${ISO}`, output: polling(`/hubs/crm/contacts?where=updated>'\${gmtDate:${ISO}}'`) }],
    },
    {
      name: 'gmtDate with no pattern at all',
      code: polling("/hubs/crm/contacts?where=updated>'${gmtDate}'"),
      findings: [{ message: /^'\$\{gmtDate\}' has no date pattern: /, text: '${gmtDate}' }],
      suggestions: [{ title: `Add the pattern ${ISO}`, output: polling(`/hubs/crm/contacts?where=updated>'\${gmtDate:${ISO}}'`) }],
    },
    {
      name: 'date with an empty pattern',
      code: polling("/hubs/crm/contacts?where=updated>'${date:}'"),
      findings: [{ message: /^'\$\{date:\}' has no date pattern: date writes/, text: '${date:}' }],
      suggestions: [{ title: `Add the pattern ${ISO}`, output: polling(`/hubs/crm/contacts?where=updated>'\${date:${ISO}}'`) }],
    },
    {
      name: 'dateTimeZone with the zone left out',
      code: polling("/hubs/crm/contacts?where=updated>'${dateTimeZone:yyyy-MM-dd'T'HH:mm:ss}'"),
      findings: [{
        message: "'${dateTimeZone:yyyy-MM-dd'T'HH:mm:ss}' has no zone: dateTimeZone takes a zone and then the pattern, "
          + `'\${dateTimeZone:<zone>:<pattern>}', e.g. '\${dateTimeZone:America/New_York:${ISO}}', so the start of this pattern would be read as the zone. Insert the provider's zone before the pattern.`,
        text: "${dateTimeZone:yyyy-MM-dd'T'HH:mm:ss}",
      }],
      suggestions: [{ title: "Use 'gmtDate' (the time in GMT)", output: polling("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss}'") }],
    },
    {
      name: 'nowTimeZone with the zone left out',
      code: polling("/x?end<'${nowTimeZone:yyyy-MM-dd}'"),
      findings: [{ message: /^'\$\{nowTimeZone:yyyy-MM-dd\}' has no zone: nowTimeZone takes a zone/, text: '${nowTimeZone:yyyy-MM-dd}' }],
      suggestions: [{ title: "Insert the zone 'GMT'", output: polling("/x?end<'${nowTimeZone:GMT:yyyy-MM-dd}'") }],
    },
    {
      name: 'an empty zone',
      code: polling("/x?a>'${dateTimeZone::yyyy-MM-dd}'"),
      findings: [{
        message: "'${dateTimeZone::yyyy-MM-dd}' has an empty zone: dateTimeZone converts the time to the zone between the colons, and Java reads an empty one as GMT. "
          + `Write the provider's zone, as in '\${dateTimeZone:<zone>:<pattern>}', e.g. '\${dateTimeZone:America/New_York:${ISO}}'.`,
        text: '${dateTimeZone::yyyy-MM-dd}',
      }],
      suggestions: [{ title: "Use 'gmtDate' (the time in GMT)", output: polling("/x?a>'${gmtDate:yyyy-MM-dd}'") }],
    },
    {
      name: 'no zone and no pattern',
      code: polling("/x?a>'${dateTimeZone}' and b>'${nowTimeZone:}'"),
      findings: [
        { message: `'\${dateTimeZone}' has no zone and no pattern: write '\${dateTimeZone:<zone>:<pattern>}', e.g. '\${dateTimeZone:America/New_York:${ISO}}'.`, text: '${dateTimeZone}' },
        { message: /^'\$\{nowTimeZone:\}' has no zone and no pattern/, text: '${nowTimeZone:}' },
      ],
    },
    {
      name: 'a zone and no pattern',
      code: polling("/x?a>'${dateTimeZone:America/Chicago}'"),
      findings: [{
        message: "'${dateTimeZone:America/Chicago}' has no date pattern after the zone: dateTimeZone writes the time with the Java pattern after the second colon, "
          + `as in '\${dateTimeZone:<zone>:<pattern>}', e.g. '\${dateTimeZone:America/New_York:${ISO}}'. Add the pattern the API expects.`,
        text: '${dateTimeZone:America/Chicago}',
      }],
      suggestions: [{ title: `Add the pattern ${ISO}`, output: polling(`/x?a>'\${dateTimeZone:America/Chicago:${ISO}}'`) }],
    },
    {
      name: 'an offset zone and an empty pattern',
      code: polling("/x?a>'${dateTimeZone:GMT-06:00:}'"),
      findings: [{ message: /^'\$\{dateTimeZone:GMT-06:00:\}' has no date pattern after the zone/, text: '${dateTimeZone:GMT-06:00:}' }],
      suggestions: [{ title: `Add the pattern ${ISO}`, output: polling(`/x?a>'\${dateTimeZone:GMT-06:00:${ISO}}'`) }],
    },
    {
      name: 'a wrong case and a pattern after epoch, both reported',
      code: polling('/x?a>${Epoch:yyyy}'),
      findings: [
        { message: /^Template descriptor 'Epoch' is written 'epoch'/, text: 'Epoch' },
        { message: /^'epoch' takes no pattern/, text: 'yyyy' },
      ],
      suggestions: [{ title: "Rename to 'epoch'", output: polling('/x?a>${epoch:yyyy}') }],
    },
    {
      name: 'quotes written \\u0027 in the JSON text',
      code: body(`    "event.poller.configuration": {
      "employees": {"url": "/x?where=updated>\\u0027\${gmDate:yyyy-MM-dd\\u0027T\\u0027HH}\\u0027", "idField": "id"}
    }`),
      findings: [{ message: `Unknown template descriptor 'gmDate': ${UNKNOWN} Did you mean 'gmtDate'?`, text: 'gmDate' }],
      suggestions: [{
        title: "Rename to 'gmtDate'",
        output: body(`    "event.poller.configuration": {
      "employees": {"url": "/x?where=updated>\\u0027\${gmtDate:yyyy-MM-dd\\u0027T\\u0027HH}\\u0027", "idField": "id"}
    }`),
      }],
    },
    {
      name: 'inside a stringified event.poller.configuration',
      code: stringified("/hubs/crm/contacts?where=updated>'${epoch:yyyy-MM-dd}'"),
      findings: [{ message: /^'epoch' takes no pattern/, text: 'yyyy-MM-dd', path: ['configuration', 'event.poller.configuration', 'employees', 'url'] }],
      suggestions: [
        { title: "Use 'gmtDate:yyyy-MM-dd'", output: stringified("/hubs/crm/contacts?where=updated>'${gmtDate:yyyy-MM-dd}'") },
        { title: "Remove ':yyyy-MM-dd'", output: stringified("/hubs/crm/contacts?where=updated>'${epoch}'") },
      ],
    },
    {
      name: 'in a legacy event.poller.urls line',
      code: legacy("envelopes|/hubs/esignature/envelopes?where=from_date='${gmtdate:yyyy-MM-dd'T'HH:mm:ss'Z'}'"),
      findings: [{ message: /^Template descriptor 'gmtdate' is written 'gmtDate'/, text: 'gmtdate', path: ['configuration', 'event.poller.urls'] }],
      suggestions: [{ title: "Rename to 'gmtDate'", output: legacy("envelopes|/hubs/esignature/envelopes?where=from_date='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'") }],
    },
  ],
});
