import type { Rule } from './rule';

export const templateRules: readonly Rule[] = [];
