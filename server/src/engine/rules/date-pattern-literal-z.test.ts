import { stringifiedUrlBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-literal-z';

/** A body whose one resource reads its updated date in `zone`; arguments are raw JSON string content. */
const body = (format: string, zone: string, url = '/hubs/finance/payments') =>
  `{"element": {"key": "quickbooksenterprise"}, "configuration": {"event.poller.configuration": {"payments": {"url": "${url}", "idField": "id", "datesConfiguration": {"updatedDateField": "TimeModified", "updatedDateFormat": "${format}", "updatedDateTimezone": "${zone}", "createdDateField": "TimeCreated", "createdDateFormat": "yyyy-MM-dd'T'HH:mm:ssXXX"}}}}}`;

/** A URL in a stringified poller configuration. */
const stringified = (url: string) => stringifiedUrlBody(url, 'quickbooksenterprise', 'payments');

const denver = 'UTC-07:00, UTC-06:00 in daylight saving time';
const template = (literal: string, zone: string) =>
  `The quoted ${literal} labels the time as UTC, but this template writes it in ${zone}: the API reads a local time as UTC and the poll window is off by the offset. Use XXX, which writes the real offset.`;
const reading = (literal: string, zone: string, setting: string) =>
  `The quoted ${literal} says the dates are UTC, but they are read in ${zone}, set by ${setting}: Java matches ${literal} as plain text and reads the time as local, off by the offset if the data really is UTC. Use XXX, which reads Z and ±hh:mm from the data, or set the time zone to GMT.`;

testRule(rule, {
  valid: [
    { name: "'Z' with GMT, as CE's examples have it", code: body("yyyy-MM-dd'T'HH:mm:ss'Z'", 'GMT', "/hubs/finance/payments?where=TimeModified>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}'") },
    { name: 'other names of UTC', code: body("yyyy-MM-dd'T'HH:mm:ss'Z'", 'Etc/UTC') },
    { name: 'a zero offset', code: body("yyyy-MM-dd'T'HH:mm:ss'Z'", 'GMT+00:00') },
    { name: 'an offset field with a local zone', code: body("yyyy-MM-dd'T'HH:mm:ssXXX", 'America/Denver') },
    { name: 'no zone given', code: body("yyyy-MM-dd'T'HH:mm:ss'Z'", '') },
    { name: 'an unknown zone is the zone rules\' concern', code: body("yyyy-MM-dd'T'HH:mm:ss'Z'", '{TimeZone}') },
    { name: 'a date template has no zone of its own', code: stringified("/hubs/finance/payments?where=TimeModified>'${date:yyyy-MM-dd'T'HH:mm:ss'Z'}'") },
  ],
  invalid: [
    {
      name: 'a dateTimeZone template with a literal Z (quickbooksenterprise)',
      code: stringified("/hubs/finance/payments?where=TimeModified >= '${dateTimeZone:America/Denver:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}'"),
      findings: [{ message: template("'Z'", `'America/Denver' (${denver})`), text: "'Z'", path: ['configuration', 'event.poller.configuration', 'payments', 'url'] }],
      suggestions: [{
        title: "Replace 'Z' with 'XXX'",
        output: stringified("/hubs/finance/payments?where=TimeModified >= '${dateTimeZone:America/Denver:yyyy-MM-dd'T'HH:mm:ss.SSSXXX}'"),
      }],
    },
    {
      name: 'a format read in a local zone, quotes written \\u0027',
      code: body('yyyy-MM-dd\\u0027T\\u0027HH:mm:ss\\u0027Z\\u0027', 'PST'),
      findings: [{
        message: reading("'Z'", "'PST' (UTC-08:00, UTC-07:00 in daylight saving time)", 'updatedDateTimezone'),
        text: '\\u0027Z\\u0027',
        path: ['configuration', 'event.poller.configuration', 'payments', 'datesConfiguration', 'updatedDateFormat'],
      }],
      suggestions: [{ title: "Replace 'Z' with 'XXX'", output: body('yyyy-MM-dd\\u0027T\\u0027HH:mm:ssXXX', 'PST') }],
    },
    {
      name: "a quoted 'UTC' with a fixed offset",
      code: body("yyyy-MM-dd HH:mm:ss 'UTC'", 'GMT-06:00'),
      findings: [{ message: reading("'UTC'", "'GMT-06:00' (UTC-06:00)", 'updatedDateTimezone'), text: "'UTC'" }],
      suggestions: [{ title: "Replace 'UTC' with 'XXX'", output: body('yyyy-MM-dd HH:mm:ss XXX', 'GMT-06:00') }],
    },
    {
      name: 'an offset without GMT is still not UTC',
      code: stringified("/hubs/finance/payments?where=TimeModified>'${dateTimeZone:-6:00:yyyy-MM-dd'T'HH:mm:ss'Z'}'"),
      findings: [{ message: template("'Z'", "'-6:00' (UTC-06:00)"), text: "'Z'" }],
      suggestions: [{ title: "Replace 'Z' with 'XXX'", output: stringified("/hubs/finance/payments?where=TimeModified>'${dateTimeZone:-6:00:yyyy-MM-dd'T'HH:mm:ssXXX}'") }],
    },
    {
      name: 'a legacy line with its own zone',
      code: `{"element": {"key": "hubspot"}, "configuration": {"event.poller.urls": "contacts|/hubs/crm/contacts||lastmodifieddate|yyyy-MM-dd'T'HH:mm:ss'Z'|EST|createdate|milliseconds"}}`,
      findings: [{ message: reading("'Z'", "'EST' (UTC-05:00)", 'the time zone field of this line'), text: "'Z'", path: ['configuration', 'event.poller.urls'] }],
      suggestions: [{
        title: "Replace 'Z' with 'XXX'",
        output: `{"element": {"key": "hubspot"}, "configuration": {"event.poller.urls": "contacts|/hubs/crm/contacts||lastmodifieddate|yyyy-MM-dd'T'HH:mm:ssXXX|EST|createdate|milliseconds"}}`,
      }],
    },
  ],
});
