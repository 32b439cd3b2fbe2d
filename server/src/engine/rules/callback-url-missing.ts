import type { Member } from '../json/objects';
import type { JsonTree } from '../json/jsonTree';
import type { InstanceBody } from '../model/instanceBody';
import type { TextEdit } from '../types';
import { instanceRule } from './rule';
import { CALLBACK_URL_KEY } from './support/callbackUrl';
import { isEventKey, meantEventKeys } from './support/eventKeys';
import { isPlaceholder } from './support/placeholders';
import { isAbsenceReliable } from './support/syntaxDamage';
import { addMembers, stringTabStop } from './support/edits';
import { snippetEdit } from '../text/snippets';

const ENABLED_KEY = 'event.notification.enabled';

/**
 * Polled and webhook events alike are POSTed to the callback URL (domain.md §2, §7): with events on
 * and no URL they have nowhere to go. It can be added later (PATCH), hence a warning.
 */
export default instanceRule(
  {
    id: 'callback-url-missing',
    severity: 'warning',
    description: "Events are on but 'event.notification.callback.url' is missing or empty: events have nowhere to go.",
    fixable: 'suggestion',
  },
  (context, body) => {
    const { tree } = context;
    const enabled = body.configMember(ENABLED_KEY);
    if (!enabled || body.eventsEnabled !== true) return;
    const member = body.configMember(CALLBACK_URL_KEY);
    const how = missingHow(member);
    if (!how) return;
    if (how === 'not set' && (!isAbsenceReliable(tree) || hasMisspeltCallbackKey(body.configMembers()))) return;
    context.report({
      range: tree.range(enabled.keyNode),
      path: tree.path(enabled.keyNode),
      message: `Events are on but '${CALLBACK_URL_KEY}' is ${how}: the platform has nowhere to send them. Set it to the https URL of the endpoint in your app that receives events.`,
      // An empty string is already where the URL goes: there is nothing to add. In broken JSON where objects end is a guess.
      suggestions: how === 'not set' && tree.syntaxProblems.length === 0 ? [{ title: `Add '${CALLBACK_URL_KEY}'`, snippet: true, edits: [addUrl(tree, body, member)] }] : undefined,
    });
  },
);

/** The URL as a tab stop: a new member, or the value of the one that is null. */
function addUrl(tree: JsonTree, body: InstanceBody, member: Member | undefined): TextEdit {
  const value = member?.valueNode;
  if (value) return snippetEdit(tree.layer, value.offset, value.offset + value.length, stringTabStop(1));
  return addMembers(tree, body.configuration!, [{ name: CALLBACK_URL_KEY, value: stringTabStop(1) }]);
}

/** 'not set' or 'empty' when the URL is missing; undefined when it is there (or another rule's business). */
function missingHow(member: Member | undefined): 'not set' | 'empty' | undefined {
  const value = member?.valueNode;
  if (!member || !value || value.type === 'null') return 'not set';
  if (value.type !== 'string') return undefined;
  const text = String(value.value);
  if (isPlaceholder(text)) return undefined;
  return text.trim() === '' ? 'empty' : undefined;
}

/** A misspelt key (unknown-event-key renames it) is the URL, not its absence. */
function hasMisspeltCallbackKey(members: readonly Member[]): boolean {
  return members.some((member) => {
    if (member.name === CALLBACK_URL_KEY || !isEventKey(member.name)) return false;
    const meant = meantEventKeys(member.name);
    return meant.length === 1 && meant[0] === CALLBACK_URL_KEY;
  });
}
