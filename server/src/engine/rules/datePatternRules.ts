import type { Rule } from './rule';

export const datePatternRules: readonly Rule[] = [];
