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
    fixable: 'safe',
  },
  (context) => {
    for (const { tree, where } of checkedTrees(context)) {
      for (const problem of mergeJunkRuns(tree.syntaxProblems, tree.layer.text)) {
        const node = tree.root && findNodeAtOffset(tree.root, problem.start);
        const end = Math.max(problem.end, problem.start);
        const range = tree.layer.documentRange(problem.start, end);
        const path = node ? tree.path(node) : tree.pathPrefix;
        if (isByteOrderMark(problem, tree.layer.text)) {
          context.report({ range, path, message: `${where}${BOM_MESSAGE}`, fix: { title: 'Remove the byte order mark', edits: [tree.layer.replace(0, 1, '')] } });
          continue;
        }
        context.report({ range, path, message: where + problem.message });
      }
    }
  },
);

// Editors and tools that write "UTF-8 with BOM" put U+FEFF first; JSON (RFC 8259 §8.1) must not start with it.
const BOM_MESSAGE = 'The text starts with a byte order mark (U+FEFF), which JSON does not allow: a strict parser, like the API\'s, rejects the body. Remove it (save the file as UTF-8 without BOM).';

function isByteOrderMark(problem: SyntaxProblem, text: string): boolean {
  return problem.start === 0 && problem.code === ParseErrorCode.InvalidSymbol && text.charCodeAt(0) === 0xfeff;
}

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
