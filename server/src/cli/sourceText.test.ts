import assert from 'node:assert/strict';
import { keepLineBreaks } from '../engine/text/lineBreaks';
import { decodeSource, encodeFixed } from './sourceText';

describe('cli source text', () => {
  it('decodes UTF-8 and strips a byte order mark, remembering it', () => {
    assert.deepEqual(decodeSource(Buffer.from('{"a": "é"}')), { source: { text: '{"a": "é"}', hasBom: false } });
    assert.deepEqual(decodeSource(Buffer.from('\ufeff{}')), { source: { text: '{}', hasBom: true } });
    assert.deepEqual(decodeSource(Buffer.alloc(0)), { source: { text: '', hasBom: false } });
  });

  it('refuses what is not UTF-8 text', () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.from([0x7b, 0xe9, 0x7d]), /not valid UTF-8/],
      [Buffer.from([0xed, 0xa0, 0x80]), /not valid UTF-8/], // an encoded surrogate
      [Buffer.from([0x7b, 0x00]), /NUL bytes/],
      [Buffer.from('\ufeff{}', 'utf16le'), /UTF-16/],
      [Buffer.from([0xfe, 0xff, 0x00, 0x7b]), /UTF-16/],
    ];
    for (const [bytes, problem] of cases) {
      const decoded = decodeSource(bytes);
      assert.ok('problem' in decoded && problem.test(decoded.problem), bytes.toString('hex'));
    }
  });

  it('keeps CRLF when every line of the original had it', () => {
    const table: [string, string, string][] = [
      ['a\r\nb\r\n', 'a\nx\r\nb\r\n', 'a\r\nx\r\nb\r\n'],
      ['a\nb\n', 'a\nb\r\n', 'a\nb\r\n'],
      ['a\r\nb\n', 'a\nb\n', 'a\nb\n'], // mixed: left as the fix made it
      ['ab', 'a\nb', 'a\nb'],
    ];
    for (const [original, fixed, expected] of table) assert.equal(keepLineBreaks(original, fixed), expected, JSON.stringify(original));
  });

  it('puts the byte order mark back on fixed text', () => {
    assert.equal(encodeFixed({ text: '{\r\n}', hasBom: true }, '{\n}'), '\ufeff{\r\n}');
    assert.equal(encodeFixed({ text: '{}', hasBom: false }, '{ }'), '{ }');
  });
});
