import type { Rule } from './rule';
import { syntaxRules } from './syntaxRules';
import { structureRules } from './structureRules';
import { callbackRules } from './callbackRules';
import { pollerRules } from './pollerRules';
import { datePatternRules } from './datePatternRules';
import { templateRules } from './templateRules';

/** Every rule, in the order rule lists show them; each group file lists its own. */
export const RULES: readonly Rule[] = [
  ...syntaxRules,
  ...structureRules,
  ...callbackRules,
  ...pollerRules,
  ...datePatternRules,
  ...templateRules,
];
