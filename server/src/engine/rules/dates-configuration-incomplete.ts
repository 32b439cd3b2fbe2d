import type { Node } from 'jsonc-parser';
import { membersOf } from '../json/objects';
import { DATE_FIELD_NAMES, type DateKind } from '../model/pollerConfiguration';
import { instanceRule, type RuleContext } from './rule';
import { closestMatch } from './support/suggest';
import { addMembersSuggestion, stringTabStop } from './support/edits';
import type { SnippetPart } from '../text/snippets';
import { DATE_FIELDS, type FieldTable, REQUIRED_DATE_FIELDS, RESOURCE_FIELDS, type ResourceFields, resourceFields } from './support/pollerFields';

const WHY_UPDATED = 'the poller uses the updated date to keep only records changed since the last poll';
const WHY_CREATED = 'compares the created date with the updated date to label each event CREATED or UPDATED';

/**
 * The docs mark the field and format of both dates required (domain.md §3.3). Element defaults
 * leave unused pairs as `""`, so an all-empty pair passes; half a pair cannot be read.
 */
export default instanceRule(
  {
    id: 'dates-configuration-incomplete',
    severity: 'warning',
    description: "A resource's 'datesConfiguration' lacks a required date field or format, or sets one of a pair without the other.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const entry of resourceFields(body)) {
      const dates = entry.resource.datesConfiguration;
      // An empty object says no more than a missing one, which is allowed (domain.md §3.2).
      if (!dates || membersOf(dates).length === 0) continue;
      checkMissing(context, entry, dates);
      checkPair(context, entry, 'updated');
      checkPair(context, entry, 'created');
    }
  },
);

function checkMissing(context: RuleContext, entry: ResourceFields, dates: Node): void {
  // Nearly every configuration has all four: settled without building a list.
  if (hasAll(entry.dateFields, REQUIRED_DATE_FIELDS)) return;
  const { resource } = entry;
  const absent = REQUIRED_DATE_FIELDS.filter((field) => !entry.dateFields.member(field));
  // A misspelt or misplaced key is unknown-poller-field's: one finding for one slip.
  const slips = new Set<string>();
  for (const member of [...membersOf(dates), ...membersOf(resource.object)]) {
    if (DATE_FIELDS.includes(member.name) || RESOURCE_FIELDS.includes(member.name)) continue;
    const meant = closestMatch(member.name, DATE_FIELDS);
    if (meant) slips.add(meant);
  }
  for (const member of membersOf(resource.object)) {
    if (DATE_FIELDS.includes(member.name)) slips.add(member.name);
  }
  const missing = absent.filter((field) => !slips.has(field));
  if (missing.length === 0) return;
  const updated = missing.some((field) => field.startsWith('updated'));
  const created = missing.some((field) => field.startsWith('created'));
  const why = updated && created ? `${WHY_UPDATED} and ${WHY_CREATED}` : updated ? WHY_UPDATED : `the poller ${WHY_CREATED}`;
  const noCreated = created
    ? " If the API has no creation date, repeat the updated date's field and format and set 'filterByUpdatedDate': false."
    : '';
  const key = entry.fields.member('datesConfiguration')!.keyNode;
  context.report({
    range: resource.tree.range(key),
    path: resource.tree.path(key),
    message: `'datesConfiguration' of resource '${resource.name}' lacks ${list(missing)}, which CE's docs mark required: ${why}. Add ${missing.length > 1 ? 'them' : 'it'}.${noCreated}`,
    suggestions: addMembersSuggestion(
      resource.tree,
      dates,
      missing.map((name, i) => ({ name, value: name.endsWith('Format') ? formatChoices(i + 1) : stringTabStop(i + 1) })),
      `Add ${list(missing)}`,
    ),
  });
}

function hasAll(table: FieldTable, names: readonly string[]): boolean {
  for (const name of names) if (!table.member(name)) return false;
  return true;
}

/** A format is one of a few: the common ones offered as choices, the first with an offset that Java reads. */
function formatChoices(stop: number): SnippetPart[] {
  return ['"', { stop, choices: ["yyyy-MM-dd'T'HH:mm:ssXXX", 'milliseconds', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'yyyy-MM-dd HH:mm:ss'] }, '"'];
}

function checkPair(context: RuleContext, entry: ResourceFields, kind: DateKind): void {
  const field = entry.dateFields.member(DATE_FIELD_NAMES[kind].field)?.valueNode;
  const format = entry.dateFields.member(DATE_FIELD_NAMES[kind].format)?.valueNode;
  if (field?.type !== 'string' || format?.type !== 'string') return;
  const fieldSet = (field.value as string).trim() !== '';
  const formatSet = (format.value as string).trim() !== '';
  if (fieldSet === formatSet) return;
  const { tree } = entry.resource;
  const empty = fieldSet ? format : field;
  context.report({
    range: tree.range(empty),
    path: tree.path(empty),
    message: fieldSet
      ? `'${kind}DateFormat' is empty while '${kind}DateField' names a field: the poller cannot read those dates. `
        + `Write the field's format (a Java date pattern such as "yyyy-MM-dd'T'HH:mm:ssXXX", or 'milliseconds'), or empty both if the date is not used.`
      : `'${kind}DateField' is empty while '${kind}DateFormat' is set: the format has no field to read. `
        + `Name the response field that holds the ${kind} date, or empty both if it is not used.`,
  });
}

function list(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted[0];
}
