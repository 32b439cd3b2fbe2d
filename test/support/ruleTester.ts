import assert from 'node:assert/strict';
import type { Rule } from '../../server/src/engine/rules/rule';
import { RULES } from '../../server/src/engine/rules';
import { lintText } from '../../server/src/engine/linter';
import { applyFixes } from '../../server/src/engine/fixer';
import type { Finding, RuleLevel } from '../../server/src/engine/types';

export interface ExpectedFinding {
  /** The exact message, or a pattern it must match. */
  readonly message: string | RegExp;
  /** The exact document text the finding's range covers. */
  readonly text: string;
  /** Which occurrence of `text` in the input (0-based) the range starts at; 0 by default. */
  readonly occurrence?: number;
  /** The JSON path of the finding, when the test cares. */
  readonly path?: readonly (string | number)[];
}

export interface InvalidCase {
  readonly name?: string;
  readonly code: string;
  readonly findings: readonly ExpectedFinding[];
  /** The text after the rule's safe fixes; undefined asserts that there is no safe fix. */
  readonly output?: string;
  /** Each suggestion of the first finding that has any, as title and resulting text. */
  readonly suggestions?: readonly ExpectedSuggestion[];
}

export interface ExpectedSuggestion {
  readonly title: string;
  /** The text after the suggestion (a snippet's plain text: its defaults). */
  readonly output: string;
  /** For a snippet suggestion, the text of its one edit in snippet syntax; a suggestion without it must be no snippet. */
  readonly snippet?: string;
}

export interface RuleCases {
  readonly valid: readonly (string | { readonly name: string; readonly code: string })[];
  readonly invalid: readonly InvalidCase[];
}

/** Runs one rule alone over a table of cases, ESLint RuleTester style. */
export function testRule(rule: Rule, cases: RuleCases): void {
  const onlyThis: Record<string, RuleLevel> = Object.fromEntries(RULES.map((other) => [other.meta.id, other === rule ? rule.meta.severity : 'off']));
  const lint = (code: string) => lintText(code, { rules: onlyThis });
  assert.ok(RULES.includes(rule), `${rule.meta.id} is not registered in rules/index.ts`);

  describe(`rule ${rule.meta.id}`, () => {
    for (const valid of cases.valid) {
      const code = typeof valid === 'string' ? valid : valid.code;
      it(`valid: ${typeof valid === 'string' ? oneLine(valid) : valid.name}`, () => {
        const result = lint(code);
        assert.deepEqual(result.internalErrors, []);
        assert.deepEqual(result.findings.map(describeFinding(code)), []);
      });
    }
    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name ?? oneLine(invalid.code)}`, () => {
        const result = lint(invalid.code);
        assert.deepEqual(result.internalErrors, []);
        const actual = result.findings;
        assert.equal(actual.length, invalid.findings.length, `findings: ${JSON.stringify(actual.map(describeFinding(invalid.code)), null, 1)}`);
        invalid.findings.forEach((expected, index) => checkFinding(invalid.code, actual[index], expected));
        for (const finding of actual) assert.equal(finding.severity, rule.meta.severity);
        checkFixes(invalid, actual, lint, rule);
      });
    }
  });
}

function checkFinding(code: string, actual: Finding, expected: ExpectedFinding): void {
  if (typeof expected.message === 'string') assert.equal(actual.message, expected.message);
  else assert.match(actual.message, expected.message);
  const start = nthIndexOf(code, expected.text, expected.occurrence ?? 0);
  assert.ok(start >= 0, `'${expected.text}' does not occur in the input`);
  assert.deepEqual(
    { text: code.slice(actual.range.start, actual.range.end), start: actual.range.start },
    { text: expected.text, start },
    `range of "${actual.message}"`,
  );
  if (expected.path) assert.deepEqual(actual.path, expected.path);
}

function checkFixes(invalid: InvalidCase, actual: readonly Finding[], lint: (code: string) => ReturnType<typeof lintText>, rule: Rule): void {
  const fixes = actual.filter((finding) => finding.fix).map((finding) => finding.fix!);
  if (invalid.output === undefined) {
    assert.deepEqual(fixes, [], 'a safe fix was offered but the case expects none');
  } else {
    assert.notEqual(fixes.length, 0, 'the case expects a safe fix');
    assert.ok(rule.meta.fixable === 'safe', `${rule.meta.id} offers a safe fix but its meta says ${rule.meta.fixable}`);
    const { text } = applyFixes(invalid.code, fixes);
    assert.equal(text, invalid.output);
    assertFixedTextIsSound(text, lint, actual.length);
  }
  if (invalid.suggestions) {
    const suggested = actual.find((finding) => finding.suggestions?.length);
    const suggestions = suggested?.suggestions ?? [];
    assert.deepEqual(
      suggestions.map((fix) => ({ title: fix.title, output: applyFixes(invalid.code, [fix]).text, ...(fix.snippet ? { snippet: fix.edits.map((edit) => edit.newText).join('') } : {}) })),
      invalid.suggestions,
    );
    for (const fix of suggestions) assertSuggestionIsSound(applyFixes(invalid.code, [fix]).text, lint, actual, suggested!);
  }
}

/** A fix leaves text that parses and has fewer findings of the rule than before. */
function assertFixedTextIsSound(text: string, lint: (code: string) => ReturnType<typeof lintText>, before: number): void {
  const after = lint(text);
  assert.deepEqual(after.tree.syntaxProblems, [], `the fixed text does not parse:\n${text}`);
  assert.ok(after.findings.length < before, `the fix did not remove a finding:\n${text}`);
}

/**
 * A suggestion leaves text that parses and takes its finding away. A snippet may leave the same
 * rule saying something else: an added key waits, empty, for the user to type its value.
 */
function assertSuggestionIsSound(text: string, lint: (code: string) => ReturnType<typeof lintText>, before: readonly Finding[], finding: Finding): void {
  const after = lint(text);
  assert.deepEqual(after.tree.syntaxProblems, [], `the suggestion's text does not parse:\n${text}`);
  const same = (other: Finding) => other.message === finding.message;
  assert.ok(after.findings.filter(same).length < before.filter(same).length, `the suggestion did not remove its finding:\n${text}`);
  assert.ok(after.findings.length <= before.length, `the suggestion brought a new finding:\n${text}`);
}

function nthIndexOf(text: string, part: string, n: number): number {
  let index = -1;
  for (let i = 0; i <= n; i++) {
    index = text.indexOf(part, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

function describeFinding(code: string) {
  return (finding: Finding) => ({ message: finding.message, text: code.slice(finding.range.start, finding.range.end), start: finding.range.start });
}

function oneLine(code: string): string {
  const flat = code.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
}
