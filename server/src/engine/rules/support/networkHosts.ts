/**
 * What a URL's host says about who can reach it. Hosts are read as WHATWG `URL.hostname` gives
 * them: lower case, IPv4 in dotted decimal (`127.1` becomes `127.0.0.1`), IPv6 in brackets.
 */

/** Why the platform, calling from the internet, cannot reach `hostname`; undefined when it can. */
export function unreachableReason(hostname: string): string | undefined {
  const host = hostname.replace(/\.$/, '');
  if (host.startsWith('[')) return ipv6Reason(host.slice(1, -1));
  const ipv4 = ipv4Octets(host);
  if (ipv4) return ipv4Reason(ipv4);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'your own machine (loopback)';
  if (host.endsWith('.local')) return 'a local-network name (mDNS .local)';
  if (host.endsWith('.internal')) return 'an internal name (.internal)';
  if (host.endsWith('.home.arpa')) return 'a home-network name (.home.arpa)';
  if (!host.includes('.')) return 'a name without a domain, known only inside a local network';
  return undefined;
}

/** RFC 1918, loopback, link-local and the other ranges no public route leads to. */
function ipv4Reason([a, b]: readonly number[]): string | undefined {
  if (a === 127) return 'your own machine (loopback)';
  if (a === 0) return "the 'this host' address (0.0.0.0/8)";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private-network address';
  if (a === 169 && b === 254) return 'a link-local address';
  if (a === 100 && b >= 64 && b <= 127) return 'a carrier-grade NAT address (100.64.0.0/10)';
  return undefined;
}

function ipv6Reason(text: string): string | undefined {
  const groups = ipv6Groups(text);
  if (!groups) return undefined;
  const leadingZeros = groups.slice(0, 5).every((group) => group === 0);
  if (leadingZeros && groups[5] === 0 && groups[6] === 0 && groups[7] <= 1) return groups[7] === 1 ? 'your own machine (loopback)' : 'the unspecified address (::)';
  // `::ffff:7f00:1` is 127.0.0.1 written as IPv6.
  if (leadingZeros && groups[5] === 0xffff) return ipv4Reason([groups[6] >> 8, groups[6] & 0xff]);
  if ((groups[0] & 0xfe00) === 0xfc00) return 'a unique local IPv6 address (fc00::/7)';
  if ((groups[0] & 0xffc0) === 0xfe80) return 'a link-local IPv6 address (fe80::/10)';
  return undefined;
}

function ipv4Octets(host: string): number[] | undefined {
  if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return undefined;
  return host.split('.').map(Number);
}

/** The eight 16-bit groups of an IPv6 address as WHATWG serialises it (hex groups, one `::` at most). */
function ipv6Groups(text: string): number[] | undefined {
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  const missing = 8 - front.length - back.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const groups = [...front, ...Array<number>(missing).fill(0), ...back];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : undefined;
}

/**
 * Cloud Elements' own hosts (domain.md §1.1): `api.cloud-elements.com`, `.co.uk`, staging and the
 * console, and the `cloudelements.io` login hosts.
 */
export function isPlatformHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  return /(?:^|\.)cloud-elements\.[a-z]{2,}(?:\.[a-z]{2})?$/.test(host) || /(?:^|\.)cloudelements\.(?:io|co\.uk)$/.test(host);
}
