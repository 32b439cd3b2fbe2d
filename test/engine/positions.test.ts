import assert from 'node:assert/strict';
import { DocumentText, StringContent, decodeStringLiteral } from '../../server/src/engine/text/embeddedText';
import { parseJson } from '../../server/src/engine/json/jsonTree';
import { memberNamed } from '../../server/src/engine/json/objects';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { applyFixes } from '../../server/src/engine/fixer';

/** The string node of `"key": "..."` at the top level of `text`, as content mapped to the document. */
function contentOf(text: string, key: string): { document: DocumentText; content: StringContent } {
  const document = new DocumentText(text);
  const tree = parseJson(document);
  const value = memberNamed(tree.root, key)?.valueNode;
  assert.ok(value, `no ${key}`);
  return { document, content: tree.content(value) };
}

describe('positions inside strings', () => {
  it('maps every character through each kind of escape', () => {
    const text = String.raw`{"p": "a\"b\\c\/d\u0027e\tf\u00e9g\uD83D\uDE00h"}`;
    const { content } = contentOf(text, 'p');
    assert.equal(content.text, 'a"b\\c/d\'e\tf\u00e9g\uD83D\uDE00h');
    // Each decoded unit maps to the start of its raw form.
    const raw = ['a', '\\"', 'b', '\\\\', 'c', '\\/', 'd', '\\u0027', 'e', '\\t', 'f', '\\u00e9', 'g', '\\uD83D', '\\uDE00', 'h'];
    let offset = text.indexOf('"a') + 1;
    raw.forEach((unit, index) => {
      assert.equal(content.documentOffset(index), offset, `unit ${index} (${unit})`);
      assert.equal(text.slice(offset, offset + unit.length), unit);
      offset += unit.length;
    });
    // The end maps to the closing quote.
    assert.equal(content.documentOffset(raw.length), offset);
    assert.equal(text[offset], '"');
  });

  it('maps a range to exactly the raw characters, at every offset of the string', () => {
    const text = String.raw`{"p": "yyyy-MM-dd\u0027T\u0027HH:mm:ss\u0027Z\u0027"}`;
    const { content } = contentOf(text, 'p');
    const decoded = content.text;
    assert.equal(decoded, "yyyy-MM-dd'T'HH:mm:ss'Z'");
    for (let start = 0; start <= decoded.length; start++) {
      for (let end = start; end <= decoded.length; end++) {
        const range = content.documentRange(start, end);
        const rawSlice = text.slice(range.start, range.end);
        assert.equal(JSON.parse(`"${rawSlice}"`), decoded.slice(start, end), `[${start}, ${end})`);
      }
    }
  });

  it('maps through two levels: JSON held in a JSON string', () => {
    const text = '{"c": "{\\"u\\": \\"/x?d=\'${gmtDate:yyyy-MM-dd\\\\u0027T\\\\u0027HH}\'\\"}"}';
    const { content: outer } = contentOf(text, 'c');
    const inner = parseJson(outer);
    const url = memberNamed(inner.root, 'u')!.valueNode!;
    const content = inner.content(url);
    assert.equal(content.text, "/x?d='${gmtDate:yyyy-MM-dd'T'HH}'");
    const t = content.text.indexOf("'T'");
    const range = content.documentRange(t, t + 3);
    assert.equal(text.slice(range.start, range.end), '\\\\u0027T\\\\u0027');
    // Positions come out as lines and characters of the document, as LSP counts them.
    assert.deepEqual(new LineIndex(text).position(range.start), { line: 0, character: text.indexOf('\\\\u0027T') });
  });

  it('edits through two levels escape the new text for each level', () => {
    const text = '{"c": "{\\"f\\": \\"YYYY-MM-dd\\"}"}';
    const { content: outer } = contentOf(text, 'c');
    const inner = parseJson(outer);
    const format = inner.content(memberNamed(inner.root, 'f')!.valueNode!);
    const edit = format.replace(0, 4, "yyyy'\"'");
    const fixed = applyFixes(text, [{ title: 't', edits: [edit] }]).text;
    const innerValue = JSON.parse(JSON.parse(fixed).c);
    assert.equal(innerValue.f, "yyyy'\"'-MM-dd");
  });

  it('keeps mapping an unterminated string and a bad escape', () => {
    const decoded = decodeStringLiteral('"ab\\qc', 0, 6);
    assert.equal(decoded.value, 'ab\\qc');
    assert.deepEqual([...decoded.offsets], [1, 2, 3, 4, 5, 6]);
  });

  it('counts lines after \\n, \\r\\n and \\r', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    assert.deepEqual(index.position(2), { line: 1, character: 0 });
    assert.deepEqual(index.position(5), { line: 2, character: 0 });
    assert.deepEqual(index.position(7), { line: 3, character: 0 });
    assert.equal(index.offset({ line: 2, character: 1 }), 6);
  });
});
