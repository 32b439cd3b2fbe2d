import type { Node } from 'jsonc-parser';
import type { TextEdit } from '../../types';
import type { JsonTree } from '../../json/jsonTree';
import type { Member } from '../../json/objects';

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
export function removeMember(tree: JsonTree, member: Member): TextEdit {
  const object = member.node.parent;
  const siblings = object?.children ?? [];
  const index = siblings.indexOf(member.node);
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
