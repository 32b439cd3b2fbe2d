import type { Rule } from './rule';

export const pollerRules: readonly Rule[] = [];
