import { findNodeAtOffset, ParseErrorCode } from 'jsonc-parser';
import type { SyntaxProblem } from '../json/jsonTree';
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
      for (const problem of mergeJunkRuns(tree.syntaxProblems, tree.layer.text)) {
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

const JUNK_RUN_MESSAGE = 'Unexpected text: this is not JSON.';

/**
 * The parser reports each word of pasted non-JSON (`{% include ... %}`, `curl -X POST`) on its own;
 * a run of them on one line is one mistake, reported once over the whole run.
 */
function mergeJunkRuns(problems: readonly SyntaxProblem[], text: string): SyntaxProblem[] {
  const merged: SyntaxProblem[] = [];
  for (const problem of problems) {
    const last = merged[merged.length - 1];
    if (
      last && isJunk(last) && isJunk(problem) && problem.start >= last.end
      && !/[\r\n]/.test(text.slice(last.end, problem.start))
    ) {
      merged[merged.length - 1] = { code: last.code, start: last.start, end: problem.end, message: JUNK_RUN_MESSAGE };
    } else {
      merged.push(problem);
    }
  }
  return merged;
}

function isJunk(problem: SyntaxProblem): boolean {
  return problem.code === ParseErrorCode.InvalidSymbol;
}
