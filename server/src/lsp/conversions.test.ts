import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../engine';
import { changedSpan, toLspEdits, toLspRange, toLspSeverity } from './conversions';

/** Applies the span as an editor would, through LSP positions. */
function applySpan(before: string, after: string): string {
  const span = changedSpan(before, after);
  if (!span) return before;
  const range = toLspRange(new LineIndex(before), span);
  return TextDocument.applyEdits(TextDocument.create('file:///x.json', 'json', 1, before), [{ range, newText: span.newText }]);
}

describe('conversions between engine offsets and LSP', () => {
  it('maps severities, info to Information', () => {
    assert.deepEqual(['error', 'warning', 'info', 'hint'].map((severity) => toLspSeverity(severity as 'error')), [
      DiagnosticSeverity.Error,
      DiagnosticSeverity.Warning,
      DiagnosticSeverity.Information,
      DiagnosticSeverity.Hint,
    ]);
  });

  it('turns offset ranges into lines and UTF-16 characters', () => {
    const text = '{\r\n  "a😀": 1,\n}';
    assert.deepEqual(toLspRange(new LineIndex(text), { start: 9, end: 12 }), { start: { line: 1, character: 6 }, end: { line: 1, character: 9 } });
  });

  it('gives fix edits the line breaks of a CRLF document', () => {
    const crlf = '{\r\n  "a": 1\r\n}\r\n';
    assert.deepEqual(toLspEdits(new LineIndex(crlf), [{ start: 1, end: 1, newText: '\n  "b": 2,' }]), [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: '\r\n  "b": 2,' },
    ]);
    const lf = '{\n}';
    assert.equal(toLspEdits(new LineIndex(lf), [{ start: 1, end: 1, newText: '\n' }])[0].newText, '\n');
  });

  describe('changedSpan: one edit from one text to another', () => {
    const cases: [string, string, string][] = [
      ['a comment removed', '{\n  // x\n  "a": 1,\n}\n', '{\n  "a": 1\n}\n'],
      ['text added at the end', '{}', '{}\n'],
      ['text removed at the start', '\n{}', '{}'],
      ['everything replaced', 'abc', 'xyz'],
      ['a change next to an emoji', '"😀a"', '"😀b"'],
      ['a change between two halves of a surrogate pair', '"\ud83d\ude00"', '"\ud83d\ude01"'],
      ['a change inside a CRLF', 'a\r\nb', 'a\r\r\nb'],
      ['a CRLF becoming LF', 'a\r\nb', 'a\nb'],
      ['repeated text', 'aaaa', 'aa'],
    ];
    for (const [name, before, after] of cases) {
      it(name, () => {
        const span = changedSpan(before, after)!;
        assert.equal(applySpan(before, after), after);
        const lines = new LineIndex(before);
        // No position may point between the halves of a pair or of a CRLF.
        for (const offset of [span.start, span.end]) {
          const back = lines.offset(lines.position(offset));
          assert.equal(back, offset, `offset ${offset} does not survive the round trip`);
        }
      });
    }

    it('gives nothing for equal texts', () => {
      assert.equal(changedSpan('{}', '{}'), undefined);
    });
  });
});
