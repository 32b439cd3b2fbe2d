import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { forgetRememberedStrings } from '../text/stringMemo';
import { StrictTokens, Token } from './strictTokens';

type Read = [kind: string, start: number, end: number, value?: string | number];

const NAMES: Record<Token, string> = {
  [Token.Invalid]: 'invalid',
  [Token.End]: 'end',
  [Token.OpenBrace]: '{',
  [Token.CloseBrace]: '}',
  [Token.OpenBracket]: '[',
  [Token.CloseBracket]: ']',
  [Token.Colon]: ':',
  [Token.Comma]: ',',
  [Token.String]: 'string',
  [Token.Number]: 'number',
  [Token.True]: 'true',
  [Token.False]: 'false',
  [Token.Null]: 'null',
};

/**
 * Whether V8 holds `value` as its one shared copy of that text (an internalized string). JavaScript
 * cannot tell two equal strings apart (`Object.is` compares their text), and sharing keys is what
 * the known keys are for, so the test asks V8 itself: natives syntax, switched on for the one
 * function compiled here.
 */
const isSharedCopy = (() => {
  setFlagsFromString('--allow-natives-syntax');
  return new Function('value', 'return %IsInternalizedString(value)') as (value: string) => boolean;
})();

/** Every token of `text` up to the end or the first invalid one (whose place is left out: the reader gives up there). */
function tokensOf(text: string): Read[] {
  const tokens = new StrictTokens(text);
  const read: Read[] = [];
  for (;;) {
    const token = tokens.next();
    if (token === Token.Invalid) return [...read, ['invalid', -1, -1]];
    const entry: Read = [NAMES[token], tokens.start, tokens.end];
    if (token === Token.String) entry.push(tokens.string);
    if (token === Token.Number) entry.push(tokens.number);
    read.push(entry);
    if (token === Token.End) return read;
  }
}

/** The one value token of `text` (a string, number or literal alone), or 'invalid'. */
function only(text: string): Read | 'invalid' {
  const read = tokensOf(text);
  return read.some(([kind]) => kind === 'invalid') ? 'invalid' : read[0];
}

