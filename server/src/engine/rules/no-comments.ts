import { jsonRule } from './rule';
import { checkedTrees } from './support/trees';

/** The API parses strict JSON: a comment makes the whole request fail. */
export default jsonRule(
  {
    id: 'no-comments',
    severity: 'error',
    description: 'Comments are not JSON: the API refuses a body that has them.',
    fixable: 'safe',
  },
  (context) => {
    for (const { tree, where } of checkedTrees(context)) {
      const text = tree.layer.text;
      for (const comment of tree.comments) {
        const { start, end } = wholeLineIfAlone(text, comment.start, comment.end);
        context.report({
          range: tree.layer.documentRange(comment.start, comment.end),
          path: tree.pathPrefix,
          message: `${where}Comments are not allowed in JSON: the API rejects the body. Remove the comment (put notes in "name" or "tags" if they must travel with the instance).`,
          fix: { title: 'Remove the comment', edits: [tree.layer.replace(start, end, '')] },
        });
      }
    }
  },
);

/** A comment alone on its line goes with its line, so the fix leaves no blank line behind. */
function wholeLineIfAlone(text: string, start: number, end: number): { start: number; end: number } {
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  const atLineStart = lineStart === 0 || text[lineStart - 1] === '\n';
  const atLineEnd = lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
  if (!atLineStart || !atLineEnd) return { start, end };
  if (text[lineEnd] === '\r') lineEnd++;
  if (text[lineEnd] === '\n') lineEnd++;
  return { start: lineStart, end: lineEnd };
}
