import type { Finding, RuleLevel, Severity } from './types';
import { DocumentText } from './text/embeddedText';
import { type JsonTree, parseJson } from './json/jsonTree';
import { InstanceBody } from './model/instanceBody';
import type { LintOptions } from './linterOptions';
import type { Problem, Rule, RuleContext } from './rules/rule';
import { RULES } from './rules';

export interface InternalError {
  readonly ruleId: string;
  readonly error: unknown;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  /** False when the JSON is not an instance body: only the JSON rules ran. */
  readonly isInstance: boolean;
  /** Rules that threw: the rest of the findings stand; faces log these once. */
  readonly internalErrors: readonly InternalError[];
  /** The parsed document, for faces that go on to answer completion or hover. */
  readonly tree: JsonTree;
  readonly body: InstanceBody | undefined;
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  const tree = parseJson(new DocumentText(text));
  const body = InstanceBody.recognise(tree);
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  // One context for the whole run, pointed at each rule in turn (rules run one after another).
  let ruleId = '';
  let severity: Severity = 'error';
  const context: RuleContext = {
    tree,
    body,
    schemaChecks: options.schemaChecks ?? [],
    report: (problem: Problem) => {
      findings.push({ ruleId, severity, ...problem, message: boundedMessage(problem.message) });
    },
  };
  for (const rule of RULES) {
    const level = levelOf(rule, options);
    if (level === 'off' || (rule.meta.scope === 'instance' && !body)) continue;
    ruleId = rule.meta.id;
    severity = level;
    try {
      rule.check(context);
    } catch (error) {
      internalErrors.push({ ruleId, error });
    }
  }
  findings.sort(compareFindings);
  return { findings, isInstance: body !== undefined, internalErrors, tree, body };
}

const LONG_MESSAGE = 1000;
const LONG_QUOTE = /'([^'\n]{200,})'/g;

/**
 * Messages quote names and values; a value can be a megabyte. Rules shorten what they quote, and
 * this is the net under them: any quoted run of 200 characters or more is cut to its start.
 */
function boundedMessage(message: string): string {
  if (message.length <= LONG_MESSAGE) return message;
  return message.replace(LONG_QUOTE, (_, quoted: string) => `'${quoted.slice(0, 47)}…'`);
}

function levelOf(rule: Rule, options: LintOptions): RuleLevel {
  return options.rules?.[rule.meta.id] ?? rule.meta.severity;
}

function compareFindings(a: Finding, b: Finding): number {
  // Code-point order, not localeCompare: that would load ICU's collator (~16 ms) at the first tie, and
  // for rule ids (lower-case letters, digits and '-', ruleCatalogue.test.ts) both orders are the same.
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
