import { type EmbeddedText, type InstanceBody, type JsonNode, type JsonTree, type Member, membersOf, type PollerResource } from '../engine';
import type { DocumentedObject } from './schemaDocs';

/**
 * Where a document offset stands in an instance body, as completion and hover need it: in which
 * object, at a key or a value, of which member, inside which string. Found in the tree the rules
 * read; inside a stringified poller configuration, in the JSON parsed from the string.
 */
export interface DocumentPlace {
  /** The tree the place is in: the document's, or the poller configuration's when it is a string. */
  readonly tree: JsonTree;
  /** The innermost object around the offset; undefined outside any (or inside an array). */
  readonly object: JsonNode | undefined;
  /** What the object is in the body's model, when it is one the schema documents. */
  readonly role: DocumentedObject | 'poller' | 'element' | undefined;
  readonly resource: PollerResource | undefined;
  readonly at: 'key' | 'value';
  /** The member whose key or value holds the offset; undefined where a new member would go. */
  readonly member: Member | undefined;
  /** The string literal the offset is inside (between its quotes). */
  readonly string: JsonNode | undefined;
  /** A literal value (true, 12, null) the offset touches. */
  readonly literal: JsonNode | undefined;
}

export function placeAt(body: InstanceBody, documentOffset: number): DocumentPlace {
  const outer = descend(body.tree, documentOffset);
  const poller = body.pollerConfiguration;
  if (poller?.form === 'string' && outer.string !== undefined && outer.string === poller.member.valueNode) {
    return describe(body, poller.tree, descend(poller.tree, documentOffset));
  }
  return describe(body, body.tree, outer);
}

/** The offset in `text` whose unit stands at (or covers) `documentOffset`: the inverse of the text's own mapping. */
export function textOffset(text: EmbeddedText, documentOffset: number): number {
  let low = 0;
  let high = text.text.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.documentOffset(mid) <= documentOffset) low = mid;
    else high = mid - 1;
  }
  return low;
}

interface Found {
  object: JsonNode | undefined;
  at: 'key' | 'value';
  member: Member | undefined;
  string: JsonNode | undefined;
  literal: JsonNode | undefined;
}

function descend(tree: JsonTree, documentOffset: number): Found {
  const offset = textOffset(tree.layer, documentOffset);
  const textEnd = tree.layer.text.length;
  const found: Found = { object: undefined, at: 'value', member: undefined, string: undefined, literal: undefined };
  let node = tree.root;
  // A loop, not recursion: bodies can nest thousands of levels deep.
  while (node && insideContainer(node, offset, textEnd)) {
    if (node.type === 'array') {
      found.object = undefined;
      found.member = undefined;
      node = node.children?.find((child) => insideContainer(child, offset, textEnd));
      continue;
    }
    found.object = node;
    found.at = 'key';
    found.member = membersOf(node).find((member) => member.node.offset <= offset && offset <= end(member.node, textEnd));
    const member = found.member;
    if (!member) break;
    const colon = member.node.colonOffset;
    if (colon === undefined || colon < 0 || offset <= colon) {
      if (insideString(tree, member.keyNode, offset)) found.string = member.keyNode;
      break;
    }
    found.at = 'value';
    const value = member.valueNode;
    if (!value) break;
    if (value.type === 'string') {
      if (insideString(tree, value, offset)) found.string = value;
      break;
    }
    if (value.type !== 'object' && value.type !== 'array') {
      if (value.offset <= offset && offset <= value.offset + value.length) found.literal = value;
      break;
    }
    node = value;
  }
  return found;
}

function describe(body: InstanceBody, tree: JsonTree, found: Found): DocumentPlace {
  const object = found.object;
  let role: DocumentPlace['role'];
  let resource: PollerResource | undefined;
  const poller = body.pollerConfiguration;
  if (object === undefined) {
    role = undefined;
  } else if (object === body.root) {
    role = 'body';
  } else if (object === body.configuration) {
    role = 'configuration';
  } else if (tree === body.tree && object === body.member('element')?.valueNode) {
    role = 'element';
  } else if (poller?.tree === tree && object === poller.root) {
    role = 'poller';
  } else if (poller?.tree === tree) {
    resource = poller.resources.find((candidate) => candidate.object === object || candidate.datesConfiguration === object);
    if (resource) role = resource.object === object ? 'resource' : 'dates';
  }
  return { tree, role, resource, ...found };
}

/** Strictly after the opening brace and not past the closing one; an unclosed container runs to the end. */
function insideContainer(node: JsonNode, offset: number, textEnd: number): boolean {
  return (node.type === 'object' || node.type === 'array') && node.offset < offset && offset < end(node, textEnd);
}

function insideString(tree: JsonTree, node: JsonNode, offset: number): boolean {
  const last = node.offset + node.length;
  const closed = node.length >= 2 && tree.layer.text[last - 1] === '"';
  return node.offset < offset && (closed ? offset < last : offset <= last);
}

function end(node: JsonNode, textEnd: number): number {
  return node.length < 0 ? textEnd : node.offset + node.length;
}
