import { instanceRule } from './rule';
import { CALLBACK_URL_KEY, callbackUrl } from './support/callbackUrl';

/**
 * The docs allow a Cloud Elements events URL as the callback, to return events to the elements
 * (domain.md §7); more often the host was copied from an example along with the request.
 */
export default instanceRule(
  {
    id: 'callback-url-platform-host',
    severity: 'info',
    description: "'event.notification.callback.url' points at a Cloud Elements host rather than your app.",
    fixable: 'none',
  },
  (context, body) => {
    const callback = callbackUrl(body);
    if (!callback?.isPlatformHost) return;
    const { content, offset, hostStart, hostEnd } = callback;
    const host = callback.text.slice(hostStart, hostEnd);
    context.report({
      range: content.documentRange(offset + hostStart, offset + hostEnd),
      path: context.tree.path(callback.node),
      message: `'${CALLBACK_URL_KEY}' points at the Cloud Elements host '${host}', so events go back to the platform instead of to your app. That is allowed (to return events to the elements), but is usually copied from an example: use your app's endpoint unless you meant it.`,
    });
  },
);
