import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from './lineIndex';

/** Every offset's line and character, counted one unit at a time as LSP defines them. */
function positionsByHand(text: string): { line: number; character: number }[] {
  const positions = [];
  let line = 0;
  let character = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    positions.push({ line, character });
    const code = text.charCodeAt(offset);
    // A CR before an LF is the first unit of one line break: the line ends after the LF.
    const endsLine = code === 0x0a || (code === 0x0d && text.charCodeAt(offset + 1) !== 0x0a);
    if (endsLine) {
      line++;
      character = 0;
    } else {
      character++;
    }
  }
  return positions;
}

describe('LineIndex', () => {
  it('counts lines of line feeds only (the fast path)', () => {
    const index = new LineIndex('{\n  "a": 1,\n\n  "b": 2\n}\n');
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(4), { line: 1, character: 2 });
    assert.deepEqual(index.position(13), { line: 3, character: 0 });
    assert.deepEqual(index.position(24), { line: 5, character: 0 });
    assert.equal(index.offset({ line: 3, character: 2 }), 15);
    assert.equal(index.offset({ line: 9, character: 0 }), 24);
  });

  it('clamps a character past the end of its line to the line break', () => {
    const index = new LineIndex('ab\ncd');
    assert.equal(index.offset({ line: 0, character: 10 }), 3);
    assert.equal(index.offset({ line: 1, character: 10 }), 5);
  });

  it('agrees with a unit-by-unit count for any mix of LF, CRLF and CR', () => {
    const texts = fc.array(fc.constantFrom('a', 'é', '\n', '\r\n', '\r', '😀', ' '), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        const index = new LineIndex(text);
        positionsByHand(text).forEach((expected, offset) => {
          assert.deepEqual(index.position(offset), expected, `offset ${offset} of ${JSON.stringify(text)}`);
        });
      }),
      { numRuns: 300 },
    );
  });
});
