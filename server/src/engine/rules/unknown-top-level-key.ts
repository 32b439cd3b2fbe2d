import { membersOf, type Member } from '../json/objects';
import { instanceRule } from './rule';
import { isUniqueRename, type KeyRename, removeFix, renameFix } from './support/keyRenames';
import { closestMatch } from './support/suggest';
import { isShapeReliableAt } from './support/syntaxDamage';

/** The keys `POST /instances` takes (domain.md §1.3). */
const TOP_LEVEL_KEYS = ['element', 'providerData', 'configuration', 'tags', 'name', 'retrieveObjectsAfterInstantiation'];

/** Short forms people write for a top-level key, too far from it for the edit distance to see. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([['config', 'configuration'], ['conf', 'configuration']]);

/** Fields of the instance the API returns (domain.md §1.4): a response pasted as a request has them. */
const RESPONSE_FIELDS = new Set([
  'id', 'token', 'provisionInteractions', 'valid', 'disabled', 'maxCacheSize', 'cacheTimeToLive', 'eventsEnabled',
  'traceLoggingEnabled', 'cachingEnabled', 'externalAuthentication', 'user', 'eventsNotificationCallbackUrl',
  'createdDate', 'elementId',
]);

export default instanceRule(
  {
    id: 'unknown-top-level-key',
    severity: 'warning',
    description: 'A top-level key that POST /instances does not take: misspelt, misplaced or copied from a response.',
    fixable: 'safe',
  },
  (context, body) => {
    const { tree } = context;
    const members = membersOf(body.root);
    const unknown = members.filter((member) => !TOP_LEVEL_KEYS.includes(member.name) && isShapeReliableAt(tree, member.node.offset));
    const renames: KeyRename[] = [];
    for (const member of unknown) {
      if (RESPONSE_FIELDS.has(member.name) || isConfigurationKey(member.name)) continue;
      const target = SHORT_FORMS.get(member.name.trim().toLowerCase()) ?? closestMatch(member.name, TOP_LEVEL_KEYS);
      if (target) renames.push({ member, target });
    }
    // Range and path are written out in each report: V8 builds `{ ...at(), message }` many times slower.
    for (const member of unknown) {
      const rename = renames.find((candidate) => candidate.member === member);
      if (rename) {
        const unique = isUniqueRename(rename, renames, members);
        const taken = members.some((other) => other.name === rename.target);
        context.report({
          range: tree.range(member.keyNode),
          path: tree.path(member.keyNode),
          message: `Unknown top-level key '${member.name}'. Did you mean '${rename.target}'?${taken ? ` '${rename.target}' is also set: keep one of them.` : ''}`,
          fix: unique ? renameFix(tree, member, rename.target) : undefined,
          suggestions: unique ? undefined : [taken ? removeFix(tree, member) : renameFix(tree, member, rename.target)],
        });
      } else {
        context.report({
          range: tree.range(member.keyNode),
          path: tree.path(member.keyNode),
          message: messageFor(member),
          suggestions: isConfigurationKey(member.name) ? undefined : [removeFix(tree, member)],
        });
      }
    }
  },
);

function messageFor(member: Member): string {
  const name = member.name;
  if (RESPONSE_FIELDS.has(name)) {
    const events = name === 'eventsEnabled' ? " Events are turned on with 'event.notification.enabled' in 'configuration'." : '';
    return `'${name}' is a field of the instance the API returns, not of the 'POST /instances' body: the request does not take it. Remove it.${events}`;
  }
  if (isConfigurationKey(name)) {
    return `'${name}' is a configuration key: at the top level the API does not read it. Move it into 'configuration'.`;
  }
  return `Unknown top-level key '${name}': the body takes only 'element', 'configuration', 'providerData', 'name', 'tags' and 'retrieveObjectsAfterInstantiation'. Remove it, or move it into 'configuration' if it is an element setting.`;
}

/** Configuration keys are dotted (`event.vendor.type`, `oauth.api.key`); no top-level key is. */
function isConfigurationKey(name: string): boolean {
  return name.trim().includes('.');
}
