import type { Node } from 'jsonc-parser';
import { jsonTypeName, type Member } from '../json/objects';
import { parseLegacyPollerUrls, type LegacyLine } from '../embedded/legacyPollerUrls';
import type { InstanceBody } from '../model/instanceBody';
import { instanceRule, type RuleContext } from './rule';
import { renameKey } from './support/edits';
import { elementKeyForHint, isPlaceholderValue, isUnsetValue } from './support/pollerFields';

const KEY = "'event.poller.urls'";
const CONFIGURATION = "'event.poller.configuration'";

/**
 * `event.poller.urls` is the pipe-separated format CE replaced with `event.poller.configuration`
 * (domain.md §3.6). Each legacy value is noted once, on its key, with the problems of its lines at
 * their characters. With both keys set, the docs do not say which wins, so neither is claimed.
 * `null` or a blank value is how responses show the key unset: nothing to say then.
 */
export default instanceRule(
  {
    id: 'legacy-poller-urls',
    severity: 'warning',
    description: "'event.poller.urls' is the legacy poller format: move to 'event.poller.configuration'; its lines are checked too.",
    fixable: 'suggestion',
  },
  (context, body) => {
    const member = body.configMember('event.poller.urls');
    const value = member?.valueNode;
    if (!member || !value || isPlaceholderValue(value) || isUnsetValue(value)) return;
    if (value.type !== 'string') {
      reportType(context, body, member, value);
      return;
    }
    const lines = parseLegacyPollerUrls(value.value as string);
    const { tree } = context;
    context.report({ range: tree.range(member.keyNode), path: tree.path(member.keyNode), message: legacyMessage(body, lines) });
    const content = tree.content(value);
    for (const line of lines) {
      for (const problem of line.problems) {
        context.report({ range: content.documentRange(problem.span.start, problem.span.end), path: tree.path(value), message: problem.message });
      }
    }
  },
);

function legacyMessage(body: InstanceBody, lines: readonly LegacyLine[]): string {
  const configuration = body.configMember('event.poller.configuration')?.valueNode;
  if (configuration && !isUnsetValue(configuration)) {
    return `Both ${KEY} (the legacy format) and ${CONFIGURATION} are set, and which one the poller uses is not documented. `
      + `Keep ${CONFIGURATION} (add any resource it lacks) and remove ${KEY}.`;
  }
  if (lines.every((line) => line.form === 'resource-list')) {
    return `${KEY} lists resources to poll in the legacy pipe format, which CE replaced with ${CONFIGURATION}: one JSON object per resource, with its own 'url' and 'idField'. `
      + `Consider moving to it; the element's default, shown by 'GET /elements/${elementKeyForHint(body)}/configuration', has the settings of each resource.`;
  }
  return `${KEY} uses the legacy pipe-separated format, which CE replaced with ${CONFIGURATION}: one JSON object per resource, with 'url', 'idField' and 'datesConfiguration'. `
    + 'Move these resources there.';
}

function reportType(context: RuleContext, body: InstanceBody, member: Member, value: Node): void {
  const { tree } = context;
  const isObject = value.type === 'object';
  const canRename = isObject && !body.configMember('event.poller.configuration');
  context.report({
    range: tree.range(value),
    path: tree.path(value),
    message: `${KEY} must be a string of pipe-separated lines (the legacy poller format); it is ${jsonTypeName(value)}.`
      + (isObject ? ` An object of resources belongs in ${CONFIGURATION}.` : ''),
    suggestions: canRename ? [{ title: `Rename the key to ${CONFIGURATION}`, edits: [renameKey(tree, member, 'event.poller.configuration')] }] : undefined,
  });
}
