import assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser';
import { applyFixes, type Finding, type Fix, lintText, type LintResult, type OffsetRange, type TextEdit } from '../../../server/src/engine';
import { plainTextOf } from './fixText';

/**
 * Whether jsonc-parser reads `text` without an error, with the tolerance the engine parses with
 * (comments and trailing commas are findings of their own rules, not syntax errors).
 */
export function parsesCleanly(text: string): boolean {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  return errors.length === 0;
}

/** Fails unless every finding's range and every edit of its fixes lies inside the text, start <= end. */
export function assertRangesInside(text: string, result: LintResult): void {
  const inside = (range: OffsetRange) => Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= text.length;
  for (const finding of result.findings) {
    assert.ok(inside(finding.range), `${finding.ruleId}: range ${JSON.stringify(finding.range)} is not inside a text of ${text.length}`);
    for (const fix of fixesOf(finding)) {
      for (const edit of fix.edits) assert.ok(inside(edit), `${finding.ruleId}: '${fix.title}' edits ${JSON.stringify(edit)} outside a text of ${text.length}`);
    }
  }
}

/** A finding's safe fix and its suggestions. */
export function fixesOf(finding: Finding): Fix[] {
  return [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])];
}

/** Fails when `result` holds a rule that threw: the engine keeps going, but that is a bug all the same. */
export function assertNoInternalErrors(result: LintResult): void {
  assert.deepEqual(
    result.internalErrors.map(({ ruleId, error }) => `${ruleId}: ${error instanceof Error ? error.stack : String(error)}`),
    [],
  );
}

/** Where `offset` of the text before `edits` is after them; an offset inside a replaced span goes to the start of its replacement. */
export function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (offset <= edit.start) break;
    if (offset < edit.end) return edit.start + shift;
    shift += edit.newText.length - (edit.end - edit.start);
  }
  return offset + shift;
}

/** The span a fix works on: its finding and all its edits. */
export function fixRegion(finding: Finding, fix: Fix): OffsetRange {
  const starts = [finding.range.start, ...fix.edits.map((edit) => edit.start)];
  const ends = [finding.range.end, ...fix.edits.map((edit) => edit.end)];
  return { start: Math.min(...starts), end: Math.max(...ends) };
}

/** The same span after the fix; its end moves with the text the fix put in. */
export function regionAfter(region: OffsetRange, fix: Fix): OffsetRange {
  const end = fix.edits.some((edit) => edit.end === region.end)
    ? Math.max(...fix.edits.filter((edit) => edit.end === region.end).map((edit) => mapOffset(edit.start, fix.edits) + edit.newText.length))
    : mapOffset(region.end, fix.edits);
  return { start: mapOffset(region.start, fix.edits), end };
}

/** Findings of `ruleId` that share a character with `region` or touch it. */
export function findingsOfRuleAt(findings: readonly Finding[], ruleId: string, region: OffsetRange): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId && finding.range.start <= region.end && region.start <= finding.range.end);
}

/**
 * For JSON that parses: every fix and suggestion, applied alone, leaves JSON that parses, takes
 * its finding away, and (unless it is a snippet, whose empty tab stops its rule may rightly
 * report) brings no new finding of its rule where it worked.
 */
export function assertFixesSound(text: string): void {
  if (!parsesCleanly(text)) return;
  const before = lintText(text);
  for (const finding of before.findings) {
    for (const fix of fixesOf(finding)) {
      const after = applyFixes(text, [plainTextOf(fix)]).text;
      const what = `'${fix.title}' (${finding.ruleId} at ${finding.range.start}-${finding.range.end})`;
      assert.ok(parsesCleanly(after), `${what} breaks the JSON:\n${after}`);
      const region = fixRegion(finding, fix);
      const regionNow = regionAfter(region, fix);
      const afterFindings = lintText(after).findings;
      const same = findingsOfRuleAt(afterFindings, finding.ruleId, regionNow).filter((other) => other.message === finding.message);
      assert.deepEqual(same.map((other) => other.range), [], `${what} leaves its finding where it was:\n${after}`);
      if (fix.snippet) continue;
      const there = findingsOfRuleAt(before.findings, finding.ruleId, region).length;
      const thereAfter = findingsOfRuleAt(afterFindings, finding.ruleId, regionNow);
      assert.ok(thereAfter.length < there, `${what}: ${there} finding(s) of the rule there before, ${thereAfter.length} after (${thereAfter.map((other) => other.message).join(' | ')}):\n${after}`);
    }
  }
}
