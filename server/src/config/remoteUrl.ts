/** Hosts that may be reached over plain http: a local server cannot be intercepted on the way. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Query parameters whose values look like credentials; never shown in messages or stored. */
const SECRET_PARAMETER = /token|key|secret|sig|password|passwd|auth|credential|session/i;

/** Whether a config entry is a URL (`scheme://...`) rather than a path or package name. */
export function isUrlReference(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);
}

/** Why the URL may not be fetched, or undefined when it may. */
export function remoteUrlProblem(url: URL): string | undefined {
  if (url.username || url.password) {
    return `${displayUrl(url)}: URLs with a user name or password are not supported (they would end up in messages and in the cache). Publish the file without credentials, or use a local file or an npm package.`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    if (LOOPBACK_HOSTS.has(url.hostname)) return undefined;
    return `${displayUrl(url)}: plain http is only allowed for localhost, 127.0.0.1 and ::1. Use an https URL.`;
  }
  return `${displayUrl(url)}: only https URLs are supported. Use an https URL, a file path or an npm package.`;
}

/** The URL as messages and the cache show it: credentials and secret-looking query values masked. */
export function displayUrl(url: URL): string {
  const shown = new URL(url.href);
  if (shown.username) shown.username = '***';
  if (shown.password) shown.password = '***';
  for (const name of [...shown.searchParams.keys()]) {
    if (SECRET_PARAMETER.test(name)) shown.searchParams.set(name, '***');
  }
  // URLSearchParams re-encodes `*`; keep the mask readable.
  return shown.href.replace(/%2A%2A%2A/g, '***');
}

/** A config entry as messages show it: a URL masked like `displayUrl`, anything else as written. */
export function displayEntry(entry: string): string {
  if (!isUrlReference(entry)) return entry;
  try {
    return displayUrl(new URL(entry));
  } catch {
    // Not parseable, so not maskable piece by piece: hide everything a secret could be in.
    // indexOf, not /[?#@].*$/: that regex retries from every `?` of a long line (quadratic).
    const cut = entry.search(/[?#@]/);
    return cut < 0 ? entry : `${entry.slice(0, cut)}…`;
  }
}
