/**
 * Which of our findings VS Code's own JSON validation already shows, so the Problems view lists
 * each problem once. VS Code (the built-in JSON extension, `json.validate.enable`) reports syntax
 * errors, trailing commas, duplicate keys and, in `json` but not `jsonc`, comments. Our four
 * syntax rules find the same things; where VS Code shows one, ours is held back from the Problems
 * view but kept for its quick fix (the middleware adds it back to code action requests).
 *
 * Only the document's own JSON is concerned: findings inside the JSON string of a stringified
 * `event.poller.configuration` are ours alone, as VS Code sees a string there.
 */

/** How VS Code's JSON validation treats one document. */
export interface JsonValidation {
  /** The built-in JSON extension is enabled and `json.validate.enable` is true for the document. */
  readonly enabled: boolean;
  readonly languageId: string;
  /** VS Code does not validate empty documents. */
  readonly documentIsEmpty: boolean;
}

/** What the filter needs to know of one of our diagnostics. */
export interface FindingFacts {
  /** The rule id (our diagnostics' code); undefined for anything else. */
  readonly ruleId: string | undefined;
  readonly message: string;
  /** The document text the diagnostic's range covers. */
  readonly coveredText: string;
}

/** The languages in which VS Code reports each problem our syntax rules find. */
const REPORTED_BY_VS_CODE: Readonly<Record<string, readonly string[]>> = {
  'invalid-json': ['json', 'jsonc'],
  // An error in json, a warning in jsonc.
  'no-trailing-commas': ['json', 'jsonc'],
  // jsonc allows comments.
  'no-comments': ['json'],
  'no-duplicate-keys': ['json', 'jsonc'],
};

/**
 * The engine starts every message about the JSON inside a string with this (rules/support/trees.ts);
 * a client test pins it against the engine's real output.
 */
const EMBEDDED_JSON_PREFIX = 'In the JSON string of ';

/** VS Code lets the key "//" repeat: JSON files without comments use it for notes. */
const REPEATABLE_KEY = '"//"';

export function shownByJsonValidation(finding: FindingFacts, validation: JsonValidation): boolean {
  if (!validation.enabled || validation.documentIsEmpty || finding.ruleId === undefined) return false;
  if (!REPORTED_BY_VS_CODE[finding.ruleId]?.includes(validation.languageId)) return false;
  if (finding.message.startsWith(EMBEDDED_JSON_PREFIX)) return false;
  return !(finding.ruleId === 'no-duplicate-keys' && finding.coveredText === REPEATABLE_KEY);
}

/** Our diagnostics split into those to show and those VS Code already shows. */
export function splitDuplicates<D>(diagnostics: readonly D[], validation: JsonValidation, facts: (diagnostic: D) => FindingFacts): { shown: D[]; hidden: D[] } {
  const shown: D[] = [];
  const hidden: D[] = [];
  for (const diagnostic of diagnostics) {
    (shownByJsonValidation(facts(diagnostic), validation) ? hidden : shown).push(diagnostic);
  }
  return { shown, hidden };
}

/** A diagnostic's code as the rule id: VS Code keeps a code with a link as `{ value, target }`. */
export function ruleIdOf(code: unknown): string | undefined {
  if (typeof code === 'string') return code;
  if (typeof code === 'object' && code !== null && typeof (code as { value?: unknown }).value === 'string') return (code as { value: string }).value;
  return undefined;
}
