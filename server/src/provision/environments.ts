/**
 * Where the platform API lives: the three Cloud Elements environments (domain.md §1.1) or a custom
 * base URL, which must be https unless it is this machine (a local fake or tunnel for tests).
 */

export const ENVIRONMENTS = {
  us: 'https://api.cloud-elements.com/elements/api-v2',
  eu: 'https://api.cloud-elements.co.uk/elements/api-v2',
  staging: 'https://staging.cloud-elements.com/elements/api-v2',
} as const;

export type EnvironmentName = keyof typeof ENVIRONMENTS;

export const ENVIRONMENT_NAMES = Object.keys(ENVIRONMENTS) as EnvironmentName[];

/** `URL.hostname` writes IPv6 addresses in brackets. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A base URL that may be used, or why not; the problem never repeats a user name or password. */
export type BaseUrlCheck = { readonly baseUrl: string } | { readonly problem: string };

/**
 * Checks a custom base URL and returns it without a trailing slash, so paths such as `/instances`
 * can be appended as they are.
 */
export function checkBaseUrl(text: string): BaseUrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'the base URL is not a valid absolute URL; give one such as https://api.cloud-elements.com/elements/api-v2' };
  }
  if (url.username || url.password) {
    return { problem: 'the base URL must not hold a user name or password (they would be sent and shown); the secrets are given apart from the URL, never in it' };
  }
  if (url.search || url.hash) {
    return { problem: 'the base URL must not have a query or a fragment; give the API root, such as https://api.cloud-elements.com/elements/api-v2' };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { problem: `plain http is only allowed for localhost, 127.0.0.1 and ::1 (the secrets would cross the network unencrypted); use https://${url.host}${url.pathname}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `the base URL must be an https URL, not ${url.protocol}` };
  }
  return { baseUrl: trimTrailingSlashes(url.href) };
}

/** The environment whose base URL this is, if it is one of the three. */
export function environmentOf(baseUrl: string): EnvironmentName | undefined {
  return ENVIRONMENT_NAMES.find((name) => ENVIRONMENTS[name] === baseUrl);
}

/** A loop, not /\/+$/: that regex retries from every slash of a long run (quadratic). */
function trimTrailingSlashes(href: string): string {
  let end = href.length;
  while (end > 0 && href[end - 1] === '/') end--;
  return href.slice(0, end);
}
