import { instanceRule } from './rule';
import { CALLBACK_URL_KEY, callbackUrl } from './support/callbackUrl';

/**
 * Events carry the provider's records and, with a signature key, the signature header: over plain
 * http anyone on the way can read them. A local host is callback-url-unreachable's business.
 */
export default instanceRule(
  {
    id: 'callback-url-insecure',
    severity: 'warning',
    description: "'event.notification.callback.url' uses plain http: events cross the internet unencrypted.",
    fixable: 'suggestion',
  },
  (context, body) => {
    const callback = callbackUrl(body);
    if (!callback || callback.protocol !== 'http:' || callback.unreachableReason) return;
    const { content, offset, scheme } = callback;
    context.report({
      range: content.documentRange(offset, offset + scheme.length),
      path: context.tree.path(callback.node),
      message: `'${CALLBACK_URL_KEY}' uses plain http: the events (your records, and the signature header) cross the internet unencrypted. Use https if your endpoint supports it.`,
      suggestions: [{ title: "Use 'https'", edits: [content.replace(offset, offset + scheme.length, 'https')] }],
    });
  },
);
