import type { Node } from 'jsonc-parser';
import type { Fix, TextEdit } from '../../types';
import type { JsonTree } from '../../json/jsonTree';
import type { Member } from '../../json/objects';
import { type SnippetPart, snippetEdit } from '../../text/snippets';

/** Replaces a whole node of `tree` by JSON source text (escaped for the layer it lives in). */
export function replaceNode(tree: JsonTree, node: Node, json: string): TextEdit {
  return tree.layer.replace(node.offset, node.offset + node.length, json);
}

/** Renames a member's key. */
export function renameKey(tree: JsonTree, member: Member, name: string): TextEdit {
  return replaceNode(tree, member.keyNode, JSON.stringify(name));
}

/**
 * Removes a member with the comma that separates it from a neighbour, so the object stays valid:
 * the comma after it, or (for the last member) the one before it.
 */
export function removeMember(tree: JsonTree, member: Member, knownIndex?: number): TextEdit {
  const object = member.node.parent;
  const siblings = object?.children ?? [];
  // Callers that remove many members of one object pass the index: a search each time is quadratic.
  const index = knownIndex ?? siblings.indexOf(member.node);
  const text = tree.layer.text;
  const start = member.node.offset;
  const end = member.node.offset + member.node.length;
  if (index >= 0 && index < siblings.length - 1) {
    // Up to the next member: takes the comma and the white space after it.
    return tree.layer.replace(lineStartIfBlank(text, start), lineStartIfBlank(text, siblings[index + 1].offset), '');
  }
  if (index > 0) {
    const previous = siblings[index - 1];
    return tree.layer.replace(previous.offset + previous.length, end, '');
  }
  return tree.layer.replace(start, end, '');
}

/** The start of the line when only white space precedes `offset` on it, else `offset`. */
function lineStartIfBlank(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i > 0 && (text[i - 1] === '\n' || text[i - 1] === '\r') ? i : offset;
}

/** A member to add: its name, and its value as snippet parts (JSON text with tab stops). */
export interface NewMember {
  readonly name: string;
  readonly value: readonly SnippetPart[];
}

/**
 * Adds members at the end of an object, laid out as its members are (one per line with their
 * indentation, or all on one line), as a snippet edit: the tab stops in the values are where the
 * user types. Inside a stringified poller configuration the text is escaped for the string.
 */
export function addMembers(tree: JsonTree, object: Node, members: readonly NewMember[]): TextEdit {
  const text = tree.layer.text;
  const properties = object.children ?? [];
  const parts: SnippetPart[] = [];
  if (properties.length === 0) {
    members.forEach((member, i) => parts.push(i === 0 ? '' : ', ', `${JSON.stringify(member.name)}: `, ...member.value));
    return snippetEdit(tree.layer, object.offset + 1, object.offset + 1, parts);
  }
  const first = properties[0];
  const last = properties[properties.length - 1];
  const multiline = text.slice(object.offset, first.offset).includes('\n');
  const separator = multiline ? `,\n${text.slice(lineStartIfBlank(text, first.offset), first.offset)}` : ', ';
  for (const member of members) parts.push(separator, `${JSON.stringify(member.name)}: `, ...member.value);
  const at = last.offset + last.length;
  return snippetEdit(tree.layer, at, at, parts);
}

/**
 * Members can be added only where the JSON parsed cleanly: in broken JSON the tolerant parser's idea
 * of where an object ends is a guess, and text added there could land outside it.
 */
export function addMembersSuggestion(tree: JsonTree, object: Node, members: readonly NewMember[], title: string): Fix[] | undefined {
  if (tree.syntaxProblems.length > 0) return undefined;
  return [{ title, snippet: true, edits: [addMembers(tree, object, members)] }];
}

/** A JSON string value that is one tab stop: empty, or with a default the user types over. */
export function stringTabStop(stop: number, text = ''): SnippetPart[] {
  return ['"', { stop, text }, '"'];
}
