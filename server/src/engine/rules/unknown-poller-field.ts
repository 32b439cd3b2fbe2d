import type { Node } from 'jsonc-parser';
import { type Member, memberNamed, membersOf } from '../json/objects';
import type { PollerResource } from '../model/pollerConfiguration';
import type { Fix } from '../types';
import { instanceRule, type RuleContext } from './rule';
import { renameKey } from './support/edits';
import { closestMatch } from './support/suggest';
import { isPlaceholder } from './support/placeholders';
import { DATE_FIELDS, DATES_CONFIGURATION_FIELDS, moveMember, RESOURCE_FIELDS, resourceFields } from './support/pollerFields';

const NONE: readonly Member[] = [];

/** Resource fields that can slip into `datesConfiguration` (nesting it in itself is not a slip). */
const RESOURCE_SETTINGS = RESOURCE_FIELDS.filter((name) => name !== 'datesConfiguration');

/**
 * A field the docs do not name is most likely a slip the poller does not read: a misspelt
 * `filterByUpdateDate` silently leaves the default in force. A date field one level too high (DP-archive-poll puts `updatedDateTimezone` beside
 * `url`) and a resource setting inside `datesConfiguration` get a message of their own.
 */
export default instanceRule(
  {
    id: 'unknown-poller-field',
    severity: 'warning',
    description: 'A poller resource or its datesConfiguration has a field the poller does not know (often a typo).',
    fixable: 'safe',
  },
  (context, body) => {
    for (const { resource, fields, dateFields } of resourceFields(body)) {
      const object = resource.object;
      const dates = resource.datesConfiguration;
      // The tables hold the members whose names are not documented fields: nearly always none.
      for (const member of fields.others ?? NONE) {
        if (isPlaceholder(member.name)) continue;
        const dateField = misplacedAs(member.name, DATE_FIELDS, RESOURCE_FIELDS);
        if (dateField) reportMisplaced(context, resource, member, dateField, 'datesConfiguration', dates);
        else reportUnknown(context, resource, member, object!, RESOURCE_FIELDS, `resource '${resource.name}'`);
      }
      for (const member of dateFields.others ?? NONE) {
        if (isPlaceholder(member.name)) continue;
        const resourceField = misplacedAs(member.name, RESOURCE_SETTINGS, DATES_CONFIGURATION_FIELDS);
        if (resourceField) reportMisplaced(context, resource, member, resourceField, 'resource', object);
        else reportUnknown(context, resource, member, dates!, DATES_CONFIGURATION_FIELDS, `'datesConfiguration' of resource '${resource.name}'`);
      }
    }
  },
);

function reportUnknown(context: RuleContext, resource: PollerResource, member: Member, object: Node, known: readonly string[], where: string): void {
  const { tree } = resource;
  const match = closestMatch(member.name, known);
  // Renaming onto a key that is there, or that another slip also becomes, would make a duplicate.
  const rivals = membersOf(object).filter((other) => other.node !== member.node && !known.includes(other.name) && closestMatch(other.name, known) === match);
  const fix: Fix | undefined = match && !memberNamed(object, match) && rivals.length === 0
    ? { title: `Rename to '${match}'`, edits: [renameKey(tree, member, match)] }
    : undefined;
  const hint = match
    ? ` Did you mean '${match}'?`
    : ` Known fields: ${known.map((name) => `'${name}'`).join(', ')}.`;
  context.report({
    range: tree.range(member.keyNode),
    path: tree.path(member.keyNode),
    message: `Unknown field '${member.name}' in ${where}: it is not a documented poller setting, so it is probably a slip.${hint}`,
    fix,
  });
}

function reportMisplaced(
  context: RuleContext,
  resource: PollerResource,
  member: Member,
  name: string,
  belongs: 'datesConfiguration' | 'resource',
  target: Node | undefined,
): void {
  const { tree } = resource;
  const spelling = member.name === name ? '' : ` as '${name}'`;
  const message = belongs === 'datesConfiguration'
    ? `'${member.name}' is a date setting: it belongs inside 'datesConfiguration'${spelling}, where the poller reads the date settings, not beside 'url' in resource '${resource.name}'. Move it into 'datesConfiguration'.`
    : `'${member.name}' is a setting of the resource itself: it belongs beside 'url' in resource '${resource.name}'${spelling}, not inside 'datesConfiguration'. Move it up.`;
  // Moving changes what the poller reads, so it is offered, not applied; only where it can land cleanly.
  // A miscased name is corrected on the way.
  const suggestions = target && !memberNamed(target, name)
    ? [{ title: `Move '${name}' into ${belongs === 'datesConfiguration' ? "'datesConfiguration'" : `resource '${resource.name}'`}`, edits: moveMember(tree, member, target, name) }]
    : undefined;
  context.report({ range: tree.range(member.keyNode), path: tree.path(member.keyNode), message, suggestions });
}

/** The field of the other level that `name` spells (maybe with a slip), when none of this level is closer. */
function misplacedAs(name: string, otherLevel: readonly string[], thisLevel: readonly string[]): string | undefined {
  const other = closestMatch(name, otherLevel);
  return other && !closestMatch(name, thisLevel) ? other : undefined;
}
