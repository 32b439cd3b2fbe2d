import type { Position, SelectionRange } from 'vscode-languageserver/node';
import { type EmbeddedText, type InstanceBody, type JsonNode, type JsonTree, type LineIndex, type OffsetRange } from '../engine';
import { toLspRange } from './conversions';
import { textOffset } from './documentPlace';

/**
 * For each position, the ranges a "expand selection" steps through, innermost first: a date
 * pattern's token, the pattern, the template part and the template, the string's content, the
 * string, the property, the object, and so on out to the document's root. Inside a stringified
 * poller configuration the steps go through the JSON in the string, then the string itself.
 */
export function selectionRanges(body: InstanceBody, lines: LineIndex, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = lines.offset(position);
    // Outermost first; each range lies within the one before it.
    const ranges = steps(body, offset);
    let parent: SelectionRange | undefined;
    let last: OffsetRange | undefined;
    for (const range of ranges) {
      if (last && last.start === range.start && last.end === range.end) continue;
      parent = { range: toLspRange(lines, range), parent };
      last = range;
    }
    return parent ?? { range: { start: position, end: position } };
  });
}

function steps(body: InstanceBody, offset: number): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  let tree = body.tree;
  let string = descend(tree, offset, ranges);
  const poller = body.pollerConfiguration;
  if (poller?.form === 'string' && string === poller.member.valueNode) {
    tree = poller.tree;
    string = descend(tree, offset, ranges);
  }
  if (string) ranges.push(...embeddedSteps(body, tree.content(string), offset));
  return ranges;
}

/** Adds the nodes around `offset`, outermost first, and the content of a string it is in; returns that string. */
function descend(tree: JsonTree, documentOffset: number, ranges: OffsetRange[]): JsonNode | undefined {
  const offset = textOffset(tree.layer, documentOffset);
  const end = (node: JsonNode): number => (node.length < 0 ? tree.layer.text.length : node.offset + node.length);
  let node = tree.root && tree.root.offset <= offset && offset <= end(tree.root) ? tree.root : undefined;
  // A loop, not recursion: bodies can nest thousands of levels deep.
  while (node) {
    ranges.push(tree.layer.documentRange(node.offset, end(node)));
    if (node.type === 'string') {
      const closed = node.length >= 2 && tree.layer.text[end(node) - 1] === '"';
      const contentEnd = closed ? end(node) - 1 : end(node);
      if (node.offset < offset && offset <= contentEnd) {
        ranges.push(tree.layer.documentRange(node.offset + 1, contentEnd));
        return node;
      }
      return undefined;
    }
    const children = node.children ?? [];
    // Between two touching children, the one that starts at the offset.
    node = children.find((child) => child.offset <= offset && offset < end(child)) ?? children.find((child) => child.offset <= offset && offset <= end(child));
  }
  return undefined;
}

/** The pieces of URL templates and date patterns in `content` around `offset`, outermost first. */
function embeddedSteps(body: InstanceBody, content: EmbeddedText, documentOffset: number): OffsetRange[] {
  const offset = textOffset(content, documentOffset);
  const spans: OffsetRange[] = [];
  const around = (start: number, end: number): boolean => start <= offset && offset < end;
  for (const site of body.embedded.urls) {
    if (site.text !== content || !around(site.start, site.end)) continue;
    spans.push({ start: site.start, end: site.end });
    for (const template of site.templates) {
      for (const span of [template.span, template.descriptorSpan, template.zoneSpan, template.argumentSpan]) {
        if (span && around(site.start + span.start, site.start + span.end)) spans.push({ start: site.start + span.start, end: site.start + span.end });
      }
    }
  }
  for (const site of body.embedded.datePatterns) {
    if (site.text !== content || !around(site.start, site.end)) continue;
    spans.push({ start: site.start, end: site.end });
    for (const token of site.pattern.tokens) {
      if (around(site.start + token.start, site.start + token.end)) spans.push({ start: site.start + token.start, end: site.start + token.end });
    }
  }
  // All the spans hold the offset and nest, so the longer one is the outer one.
  return spans.sort((a, b) => b.end - b.start - (a.end - a.start)).map((span) => content.documentRange(span.start, span.end));
}
