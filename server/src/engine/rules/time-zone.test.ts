import { indentedPollerConfigurationMember, legacyPollerUrlsMember, pollingInstanceBody, stringifiedPollerConfigurationMember } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './time-zone';

const body = (configuration: string) => pollingInstanceBody('quickbooksenterprise', configuration, { withCallbackUrl: true });
const ISO_URL = "/hubs/finance/payments?where=TimeModified >= '${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'";
/** A resource with the given zones (JS values) and url. */
const resource = (updated: string, created = 'GMT', url = ISO_URL) => ({
  url,
  idField: 'TxnID',
  datesConfiguration: {
    updatedDateField: 'TimeModified', updatedDateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX", updatedDateTimezone: updated,
    createdDateField: 'TimeCreated', createdDateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX", createdDateTimezone: created,
  },
});
const polling = (updated: string, created?: string, url?: string) => body(indentedPollerConfigurationMember({ payments: resource(updated, created, url) }));
const withUrl = (url: string) => polling('GMT', 'GMT', url);
const stringified = (updated: string) => body(stringifiedPollerConfigurationMember({ payments: resource(updated) }));
const legacy = (lines: string) => body(legacyPollerUrlsMember(lines));

const UPDATED_PATH = ['configuration', 'event.poller.configuration', 'payments', 'datesConfiguration', 'updatedDateTimezone'];

