import assert from 'node:assert/strict';
import { PATTERN_LETTERS, formatDate, parseDatePattern, type PatternError, type PatternToken } from './datePattern';
import type { ZoneRules } from './zoneRules';

function fixedZone(offsetMinutes: number, shortName: string, longName: string): ZoneRules {
  return {
    id: shortName,
    offsetMinutesAt: () => offsetMinutes,
    inDaylightTime: () => false,
    shortName: () => shortName,
    longName: () => longName,
  };
}

const GMT = fixedZone(0, 'GMT', 'Greenwich Mean Time');
const PDT = fixedZone(-420, 'PDT', 'Pacific Daylight Time');
const NST = fixedZone(-210, 'NST', 'Newfoundland Standard Time');
const IST = fixedZone(330, 'IST', 'India Standard Time');

const field = (letter: string, start: number, end: number): PatternToken =>
  ({ kind: 'field', letter, count: end - start, start, end });
const literal = (text: string, start: number, end: number, quoted = false): PatternToken =>
  ({ kind: 'literal', text, quoted, start, end });

const illegal = (letter: string, start: number, end: number): PatternError =>
  ({ kind: 'illegal-letter', message: `Illegal pattern character '${letter}'`, start, end });
const unterminated = (start: number, end: number): PatternError =>
  ({ kind: 'unterminated-quote', message: 'Unterminated quote', start, end });
const iso8601 = (start: number, end: number): PatternError =>
  ({ kind: 'iso8601-length', message: `invalid ISO 8601 format: length=${end - start}`, start, end });

const format = (pattern: string, iso: string, zone = GMT) => formatDate(parseDatePattern(pattern), Date.parse(iso), zone);