describe('StrictTokens', () => {
  it('reads punctuation with its offsets, and the end at the length of the text', () => {
    assert.deepEqual(tokensOf('{}[]:,'), [
      ['{', 0, 1], ['}', 1, 2], ['[', 2, 3], [']', 3, 4], [':', 4, 5], [',', 5, 6], ['end', 6, 6],
    ]);
    assert.deepEqual(tokensOf(''), [['end', 0, 0]]);
  });

  describe('white space', () => {
    it('steps over exactly JSON\'s four kinds', () => {
      assert.deepEqual(tokensOf(' \t\r\n[ \r\n\t] \t'), [['[', 4, 5], [']', 9, 10], ['end', 12, 12]]);
    });

    for (const [what, space] of [
      ['a no-break space', '\u00a0'],
      ['a byte order mark', '\ufeff'],
      ['a line separator', '\u2028'],
      ['a vertical tab', '\v'],
      ['a form feed', '\f'],
      ['a line comment', '// x\n'],
      ['a block comment', '/* x */'],
    ]) {
      it(`refuses ${what}`, () => assert.deepEqual(tokensOf(`[${space}1]`), [['[', 0, 1], ['invalid', -1, -1]]));
    }
  });

  describe('strings', () => {
    it('takes a string without escapes as it is, with the quotes in its range', () => {
      assert.deepEqual(tokensOf(' "abc" '), [['string', 1, 6, 'abc'], ['end', 7, 7]]);
      assert.deepEqual(only('""'), ['string', 0, 2, '']);
      assert.deepEqual(only('"é 😀 \u2028 \u007f \ud800"'), ['string', 0, 12, 'é 😀 \u2028 \u007f \ud800']);
    });

    for (const [escape, value] of [
      ['\\"', '"'], ['\\\\', '\\'], ['\\/', '/'], ['\\b', '\b'], ['\\f', '\f'], ['\\n', '\n'], ['\\r', '\r'], ['\\t', '\t'],
      ['\\u0041', 'A'], ['\\u00e9', 'é'], ['\\u00E9', 'é'], ['\\uAbCd', '\uabcd'], ['\\u0000', '\u0000'],
      ['\\ud83d\\ude00', '😀'], ['\\uD83D\\uDE00', '😀'],
      // Lone surrogates are kept, as JSON.parse and jsonc-parser keep them.
      ['\\ud800', '\ud800'], ['\\uDC00x', '\udc00x'], ['\\ude00\\ud83d', '\ude00\ud83d'],
    ]) {
      it(`decodes ${escape}, alone and between other characters`, () => {
        assert.deepEqual(only(`"${escape}"`), ['string', 0, escape.length + 2, value]);
        assert.deepEqual(only(`"a${escape}b${escape}${escape}"`), ['string', 0, 3 * escape.length + 4, `a${value}b${value}${value}`]);
        assert.equal(value, JSON.parse(`"${escape}"`));
      });
    }

    for (const [what, text] of [
      ['an unknown escape', '"\\x"'],
      ['an escaped quote that is a single quote', "\"\\'\""],
      ['an upper-case U', '"\\U0041"'],
      ['a \\u with three digits', '"\\u004"'],
      ['a \\u with a digit that is not hexadecimal', '"\\u00g1"'],
      ['a \\u cut off by the end', '"\\u00'],
      ['a backslash at the end', '"\\'],
      ['a missing closing quote', '"abc'],
      ['a missing closing quote after an escape', '"a\\nb'],
      ['a tab', '"a\tb"'],
      ['a line feed', '"a\nb"'],
      ['a carriage return', '"a\rb"'],
      ['a NUL', '"\u0000"'],
      ['U+001F', '"\u001f"'],
      ['a control character after an escape', '"\\n\u0001"'],
    ]) {
      it(`refuses ${what}`, () => assert.equal(only(text), 'invalid'));
    }
  });

  describe('numbers', () => {
    for (const text of ['0', '-0', '7', '-7', '10', '1234567890', '0.5', '-0.5', '10.25', '1e5', '1E5', '1e+5', '1e-5', '1E+05', '-1.5e-07', '0e0', '1e400', '12345678901234567890', '2.5E10']) {
      it(`reads ${text} as Number reads it`, () => {
        assert.deepEqual(only(text), ['number', 0, text.length, Number(text)]);
        assert.deepEqual(tokensOf(`[${text},${text}]`).slice(1, 4), [['number', 1, text.length + 1, Number(text)], [',', text.length + 1, text.length + 2], ['number', text.length + 2, 2 * text.length + 2, Number(text)]]);
      });
    }

    for (const text of ['01', '-01', '00', '1.', '-1.', '.5', '-.5', '+1', '-', '--1', '1e', '1E+', '1e-', '1.e5', '1.5e', '0x10', '1_000', 'Infinity', '-Infinity', 'NaN', '1a', '1.5.5', '1e5e5', '1e5.5']) {
      it(`refuses ${text}`, () => assert.equal(only(text), 'invalid'));
    }
  });

  describe('true, false and null', () => {
    for (const [word, kind] of [['true', 'true'], ['false', 'false'], ['null', 'null']]) {
      for (const after of [' ', '\t', '\n', '\r', ',', ']', '}', ':']) {
        it(`reads ${word} before ${JSON.stringify(after)}`, () => {
          assert.deepEqual(tokensOf(`${word}${after}`)[0], [kind, 0, word.length]);
        });
      }
      it(`reads ${word} at the end`, () => assert.deepEqual(tokensOf(word), [[kind, 0, word.length], ['end', word.length, word.length]]));
      for (const after of ['1', 'x', '_', '"', '[', '{', '\u00a0', '/', '-']) {
        it(`refuses ${word} before ${JSON.stringify(after)}`, () => assert.equal(only(`${word}${after}`), 'invalid'));
      }
      it(`refuses ${word} cut short and in other case`, () => {
        assert.equal(only(word.slice(0, -1)), 'invalid');
        assert.equal(only(word.toUpperCase()), 'invalid');
      });
    }

    it('refuses other words', () => {
      for (const text of ['undefined', 'yes', 'True', "'a'"]) assert.equal(only(text), 'invalid', text);
    });
  });

  describe('strings read before', () => {
    /** Every string of `text`, read where keys are expected when `asKeys`; throws at an invalid token. */
    const stringsOf = (text: string, asKeys: boolean) => {
      const tokens = new StrictTokens(text);
      const read = () => (asKeys ? tokens.nextKey() : tokens.next());
      const strings: string[] = [];
      for (let token = read(); token !== Token.End; token = read()) {
        if (token === Token.Invalid) throw new Error(`invalid: ${text}`);
        if (token === Token.String) strings.push(tokens.string);
      }
      return strings;
    };

    /** The strings of `count` reads of `text`'s first token, where a key (or a value) is expected. */
    const readAgain = (text: string, count: number, asKey: boolean) => Array.from({ length: count }, () => {
      const tokens = new StrictTokens(text);
      assert.equal(asKey ? tokens.nextKey() : tokens.next(), Token.String);
      return tokens.string;
    });

    it("gives a key found again V8's shared copy, with its own offsets", () => {
      const tokens = new StrictTokens('"test.shared.key" "test.shared.key" "test.shared.key"');
      const read: string[] = [];
      for (let i = 0; i < 3; i++) {
        assert.equal(tokens.nextKey(), Token.String);
        read.push(tokens.string);
      }
      assert.deepEqual(read, ['test.shared.key', 'test.shared.key', 'test.shared.key']);
      assert.deepEqual([tokens.start, tokens.end], [36, 53]);
      // Read once, a key is cut from the text; found again, it is the shared copy.
      assert.deepEqual(read.map(isSharedCopy), [false, true, true]);
    });

    it('keeps a value found again as it was read, never a shared copy', () => {
      const read = readAgain('"test.kept.value"', 3, false);
      assert.deepEqual(read, ['test.kept.value', 'test.kept.value', 'test.kept.value']);
      assert.deepEqual(read.map(isSharedCopy), [false, false, false]);
    });

    it('reads a key anew once strings are forgotten', () => {
      assert.deepEqual(readAgain('"test.forgotten.key"', 2, true).map(isSharedCopy), [false, true]);
      forgetRememberedStrings();
      const afresh = readAgain('"test.forgotten.key"', 2, true);
      assert.deepEqual(afresh, ['test.forgotten.key', 'test.forgotten.key']);
      assert.deepEqual(afresh.map(isSharedCopy), [false, true]);
    });

    it('reads a key like any other token where the key is missing', () => {
      assert.equal(new StrictTokens(' }').nextKey(), Token.CloseBrace);
      assert.equal(new StrictTokens(' 1').nextKey(), Token.Number);
      assert.equal(new StrictTokens('').nextKey(), Token.End);
    });

    // The second string of each pair has the first one's slot (the same length, first and last
    // character), or starts with it and goes on past an escape, a control character or the end.
    const pairs: [first: string, then: string][] = [
      ['"abcd"', '"axxd"'],
      ['"ab"', String.raw`"a\u0062"`],
      ['"ab"', String.raw`"a\\"`],
      ['"ab"', String.raw`"ab\"c"`],
      ['"ab"', String.raw`"ab\u0001"`],
      ['"ab"', '"ab\u0001"'],
      ['"ab"', '"ab'],
      ['"ab"', '"a'],
      ['"ab"', '""'],
    ];
    for (const [first, then] of pairs) {
      for (const asKeys of [true, false]) {
        it(`reads ${JSON.stringify(then)} after ${first} as ${asKeys ? 'keys' : 'values'}`, () => {
          assert.deepEqual(stringsOf(first, asKeys), [JSON.parse(first)]);
          let expected: unknown;
          try {
            expected = JSON.parse(then);
          } catch {
            assert.throws(() => stringsOf(then, asKeys), /invalid/);
            return;
          }
          assert.deepEqual(stringsOf(then, asKeys), [expected]);
        });
      }
    }

    it('shares keys that are special as property names, unchanged', () => {
      const keys = ['__proto__', 'constructor', '0', '4294967295', '-1', 'length'];
      const text = keys.map((key) => JSON.stringify(key)).join(' ');
      assert.deepEqual(stringsOf(`${text} ${text} ${text}`, true), [...keys, ...keys, ...keys]);
    });

    it('tells apart strings that differ only outside ASCII', () => {
      for (const asKeys of [true, false]) {
        assert.deepEqual(stringsOf('"aé" "aü" "aé" "aĢ"', asKeys), ['aé', 'aü', 'aé', 'aĢ']);
      }
    });

    it('reads long strings as any string, however often', () => {
      const long = `"${'x'.repeat(65)}"`;
      assert.deepEqual(stringsOf(`${long} ${long}`, true), ['x'.repeat(65), 'x'.repeat(65)]);
    });

    it('reads any string as JSON.parse does, whatever was read before', () => {
      // The JSON string that starts a text, by RFC 8259's grammar.
      const JSON_STRING = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;
      // Few pieces, so that strings share slots and are found again all the time.
      const pieces = ['a', 'b', '\\\\', '\\"', '\\u0061', '\\n', '"', '\\', '\u0001'];
      fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), { maxLength: 20 }), fc.boolean(), (strings, asKeys) => {
        for (const inner of strings) {
          const text = `"${inner.join('')}"`;
          const tokens = new StrictTokens(text);
          const token = asKeys ? tokens.nextKey() : tokens.next();
          const literal = JSON_STRING.exec(text)?.[0];
          if (literal === undefined) {
            assert.equal(token, Token.Invalid, text);
          } else {
            assert.deepEqual([token, tokens.string, tokens.start, tokens.end], [Token.String, JSON.parse(literal), 0, literal.length], text);
          }
        }
      }), { numRuns: 500 });
    });
  });

  describe('text that is not all ASCII', () => {
    it('keeps any character inside a string', () => {
      assert.deepEqual(tokensOf('{"é": "ü😀\u2028"}'), [
        ['{', 0, 1], ['string', 1, 4, 'é'], [':', 4, 5], ['string', 6, 12, 'ü😀\u2028'], ['}', 12, 13], ['end', 13, 13],
      ]);
      // U+0122 and U+015C end in the bytes of '"' and '\': they are neither.
      assert.deepEqual(tokensOf('"\u0122\u015c"'), [['string', 0, 4, '\u0122\u015c'], ['end', 4, 4]]);
    });

    for (const [what, text] of [['a no-break space', '[1,\u00a0 2]'], ['a byte order mark', '\ufeff{}'], ['a line separator', '[1\u2028]'], ['Ģ where a quote could be', '{\u0122a": 1}']]) {
      it(`refuses ${what} outside strings`, () => assert.deepEqual(tokensOf(text).at(-1), ['invalid', -1, -1]));
    }
  });

  it('reads a text longer than the shared array of codes', () => {
    const count = 20_000;
    const text = `[${'"ab",'.repeat(count)}"x"]`;
    const read = tokensOf(text);
    assert.ok(text.length > 1 << 16);
    assert.equal(read.filter(([kind]) => kind === 'string').length, count + 1);
    assert.deepEqual(read.slice(-3), [['string', text.length - 4, text.length - 1, 'x'], [']', text.length - 1, text.length], ['end', text.length, text.length]]);
  });

  it('reads two texts at once, each its own', () => {
    // The shared array of codes is free now, and the first reader takes it.
    new StrictTokens('').release();
    const a = new StrictTokens('["a", 1]');
    const b = new StrictTokens('{"bb": true}');
    const both: Token[] = [];
    for (let i = 0; i < 6; i++) both.push(a.next(), b.next());
    assert.deepEqual(both, [
      Token.OpenBracket, Token.OpenBrace, Token.String, Token.String, Token.Comma, Token.Colon,
      Token.Number, Token.True, Token.CloseBracket, Token.CloseBrace, Token.End, Token.End,
    ]);
    a.release();
    // The shared array given back is another reader's now: b reads on from its own.
    assert.equal(new StrictTokens('[2]').next(), Token.OpenBracket);
    assert.equal(b.next(), Token.End);
  });

  it('reads a small document', () => {
    assert.deepEqual(tokensOf('{"a\\n": [1, -2.5e3, true],\n "b": null}'), [
      ['{', 0, 1], ['string', 1, 6, 'a\n'], [':', 6, 7], ['[', 8, 9], ['number', 9, 10, 1], [',', 10, 11],
      ['number', 12, 18, -2500], [',', 18, 19], ['true', 20, 24], [']', 24, 25], [',', 25, 26],
      ['string', 28, 31, 'b'], [':', 31, 32], ['null', 33, 37], ['}', 37, 38], ['end', 38, 38],
    ]);
  });
});
