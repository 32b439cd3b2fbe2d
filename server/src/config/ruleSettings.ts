import { RULES } from '../engine/rules';
import { RULE_DOCS_BASE } from '../engine/rules/docs';
import { closestMatch } from '../engine/rules/support/suggest';
import type { RuleLevel } from '../engine/types';

/** A level a config may set. The engine also knows `hint`, which only editors show, so configs leave it out. */
export type ConfigRuleLevel = Exclude<RuleLevel, 'hint'>;

export const CONFIG_RULE_LEVELS: readonly ConfigRuleLevel[] = ['off', 'info', 'warning', 'error'];

const LEVEL_LIST = '"off", "info", "warning" or "error"';

/** Why `id` is not a rule id, or undefined when it is one. */
export function unknownRuleProblem(id: string): string | undefined {
  const ids = RULES.map((rule) => rule.meta.id);
  if (ids.includes(id)) return undefined;
  const suggestion = closestMatch(id, ids);
  return suggestion
    ? `Unknown rule "${id}". Did you mean "${suggestion}"?`
    : `Unknown rule "${id}". Use one of the rule ids listed at ${RULE_DOCS_BASE}.`;
}

/** Why `level` cannot be set on rule `id`, or undefined when it can. */
export function ruleLevelProblem(id: string, level: unknown): string | undefined {
  if (CONFIG_RULE_LEVELS.includes(level as ConfigRuleLevel)) return undefined;
  if (level === 'hint') return `Level "hint" is not available in configuration (rule "${id}"): use ${LEVEL_LIST}.`;
  return `Invalid level ${JSON.stringify(level)} for rule "${id}": use ${LEVEL_LIST}.`;
}
