import type { Node } from 'jsonc-parser';
import type { JsonTree } from '../json/jsonTree';
import type { Member } from '../json/objects';
import type { Fix, JsonPath } from '../types';
import { instanceRule } from './rule';
import { removeMember, replaceNode } from './support/edits';
import { findPlaceholders, jsonTextMayHoldMarks, mayOpenWithX, type Placeholder } from './support/placeholders';

const POLLER_KEY = 'event.poller.configuration';
const REFRESH_KEY = 'event.poller.refresh_interval';

/** What to write instead, by the key that holds the placeholder. */
const WHAT_TO_WRITE: Readonly<Record<string, string>> = {
  name: 'a name for the instance',
  tags: 'a tag of your own (or remove the tag)',
  'element.key': "the key of the element to connect, e.g. 'box'",
  [REFRESH_KEY]: 'the number of minutes, e.g. 15',
  'event.notification.callback.url': "the URL of the endpoint in your app that receives events, e.g. 'https://example.com/events'",
  'event.notification.enabled': 'true or false',
  'event.vendor.type': "'polling', 'webhook' or 'webhooks'",
  'event.objects': "the objects to watch, separated by commas, e.g. 'Contact,Account'",
  'event.notification.signature.key': 'a secret of your own to sign events with (or remove the key: it is optional)',
  'providerData.code': 'the code the provider sent to your OAuth callback URL',
};

/**
 * Examples in the docs mark what to fill in with `<NAME>`, `{{page.key}}` or a masked value, and
 * the API stores such text as it is: an instance named `<INSTANCE_NAME>`, a callback URL that goes
 * nowhere, a credential that fails later. Messages show the placeholder only, never the rest of
 * the value (it may be a secret).
 */
export default instanceRule(
  {
    id: 'no-placeholders',
    severity: 'error',
    description: 'A documentation placeholder (a name in angle brackets, {{page.*}}, a masked secret) is left in a value.',
    fixable: 'suggestion',
  },
  (context, body) => {
    // A stringified poller configuration is checked as the JSON it holds, so its keys are not taken for values.
    // The configuration is read only when it is a string: the object form needs nothing of it here.
    const inString = body.configMember(POLLER_KEY)?.valueNode?.type === 'string' ? body.pollerConfiguration : undefined;
    const pollerString = inString?.member.valueNode;
    const trees: JsonTree[] = inString ? [context.tree, inString.tree] : [context.tree];
    for (const tree of trees) {
      // In a text without the marks, only a value opening with x can be one: the rest are not looked up.
      // Not for broken JSON: the parser drops an invalid escape, joining what stood around it (`xxx\qxxx`).
      const marked = tree.syntaxProblems.length > 0 || jsonTextMayHoldMarks(tree.layer.text);
      for (const node of tree.stringValues) {
        if (node === pollerString) continue;
        const value = String(node.value);
        if (!marked && !mayOpenWithX(value)) continue;
        const placeholders = findPlaceholders(value);
        if (placeholders.length === 0) continue;
        const path = tree.path(node);
        for (const placeholder of placeholders) {
          context.report({
            range: tree.content(node).documentRange(placeholder.start, placeholder.end),
            path,
            message: `${shown(placeholder)} in ${keyLabel(path)} is a placeholder from the docs, and the API would take it literally: replace it with ${whatToWrite(path)}.`,
            suggestions: suggestionsFor(tree, node, path, placeholder, value, body.configMember(String(path[1]))),
          });
        }
      }
    }
  },
);

function shown(placeholder: Placeholder): string {
  const text = placeholder.text.length > 64 ? `${placeholder.text.slice(0, 63)}…` : placeholder.text;
  return `'${text}'`;
}

/** `'name'`, `'element.key'`, `'event.poller.refresh_interval'`, `'url' of resource 'contacts' in 'event.poller.configuration'`. */
function keyLabel(path: JsonPath): string {
  if (path[0] === 'configuration' && path[1] === POLLER_KEY && path.length >= 3) {
    const field = path.slice(3);
    const resource = `resource '${String(path[2])}' in '${POLLER_KEY}'`;
    return field.length ? `'${dotted(field)}' of ${resource}` : resource;
  }
  const named = path[0] === 'configuration' && path.length >= 2 ? path.slice(1) : path;
  return `'${dotted(typeof named[named.length - 1] === 'number' ? named.slice(0, -1) : named)}'`;
}

/** `providerData.code`, `list[0].name`; a trailing array index is left out (`tags`). */
function dotted(parts: JsonPath): string {
  return parts.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

function whatToWrite(path: JsonPath): string {
  const key = path[0] === 'configuration' ? String(path[1]) : path.filter((part) => typeof part === 'string').join('.');
  return WHAT_TO_WRITE[key] ?? 'the real value';
}

/**
 * For the refresh interval, the usual 15 minutes (domain.md §2.2); for a member the placeholder
 * calls optional (`<OPTIONAL_SIGNATURE_KEY>`), leaving it out.
 */
function suggestionsFor(tree: JsonTree, node: Node, path: JsonPath, placeholder: Placeholder, value: string, member: Member | undefined): Fix[] | undefined {
  const whole = value.trim() === placeholder.text;
  if (!whole || path.length !== 2 || path[0] !== 'configuration' || member?.valueNode !== node) return undefined;
  if (path[1] === REFRESH_KEY) return [{ title: 'Replace with "15" (minutes)', edits: [replaceNode(tree, node, '"15"')] }];
  if (/optional/i.test(placeholder.text)) return [{ title: `Remove the optional '${member.name}'`, edits: [removeMember(tree, member)] }];
  return undefined;
}
