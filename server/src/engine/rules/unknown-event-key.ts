import type { Member } from '../json/objects';
import { memoByString } from '../text/stringMemo';
import type { Fix } from '../types';
import { instanceRule } from './rule';
import { isEventKey, KNOWN_EVENT_KEY_SET, KNOWN_EVENT_KEYS, meantEventKeys } from './support/eventKeys';
import { isUniqueRename, type KeyRename, removeFix, renameFix } from './support/keyRenames';

const BY_SORTED_PARTS = new Map(KNOWN_EVENT_KEYS.map((key) => [sortedParts(key), key]));

export default instanceRule(
  {
    id: 'unknown-event-key',
    severity: 'warning',
    description: 'An event.* configuration key that is misspelt, padded with spaces, out of order or not documented.',
    fixable: 'safe',
  },
  (context, body) => {
    const { tree } = context;
    const members = body.configMembers();
    // One pass: documented keys (nearly all) are passed over; the lists are built only when there is a finding.
    let unknown: Member[] | undefined;
    for (const member of members) {
      const name = member.name;
      if (KNOWN_EVENT_KEY_SET.has(name)) continue;
      if (isEventKey(name)) {
        (unknown ??= []).push(member);
        continue;
      }
      const shuffled = shuffledEventKey(name);
      if (!shuffled || members.some((other) => other.name === shuffled)) continue;
      context.report({
        range: tree.range(member.keyNode),
        path: tree.path(member.keyNode),
        message: `'${member.name}' has the parts of '${shuffled}' in another order: the platform reads only '${shuffled}'. Did you mean '${shuffled}'?`,
        // An element may define a key of its own by that name: a person decides.
        suggestions: [renameFix(tree, member, shuffled)],
      });
    }
    if (!unknown) return;

    const meant = new Map(unknown.map((member) => [member, meantEventKeys(member.name)]));
    const renames: KeyRename[] = unknown.flatMap((member) => {
      const targets = meant.get(member)!;
      return targets.length === 1 ? [{ member, target: targets[0] }] : [];
    });

    // Range and path are written out in each report: V8 builds `{ ...at(), message }` many times slower.
    for (const member of unknown) {
      const targets = meant.get(member)!;
      if (targets.length === 0) {
        context.report({
          range: tree.range(member.keyNode),
          path: tree.path(member.keyNode),
          message: `'${member.name}' is not a documented event key. Element definitions carry some keys the docs do not list: check that the element has it with 'GET /elements/{keyOrId}/configuration', or remove it.`,
        });
        continue;
      }
      if (targets.length > 1) {
        context.report({
          range: tree.range(member.keyNode),
          path: tree.path(member.keyNode),
          message: `Unknown event key '${member.name}'. Did you mean ${targets.map((target) => `'${target}'`).join(' or ')}?`,
          suggestions: targets.map((target) => renameFix(tree, member, target)),
        });
        continue;
      }
      const rename = renames.find((candidate) => candidate.member === member)!;
      const taken = members.some((other) => other.name === rename.target);
      const fix: Fix = member.name.trim() === rename.target
        ? { title: 'Remove the spaces', edits: renameFix(tree, member, rename.target).edits }
        : renameFix(tree, member, rename.target);
      const unique = isUniqueRename(rename, renames, members);
      context.report({
        range: tree.range(member.keyNode),
        path: tree.path(member.keyNode),
        message: messageFor(member.name, rename.target, taken),
        fix: unique ? fix : undefined,
        suggestions: unique ? undefined : [taken ? removeFix(tree, member) : fix],
      });
    }
  },
);

function messageFor(name: string, target: string, taken: boolean): string {
  const also = taken ? ` '${target}' is also set: keep one of them.` : '';
  if (name.trim() === target) {
    return `Key '${name}' has spaces around it: the platform reads it as a different key from '${target}'.${also || ' Remove the spaces.'}`;
  }
  return `Unknown event key '${name}'. Did you mean '${target}'?${also}`;
}

/**
 * The known event key whose dot-separated parts `name` (not itself an event key) has in another
 * order (`vendor.event.type`); null when none. Remembered per name: the same keys recur in every body.
 */
const shuffledEventKey = memoByString((name: string): string | null => BY_SORTED_PARTS.get(sortedParts(name)) ?? null);

function sortedParts(name: string): string {
  return name.trim().toLowerCase().split('.').sort().join('.');
}
