import type { Fix } from '../types';
import { instanceRule } from './rule';
import { replaceNode } from './support/edits';
import { CALLBACK_URL_KEY, type CallbackUrlFault, callbackUrlFault, callbackUrlText } from './support/callbackUrl';

const KEY = `'${CALLBACK_URL_KEY}'`;
const EXAMPLE = '"https://example.com/events"';

/**
 * The platform POSTs events to this URL, which the docs say is "an http or https URL" (domain.md §2).
 * Messages never repeat the URL: it may carry credentials or a token.
 */
export default instanceRule(
  {
    id: 'callback-url-invalid',
    severity: 'error',
    description: "'event.notification.callback.url' is not an absolute http(s) URL, so events cannot be delivered.",
    fixable: 'safe',
  },
  (context, body) => {
    const written = callbackUrlText(body);
    if (!written) return;
    const { tree } = context;
    const { node, text } = written;
    const fault = callbackUrlFault(text);
    if (!fault) {
      if (text === written.content.text) return;
      context.report({
        range: tree.range(node),
        path: tree.path(node),
        message: `${KEY} has white space around the URL, which makes it an invalid address: remove it.`,
        fix: { title: 'Remove the white space around the URL', edits: [replaceNode(tree, node, JSON.stringify(text))] },
      });
      return;
    }
    const fixed = 'fixed' in fault ? fault.fixed : undefined;
    const suggestions: Fix[] | undefined = fixed
      ? [{ title: fault.kind === 'no-scheme' ? "Add 'https://' in front" : `Correct the start to '${fixed.slice(0, fixed.indexOf(':'))}://'`, edits: [replaceNode(tree, node, JSON.stringify(fixed))] }]
      : undefined;
    context.report({ range: tree.range(node), path: tree.path(node), message: messageFor(fault), suggestions });
  },
);

function messageFor(fault: CallbackUrlFault): string {
  switch (fault.kind) {
    case 'relative':
      return `${KEY} is a path, not a full URL: the platform calls it from outside, so it needs the scheme and host too, such as ${EXAMPLE}.`;
    case 'no-scheme':
      return `${KEY} has no scheme: write it in full, with 'https://' in front.`;
    case 'malformed-scheme':
      return `${KEY} does not start with 'http://' or 'https://': the scheme is misspelt or its '://' is damaged.`;
    case 'scheme':
      return `${KEY} uses the '${fault.scheme}:' scheme, but events are delivered by HTTP POST: use an http(s) URL, such as ${EXAMPLE}.`;
    case 'no-host':
      return `${KEY} has no host after the scheme: write the full address of your endpoint, such as ${EXAMPLE}.`;
    case 'whitespace':
      return `${KEY} has white space inside it, which a URL cannot hold: remove it, or write it as %20 in the path.`;
    case 'unparsable':
      return `${KEY} is not a valid URL: write the full address of the endpoint in your app that receives events, such as ${EXAMPLE}.`;
  }
}
