import type { Finding, Fix, TextEdit } from './types';
import type { LintOptions } from './linterOptions';
import { lintText, type LintResult } from './linter';
import { snippetPlainText } from './text/snippets';

export interface AppliedFixes {
  readonly text: string;
  /** The fixes that went in; a fix that overlaps one before it waits for the next pass. */
  readonly applied: readonly Fix[];
}

/**
 * Applies as many of `fixes` as do not overlap, each fix whole or not at all; a snippet goes in as its
 * plain text. Linear in the text and about n log n in the fixes: a file can have 100,000 of them.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const accepted: Fix[] = [];
  const taken = new TakenEdits();
  for (const fix of fixes) {
    if (fix.edits.some((edit) => taken.overlaps(edit))) continue;
    // Edits of one fix must not overlap each other either.
    const edits = fix.snippet ? fix.edits.map((edit) => ({ ...edit, newText: snippetPlainText(edit.newText) })) : fix.edits;
    if (!taken.addAll(edits)) continue;
    accepted.push(fix);
  }
  const pieces: string[] = [];
  let at = 0;
  for (const edit of taken.inOrder()) {
    pieces.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), applied: accepted };
}

/** The edits taken so far, kept sorted by position; fixes mostly come in document order, so most go at the end. */
class TakenEdits {
  private readonly edits: TextEdit[] = [];

  overlaps(edit: TextEdit): boolean {
    const i = this.insertionPoint(edit);
    return (i > 0 && overlaps(this.edits[i - 1], edit)) || (i < this.edits.length && overlaps(this.edits[i], edit));
  }

  /** Adds the edits of one fix, or none of them when two of them overlap. */
  addAll(edits: readonly TextEdit[]): boolean {
    const added: TextEdit[] = [];
    for (const edit of edits) {
      if (this.overlaps(edit)) {
        for (const undo of added) this.edits.splice(this.edits.indexOf(undo), 1);
        return false;
      }
      this.edits.splice(this.insertionPoint(edit), 0, edit);
      added.push(edit);
    }
    return true;
  }

  inOrder(): readonly TextEdit[] {
    return this.edits;
  }

  /** Where `edit` goes among the sorted edits (after those that start before it, or at it and end no later). */
  private insertionPoint(edit: TextEdit): number {
    const edits = this.edits;
    const last = edits[edits.length - 1];
    if (!last || compareEdits(last, edit) <= 0) return edits.length;
    let low = 0;
    let high = edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareEdits(edits[mid], edit) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function compareEdits(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
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
    // A Set and a loop: a file can have 100,000 fixes, too many to spread into one call or to search in turn.
    const appliedFixes = new Set(applied);
    for (const finding of fixable) if (appliedFixes.has(finding.fix!)) fixed.push(finding);
    current = next;
    result = nextResult;
  }
  return { text: current, fixed, result };
}

function syntaxProblemCount(result: LintResult): number {
  return result.tree.syntaxProblems.length;
}
