import { DiagnosticSeverity, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { LineIndex, OffsetRange, Severity, TextEdit } from '../engine';
import { keepLineBreaks } from '../engine/text/lineBreaks';

/** Engine offsets to LSP positions: the only place the server converts, always against the text the offsets are for. */
export function toLspRange(lines: LineIndex, range: OffsetRange): Range {
  return { start: lines.position(range.start), end: lines.position(range.end) };
}

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity];
}

/**
 * Edits for the text of `lines`. Fixes write `\n`; in a document whose lines all end with CRLF the new lines
 * do too, as the CLI's `--fix` does, so a fix never leaves mixed line breaks.
 */
export function toLspEdits(lines: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: toLspRange(lines, edit), newText: keepLineBreaks(lines.text, edit.newText) }));
}

/**
 * The one edit that turns `before` into `after`: the span between their common start and end.
 * A whole-document replacement would also do, but it moves the cursor and folds in every editor.
 */
export function changedSpan(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Never split a surrogate pair or a CRLF: LSP positions cannot point inside either.
  while (start > 0 && splitsPair(before, start)) start--;
  while (tail > 0 && splitsPair(before, before.length - tail)) tail--;
  return { start, end: before.length - tail, newText: after.slice(start, after.length - tail) };
}

function splitsPair(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  const surrogates = previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return surrogates || (previous === 0x0d && next === 0x0a);
}
