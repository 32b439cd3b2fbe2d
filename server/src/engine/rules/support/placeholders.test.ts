import assert from 'node:assert/strict';
import { findPlaceholders, isPlaceholder, jsonTextMayHoldMarks, mayOpenWithX } from './placeholders';

/** Value, the placeholders found in it, and whether it is wholly one. */
const CASES: [string, string[], boolean][] = [
  ['<minutes>', ['<minutes>'], true],
  ['  <INSTANCE_NAME> ', ['<INSTANCE_NAME>'], true],
  ['<Your Callback URL>', ['<Your Callback URL>'], true],
  ['<{{page.heading}} app {{page.apiKey}}>', ['<{{page.heading}} app {{page.apiKey}}>'], true],
  ['<YOUR_EMAIL@COMPANY.COM>', ['<YOUR_EMAIL@COMPANY.COM>'], true],
  ['<TEMPORARY_TOKEN_FROM_PREVIOUS_STEP', ['<TEMPORARY_TOKEN_FROM_PREVIOUS_STEP'], true],
  ['</ROOT_DIR>', ['</ROOT_DIR>'], true],
  ['{{page.elementKey}}', ['{{page.elementKey}}'], true],
  ['********', ['********'], true],
  ['xxxxx', ['xxxxx'], true],
  ['XXXXXXXX', ['XXXXXXXX'], true],
  ['XXXX-XXXX-XXXX', ['XXXX-XXXX-XXXX'], true],
  ['https://api-<MYCONNECTWISE.COM>/v4_6_release', ['<MYCONNECTWISE.COM>'], false],
  ['https://<host_name>/cgi-bin/<interface>.cfg', ['<host_name>', '<interface>'], false],
  ['https://api.cloud-elements.com/elements/api-v2/events/{{page.elementKey}}/', ['{{page.elementKey}}'], false],
  ['https://xxxxxxxx.zendesk.com', ['xxxxxxxx'], false],
  ['Bearer ******', ['******'], false],
  // Not placeholders.
  ['<ops@example.com>', [], false],
  ['<https://example.com/hook>', [], false],
  ['<br>', [], false],
  ['<img src="x.png">', [], false],
  ['</div>', [], false],
  ['Use <b>bold</b> and a<br>break', [], false],
  ['<Envelope><Body>x</Body></Envelope>', [], false],
  ["/hubs/crm/contacts?where=created<'${gmtDate:yyyy-MM-dd}'", [], false],
  ['where=a<b and c>d', [], false],
  ['/calendars/{calendarId}/events', [], false],
  ['{TimeZone}', [], false],
  ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", [], false],
  ['XXXX', [], false],
  ['xxx', [], false],
  ['<5>', [], false],
  ['', [], false],
];

describe('placeholders', () => {
  for (const [value, expected, whole] of CASES) {
    it(`${JSON.stringify(value)}: ${expected.length ? expected.join(', ') : 'none'}`, () => {
      const found = findPlaceholders(value);
      assert.deepEqual(found.map((placeholder) => placeholder.text), expected);
      for (const placeholder of found) assert.equal(value.slice(placeholder.start, placeholder.end), placeholder.text);
      assert.equal(isPlaceholder(value), whole);
    });
  }

  // no-placeholders skips a value only when both pre-tests say no: neither may miss a placeholder.
  describe('pre-tests', () => {
    for (const [value, expected] of CASES) {
      if (expected.length === 0) continue;
      it(`${JSON.stringify(value)} passes them`, () => {
        assert.ok(jsonTextMayHoldMarks(JSON.stringify({ name: value })) || mayOpenWithX(value));
      });
    }

    it('sees a placeholder written with \\u escapes', () => {
      const text = '{"name": "\\u003cINSTANCE_NAME\\u003e"}';
      assert.equal(JSON.parse(text).name, '<INSTANCE_NAME>');
      assert.ok(jsonTextMayHoldMarks(text));
    });

    it('rules out plain bodies and values', () => {
      assert.equal(jsonTextMayHoldMarks('{"name": "crm", "url": "/hubs/crm/contacts?where=a>\'${gmtDate:yyyy}\'"}'), false);
      assert.equal(mayOpenWithX('yyyy-MM-dd'), false);
      assert.equal(mayOpenWithX('xxxxx'), true);
      assert.equal(mayOpenWithX(' XXXX-XXXX'), true);
      assert.equal(mayOpenWithX('\u00a0xxxxx'), true);
    });
  });

  it('runs in linear time on long near misses', () => {
    const started = Date.now();
    for (const value of ['<'.repeat(50_000), `${'x'.repeat(50_000)}a`, `<a${' a='.repeat(20_000)}`, `${'{{'.repeat(20_000)}`, `${'*-'.repeat(20_000)}`]) findPlaceholders(value);
    assert.ok(Date.now() - started < 1000);
  });
});
