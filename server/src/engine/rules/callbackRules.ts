import type { Rule } from './rule';

export const callbackRules: readonly Rule[] = [];
