import type { Rule } from './rule';
import invalidJson from './invalid-json';
import noComments from './no-comments';
import noTrailingCommas from './no-trailing-commas';
import noDuplicateKeys from './no-duplicate-keys';

/** Every rule, in the order rule lists show them. */
export const RULES: readonly Rule[] = [
  invalidJson,
  noComments,
  noTrailingCommas,
  noDuplicateKeys,
];
