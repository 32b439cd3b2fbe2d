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

// Every rule asks for members and names of the same few objects: read each object once.
const membersCache = new WeakMap<Node, readonly Member[]>();
const lastByNameCache = new WeakMap<Node, ReadonlyMap<string, Member>>();
const NO_MEMBERS: readonly Member[] = [];

export function membersOf(object: Node | undefined): readonly Member[] {
  if (!object || object.type !== 'object' || !object.children) return NO_MEMBERS;
  let members = membersCache.get(object);
  if (!members) {
    const list: Member[] = [];
    for (const property of object.children) {
      const keyNode = property.children?.[0];
      if (!keyNode) continue;
      list.push({ name: String(keyNode.value), node: property, keyNode, valueNode: property.children?.[1] });
    }
    members = list;
    membersCache.set(object, members);
  }
  return members;
}

/** The member that wins, as in `JSON.parse`: the last one with that name. */
export function memberNamed(object: Node | undefined, name: string): Member | undefined {
  if (!object || object.type !== 'object') return undefined;
  let byName = lastByNameCache.get(object);
  if (!byName) {
    const map = new Map<string, Member>();
    for (const member of membersOf(object)) map.set(member.name, member);
    byName = map;
    lastByNameCache.set(object, byName);
  }
  return byName.get(name);
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