testRule(rule, {
  valid: [
    { name: 'GMT, as nearly every CE example has it', code: polling('GMT') },
    { name: 'UTC and a tz id', code: polling('UTC', 'America/Denver') },
    { name: 'custom offsets Java reads', code: polling('GMT-06:00', 'GMT+8') },
    { name: 'empty zones, as element defaults leave them', code: polling('', '') },
    { name: 'a three-letter id is the abbreviation rule\'s', code: polling('PST', 'CST') },
    { name: 'an angle-bracket placeholder is no-placeholders\'s', code: polling('<TIMEZONE>') },
    { name: 'a tz id in a template', code: withUrl("/hubs/finance/payments?where=TimeModified >= '${dateTimeZone:America/Denver:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}'") },
    { name: 'a zone left out of a template is the descriptor rule\'s', code: withUrl("/x?a>'${dateTimeZone:yyyy-MM-dd'T'HH:mm:ss}'") },
    { name: 'a legacy line with GMT zones', code: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${date}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|GMT|CreatedDate|yyyy-MM-dd'T'HH:mm:ssZ|GMT") },
  ],
  invalid: [
    {
      name: 'a tz id in the wrong case: safe to correct, the value cannot work as it is',
      code: polling('america/denver'),
      findings: [{
        message: "Time zone 'america/denver' in 'updatedDateTimezone' is not an id Java knows (ids are case-sensitive): Java silently uses GMT instead, so the updated dates are read as GMT times. Write 'America/Denver'.",
        text: 'america/denver',
        path: UPDATED_PATH,
      }],
      output: polling('America/Denver'),
    },
    {
      name: 'gmt, and spaces where the id has _',
      code: polling('gmt', 'America/New York'),
      findings: [
        { message: /^Time zone 'gmt' in 'updatedDateTimezone' is not an id Java knows \(ids are case-sensitive\).*Write 'GMT'\.$/, text: 'gmt', occurrence: 1 },
        {
          message: "Time zone 'America/New York' in 'createdDateTimezone' is not an id Java knows (ids write spaces as '_'): Java silently uses GMT instead, so the created dates are read as GMT times. Write 'America/New_York'.",
          text: 'America/New York',
        },
      ],
      output: polling('GMT', 'America/New_York'),
    },
    {
      name: 'spaces around an id',
      code: polling(' America/Chicago '),
      findings: [{ message: /^Time zone ' America\/Chicago ' in 'updatedDateTimezone' is not an id Java knows \(it has spaces around it\)/, text: ' America/Chicago ' }],
      output: polling('America/Chicago'),
    },
    {
      name: 'a misspelt id: a suggestion, not a fix',
      code: polling('Americas/Chicago'),
      findings: [{
        message: "Unknown time zone 'Americas/Chicago' in 'updatedDateTimezone': Java does not know it and silently uses GMT, so the updated dates are read as GMT times. Did you mean 'America/Chicago'?",
        text: 'Americas/Chicago',
      }],
      suggestions: [{ title: "Replace with 'America/Chicago'", output: polling('America/Chicago') }],
    },
    {
      name: 'a lower-case abbreviation: which zone is meant is for a person to say',
      code: polling('GMT', 'pst'),
      findings: [{ message: /^Unknown time zone 'pst' in 'createdDateTimezone': .* Did you mean 'America\/Los_Angeles'\?$/, text: 'pst' }],
      suggestions: [{ title: "Replace with 'America/Los_Angeles'", output: polling('GMT', 'America/Los_Angeles') }],
    },
    {
      name: 'nothing close',
      code: polling('Mars/Olympus'),
      findings: [{
        message: "Unknown time zone 'Mars/Olympus' in 'updatedDateTimezone': Java does not know it and silently uses GMT, so the updated dates are read as GMT times. "
          + "Use a tz database id such as 'America/New_York', an offset such as 'GMT-06:00', or 'GMT'.",
        text: 'Mars/Olympus',
      }],
    },
    {
      name: 'an offset without GMT, as CE\'s builder docs write it',
      code: withUrl("/hubs/finance/payments?where=TimeModified>'${dateTimeZone:-6:00:yyyy-MM-dd HH:mm:ss}'"),
      findings: [{
        message: "Time zone '-6:00' in the URL template has no 'GMT' prefix: Java reads an offset only as 'GMT-06:00' and silently uses GMT for this one, so the poll time goes into the URL in GMT "
          + "(CE's docs show offsets such as '-6:00', but whether CE adds the prefix itself is not confirmed). Write 'GMT-06:00'.",
        text: '-6:00',
        path: ['configuration', 'event.poller.configuration', 'payments', 'url'],
      }],
      suggestions: [{ title: "Replace with 'GMT-06:00'", output: withUrl("/hubs/finance/payments?where=TimeModified>'${dateTimeZone:GMT-06:00:yyyy-MM-dd HH:mm:ss}'") }],
    },
    {
      name: 'a UTC offset in a template',
      code: withUrl("/x?a>'${dateTimeZone:UTC+8:yyyy-MM-dd}'"),
      findings: [{ message: /^Unknown time zone 'UTC\+8' in the URL template: .* Did you mean 'GMT\+08:00'\?$/, text: 'UTC+8' }],
      suggestions: [{ title: "Replace with 'GMT+08:00'", output: withUrl("/x?a>'${dateTimeZone:GMT+08:00:yyyy-MM-dd}'") }],
    },
    {
      name: 'the Zoho placeholder, in the template and in datesConfiguration',
      code: polling('{TimeZone}', 'GMT', "/hubs/crm/accounts?where='Modified Time'>'${dateTimeZone:{TimeZone}:yyyy-MM-dd HH:mm:ss}'"),
      findings: [
        {
          message: "'{TimeZone}' in the URL template is a placeholder from the docs: replace it with the provider's time zone, e.g. 'America/New_York'. As it is, Java silently uses GMT.",
          text: '{TimeZone}',
        },
        {
          message: "'{TimeZone}' in 'updatedDateTimezone' is a placeholder from the docs: replace it with the provider's time zone, e.g. 'America/New_York'. As it is, Java silently uses GMT.",
          text: '{TimeZone}',
          occurrence: 1,
        },
      ],
    },
    {
      name: 'other placeholders',
      code: polling('TIME_ZONE', 'YourTimeZone'),
      findings: [{ message: /^'TIME_ZONE' in 'updatedDateTimezone' is a placeholder/, text: 'TIME_ZONE' }, { message: /^'YourTimeZone' in 'createdDateTimezone' is a placeholder/, text: 'YourTimeZone' }],
    },
    {
      name: 'escapes in the JSON text: \\/ in the zone, \\u0027 around the template',
      code: body(`    "event.poller.configuration": {
      "payments": {
        "url": "/x?where=updated>\\u0027\${dateTimeZone:america\\/denver:yyyy-MM-dd\\u0027T\\u0027HH:mm}\\u0027",
        "idField": "id",
        "datesConfiguration": {"updatedDateField": "updated", "updatedDateFormat": "yyyy-MM-dd", "updatedDateTimezone": "America\\/Denvr"}
      }
    }`),
      findings: [
        { message: /^Time zone 'america\/denver' in the URL template is not an id Java knows \(ids are case-sensitive\)/, text: 'america\\/denver' },
        { message: /^Unknown time zone 'America\/Denvr' in 'updatedDateTimezone': .* Did you mean 'America\/Denver'\?$/, text: 'America\\/Denvr' },
      ],
      output: body(`    "event.poller.configuration": {
      "payments": {
        "url": "/x?where=updated>\\u0027\${dateTimeZone:America/Denver:yyyy-MM-dd\\u0027T\\u0027HH:mm}\\u0027",
        "idField": "id",
        "datesConfiguration": {"updatedDateField": "updated", "updatedDateFormat": "yyyy-MM-dd", "updatedDateTimezone": "America\\/Denvr"}
      }
    }`),
    },
    {
      name: 'inside a stringified event.poller.configuration',
      code: stringified('america/chicago'),
      findings: [{ message: /^Time zone 'america\/chicago' in 'updatedDateTimezone' is not an id Java knows/, text: 'america/chicago', path: UPDATED_PATH }],
      output: stringified('America/Chicago'),
    },
    {
      name: 'in a legacy event.poller.urls line',
      code: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${gmtDate:yyyy-MM-dd}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|america/new_york|CreatedDate|yyyy-MM-dd'T'HH:mm:ssZ|Americas/Chicago"),
      findings: [
        {
          message: "Time zone 'america/new_york' in the 'event.poller.urls' line is not an id Java knows (ids are case-sensitive): Java silently uses GMT instead, so the dates are read as GMT times. Write 'America/New_York'.",
          text: 'america/new_york',
          path: ['configuration', 'event.poller.urls'],
        },
        { message: /^Unknown time zone 'Americas\/Chicago' in the 'event.poller.urls' line: .* Did you mean 'America\/Chicago'\?$/, text: 'Americas/Chicago' },
      ],
      output: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${gmtDate:yyyy-MM-dd}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|America/New_York|CreatedDate|yyyy-MM-dd'T'HH:mm:ssZ|Americas/Chicago"),
      suggestions: [{
        title: "Replace with 'America/Chicago'",
        output: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${gmtDate:yyyy-MM-dd}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|america/new_york|CreatedDate|yyyy-MM-dd'T'HH:mm:ssZ|America/Chicago"),
      }],
    },
  ],
});
