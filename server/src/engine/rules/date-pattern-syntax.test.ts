import { pollerResourceMember, pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './date-pattern-syntax';

const ISO = "yyyy-MM-dd'T'HH:mm:ssXXX";

/** A polling body with one resource; arguments are raw JSON string content. */
function polling(updated: string, created = ISO, url = "/hubs/crm/contacts?where=updated_at>'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'"): string {
  const dates = `{
          "updatedDateField": "updated_at",
          "updatedDateFormat": "${updated}",
          "createdDateField": "created_at",
          "createdDateFormat": "${created}"
        }`;
  const resource = pollerResourceMember('contacts', [`"url": "${url}"`, '"idField": "id"', `"datesConfiguration": ${dates}`]);
  return pollingInstanceBody('hubspotcrm', resource, { withCallbackUrl: true });
}

/** Which occurrence of `text` in `code` is the first one after `marker`, for texts that are not unique. */
function after(code: string, marker: string, text: string): number {
  const from = code.indexOf(marker) + marker.length;
  return code.slice(0, code.indexOf(text, from)).split(text).length - 1;
}

const T_MESSAGE = "Illegal pattern character 'T': Java rejects unquoted letters that are not pattern letters. Quote it: 'T'.";
const STRAY_QUOTE = 'Unterminated quote: the quote at the end opens literal text that never closes, so Java rejects the whole pattern. Remove the stray quote.';
const KEY_MESSAGE = "'key' looks like a description, not a date pattern: Java rejects it (Illegal pattern character 'e'). Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or 'milliseconds' for epoch milliseconds.";
const DID_YOU_MEAN = (value: string) => `'${value}' is not a date pattern: Java rejects it (Illegal pattern character 'i'), and the keyword for epoch milliseconds is exactly 'milliseconds'. Did you mean 'milliseconds'?`;

testRule(rule, {
  valid: [
    { name: 'the patterns CE documents', code: polling("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", 'EEE, dd MMM yyyy HH:mm:ss Z') },
    { name: 'milliseconds and an empty format', code: polling('milliseconds', '') },
    { name: 'a quoted space and a quoted quote', code: polling("yyyy-MM-dd' 'HH:mm:ss", "hh 'o''clock' a") },
    { name: 'a date template with an offset in the zone', code: polling(ISO, ISO, "/hubs/crm/contacts?where=modified>'${dateTimeZone:-6:00:yyyy-MM-dd HH:mm:ss}'") },
    { name: 'a docs placeholder is left to no-placeholders', code: polling('<DATE_FORMAT>') },
    { name: "a template without its '}' is the template rules' concern", code: polling(ISO, ISO, "/hubs/crm/contacts?where=updated_at>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'") },
    {
      name: 'a legacy event.poller.urls line',
      code: `{"element": {"key": "sfdc"}, "configuration": {"event.poller.urls": "accounts|/hubs/crm/accounts?where=LastModifiedDate>='\${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ||CreatedDate|yyyy-MM-dd'T'HH:mm:ssZ"}}`,
    },
  ],
  invalid: [
    {
      name: 'an unquoted T is quoted',
      code: polling('yyyy-MM-ddTHH:mm:ss'),
      findings: [{
        message: T_MESSAGE,
        text: 'T',
        occurrence: after(polling('yyyy-MM-ddTHH:mm:ss'), 'Format": "yyyy-MM-dd', 'T'),
        path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'],
      }],
      output: polling("yyyy-MM-dd'T'HH:mm:ss"),
    },
    {
      name: 'an unquoted T between compact fields',
      code: polling('yyyyMMddTHHmmss'),
      findings: [{ message: T_MESSAGE, text: 'T', occurrence: after(polling('yyyyMMddTHHmmss'), 'Format": "yyyyMMdd', 'T') }],
      output: polling("yyyyMMdd'T'HHmmss"),
    },
    {
      name: 'an unquoted T in a URL template',
      code: polling(ISO, ISO, "/hubs/crm/contacts?where=updated_at>'${gmtDate:yyyy-MM-ddTHH:mm:ss}'"),
      findings: [{ message: T_MESSAGE, text: 'T', path: ['configuration', 'event.poller.configuration', 'contacts', 'url'] }],
      output: polling(ISO, ISO, "/hubs/crm/contacts?where=updated_at>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss}'"),
    },
    {
      name: 'a stray final quote is removed (woocommerce-rest)',
      code: polling("yyyy-MM-dd'T'HH:mm:ss'"),
      findings: [{ message: STRAY_QUOTE, text: "'", occurrence: after(polling("yyyy-MM-dd'T'HH:mm:ss'"), 'Format": "yyyy-MM-dd\'T\'HH:mm:ss', "'") }],
      output: polling("yyyy-MM-dd'T'HH:mm:ss"),
    },
    {
      name: 'a stray final quote written \\u0027 inside a stringified poller configuration (egnyte)',
      code: '{"element": {"key": "egnyte"}, "configuration": {"event.poller.configuration": "{\\"files\\": {\\"url\\": \\"/hubs/documents/files\\", \\"idField\\": \\"id\\", \\"datesConfiguration\\": {\\"createdDateFormat\\": \\"yyyy-MM-dd\\u0027T\\u0027HH:mm:ss.SSSX\\u0027\\"}}}"}}',
      findings: [{ message: STRAY_QUOTE, text: '\\u0027', occurrence: 2, path: ['configuration', 'event.poller.configuration', 'files', 'datesConfiguration', 'createdDateFormat'] }],
      output: '{"element": {"key": "egnyte"}, "configuration": {"event.poller.configuration": "{\\"files\\": {\\"url\\": \\"/hubs/documents/files\\", \\"idField\\": \\"id\\", \\"datesConfiguration\\": {\\"createdDateFormat\\": \\"yyyy-MM-dd\\u0027T\\u0027HH:mm:ss.SSSX\\"}}}"}}',
    },
    {
      name: 'an unquoted T inside a stringified poller configuration',
      code: '{"element": {"key": "box"}, "configuration": {"event.poller.configuration": "{\\"files\\": {\\"url\\": \\"/hubs/documents/files?where=modified>\'${gmtDate:yyyy-MM-ddTHH:mm:ssXXX}\'\\", \\"idField\\": \\"id\\"}}"}}',
      findings: [{ message: T_MESSAGE, text: 'T', path: ['configuration', 'event.poller.configuration', 'files', 'url'] }],
      output: '{"element": {"key": "box"}, "configuration": {"event.poller.configuration": "{\\"files\\": {\\"url\\": \\"/hubs/documents/files?where=modified>\'${gmtDate:yyyy-MM-dd\'T\'HH:mm:ssXXX}\'\\", \\"idField\\": \\"id\\"}}"}}',
    },
    {
      name: 'a quote left open in the middle gets two ways to close it',
      code: polling("yyyy-MM-dd'THH:mm:ss"),
      findings: [{
        message: 'Unterminated quote: this quote opens literal text that never closes, so Java rejects the whole pattern. Close the text with another quote.',
        text: "'THH:mm:ss",
      }],
      suggestions: [
        { title: "Close the quote after 'T'", output: polling("yyyy-MM-dd'T'HH:mm:ss") },
        { title: 'Close the quote at the end', output: polling("yyyy-MM-dd'THH:mm:ss'") },
      ],
    },
    {
      name: 'no quote after the first letter when the next one would then be illegal',
      code: polling("yyyy-MM-dd'TTHH:mm:ss"),
      findings: [{
        message: 'Unterminated quote: this quote opens literal text that never closes, so Java rejects the whole pattern. Close the text with another quote.',
        text: "'TTHH:mm:ss",
      }],
      suggestions: [{ title: 'Close the quote at the end', output: polling("yyyy-MM-dd'TTHH:mm:ss'") }],
    },
    {
      name: "six X, as CE's date table suggests, are a pattern and not a masked value",
      code: polling(ISO, 'XXXXXX'),
      findings: [{ message: /^invalid ISO 8601 format: length=6: /, text: 'XXXXXX' }],
      suggestions: [{ title: "Replace with 'XXX'", output: polling(ISO, 'XXX') }],
    },
    {
      name: 'four X are rejected',
      code: polling(ISO, "yyyy-MM-dd'T'HH:mm:ssXXXX"),
      findings: [{
        message: 'invalid ISO 8601 format: length=4: SimpleDateFormat takes one to three X (X gives -08, XX -0800, XXX -08:00, and each gives Z for UTC). Use XXX.',
        text: 'XXXX',
      }],
      suggestions: [{ title: "Replace with 'XXX'", output: polling(ISO, ISO) }],
    },
    {
      name: 'a description is one finding, in the format and in the template (eloqua)',
      code: polling('10 digit integer Unix time', ISO, "/hubs/marketing/contacts?where=lastUpdatedAt>='${date:10 digit integer Unix time}'"),
      findings: [
        {
          message: "'10 digit integer Unix time' looks like a description, not a date pattern: Java rejects it (Illegal pattern character 'i'). Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or use ${epoch} (milliseconds) or ${epoch:s} (seconds) instead of this template.",
          text: '10 digit integer Unix time',
          occurrence: 0,
        },
        {
          message: "'10 digit integer Unix time' looks like a description, not a date pattern: Java rejects it (Illegal pattern character 'i'). Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or 'milliseconds' for epoch milliseconds.",
          text: '10 digit integer Unix time',
          occurrence: 1,
        },
      ],
    },
    {
      name: 'a single word (an element default)',
      code: polling('key', 'key'),
      findings: [
        { message: KEY_MESSAGE, text: 'key', occurrence: after(polling('key', 'key'), 'updatedDateFormat": "', 'key') },
        { message: KEY_MESSAGE, text: 'key', occurrence: after(polling('key', 'key'), 'createdDateFormat": "', 'key') },
      ],
    },
    {
      name: 'an example value is one finding, stray quote included',
      code: polling("518862600'", '518862600'),
      findings: [
        {
          message: "'518862600'' looks like an example value, not a date pattern: Java rejects it (Unterminated quote). Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or 'milliseconds' for epoch milliseconds.",
          text: "518862600'",
        },
        {
          message: "'518862600' looks like an example value, not a date pattern: Java reads digits as literal text, so only this exact text would match. Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or 'milliseconds' for epoch milliseconds.",
          text: '518862600',
          occurrence: 1,
        },
      ],
    },
    {
      name: 'an example date pasted as the pattern',
      code: polling('2017-08-30T13:19:29Z'),
      findings: [{
        message: "'2017-08-30T13:19:29Z' looks like an example value, not a date pattern: Java rejects it (Illegal pattern character 'T'). Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or 'milliseconds' for epoch milliseconds.",
        text: '2017-08-30T13:19:29Z',
      }],
    },
    {
      name: 'a trailing quote after milliseconds (linkedin)',
      code: polling("milliseconds'", 'milliseconds'),
      findings: [{ message: DID_YOU_MEAN("milliseconds'"), text: "milliseconds'" }],
      output: polling('milliseconds', 'milliseconds'),
    },
    {
      name: 'other spellings of milliseconds',
      code: polling('Milliseconds', ' millis'),
      findings: [
        { message: DID_YOU_MEAN('Milliseconds'), text: 'Milliseconds' },
        { message: DID_YOU_MEAN(' millis'), text: ' millis' },
      ],
      output: polling('milliseconds', 'milliseconds'),
    },
    {
      name: 'a zone name left unquoted is quoted whole, as a suggestion',
      code: polling('yyyy-MM-dd HH:mm:ss UTC'),
      findings: [{ message: "Illegal pattern character 'U': Java rejects unquoted letters that are not pattern letters. Quote the text: 'UTC'.", text: 'UTC' }],
      suggestions: [{ title: "Quote 'UTC'", output: polling("yyyy-MM-dd HH:mm:ss 'UTC'") }],
    },
    {
      name: 'a letter next to a one-letter field may belong to a word: a suggestion only',
      code: polling('MM/dd/yyyy at h:mm a'),
      findings: [{
        message: "Illegal pattern character 't': Java rejects unquoted letters that are not pattern letters. Quote it: 't'.",
        text: 't',
        occurrence: after(polling('MM/dd/yyyy at h:mm a'), 'Format": "MM/dd/yyyy a', 't'),
      }],
      suggestions: [{ title: "Quote 't'", output: polling("MM/dd/yyyy a't' h:mm a") }],
    },
    {
      name: "java.time's lower-case x",
      code: polling("yyyy-MM-dd'T'HH:mm:ss.SSSxxx"),
      findings: [{
        message: "Illegal pattern character 'x': Java rejects unquoted letters that are not pattern letters. Lower-case x is an offset only in java.time; SimpleDateFormat writes it XXX.",
        text: 'xxx',
      }],
      suggestions: [{ title: "Replace with 'XXX'", output: polling("yyyy-MM-dd'T'HH:mm:ss.SSSXXX") }],
    },
    {
      name: "java.time's nanoseconds",
      code: polling("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX"),
      findings: [{
        message: "Illegal pattern character 'n': Java rejects unquoted letters that are not pattern letters. 'n' (nano of second) exists only in java.time's DateTimeFormatter; SimpleDateFormat has no such field. Rewrite this part with SimpleDateFormat letters.",
        text: 'nnnnnnnnn',
      }],
    },
    {
      name: 'a URL template pasted into a format loses its descriptor',
      code: polling("gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'", "${date:yyyy-MM-dd HH:mm:ss}"),
      findings: [
        {
          message: "'gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'' is a URL template, not a date format: Java rejects it (Illegal pattern character 'g'). A format takes the pattern alone: write 'yyyy-MM-dd'T'HH:mm:ss'Z''.",
          text: "gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'",
        },
        {
          message: "'${date:yyyy-MM-dd HH:mm:ss}' is a URL template, not a date format: Java rejects it (Illegal pattern character 't'). A format takes the pattern alone: write 'yyyy-MM-dd HH:mm:ss'.",
          text: '${date:yyyy-MM-dd HH:mm:ss}',
        },
      ],
      output: polling("yyyy-MM-dd'T'HH:mm:ss'Z'", 'yyyy-MM-dd HH:mm:ss'),
    },
    {
      name: 'a template with a zone: the zone has to move, so a suggestion',
      code: polling('dateTimeZone:America/Denver:yyyy-MM-dd HH:mm:ss'),
      findings: [{
        message: "'dateTimeZone:America/Denver:yyyy-MM-dd HH:mm:ss' is a URL template, not a date format: Java rejects it (Illegal pattern character 't'). A format takes the pattern alone: write 'yyyy-MM-dd HH:mm:ss', and set the time zone 'America/Denver' in updatedDateTimezone.",
        text: 'dateTimeZone:America/Denver:yyyy-MM-dd HH:mm:ss',
      }],
      suggestions: [{ title: "Replace with 'yyyy-MM-dd HH:mm:ss'", output: polling('yyyy-MM-dd HH:mm:ss') }],
    },
    {
      name: 'epoch templates in formats',
      code: polling('epoch:ms', 'epoch:s'),
      findings: [
        {
          message: "'epoch:ms' is a URL template, not a date format: Java rejects it (Illegal pattern character 'e'). For dates in epoch milliseconds the format is 'milliseconds'.",
          text: 'epoch:ms',
        },
        {
          message: "'epoch:s' is a URL template, not a date format: Java rejects it (Illegal pattern character 'e'). CE documents no format for epoch seconds or microseconds: check how the API returns this date.",
          text: 'epoch:s',
        },
      ],
      output: polling('milliseconds', 'epoch:s'),
    },
    {
      name: 'a bare epoch may be seconds: a suggestion',
      code: polling('epoch'),
      findings: [{
        message: "'epoch' is a URL template, not a date format: Java rejects it (Illegal pattern character 'e'). For dates in epoch milliseconds the format is 'milliseconds'.",
        text: 'epoch',
        occurrence: after(polling('epoch'), 'updatedDateFormat": "', 'epoch'),
      }],
      suggestions: [{ title: "Replace with 'milliseconds'", output: polling('milliseconds') }],
    },
    {
      name: 'a strftime format, which Java accepts but nothing matches',
      code: polling('%Y-%m-%dT%H:%M:%S%z'),
      findings: [{
        message: "'%Y-%m-%dT%H:%M:%S%z' is a strftime format (C, Python, Ruby), not a Java pattern: Java copies each '%' as text and reads the letters after it as its own, so no date matches. Write it with Java letters: 'yyyy-MM-dd'T'HH:mm:ssZ'.",
        text: '%Y-%m-%dT%H:%M:%S%z',
      }],
      suggestions: [{ title: "Replace with 'yyyy-MM-dd'T'HH:mm:ssZ'", output: polling("yyyy-MM-dd'T'HH:mm:ssZ") }],
    },
    {
      name: 'a strftime format in a template, with a conversion Java has no letter for',
      code: polling(ISO, ISO, "/hubs/crm/contacts?where=updated_at>'${gmtDate:%Y-%m-%d %H:%M:%S.%f}'"),
      findings: [{
        message: "'%Y-%m-%d %H:%M:%S.%f' is a strftime format (C, Python, Ruby), not a Java pattern: Java copies each '%' as text and reads the letters after it as its own, so no date matches. Write it with Java letters, such as yyyy-MM-dd HH:mm:ss.",
        text: '%Y-%m-%d %H:%M:%S.%f',
      }],
    },
    {
      name: 'every error of one pattern, in order',
      code: polling("yyyy-MM-ddTHH:mm:ssXXXX'"),
      findings: [
        { message: T_MESSAGE, text: 'T', occurrence: after(polling("yyyy-MM-ddTHH:mm:ssXXXX'"), 'Format": "yyyy-MM-dd', 'T') },
        { message: /^invalid ISO 8601 format: length=4: /, text: 'XXXX' },
        { message: STRAY_QUOTE, text: "'", occurrence: after(polling("yyyy-MM-ddTHH:mm:ssXXXX'"), 'ssXXXX', "'") },
      ],
      output: polling("yyyy-MM-dd'T'HH:mm:ssXXXX"),
    },
    {
      name: 'a legacy format',
      code: `{"element": {"key": "hubspot"}, "configuration": {"event.poller.urls": "contacts|/hubs/crm/contacts||lastmodifieddate|yyyy-MM-ddTHH:mm:ssZ||createdate|milliseconds"}}`,
      findings: [{ message: T_MESSAGE, text: 'T', path: ['configuration', 'event.poller.urls'] }],
      output: `{"element": {"key": "hubspot"}, "configuration": {"event.poller.urls": "contacts|/hubs/crm/contacts||lastmodifieddate|yyyy-MM-dd'T'HH:mm:ssZ||createdate|milliseconds"}}`,
    },
  ],
});
