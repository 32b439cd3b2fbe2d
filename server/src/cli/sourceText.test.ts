import assert from 'node:assert/strict';
import { keepLineBreaks } from '../engine/text/lineBreaks';
import { decodeSource, encodeFixed, firstInvalidUtf8 } from './sourceText';

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

  it('says on which line the first byte that is not UTF-8 is', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "a": "é",\n  "b": "'), Buffer.from([0xe9]), Buffer.from('"\n}')]);
    assert.deepEqual(decodeSource(bytes), { problem: 'the file is not valid UTF-8 text (the first bad byte, 0xe9, is on line 3); save it as UTF-8' });
  });

  it('finds the first invalid UTF-8 byte exactly where TextDecoder stops', () => {
    const table: [number[], number][] = [
      [[0x61, 0x62], -1],
      [[0xc3, 0xa9, 0xff], 2], // é, then a byte that never starts a sequence
      [[0xc0, 0x80], 0], // an overlong NUL
      [[0xe0, 0x80, 0x80], 0], // an overlong three-byte form
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
      [[0xf0, 0x9f, 0x98, 0x80], -1], // an emoji
      [[0x61, 0xe2, 0x82], 1], // cut short at the end
    ];
    for (const [bytes, expected] of table) {
      assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), expected, Buffer.from(bytes).toString('hex'));
      let valid = true;
      try { new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes)); } catch { valid = false; }
      assert.equal(valid, expected === -1, `TextDecoder agrees on ${Buffer.from(bytes).toString('hex')}`);
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
