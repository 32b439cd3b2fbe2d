import { findNodeAtOffset } from 'jsonc-parser';
import { jsonRule } from './rule';
import { checkedTrees } from './support/trees';

/** The text must be JSON the API can parse; inside a stringified poller configuration too. */
export default jsonRule(
  {
    id: 'invalid-json',
    severity: 'error',
    description: 'The text (or the JSON string of event.poller.configuration) is not valid JSON.',
    fixable: 'none',
  },
  (context) => {
    for (const { tree, where } of checkedTrees(context)) {
      for (const problem of tree.syntaxProblems) {
        const node = tree.root && findNodeAtOffset(tree.root, problem.start);
        const end = Math.max(problem.end, problem.start);
        context.report({
          range: tree.layer.documentRange(problem.start, end),
          path: node ? tree.path(node) : tree.pathPrefix,
          message: where + problem.message,
        });
      }
    }
  },
);
