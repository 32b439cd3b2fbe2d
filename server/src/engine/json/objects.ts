import type { Node } from 'jsonc-parser';
import { TreeNode } from './jsonTree';

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

const NO_MEMBERS: readonly Member[] = [];

/** The members of an object node, in document order. */
export function membersOf(object: Node | undefined): readonly Member[] {
  if (!object || object.type !== 'object' || !object.children) return NO_MEMBERS;
  // Our trees' property nodes are their own members; a node of another parser's tree is read here.
  if (object instanceof TreeNode) return object.children as unknown as readonly Member[];
  const list: Member[] = [];
  for (const property of object.children) {
    const keyNode = property.children?.[0];
    if (keyNode) list.push({ name: String(keyNode.value), node: property, keyNode, valueNode: property.children?.[1] });
  }
  return list;
}

/** The member that wins, as in `JSON.parse`: the last one with that name. */
export function memberNamed(object: Node | undefined, name: string): Member | undefined {
  if (!(object instanceof TreeNode)) return object?.type === 'object' ? lastNamed(membersOf(object), name) : undefined;
  if (object.type !== 'object' || !object.children) return undefined;
  const properties = object.children;
  // A scan from the end beats building a map for the small objects instance bodies are made of.
  // It runs for nearly every question a rule asks, so it is written out here and reads each key
  // node itself (a property's first child) rather than call the `name` getter.
  if (properties.length <= 16) {
    for (let i = properties.length - 1; i >= 0; i--) {
      if (properties[i].children![0].value === name) return properties[i] as unknown as Member;
    }
    return undefined;
  }
  // Our property nodes are their own members (see membersOf).
  const members = properties as unknown as readonly Member[];
  if (!(object.cache instanceof Map)) {
    const map = new Map<string, Member>();
    for (const member of members) map.set(member.name, member);
    object.cache = map;
  }
  return (object.cache as ReadonlyMap<string, Member>).get(name);
}

/** The same for a node of another parser's tree. */
function lastNamed(members: readonly Member[], name: string): Member | undefined {
  for (let i = members.length - 1; i >= 0; i--) if (members[i].name === name) return members[i];
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
