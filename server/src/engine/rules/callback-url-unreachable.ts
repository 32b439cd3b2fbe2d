import { instanceRule } from './rule';
import { CALLBACK_URL_KEY, callbackUrl } from './support/callbackUrl';
import { shortened } from './support/shortened';

/** The platform calls the callback URL from its own servers, on the internet: local hosts are out of its reach. */
export default instanceRule(
  {
    id: 'callback-url-unreachable',
    severity: 'warning',
    description: "'event.notification.callback.url' points at localhost, a private address or a local name the platform cannot reach.",
    fixable: 'none',
  },
  (context, body) => {
    const callback = callbackUrl(body);
    const reason = callback?.unreachableReason;
    if (!callback || !reason) return;
    const { content, offset, hostStart, hostEnd } = callback;
    const host = callback.text.slice(hostStart, hostEnd);
    context.report({
      range: content.documentRange(offset + hostStart, offset + hostEnd),
      path: context.tree.path(callback.node),
      message: `The host '${shortened(host)}' of '${CALLBACK_URL_KEY}' is ${reason}: the platform calls the URL from the internet and cannot reach it. Use a public address (to test locally, expose your app through a tunnel).`,
    });
  },
);
