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

/**
 * An object node with what has been read of it. Every rule asks for the members of the same few
 * objects, so each object is read once; the reading is kept on the node itself because a WeakMap
 * with an entry per node makes V8's garbage collector work hard on large documents.
 */
interface ObjectNodeCache extends Node {
  membersRead?: readonly Member[];
  lastMemberByName?: ReadonlyMap<string, Member>;
}

const NO_MEMBERS: readonly Member[] = [];

export function membersOf(object: Node | undefined): readonly Member[] {
  if (!object || object.type !== 'object' || !object.children) return NO_MEMBERS;
  const cached = object as ObjectNodeCache;
  if (!cached.membersRead) {
    const list: Member[] = [];
    for (const property of object.children) {
      const keyNode = property.children?.[0];
      if (!keyNode) continue;
      list.push({ name: String(keyNode.value), node: property, keyNode, valueNode: property.children?.[1] });
    }
    cached.membersRead = list;
  }
  return cached.membersRead;
}

/** The member that wins, as in `JSON.parse`: the last one with that name. */
export function memberNamed(object: Node | undefined, name: string): Member | undefined {
  if (!object || object.type !== 'object') return undefined;
  const members = membersOf(object);
  // A scan from the end beats building a map for the small objects instance bodies are made of.
  if (members.length <= 16) {
    for (let i = members.length - 1; i >= 0; i--) if (members[i].name === name) return members[i];
    return undefined;
  }
  const cached = object as ObjectNodeCache;
  if (!cached.lastMemberByName) {
    const map = new Map<string, Member>();
    for (const member of membersOf(object)) map.set(member.name, member);
    cached.lastMemberByName = map;
  }
  return cached.lastMemberByName.get(name);
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
