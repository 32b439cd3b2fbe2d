import type { Node } from 'jsonc-parser';

/** One `"key": value` member of an object node. */
export interface Member {
  readonly name: string;
  /** The property node (key and value). */
  readonly node: Node;
  /** The key's string node. */
  readonly keyNode: Node;
  /** Undefined when the text breaks off after the key. */
  readonly valueNode: Node | undefined;
}

export function membersOf(object: Node | undefined): Member[] {
  if (!object || object.type !== 'object' || !object.children) return [];
  const members: Member[] = [];
  for (const property of object.children) {
    const keyNode = property.children?.[0];
    if (!keyNode) continue;
    members.push({ name: String(keyNode.value), node: property, keyNode, valueNode: property.children?.[1] });
  }
  return members;
}

/** The member that wins, as in `JSON.parse`: the last one with that name. */
export function memberNamed(object: Node | undefined, name: string): Member | undefined {
  const members = membersOf(object);
  for (let i = members.length - 1; i >= 0; i--) {
    if (members[i].name === name) return members[i];
  }
  return undefined;
}

/** A short name for a node's JSON type, as messages say it. */
export function jsonTypeName(node: Node | undefined): string {
  if (!node) return 'nothing';
  if (node.type === 'number') return Number.isInteger(node.value) ? 'an integer' : 'a number';
  switch (node.type) {
    case 'object': return 'an object';
    case 'array': return 'an array';
    case 'string': return 'a string';
    case 'boolean': return 'a boolean';
    case 'null': return 'null';
    default: return 'a value';
  }
}
