import assert from 'node:assert/strict';
import { findHardCodedDates, findUrlTemplates, TEMPLATE_DESCRIPTORS, templateDescriptor, type Span, type UrlTemplate } from './urlTemplate';

interface Expected {
  text: string;
  closed?: boolean;
  descriptor: string;
  zone?: string;
  argument?: string;
}

/** A template as the texts its spans cover; each value must also be exactly its span's text. */
function shape(url: string, template: UrlTemplate): Expected {
  const text = (span: Span | undefined) => (span ? url.slice(span.start, span.end) : undefined);
  assert.equal(text(template.descriptorSpan), template.descriptor);
  assert.equal(text(template.zoneSpan), template.zone);
  assert.equal(text(template.argumentSpan), template.argument);
  const result: Expected = { text: url.slice(template.span.start, template.span.end), descriptor: template.descriptor };
  if (!template.closed) result.closed = false;
  if (template.zone !== undefined) result.zone = template.zone;
  if (template.argument !== undefined) result.argument = template.argument;
  return result;
}

function templatesOf(url: string): Expected[] {
  return findUrlTemplates(url).map((template) => shape(url, template));
}

describe('findUrlTemplates', () => {
  // Real poller URLs from CE's docs and element defaults.
  const cases: [string, Expected[]][] = [
    ["/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'", [
      { text: "${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}", descriptor: 'gmtDate', argument: "yyyy-MM-dd'T'HH:mm:ss'Z'" },
    ]],
    ["/hubs/crm/accounts?where=lastModifiedDate >= '${epoch:ms}'", [{ text: '${epoch:ms}', descriptor: 'epoch', argument: 'ms' }]],
    ['/hubs/finance/invoice?where=lastModifiedDate>${epoch}', [{ text: '${epoch}', descriptor: 'epoch' }]],
    ["/hubs/crm/contacts?where=lastmodifieddate='${date}'", [{ text: '${date}', descriptor: 'date' }]],
    ["/hubs/ecommerce/orders?where=min_date_modified='${date:EEE, dd MMM yyyy HH:mm:ss Z}'", [
      { text: '${date:EEE, dd MMM yyyy HH:mm:ss Z}', descriptor: 'date', argument: 'EEE, dd MMM yyyy HH:mm:ss Z' },
    ]],
    ["/hubs/crm/accounts?where='Modified Time'>'${dateTimeZone:{TimeZone}:yyyy-MM-dd HH:mm:ss}'", [
      { text: '${dateTimeZone:{TimeZone}:yyyy-MM-dd HH:mm:ss}', descriptor: 'dateTimeZone', zone: '{TimeZone}', argument: 'yyyy-MM-dd HH:mm:ss' },
    ]],
    ["/hubs/finance/payments?where=TimeModified >= '${dateTimeZone:America/Denver:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}'", [
      { text: "${dateTimeZone:America/Denver:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}", descriptor: 'dateTimeZone', zone: 'America/Denver', argument: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'" },
    ]],
    ["?filter=receivedDate gte '${dateTimeZone:CST:yyyy-MM-dd'T'HH:mm:ssXXX}'", [
      { text: "${dateTimeZone:CST:yyyy-MM-dd'T'HH:mm:ssXXX}", descriptor: 'dateTimeZone', zone: 'CST', argument: "yyyy-MM-dd'T'HH:mm:ssXXX" },
    ]],
    ["?where=filterUpdatedStartDate='${dateTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}' and filterUpdatedEndDate='${nowTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}'", [
      { text: "${dateTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}", descriptor: 'dateTimeZone', zone: 'GMT', argument: "yyyy-MM-dd'T'HH:mm:ss" },
      { text: "${nowTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}", descriptor: 'nowTimeZone', zone: 'GMT', argument: "yyyy-MM-dd'T'HH:mm:ss" },
    ]],
    ["/hubs/payment/events?where=created >'${epoch:s}'", [{ text: '${epoch:s}', descriptor: 'epoch', argument: 's' }]],
    ["?where=date_updated__gt='${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX}'", [
      { text: "${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX}", descriptor: 'gmtDate', argument: "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX" },
    ]],
    ["/hubs/esignature/envelopes?where=from_date='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'", [
      { text: "${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}", descriptor: 'gmtDate', argument: "yyyy-MM-dd'T'HH:mm:ss'Z'" },
    ]],
    ['/hubs/crm/accounts?where=LastModifiedDate>=${date}', [{ text: '${date}', descriptor: 'date' }]],
    ["?where=updated='${date:10 digit integer Unix time}'", [
      { text: '${date:10 digit integer Unix time}', descriptor: 'date', argument: '10 digit integer Unix time' },
    ]],
    ["?where=updated='${518862600}'", [{ text: '${518862600}', descriptor: '518862600' }]],
    ["?where=updatedAt>'${yyyy-MM-dd'T'HH:mm:ss'Z'}'", [{ text: "${yyyy-MM-dd'T'HH:mm:ss'Z'}", descriptor: "yyyy-MM-dd'T'HH:mm:ss'Z'" }]],
    ["?since_id=${date:MM/dd/yyy'T'HH:mm:ssXXX}", [{ text: "${date:MM/dd/yyy'T'HH:mm:ssXXX}", descriptor: 'date', argument: "MM/dd/yyy'T'HH:mm:ssXXX" }]],
    ["?updated_since='${dateTimeZone:PST:yyyy-MM-dd HH:mm:ss -0800}'", [
      { text: '${dateTimeZone:PST:yyyy-MM-dd HH:mm:ss -0800}', descriptor: 'dateTimeZone', zone: 'PST', argument: 'yyyy-MM-dd HH:mm:ss -0800' },
    ]],
    ["?where=updated_date>'${DateTimeZone:PST:yyyy-MM-dd'T'HH:mm:ss}'", [
      { text: "${DateTimeZone:PST:yyyy-MM-dd'T'HH:mm:ss}", descriptor: 'DateTimeZone', zone: 'PST', argument: "yyyy-MM-dd'T'HH:mm:ss" },
    ]],
    ['?where=modified>${milliseconds}', [{ text: '${milliseconds}', descriptor: 'milliseconds' }]],
    ['?where=lastModified>${epoch:0}', [{ text: '${epoch:0}', descriptor: 'epoch', argument: '0' }]],
  ];
  for (const [url, expected] of cases) {
    it(url, () => assert.deepEqual(templatesOf(url), expected));
  }

  it('gives exact offsets', () => {
    assert.deepEqual(findUrlTemplates("/hubs/crm/accounts?where=lastModifiedDate >= '${epoch:ms}'"), [{
      span: { start: 46, end: 57 }, closed: true,
      descriptor: 'epoch', descriptorSpan: { start: 48, end: 53 },
      argument: 'ms', argumentSpan: { start: 54, end: 56 },
    }]);
    assert.deepEqual(findUrlTemplates('x=${dateTimeZone:-8:00:yyyy-MM-dd}'), [{
      span: { start: 2, end: 34 }, closed: true,
      descriptor: 'dateTimeZone', descriptorSpan: { start: 4, end: 16 },
      zone: '-8:00', zoneSpan: { start: 17, end: 22 },
      argument: 'yyyy-MM-dd', argumentSpan: { start: 23, end: 33 },
    }]);
  });

  it('reads zones that hold a colon as offsets', () => {
    const zones = ['-8:00', '+06:00', '-6:00', '+0600', '-8', 'GMT-08:00', 'UTC+5:30', 'gmt+1'];
    for (const zone of zones) {
      assert.deepEqual(templatesOf(`\${dateTimeZone:${zone}:yyyy-MM-dd}`), [
        { text: `\${dateTimeZone:${zone}:yyyy-MM-dd}`, descriptor: 'dateTimeZone', zone, argument: 'yyyy-MM-dd' },
      ], zone);
    }
  });

  it('takes a zone with no pattern after it', () => {
    assert.deepEqual(templatesOf('${dateTimeZone:-8:00}'), [{ text: '${dateTimeZone:-8:00}', descriptor: 'dateTimeZone', zone: '-8:00' }]);
    assert.deepEqual(templatesOf('${nowTimeZone:GMT}'), [{ text: '${nowTimeZone:GMT}', descriptor: 'nowTimeZone', zone: 'GMT' }]);
    assert.deepEqual(templatesOf('${dateTimeZone:}'), [{ text: '${dateTimeZone:}', descriptor: 'dateTimeZone', zone: '' }]);
    assert.deepEqual(templatesOf('${dateTimeZone}'), [{ text: '${dateTimeZone}', descriptor: 'dateTimeZone' }]);
  });

  it('does not split a zone off other descriptors', () => {
    assert.deepEqual(templatesOf('${gmtDate:HH:mm}'), [{ text: '${gmtDate:HH:mm}', descriptor: 'gmtDate', argument: 'HH:mm' }]);
    assert.deepEqual(templatesOf('${gmtDat:yyyy}'), [{ text: '${gmtDat:yyyy}', descriptor: 'gmtDat', argument: 'yyyy' }]);
  });

  it('runs an unclosed template to the end of the url', () => {
    const url = "?where=updated>'${gmtDate:yyyy-MM-dd'";
    assert.deepEqual(findUrlTemplates(url), [{
      span: { start: 16, end: 37 }, closed: false,
      descriptor: 'gmtDate', descriptorSpan: { start: 18, end: 25 },
      argument: "yyyy-MM-dd'", argumentSpan: { start: 26, end: 37 },
    }]);
    assert.deepEqual(templatesOf('a=${'), [{ text: '${', closed: false, descriptor: '' }]);
  });

  it('reads an empty template', () => {
    assert.deepEqual(findUrlTemplates('?x=${}'), [{ span: { start: 3, end: 6 }, closed: true, descriptor: '', descriptorSpan: { start: 5, end: 5 } }]);
  });

  it('ends a template at its first }, even after a ${ in a quoted literal', () => {
    assert.deepEqual(templatesOf("${date:'${'yyyy}x}"), [{ text: "${date:'${'yyyy}", descriptor: 'date', argument: "'${'yyyy" }]);
  });

  it('ignores {name} placeholders outside templates', () => {
    assert.deepEqual(templatesOf('/hubs/crm/{objectName}?where=updated>${epoch}&list={listId}'), [{ text: '${epoch}', descriptor: 'epoch' }]);
    assert.deepEqual(templatesOf('/calendars/{calendarId}/changed-events'), []);
  });

  it('stays fast on a 100,000-character adversarial url', () => {
    const started = Date.now();
    assert.equal(findUrlTemplates('${'.repeat(50_000)).length, 1);
    assert.equal(findUrlTemplates('${}'.repeat(33_333)).length, 33_333);
    assert.equal(findUrlTemplates('${dateTimeZone:' + '-'.repeat(100_000) + '}').length, 1);
    assert.equal(findUrlTemplates('${' + '{'.repeat(100_000)).length, 1);
    assert.ok(Date.now() - started < 2000); // linear work; a quadratic scan would take minutes
  });
});

describe('TEMPLATE_DESCRIPTORS', () => {
  it('lists the descriptors CE fills in', () => {
    assert.deepEqual([...TEMPLATE_DESCRIPTORS.keys()], ['gmtDate', 'date', 'dateTimeZone', 'nowTimeZone', 'epoch', 'milliseconds']);
    assert.deepEqual([...TEMPLATE_DESCRIPTORS.values()].filter((d) => d.takesZone).map((d) => d.name), ['dateTimeZone', 'nowTimeZone']);
    assert.equal(TEMPLATE_DESCRIPTORS.get('epoch')?.argument, 'epoch-unit');
    assert.equal(TEMPLATE_DESCRIPTORS.get('gmtDate')?.status, 'recommended');
  });

  it('finds a descriptor whatever its case', () => {
    assert.equal(templateDescriptor('DateTimeZone')?.name, 'dateTimeZone');
    assert.equal(templateDescriptor('GMTDATE')?.name, 'gmtDate');
    assert.equal(templateDescriptor('gmtDat'), undefined);
  });
});

describe('findHardCodedDates', () => {
  const texts = (url: string) => findHardCodedDates(url).map((date) => url.slice(date.span.start, date.span.end));

  it('finds the fixed timestamp in the ActiveCampaign example', () => {
    const url = '/hubs/marketing/contacts?where=mdate>=2017-02-28T16:11:29-06:00';
    assert.deepEqual(findHardCodedDates(url), [{ span: { start: 38, end: 63 }, text: '2017-02-28T16:11:29-06:00' }]);
  });

  it('finds quoted dates and dates with a time', () => {
    assert.deepEqual(texts("/hubs/crm/contacts?where=lastUpdated>'2020-01-01' and created<'2021-06-30 08:15:00'"), ['2020-01-01', '2021-06-30 08:15:00']);
    assert.deepEqual(texts('?where=modified>2020-01-01T00:00:00.000Z'), ['2020-01-01T00:00:00.000Z']);
  });

  it('finds epoch numbers compared with a date field', () => {
    assert.deepEqual(texts('/hubs/payment/events?where=created > 1490000000'), ['1490000000']);
    assert.deepEqual(texts("?where=lastModifiedDate >= '1490000000000'"), ['1490000000000']);
    assert.deepEqual(texts("?filter=receivedDate gte '1490000000000'"), ['1490000000000']);
    assert.deepEqual(texts("?where='Modified Time'>1490000000"), ['1490000000']);
  });

  it('leaves numbers that are not compared with a date field', () => {
    assert.deepEqual(texts('?where=id=1234567890'), []);
    assert.deepEqual(texts('?where=created>12345678901'), []);
    assert.deepEqual(texts('?where=created>149000000'), []);
  });

  it('leaves templates, placeholders, paths and impossible dates alone', () => {
    assert.deepEqual(texts("/hubs/crm/contacts?where=lastUpdated>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'"), []);
    assert.deepEqual(texts("?where=created>'${518862600}' and updated>${epoch}"), []);
    assert.deepEqual(texts('/reports/2020-01-01/rows?since={2020-01-01}'), []);
    assert.deepEqual(texts('?where=d=2020-13-01 or d=2020-02-32 or v=12020-01-01 or n=2020-01-011'), []);
    assert.deepEqual(texts('/hubs/crm/2020-01-01'), []);
  });

  it('stays fast on a 100,000-character adversarial url', () => {
    const started = Date.now();
    assert.equal(findHardCodedDates('?created=' + ' '.repeat(100_000) + 'x').length, 0);
    assert.equal(findHardCodedDates('?' + '= '.repeat(50_000)).length, 0);
    assert.equal(findHardCodedDates('?created=' + '1'.repeat(100_000)).length, 0);
    assert.equal(findHardCodedDates('?' + '{'.repeat(50_000) + '}' + ' gte '.repeat(10_000)).length, 0);
    assert.equal(findHardCodedDates('?' + 'created=1490000000&'.repeat(5_000)).length, 5_000);
    assert.equal(findHardCodedDates('?' + '2020-01-01T'.repeat(9_000)).length, 0);
    assert.ok(Date.now() - started < 2000); // linear work; a quadratic scan would take minutes
  });
});
