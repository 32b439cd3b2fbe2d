import type { FoldingRange } from 'vscode-languageserver/node';
import { type JsonNode, type JsonTree, type LineIndex } from '../engine';

/**
 * A fold for every object and array of the document's tree that spans more than one line. The fold
 * ends on the line before the closing bracket when the bracket starts its line, so the bracket stays
 * in sight, as JSON editors do. A stringified poller configuration is one line: it never folds.
 */
export function foldingRanges(tree: JsonTree, lines: LineIndex): FoldingRange[] {
  const text = lines.text;
  const ranges: FoldingRange[] = [];
  // A stack, not recursion: bodies can nest thousands of levels deep.
  const pending: JsonNode[] = tree.root ? [tree.root] : [];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type === 'object' || node.type === 'array') {
      const range = containerFold(lines, text, node);
      if (range) ranges.push(range);
    }
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) pending.push(node.children![i]);
  }
  return ranges;
}

function containerFold(lines: LineIndex, text: string, node: JsonNode): FoldingRange | undefined {
  const startLine = lines.position(node.offset).line;
  // An unclosed container runs to the end of the text.
  const closed = node.length >= 0 && '}]'.includes(text[node.offset + node.length - 1] ?? '');
  const close = closed ? lines.position(node.offset + node.length - 1) : lines.position(text.length);
  const bracketStartsLine = closed && /^\s*$/.test(text.slice(lines.offset({ line: close.line, character: 0 }), node.offset + node.length - 1));
  const endLine = bracketStartsLine ? close.line - 1 : close.line;
  return endLine > startLine ? { startLine, endLine } : undefined;
}
