import type { Finding, Fix, TextEdit } from './types';
import type { LintOptions } from './linterOptions';
import { lintText, type LintResult } from './linter';
import { snippetPlainText } from './text/snippets';

export interface AppliedFixes {
  readonly text: string;
  /** The fixes that went in; a fix that overlaps one before it waits for the next pass. */
  readonly applied: readonly Fix[];
}

/** Applies as many of `fixes` as do not overlap, each fix whole or not at all; a snippet goes in as its plain text. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const accepted: Fix[] = [];
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    accepted.push(fix);
    taken.push(...(fix.snippet ? fix.edits.map((edit) => ({ ...edit, newText: snippetPlainText(edit.newText) })) : fix.edits));
  }
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of taken) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return { text: result, applied: accepted };
}

/** Edits overlap when they share a character, or both insert at one place. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export interface FixResult {
  readonly text: string;
  readonly fixed: readonly Finding[];
  /** What is left after the last pass. */
  readonly result: LintResult;
}

const MAX_PASSES = 10;

/**
 * Applies the safe fixes until none is left (fixes can uncover others), the way `eslint --fix`
 * does. A pass whose result would parse worse than its input is thrown away: a fix never breaks
 * the JSON.
 */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let current = text;
  let result = lintText(current, options);
  const fixed: Finding[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = result.findings.filter((finding) => finding.fix);
    if (fixable.length === 0) break;
    const { text: next, applied } = applyFixes(current, fixable.map((finding) => finding.fix!));
    const nextResult = lintText(next, options);
    if (syntaxProblemCount(nextResult) > syntaxProblemCount(result) || applied.length === 0) break;
    fixed.push(...fixable.filter((finding) => applied.includes(finding.fix!)));
    current = next;
    result = nextResult;
  }
  return { text: current, fixed, result };
}

function syntaxProblemCount(result: LintResult): number {
  return result.tree.syntaxProblems.length;
}
