import type { Rule } from './rule';
import invalidJson from './invalid-json';
import noComments from './no-comments';
import noTrailingCommas from './no-trailing-commas';
import noDuplicateKeys from './no-duplicate-keys';

export const syntaxRules: readonly Rule[] = [invalidJson, noComments, noTrailingCommas, noDuplicateKeys];
