import type { Node } from 'jsonc-parser';
import { type JsonTree, parseJson } from '../json/jsonTree';
import { type Member, memberNamed, membersOf } from '../json/objects';

/**
 * `event.poller.configuration` as written: an object (what requests send) or a string holding the
 * same JSON (what responses and element defaults hold, and what people paste). In string form the
 * string's content is parsed as JSON of its own, and positions map back through both levels.
 */
export interface PollerConfiguration {
  readonly form: 'object' | 'string';
  /** The member in the document. */
  readonly member: Member;
  /** The tree the resources live in: the document, or the JSON parsed from the string. */
  readonly tree: JsonTree;
  /** The configuration object, when the value is (or holds) one. */
  readonly root: Node | undefined;
  readonly resources: readonly PollerResource[];
}

/** One polled resource: `"contacts": { "url": ..., "idField": ..., "datesConfiguration": {...} }`. */
export interface PollerResource {
  readonly name: string;
  readonly member: Member;
  readonly tree: JsonTree;
  /** The resource object, when it is one. */
  readonly object: Node | undefined;
  field(name: string): Member | undefined;
  /** The `datesConfiguration` object, when it is one. */
  readonly datesConfiguration: Node | undefined;
}

export type DateKind = 'updated' | 'created';

/**
 * The date fields of each kind, spelt out once: a name built at run time (`${kind}DateFormat`) is a
 * new string that every lookup has to compare letter by letter, where a literal compares by identity.
 */
export const DATE_FIELD_NAMES = {
  updated: { field: 'updatedDateField', format: 'updatedDateFormat', timezone: 'updatedDateTimezone' },
  created: { field: 'createdDateField', format: 'createdDateFormat', timezone: 'createdDateTimezone' },
} as const;

export function readPollerConfiguration(document: JsonTree, member: Member): PollerConfiguration | undefined {
  const value = member.valueNode;
  if (!value) return undefined;
  if (value.type === 'string') {
    const tree = parseJson(document.content(value), document.path(value));
    const root = tree.root?.type === 'object' ? tree.root : undefined;
    return { form: 'string', member, tree, root, resources: readResources(tree, root) };
  }
  const root = value.type === 'object' ? value : undefined;
  return { form: 'object', member, tree: document, root, resources: readResources(document, root) };
}

function readResources(tree: JsonTree, root: Node | undefined): PollerResource[] {
  return membersOf(root).map((member) => new Resource(member, tree));
}

/** A class, not an object literal with a closure: a large configuration has thousands of resources. */
class Resource implements PollerResource {
  readonly name: string;
  readonly object: Node | undefined;
  readonly datesConfiguration: Node | undefined;

  constructor(
    readonly member: Member,
    readonly tree: JsonTree,
  ) {
    this.name = member.name;
    this.object = member.valueNode?.type === 'object' ? member.valueNode : undefined;
    const dates = memberNamed(this.object, 'datesConfiguration')?.valueNode;
    this.datesConfiguration = dates?.type === 'object' ? dates : undefined;
  }

  field(name: string): Member | undefined {
    return memberNamed(this.object, name);
  }
}
