import type { Node } from 'jsonc-parser';
import { memberNamed, membersOf } from '../json/objects';
import { DATE_FIELD_NAMES, type DateKind, type PollerResource } from '../model/pollerConfiguration';
import { instanceRule, type RuleContext } from './rule';
import { closestMatch } from './support/suggest';
import { addMembersSuggestion, stringTabStop } from './support/edits';
import type { SnippetPart } from '../text/snippets';
import { DATE_FIELDS, datesMember, pollerResources, REQUIRED_DATE_FIELDS, RESOURCE_FIELDS } from './support/pollerFields';


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
    for (const resource of pollerResources(body)) {
      const dates = resource.datesConfiguration;
      // An empty object says no more than a missing one, which is allowed (domain.md §3.2).
      if (!dates || membersOf(dates).length === 0) continue;
      checkMissing(context, resource, dates);
      for (const kind of ['updated', 'created'] as const) checkPair(context, resource, dates, kind);
    }
  },
);

function checkMissing(context: RuleContext, resource: PollerResource, dates: Node): void {
  const absent = REQUIRED_DATE_FIELDS.filter((field) => !memberNamed(dates, field));
  if (absent.length === 0) return;
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
  const key = datesMember(resource)!.keyNode;
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

/** A format is one of a few: the common ones offered as choices, the first with an offset that Java reads. */
function formatChoices(stop: number): SnippetPart[] {
  return ['"', { stop, choices: ["yyyy-MM-dd'T'HH:mm:ssXXX", 'milliseconds', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'yyyy-MM-dd HH:mm:ss'] }, '"'];
}

function checkPair(context: RuleContext, resource: PollerResource, dates: Node, kind: DateKind): void {
  const field = memberNamed(dates, DATE_FIELD_NAMES[kind].field)?.valueNode;
  const format = memberNamed(dates, DATE_FIELD_NAMES[kind].format)?.valueNode;
  if (field?.type !== 'string' || format?.type !== 'string') return;
  const fieldSet = (field.value as string).trim() !== '';
  const formatSet = (format.value as string).trim() !== '';
  if (fieldSet === formatSet) return;
  const { tree } = resource;
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
