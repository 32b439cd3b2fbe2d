import assert from 'node:assert/strict';
import { parseLegacyPollerUrls, type LegacyLine } from './legacyPollerUrls';
import type { Span } from './urlTemplate';

/** Fields as `name=value` and problems with the text they underline, checking spans against values. */
function summary(value: string, line: LegacyLine) {
  const text = (span: Span) => value.slice(span.start, span.end);
  for (const field of line.fields) {
    assert.equal(text(field.span), field.value);
  }
  return {
    line: text(line.span),
    form: line.form,
    fields: line.fields.map((field) => `${field.name}=${field.value}`),
    problems: line.problems.map((problem) => [problem.message, text(problem.span)]),
  };
}

const parsed = (value: string) => parseLegacyPollerUrls(value).map((line) => summary(value, line));

describe('parseLegacyPollerUrls', () => {
  it('reads the nine-field example from the Polling Configuration page', () => {
    const value = "accounts|/hubs/crm/accounts?where=LastModifiedDate>=${date}||LastModifiedDate|yyyy-MM-dd'T'HH:mm:ssZ||CreatedDate|yyyy-MM-dd'T'HH:mm:ssZ";
    assert.deepEqual(parsed(value), [{
      line: value,
      form: 'full',
      fields: [
        'resource=accounts', 'url=/hubs/crm/accounts?where=LastModifiedDate>=${date}', 'xPathFilter=',
        'updatedDateField=LastModifiedDate', "updatedDateFormat=yyyy-MM-dd'T'HH:mm:ssZ", 'updatedDateTimeZone=',
        'createdDateField=CreatedDate', "createdDateFormat=yyyy-MM-dd'T'HH:mm:ssZ",
      ],
      problems: [],
    }]);
  });

  it('gives exact spans', () => {
    assert.deepEqual(parseLegacyPollerUrls('a|/x||f'), [{
      span: { start: 0, end: 7 },
      form: 'full',
      fields: [
        { name: 'resource', value: 'a', span: { start: 0, end: 1 } },
        { name: 'url', value: '/x', span: { start: 2, end: 4 } },
        { name: 'xPathFilter', value: '', span: { start: 5, end: 5 } },
        { name: 'updatedDateField', value: 'f', span: { start: 6, end: 7 } },
      ],
      problems: [],
    }]);
  });

  it('reads resource|url lines (DocuSign)', () => {
    const value = "envelopes|/hubs/esignature/envelopes?where=from_date='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'";
    assert.deepEqual(parsed(value), [{
      line: value,
      form: 'resource-url',
      fields: ['resource=envelopes', "url=/hubs/esignature/envelopes?where=from_date='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'"],
      problems: [],
    }]);
  });

  it('reads a list of resource names (Pardot, QuickBooks Online)', () => {
    assert.deepEqual(parsed('contacts|leads'), [{ line: 'contacts|leads', form: 'resource-list', fields: ['resource=contacts', 'resource=leads'], problems: [] }]);
    assert.deepEqual(parsed('bill-payments|bills|classes|vendors')[0].fields, ['resource=bill-payments', 'resource=bills', 'resource=classes', 'resource=vendors']);
    assert.deepEqual(parsed('contacts'), [{ line: 'contacts', form: 'resource-list', fields: ['resource=contacts'], problems: [] }]);
  });

  it('reads one resource per line, skipping blank lines and carriage returns', () => {
    const value = 'contacts|/hubs/crm/contacts\r\n\r\n  \naccounts|/hubs/crm/accounts\n';
    assert.deepEqual(parsed(value).map((line) => [line.line, line.form]), [
      ['contacts|/hubs/crm/contacts', 'resource-url'],
      ['accounts|/hubs/crm/accounts', 'resource-url'],
    ]);
    assert.deepEqual(parseLegacyPollerUrls(value).map((line) => line.span), [{ start: 0, end: 27 }, { start: 34, end: 61 }]);
  });

  it('reports more than nine fields', () => {
    const value = "contacts|/hubs/crm/contacts?where=a='x'||b='y'||f|yyyy|GMT|c|yyyy|GMT";
    assert.deepEqual(parsed(value)[0].problems, [[
      'This line has 11 fields, but the legacy format has at most 9: '
        + 'resource|url|xPathFilter|updatedDateField|updatedDateFormat|updatedDateTimeZone|createdDateField|createdDateFormat|createdDateTimeZone. '
        + "Remove the extra '|' (a '|' inside the URL also splits the line), or move the resource to event.poller.configuration.",
      '|yyyy|GMT',
    ]]);
    assert.equal(parsed(value)[0].fields.length, 9);
  });

  it('reports an empty resource name', () => {
    assert.deepEqual(parsed('|/hubs/crm/contacts')[0].problems, [
      ["The resource name is empty: write it before the first '|', as in contacts|/hubs/crm/contacts?where=...", '|'],
    ]);
    assert.deepEqual(parsed('  |/hubs/crm/contacts')[0].problems, [
      ["The resource name is empty: write it before the first '|', as in contacts|/hubs/crm/contacts?where=...", '  '],
    ]);
    assert.deepEqual(parsed('contacts||leads|')[0].problems, [
      ["Empty resource name in the list: remove the extra '|'.", '|'],
      ["Empty resource name in the list: remove the extra '|'.", '|'],
    ]);
    assert.deepEqual(parseLegacyPollerUrls('contacts||leads|')[0].problems.map((problem) => problem.span), [{ start: 8, end: 9 }, { start: 15, end: 16 }]);
  });

  it('reports a URL that does not start with /', () => {
    const problems = (value: string) => parsed(value).flatMap((line) => line.problems);
    assert.deepEqual(problems('contacts|hubs/crm/contacts'), [
      ["The poller URL 'hubs/crm/contacts' does not start with '/': write it as a hub path, as in /hubs/crm/contacts", 'hubs/crm/contacts'],
    ]);
    assert.deepEqual(problems('contacts| /hubs/crm/contacts'), [
      ["The poller URL starts with spaces: remove them so that it starts with '/'.", ' /hubs/crm/contacts'],
    ]);
    assert.deepEqual(problems('contacts|https://api.example.com/contacts'), [
      ["The poller URL 'https://api.example.com/contacts' is a full address: write the hub path that starts with '/', as in /hubs/crm/contacts?where=...", 'https://api.example.com/contacts'],
    ]);
    assert.deepEqual(problems('contacts|/hubs/crm/contacts\nleads|'), [
      ["The poller URL is empty: put the hub path after the first '|', as in /hubs/crm/contacts?where=...", '|'],
    ]);
  });

  it('reports a line with no URL among lines with URLs', () => {
    assert.deepEqual(parsed('contacts|/hubs/crm/contacts\nleads'), [
      { line: 'contacts|/hubs/crm/contacts', form: 'resource-url', fields: ['resource=contacts', 'url=/hubs/crm/contacts'], problems: [] },
      {
        line: 'leads', form: 'resource-url', fields: ['resource=leads'],
        problems: [["No poller URL for 'leads': add it after a '|', as in leads|/hubs/crm/contacts?where=...", 'leads']],
      },
    ]);
  });

  it('treats a URL with ${ but no / as a URL line', () => {
    assert.deepEqual(parsed('events|${epoch}')[0].form, 'resource-url');
  });

  it('returns nothing for an empty value', () => {
    assert.deepEqual(parseLegacyPollerUrls(''), []);
    assert.deepEqual(parseLegacyPollerUrls('\n \n'), []);
  });

  it('stays fast on a 100,000-character adversarial value', () => {
    const started = Date.now();
    assert.equal(parseLegacyPollerUrls('a\n'.repeat(50_000) + '|/x').length, 50_001);
    assert.equal(parseLegacyPollerUrls('|'.repeat(100_000))[0].fields.length, 100_001);
    assert.equal(parseLegacyPollerUrls('a|' + '/'.repeat(100_000) + '|'.repeat(10))[0].fields.length, 9);
    assert.ok(Date.now() - started < 2000); // linear work; a quadratic scan would take minutes
  });
});
