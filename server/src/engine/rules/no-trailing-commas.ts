import { jsonRule } from './rule';
import { checkedTrees } from './support/trees';

/** `[1, 2,]` parses in JavaScript and JSONC, not in the API's strict JSON parser. */
export default jsonRule(
  {
    id: 'no-trailing-commas',
    severity: 'error',
    description: 'A comma before a closing bracket or brace is not JSON: the API refuses the body.',
    fixable: 'safe',
  },
  (context) => {
    for (const { tree, where } of checkedTrees(context)) {
      for (const comma of tree.trailingCommas) {
        context.report({
          range: tree.layer.documentRange(comma.start, comma.end),
          path: tree.pathPrefix,
          message: `${where}Trailing comma: strict JSON allows no comma after the last entry. Remove it.`,
          fix: { title: 'Remove the trailing comma', edits: [tree.layer.replace(comma.start, comma.end, '')] },
        });
      }
    }
  },
);
