import { indentedPollerConfigurationMember, legacyPollerUrlsMember, pollingInstanceBody, stringifiedPollerConfigurationMember } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './time-zone-abbreviation';

const body = (configuration: string) => pollingInstanceBody('revel', configuration, { withCallbackUrl: true });
const ISO_URL = "/hubs/employee/employees?where=updated_date__gte='${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSS}'";
const resource = (updated: string, created: string, url: string) => ({
  url,
  idField: 'id',
  datesConfiguration: {
    updatedDateField: 'updated_date', updatedDateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSS", updatedDateTimezone: updated,
    createdDateField: 'created_date', createdDateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSS", createdDateTimezone: created,
  },
});
const polling = (updated: string, created = 'GMT', url = ISO_URL) => body(indentedPollerConfigurationMember({ employees: resource(updated, created, url) }));
const withUrl = (url: string) => polling('GMT', 'GMT', url);
const stringified = (updated: string) => body(stringifiedPollerConfigurationMember({ employees: resource(updated, 'GMT', ISO_URL) }));
const legacy = (lines: string) => body(legacyPollerUrlsMember(lines));

const DEPRECATED = "is one of Java's deprecated three-letter zone ids, which people read in different ways";

testRule(rule, {
  valid: [
    { name: 'GMT and UTC are not abbreviations to warn about', code: polling('GMT', 'UTC') },
    { name: 'tz ids and offsets', code: polling('America/Los_Angeles', 'GMT-08:00') },
    { name: 'CET and EST5EDT are real tz ids', code: polling('CET', 'EST5EDT') },
    { name: 'an unknown zone is the time-zone rule\'s', code: polling('pst') },
    { name: 'a tz id in a template', code: withUrl("/x?a>'${dateTimeZone:America/Chicago:yyyy-MM-dd}'") },
  ],
  invalid: [
    {
      name: 'PST, as in the Revel and Oracle Sales Cloud docs',
      code: polling('PST', 'PST'),
      findings: [
        {
          message: `'PST' ${DEPRECATED}: PST is America/Los_Angeles in Java. Write the tz database id 'America/Los_Angeles' instead.`,
          text: 'PST',
          path: ['configuration', 'event.poller.configuration', 'employees', 'datesConfiguration', 'updatedDateTimezone'],
        },
        { message: `'PST' ${DEPRECATED}: PST is America/Los_Angeles in Java. Write the tz database id 'America/Los_Angeles' instead.`, text: 'PST', occurrence: 1 },
      ],
      suggestions: [{ title: "Replace with 'America/Los_Angeles'", output: polling('America/Los_Angeles', 'PST') }],
    },
    {
      name: 'CST: US Central to Java, China to many',
      code: polling('CST'),
      findings: [{
        message: `'CST' ${DEPRECATED}: CST is America/Chicago in Java (US Central, not China Standard Time). Write the zone you mean instead: 'America/Chicago' or 'Asia/Shanghai'.`,
        text: 'CST',
      }],
      suggestions: [
        { title: "Replace with 'America/Chicago'", output: polling('America/Chicago') },
        { title: "Replace with 'Asia/Shanghai'", output: polling('Asia/Shanghai') },
      ],
    },
    {
      name: 'EST: a fixed offset with no summer time',
      code: polling('EST'),
      findings: [{
        message: `'EST' ${DEPRECATED}: EST is a fixed UTC-05:00 with no daylight saving in Java (New York switches to EDT in summer, EST does not). `
          + "Write the zone you mean instead: 'America/New_York' or 'GMT-05:00'.",
        text: 'EST',
      }],
      suggestions: [
        { title: "Replace with 'America/New_York'", output: polling('America/New_York') },
        { title: "Replace with 'GMT-05:00'", output: polling('GMT-05:00') },
      ],
    },
    {
      name: 'MST and IST',
      code: polling('MST', 'IST'),
      findings: [
        { message: /^'MST' is one of .*: MST is a fixed UTC-07:00 .* 'America\/Denver', 'America\/Phoenix' or 'GMT-07:00'\.$/, text: 'MST' },
        { message: /^'IST' is one of .*: IST is Asia\/Kolkata in Java \(India, not Irish or Israel Standard Time\)\. .* 'Asia\/Kolkata', 'Europe\/Dublin' or 'Asia\/Jerusalem'\.$/, text: 'IST' },
      ],
    },
    {
      name: 'in a template (Infoplus default), its quotes written \\u0027',
      code: body(`    "event.poller.configuration": {
      "receipts": {"url": "/x?filter=receivedDate gte \\u0027\${dateTimeZone:CST:yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX}\\u0027", "idField": "id"}
    }`),
      findings: [{ message: /^'CST' is one of Java's deprecated/, text: 'CST', path: ['configuration', 'event.poller.configuration', 'receipts', 'url'] }],
      suggestions: [
        {
          title: "Replace with 'America/Chicago'",
          output: body(`    "event.poller.configuration": {
      "receipts": {"url": "/x?filter=receivedDate gte \\u0027\${dateTimeZone:America/Chicago:yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX}\\u0027", "idField": "id"}
    }`),
        },
        {
          title: "Replace with 'Asia/Shanghai'",
          output: body(`    "event.poller.configuration": {
      "receipts": {"url": "/x?filter=receivedDate gte \\u0027\${dateTimeZone:Asia/Shanghai:yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX}\\u0027", "idField": "id"}
    }`),
        },
      ],
    },
    {
      name: 'inside a stringified event.poller.configuration',
      code: stringified('PST'),
      findings: [{ message: /^'PST' is one of Java's deprecated/, text: 'PST' }],
      suggestions: [{ title: "Replace with 'America/Los_Angeles'", output: stringified('America/Los_Angeles') }],
    },
    {
      name: 'in a legacy event.poller.urls line (DP-archive-poll writes MST)',
      code: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${gmtDate:yyyy-MM-dd}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|MST"),
      findings: [{ message: /^'MST' is one of Java's deprecated/, text: 'MST', path: ['configuration', 'event.poller.urls'] }],
      suggestions: [
        { title: "Replace with 'America/Denver'", output: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${gmtDate:yyyy-MM-dd}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|America/Denver") },
        { title: "Replace with 'America/Phoenix'", output: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${gmtDate:yyyy-MM-dd}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|America/Phoenix") },
        { title: "Replace with 'GMT-07:00'", output: legacy("accounts|/hubs/crm/accounts?where=LastModifiedDate>=${gmtDate:yyyy-MM-dd}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ|GMT-07:00") },
      ],
    },
  ],
});
