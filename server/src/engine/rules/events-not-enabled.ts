import type { Member } from '../json/objects';
import type { JsonTree } from '../json/jsonTree';
import type { TextEdit } from '../types';
import { instanceRule } from './rule';
import { replaceNode } from './support/edits';
import { isAbsenceReliable } from './support/syntaxDamage';
import { EVENT_SETTING_KEYS, isEventKey, meantEventKeys } from './support/eventKeys';

const KEY = 'event.notification.enabled';

/**
 * Events stay off unless `event.notification.enabled` says true; its default is false
 * (domain.md §2). Settings without it suggest the switch was forgotten.
 */
export default instanceRule(
  {
    id: 'events-not-enabled',
    severity: 'warning',
    description: "Event settings are present but 'event.notification.enabled' is false or missing: no events are delivered.",
    fixable: 'suggestion',
  },
  (context, body) => {
    const { tree } = context;
    const enabled = body.configMember(KEY);
    // Present but neither true nor false: events-enabled-value reports it.
    if (body.eventsEnabled === true || (enabled && body.eventsEnabled === undefined)) return;
    const settings = body.configMembers().filter((member) => EVENT_SETTING_KEYS.has(member.name) && isSet(member));
    if (settings.length === 0) return;
    const names = [...new Set(settings.map((member) => member.name))];
    const counted = `${names.length} event setting${names.length === 1 ? ' is' : 's are'} present (${names.map((name) => `'${name}'`).join(', ')})`;

    if (enabled?.valueNode) {
      const value = enabled.valueNode;
      const on = value.type === 'string' ? '"true"' : 'true';
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `Events are off ('${KEY}' is false), yet ${counted}: no events will be delivered. Set it to true to turn events on, or remove the settings.`,
        suggestions: [{ title: `Set '${KEY}' to true`, edits: [replaceNode(tree, value, on)] }],
      });
      return;
    }
    if (!isAbsenceReliable(tree) || hasMisspeltSwitch(body.configMembers())) return;
    const first = settings[0];
    context.report({
      range: tree.range(first.keyNode),
      path: tree.path(first.keyNode),
      message: `'${KEY}' is not set and defaults to false, yet ${counted}: no events will be delivered. Add "${KEY}": true to turn events on.`,
      suggestions: [{ title: `Add "${KEY}": true`, edits: [insertBefore(tree, first, `"${KEY}": true`)] }],
    });
  },
);

/** A misspelt `event.notification.enabled` (unknown-event-key renames it) is the switch, not its absence. */
function hasMisspeltSwitch(members: readonly Member[]): boolean {
  return members.some((member) => {
    if (member.name === KEY || !isEventKey(member.name)) return false;
    const meant = meantEventKeys(member.name);
    return meant.length === 1 && meant[0] === KEY;
  });
}

/** A null or empty value is an unset key (as responses show them), not a setting. */
function isSet(member: Member): boolean {
  const value = member.valueNode;
  return value !== undefined && value.type !== 'null' && value.value !== '';
}

/** Inserts a member before `member`, on a line of its own with the same indentation when `member` has one. */
function insertBefore(tree: JsonTree, member: Member, text: string): TextEdit {
  const source = tree.layer.text;
  const offset = member.node.offset;
  let lineStart = offset;
  while (lineStart > 0 && (source[lineStart - 1] === ' ' || source[lineStart - 1] === '\t')) lineStart--;
  const ownLine = lineStart === 0 || source[lineStart - 1] === '\n';
  if (!ownLine) return tree.layer.replace(offset, offset, `${text}, `);
  const newline = source[lineStart - 2] === '\r' ? '\r\n' : '\n';
  return tree.layer.replace(offset, offset, `${text},${newline}${source.slice(lineStart, offset)}`);
}
