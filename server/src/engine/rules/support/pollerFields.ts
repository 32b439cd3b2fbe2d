import type { Node } from 'jsonc-parser';
import type { TextEdit } from '../../types';
import type { JsonTree } from '../../json/jsonTree';
import { type Member, memberNamed, membersOf } from '../../json/objects';
import type { InstanceBody } from '../../model/instanceBody';
import { DATE_FIELD_NAMES, type PollerResource } from '../../model/pollerConfiguration';
import { isPlaceholder } from './placeholders';
import { closestMatch } from './suggest';
import { removeMember } from './edits';
import { perBody } from './perBody';

/** The fields of one poller resource (domain.md §3.2); `xPath` is rare but real. */
export const RESOURCE_FIELDS: readonly string[] = [
  'url', 'idField', 'datesConfiguration', 'filterByUpdatedDate', 'filterByCurrentDate',
  'createdCheckTolerance', 'pageSize', 'pollDelay', 'xPath',
];

/** The fields of `datesConfiguration` (domain.md §3.3): each kind's field, format and time zone. */
export const DATE_FIELDS: readonly string[] = (['updated', 'created'] as const).flatMap((kind) => {
  const names = DATE_FIELD_NAMES[kind];
  return [names.field, names.format, names.timezone];
});

/** The date fields the docs mark required; the time zones are optional. */
export const REQUIRED_DATE_FIELDS: readonly string[] = (['updated', 'created'] as const).flatMap((kind) => [DATE_FIELD_NAMES[kind].field, DATE_FIELD_NAMES[kind].format]);

/** What `datesConfiguration` may hold: the six date fields, and HubSpot's `createdCheckTolerance`. */
export const DATES_CONFIGURATION_FIELDS: readonly string[] = [...DATE_FIELDS, 'createdCheckTolerance'];

/** The resources of `event.poller.configuration`, in object or string form. */
function pollerResources(body: InstanceBody): readonly PollerResource[] {
  return body.pollerConfiguration?.resources ?? [];
}

/**
 * The members of an object sorted by the documented fields once, so that the poller rules' many
 * questions (a dozen fields per resource, thousands of resources) are answered without scanning
 * the members and comparing their names again each time. Sorted when first asked.
 */
export class FieldTable {
  /** The member that wins for each documented field (the last, as in `JSON.parse`), by its place in `names`. */
  private winners: (Member | undefined)[] | undefined = undefined;
  private unlisted: Member[] | undefined = undefined;

  constructor(
    private readonly object: Node | undefined,
    private readonly names: readonly string[],
  ) {}

  /** The same answer as `memberNamed(object, name)`. */
  member(name: string): Member | undefined {
    const place = this.names.indexOf(name);
    return place < 0 ? memberNamed(this.object, name) : (this.winners ?? this.sort())[place];
  }

  /** Members whose names are not documented fields, in document order; undefined when there are none. */
  get others(): readonly Member[] | undefined {
    if (!this.winners) this.sort();
    return this.unlisted;
  }

  private sort(): (Member | undefined)[] {
    const winners = new Array<Member | undefined>(this.names.length).fill(undefined);
    let unlisted: Member[] | undefined;
    for (const member of membersOf(this.object)) {
      // A scan of the few names, not a Map: a Map would hash each freshly parsed key, which costs more.
      const place = this.names.indexOf(member.name);
      if (place < 0) (unlisted ??= []).push(member);
      else winners[place] = member;
    }
    this.unlisted = unlisted;
    this.winners = winners;
    return winners;
  }
}

/** A poller resource with its fields, and those of its `datesConfiguration` object, sorted once. */
export class ResourceFields {
  readonly fields: FieldTable;
  /** Empty when `datesConfiguration` is missing or not an object. */
  readonly dateFields: FieldTable;

  constructor(readonly resource: PollerResource) {
    this.fields = new FieldTable(resource.object, RESOURCE_FIELDS);
    this.dateFields = new FieldTable(resource.datesConfiguration, DATES_CONFIGURATION_FIELDS);
  }
}

/** Every resource of the body with its fields sorted; built once per body, shared by the poller rules. */
export const resourceFields: (body: InstanceBody) => readonly ResourceFields[] = perBody((body) => pollerResources(body).map((resource) => new ResourceFields(resource)));

/** A string value that is all documentation placeholder: `no-placeholders` speaks for it. */
export function isPlaceholderValue(node: Node | undefined): boolean {
  return node?.type === 'string' && isPlaceholder(node.value as string);
}

/**
 * Whether `object` has a key that is a slip for `field` (`idfield` for `idField`): such a key is
 * `unknown-poller-field`'s to report, so other rules do not also call the field missing.
 */
export function hasSlipFor(object: Node | undefined, field: string, known: readonly string[]): boolean {
  return membersOf(object).some((member) => !known.includes(member.name) && closestMatch(member.name, known) === field);
}

/** `null` or a blank string: what API responses show for a key that is not set (domain.md §1.4). */
export function isUnsetValue(node: Node | undefined): boolean {
  return node?.type === 'null' || (node?.type === 'string' && (node.value as string).trim() === '');
}

/** The element key as the `GET /elements/{key}/configuration` hint should name it. */
export function elementKeyForHint(body: InstanceBody): string {
  const key = memberNamed(body.member('element')?.valueNode, 'key')?.valueNode;
  if (key?.type === 'string' && /^[\w.-]{1,64}$/.test(key.value as string)) return key.value as string;
  return '{key}';
}

/**
 * Adds a member (`entry` is its JSON text in the tree's layer) at the end of `object`, on a line of
 * its own when the last member stands on one.
 */
function appendMember(tree: JsonTree, object: Node, entry: string): TextEdit {
  const members = object.children ?? [];
  if (members.length === 0) return tree.layer.replace(object.offset + 1, object.offset + 1, entry);
  const last = members[members.length - 1];
  const end = last.offset + last.length;
  return tree.layer.replace(end, end, `,${separatorBefore(tree.layer.text, last.offset)}${entry}`);
}

/**
 * Moves a member to the end of another object of the same tree (one that does not contain it),
 * under `name` (its own by default). The value goes as written.
 */
export function moveMember(tree: JsonTree, member: Member, target: Node, name = member.name): TextEdit[] {
  const afterKey = tree.layer.text.slice(member.keyNode.offset + member.keyNode.length, member.node.offset + member.node.length);
  return [removeMember(tree, member), appendMember(tree, target, JSON.stringify(name) + afterKey)];
}

/** The line break and indentation before `offset` when it starts a line, else one space. */
function separatorBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === 0 || text[i - 1] !== '\n') return ' ';
  const lineBreak = text[i - 2] === '\r' ? '\r\n' : '\n';
  return lineBreak + text.slice(i, offset);
}
