import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkTimeZone, findUrlTemplates, formatDate, javaZone, matchingZoneIds, parseDatePattern } from '../../server/src/engine';
import { parseLegacyPollerUrls } from '../../server/src/engine/embedded/legacyPollerUrls';
import { findHardCodedDates, type Span } from '../../server/src/engine/embedded/urlTemplate';
import { findPlaceholders } from '../../server/src/engine/rules/support/placeholders';

/**
 * The languages inside JSON strings never throw, whatever the string, and every span they give
 * lies inside it. Strings are arbitrary UTF-16 (lone surrogates included) or built from the
 * tokens each language cares about, so the interesting paths are reached.
 */
const SEED = 8_675_309;
const RUNS = { seed: SEED, numRuns: 1500 };

/** Arbitrary strings, and strings made of `tokens`, up to a few hundred characters. */
function stringsOf(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 40 }).map((parts) => parts.join('')),
    fc.tuple(fc.constantFrom(...tokens), fc.integer({ min: 1, max: 400 })).map(([token, times]) => token.repeat(times)),
  );
}

const PATTERN_TOKENS = [..."GyYMLwWDdFEuaHkKhmsSzZXxbBcefgijlnopqrtv'", "''", "'T'", '-', ':', '.', ' ', ',', 'yyyy', 'MM', 'dd', 'HH', 'XXX', 'XXXX', 'SSS', 'é', '\ud800', '\n'];
const URL_TOKENS = ['${', '}', '{', '$', ':', '::', 'gmtDate', 'date', 'dateTimeZone', 'nowTimeZone', 'epoch', 'milliseconds', 'GMT', 'UTC', '+', '-', '06', '6:00', 'America/Denver', '{TimeZone}', "yyyy-MM-dd'T'HH:mm:ss", "'", '?', '=', '>=', '&', ' gt ', '2017-02-28', 'T16:11:29Z', '1488298289', '1488298289000', '/hubs/crm/x', 'where=', 'lastModifiedDate', '|', '\n', '\r\n'];
const ZONE_TOKENS = ['GMT', 'UTC', 'Z', '+', '-', ':', '0', '5', '12', '30', '/', 'America', 'New_York', 'Etc', 'EST', 'IST', 'SystemV', '{TimeZone}', '<zone>', ' ', '_', 'é'];

function assertSpanInside(span: Span, text: string, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} in ${text.length}`);
}

describe('robustness: the embedded languages on arbitrary strings', function () {
  this.timeout(30_000);

  it('date patterns: tokens cover the pattern in order without gaps, errors lie inside', () => {
    fc.assert(
      fc.property(stringsOf(PATTERN_TOKENS), (source) => {
        const pattern = parseDatePattern(source);
        let at = 0;
        for (const token of pattern.tokens) {
          assert.equal(token.start, at);
          assert.ok(token.end > token.start);
          at = token.end;
        }
        assert.equal(at, source.length);
        for (const error of pattern.errors) assertSpanInside(error, source, error.kind);
      }),
      RUNS,
    );
  });

  it('date patterns without errors format any instant of 1900-2200 in any zone without throwing', () => {
    const instant = fc.integer({ min: -2_208_988_800_000, max: 7_258_118_400_000 });
    fc.assert(
      fc.property(stringsOf(PATTERN_TOKENS), instant, stringsOf(ZONE_TOKENS), (source, epochMillis, zoneId) => {
        const pattern = parseDatePattern(source);
        if (pattern.errors.length > 0) {
          assert.throws(() => formatDate(pattern, epochMillis, javaZone(zoneId)), { message: pattern.errors[0].message });
          return;
        }
        assert.equal(typeof formatDate(pattern, epochMillis, javaZone(zoneId)), 'string');
      }),
      RUNS,
    );
  });

  it('time zones: checkTimeZone, javaZone and matchingZoneIds answer for any id', () => {
    fc.assert(
      fc.property(stringsOf(ZONE_TOKENS), fc.integer({ min: -5, max: 50 }), (id, limit) => {
        const check = checkTimeZone(id);
        assert.ok(['ok', 'abbreviation', 'offset-without-gmt', 'placeholder', 'empty', 'unknown'].includes(check.kind), check.kind);
        const zone = javaZone(id);
        const now = 1_700_000_000_000;
        assert.ok(Number.isFinite(zone.offsetMinutesAt(now)));
        assert.equal(typeof zone.shortName(now), 'string');
        assert.equal(typeof zone.longName(now), 'string');
        assert.equal(typeof zone.inDaylightTime(now), 'boolean');
        const ids = matchingZoneIds(id, limit);
        assert.ok(ids.length <= Math.max(0, limit));
      }),
      RUNS,
    );
  });

  it('URL templates: spans inside the URL, in order, not overlapping, their parts inside them', () => {
    fc.assert(
      fc.property(stringsOf(URL_TOKENS), (url) => {
        let end = 0;
        for (const template of findUrlTemplates(url)) {
          assertSpanInside(template.span, url, 'template');
          assert.ok(template.span.start >= end, 'templates overlap');
          end = template.span.end;
          for (const [what, part] of [['descriptor', template.descriptorSpan], ['zone', template.zoneSpan], ['argument', template.argumentSpan]] as const) {
            if (!part) continue;
            assert.ok(part.start >= template.span.start && part.end <= template.span.end && part.start <= part.end, `${what} ${JSON.stringify(part)} outside ${JSON.stringify(template.span)}`);
          }
        }
        for (const date of findHardCodedDates(url)) {
          assertSpanInside(date.span, url, 'date');
          assert.equal(url.slice(date.span.start, date.span.end), date.text);
        }
      }),
      RUNS,
    );
  });

  it('legacy poller URLs: every line, field and problem span lies inside the value', () => {
    fc.assert(
      fc.property(stringsOf(URL_TOKENS), (value) => {
        for (const line of parseLegacyPollerUrls(value)) {
          assertSpanInside(line.span, value, 'line');
          for (const field of line.fields) {
            assertSpanInside(field.span, value, field.name);
            assert.equal(value.slice(field.span.start, field.span.end), field.value);
          }
          for (const problem of line.problems) assertSpanInside(problem.span, value, problem.message);
        }
      }),
      RUNS,
    );
  });

  it('placeholders: spans inside the value, in order, none inside another', () => {
    const tokens = ['<', '>', '<INSERT_KEY>', '<b>', '</b>', '{{', '}}', '{{page.x}}', 'xxxxxx', 'XXXX', '*', '•', '@', '.', 'a', 'Z', '_', ' ', 'https://', '/'];
    fc.assert(
      fc.property(stringsOf(tokens), (value) => {
        let end = 0;
        for (const placeholder of findPlaceholders(value)) {
          assertSpanInside(placeholder, value, placeholder.kind);
          assert.ok(placeholder.start >= end, 'placeholders overlap');
          assert.equal(value.slice(placeholder.start, placeholder.end), placeholder.text);
          end = placeholder.end;
        }
      }),
      RUNS,
    );
  });
});
