import assert from 'node:assert/strict';
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

  it('reads a small document', () => {
    assert.deepEqual(tokensOf('{"a\\n": [1, -2.5e3, true],\n "b": null}'), [
      ['{', 0, 1], ['string', 1, 6, 'a\n'], [':', 6, 7], ['[', 8, 9], ['number', 9, 10, 1], [',', 10, 11],
      ['number', 12, 18, -2500], [',', 18, 19], ['true', 20, 24], [']', 24, 25], [',', 25, 26],
      ['string', 28, 31, 'b'], [':', 31, 32], ['null', 33, 37], ['}', 37, 38], ['end', 38, 38],
    ]);
  });
});