describe('parseDatePattern', () => {
  describe('tokens', () => {
    it('splits the common CE pattern into fields and literals with exact ranges', () => {
      const pattern = parseDatePattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
      assert.deepEqual(pattern.tokens, [
        field('y', 0, 4), literal('-', 4, 5), field('M', 5, 7), literal('-', 7, 8), field('d', 8, 10),
        literal('T', 10, 13, true),
        field('H', 13, 15), literal(':', 15, 16), field('m', 16, 18), literal(':', 18, 19), field('s', 19, 21),
        literal('.', 21, 22), field('S', 22, 25), field('X', 25, 28),
      ]);
      assert.deepEqual(pattern.errors, []);
    });

    it('keeps a run of unquoted punctuation and spaces in one literal', () => {
      assert.deepEqual(parseDatePattern('EEE, dd').tokens, [field('E', 0, 3), literal(', ', 3, 5), field('d', 5, 7)]);
    });

    it('reads two quotes outside a quoted section as one quote', () => {
      assert.deepEqual(parseDatePattern("EEE, MMM d, ''yy").tokens.slice(-2), [literal("'", 12, 14, true), field('y', 14, 16)]);
    });

    it('reads two quotes inside a quoted section as one quote, in one literal', () => {
      assert.deepEqual(parseDatePattern("hh 'o''clock' a").tokens, [
        field('h', 0, 2), literal(' ', 2, 3), literal("o'clock", 3, 13, true), literal(' ', 13, 14), field('a', 14, 15),
      ]);
    });

    it('reads four quotes as two quote literals', () => {
      assert.deepEqual(parseDatePattern("''''").tokens, [literal("'", 0, 2, true), literal("'", 2, 4, true)]);
    });

    it("ends a letter run at '' so the same letter starts a new field", () => {
      assert.deepEqual(parseDatePattern("yy''yy").tokens, [field('y', 0, 2), literal("'", 2, 4, true), field('y', 4, 6)]);
    });

    it('keeps letters inside quotes literal', () => {
      assert.deepEqual(parseDatePattern("'yyyy T'").tokens, [literal('yyyy T', 0, 8, true)]);
    });

    it('treats non-ASCII letters as literal text', () => {
      const pattern = parseDatePattern('yyyy年MM月dd日');
      assert.deepEqual(pattern.tokens, [
        field('y', 0, 4), literal('年', 4, 5), field('M', 5, 7), literal('月', 7, 8), field('d', 8, 10), literal('日', 10, 11),
      ]);
      assert.deepEqual(pattern.errors, []);
      assert.deepEqual(parseDatePattern('é-ü').tokens, [literal('é-ü', 0, 3)]);
    });

    it('gives nothing for the empty pattern', () => {
      assert.deepEqual(parseDatePattern(''), { source: '', tokens: [], errors: [] });
    });

    it('covers the source without gaps, also when it is broken', () => {
      for (const source of ["yyyy-MM-dd'T'HH:mm:ss'Z'", "''''yy'a''b'", '10 digit integer Unix time', "XXXX 'open", ' \t', "'"]) {
        let offset = 0;
        for (const token of parseDatePattern(source).tokens) {
          assert.equal(token.start, offset, `${source} at ${offset}`);
          assert.ok(token.end > token.start);
          offset = token.end;
        }
        assert.equal(offset, source.length, source);
      }
    });
  });

  describe('errors', () => {
    it('reports an unquoted T with the run it belongs to', () => {
      const pattern = parseDatePattern('yyyy-MM-ddTTHH');
      assert.deepEqual(pattern.errors, [illegal('T', 10, 12)]);
      assert.deepEqual(pattern.tokens[5], field('T', 10, 12));
    });

    it('reports every illegal letter run, the first one first', () => {
      assert.deepEqual(parseDatePattern('date').errors, [illegal('t', 2, 3), illegal('e', 3, 4)]);
      const sentence = parseDatePattern('10 digit integer Unix time').errors;
      assert.deepEqual(sentence[0], illegal('i', 4, 5));
      assert.equal(sentence.length, 18);
      assert.deepEqual(sentence.at(-1), illegal('e', 25, 26));
    });

    it('reports a trailing quote from the quote to the end', () => {
      const pattern = parseDatePattern("yyyy-MM-dd'T'HH:mm:ssXXX'");
      assert.deepEqual(pattern.errors, [unterminated(24, 25)]);
      assert.deepEqual(pattern.tokens.at(-1), literal('', 24, 25, true));
    });

    it('reports an unclosed quoted section with the text it swallowed', () => {
      const pattern = parseDatePattern("HH 'h''s");
      assert.deepEqual(pattern.errors, [unterminated(3, 8)]);
      assert.deepEqual(pattern.tokens.at(-1), literal("h's", 3, 8, true));
    });

    it("reads ''' as a quote and then an unclosed quote", () => {
      assert.deepEqual(parseDatePattern("'''").errors, [unterminated(2, 3)]);
    });

    it('rejects X four or more times with the run as the range', () => {
      assert.deepEqual(parseDatePattern("yyyy-MM-dd'T'HH:mm:ssXXXXXX").errors, [iso8601(21, 27)]);
      assert.deepEqual(parseDatePattern('XXXX').errors, [iso8601(0, 4)]);
      assert.deepEqual(parseDatePattern('XXX').errors, []);
    });

    it('orders errors the way Java meets them', () => {
      // An illegal letter right after the X run is seen before the run is closed.
      assert.deepEqual(parseDatePattern('XXXXT').errors, [illegal('T', 4, 5), iso8601(0, 4)]);
      // Anything else closes the run first.
      assert.deepEqual(parseDatePattern('XXXX-T').errors, [iso8601(0, 4), illegal('T', 5, 6)]);
      assert.deepEqual(parseDatePattern("XXXX'open").errors, [iso8601(0, 4), unterminated(4, 9)]);
      assert.deepEqual(parseDatePattern('XXXXyT').errors, [iso8601(0, 4), illegal('T', 5, 6)]);
      // The quote is only found unclosed at the end.
      assert.deepEqual(parseDatePattern("T 'open").errors, [illegal('T', 0, 1), unterminated(2, 7)]);
    });
  });
});

describe('formatDate', () => {
  const summer = '2017-08-30T19:19:29.123Z'; // a Wednesday

  it('formats the usual CE patterns', () => {
    assert.equal(format("yyyy-MM-dd'T'HH:mm:ssXXX", summer, PDT), '2017-08-30T12:19:29-07:00');
    assert.equal(format("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", summer), '2017-08-30T19:19:29.123Z');
    assert.equal(format('EEE, dd MMM yyyy HH:mm:ss Z', summer), 'Wed, 30 Aug 2017 19:19:29 +0000');
    assert.equal(format("yyyy-MM-dd'T'HH:mm:ss.SSSZ", summer, IST), '2017-08-31T00:49:29.123+0530');
  });

  it('prints S as milliseconds padded to the count, not as a fraction', () => {
    const at5ms = '2000-01-02T05:06:07.005Z';
    assert.deepEqual(['S', 'SS', 'SSS', 'SSSSSS'].map((p) => format(p, at5ms)), ['5', '05', '005', '000005']);
    assert.deepEqual(['S', 'SSSSSS'].map((p) => format(p, summer)), ['123', '000123']);
  });

  it('keeps two digits for yy and a minimum width for any other count', () => {
    assert.deepEqual(['y', 'yy', 'yyy', 'yyyy', 'yyyyy'].map((p) => format(p, summer)), ['2017', '17', '2017', '2017', '02017']);
  });

  it('uses the US week year for Y around New Year', () => {
    assert.equal(format('YYYY-ww yyyy', '2018-12-31T12:00:00Z'), '2019-01 2018');
    assert.equal(format('YYYY-ww-u', '2020-12-27T10:00:00Z'), '2021-01-7');
    assert.equal(format('YYYY-ww yyyy', '2021-01-01T00:00:00Z'), '2021-01 2021');
    assert.equal(format('YY', '2018-12-31T12:00:00Z'), '19');
  });

  it('prints the four hour letters and a for midnight and noon', () => {
    const hours = 'H k K h a';
    assert.equal(format(hours, '2021-01-01T00:00:00Z'), '0 24 0 12 AM');
    assert.equal(format(hours, '2018-12-31T12:00:00Z'), '12 12 0 12 PM');
    assert.equal(format(hours, '2024-02-29T23:59:59Z'), '23 23 11 11 PM');
  });

  it('switches M, L and E between numbers, short and long names by count', () => {
    assert.equal(format('M MM MMM MMMM MMMMM', summer), '8 08 Aug August August');
    assert.equal(format('L LLL LLLL', '2017-09-01T00:00:00Z'), '9 Sep September');
    assert.equal(format('E EEE EEEE EEEEE', summer), 'Wed Wed Wednesday Wednesday');
    assert.equal(format('G GGGG', summer), 'AD AD');
  });

  it('prints day and week counters', () => {
    assert.equal(format('D d F W w u', summer), '242 30 5 5 35 3');
    assert.equal(format('W', '2000-01-02T00:00:00Z'), '2');
  });

  it('prints offsets with Z and X, with Z for UTC only from X', () => {
    const offsets = 'Z|ZZZZ|X|XX|XXX';
    assert.equal(format(offsets, summer), '+0000|+0000|Z|Z|Z');
    assert.equal(format(offsets, summer, PDT), '-0700|-0700|-07|-0700|-07:00');
    assert.equal(format(offsets, summer, NST), '-0330|-0330|-03|-0330|-03:30');
    assert.equal(format(offsets, summer, IST), '+0530|+0530|+05|+0530|+05:30');
  });

  it("takes z and zzzz from the zone's names", () => {
    assert.equal(format('z|zzz|zzzz', summer, PDT), 'PDT|PDT|Pacific Daylight Time');
  });

  it('handles instants before 1970', () => {
    assert.equal(format("yyyy-MM-dd'T'HH:mm:ss.SSS EEE", '1969-07-20T20:17:40.007Z'), '1969-07-20T20:17:40.007 Sun');
  });

  it('prints literals, quotes and non-ASCII text as written', () => {
    assert.equal(format("hh 'o''clock' a, zzzz", summer, PDT), "12 o'clock PM, Pacific Daylight Time");
    assert.equal(format("''yy''", summer), "'17'");
    assert.equal(format('yyyy年MM月dd日', summer), '2017年08月30日');
    assert.equal(format('', summer), '');
  });

  it('throws the error Java throws for a bad pattern', () => {
    assert.throws(() => format("yyyy-MM-dd'T'HH:mm:ss'", summer), { message: 'Unterminated quote' });
    assert.throws(() => format('XXXXT', summer), { message: "Illegal pattern character 'T'" });
  });
});

describe('PATTERN_LETTERS', () => {
  it('holds exactly the 23 SimpleDateFormat letters', () => {
    assert.deepEqual([...PATTERN_LETTERS.keys()].sort(), [...'GyMdkHmsSEDFwWahKzZYuXL'].sort());
    for (const [letter, entry] of PATTERN_LETTERS) assert.equal(entry.letter, letter);
  });

  it('has examples that are what the engine prints for 2017-08-30 19:19:29.123 PDT', () => {
    const exampleInstant = '2017-08-31T02:19:29.123Z';
    for (const entry of PATTERN_LETTERS.values()) {
      for (const example of entry.example.split('; ')) {
        const [pattern, expected] = example.includes(' → ') ? example.split(' → ') : [entry.letter, example];
        assert.equal(format(pattern, exampleInstant, PDT), expected, `${entry.letter}: ${example}`);
      }
    }
  });
});
