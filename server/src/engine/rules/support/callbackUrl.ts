/**
 * `event.notification.callback.url`, read once for the callback rules: where the URL stands in its
 * string, what is wrong with its form, and where its host is.
 */
import type { Node } from 'jsonc-parser';
import type { Member } from '../../json/objects';
import type { InstanceBody } from '../../model/instanceBody';
import type { StringContent } from '../../text/embeddedText';
import { memoByString } from '../../text/stringMemo';
import { editDistance } from './suggest';
import { findPlaceholders } from './placeholders';
import { perBody } from './perBody';
import { isPlatformHost, unreachableReason } from './networkHosts';

export const CALLBACK_URL_KEY = 'event.notification.callback.url';

/** The callback URL as written: a string with no docs placeholder in it (no-placeholders has those). */
export interface CallbackUrlText {
  readonly member: Member;
  readonly node: Node;
  readonly content: StringContent;
  /** The URL without the white space around it, and where it starts in the string. */
  readonly text: string;
  readonly offset: number;
}

/** Where the parts of a well-formed URL are, and what its host says; shared by every body with the same URL. */
interface UrlParts {
  /** `http:` or `https:`, as WHATWG `URL.protocol` reads the scheme. */
  readonly protocol: string;
  /** The scheme (`http`, `HTTPS`) as written, at `[0, scheme.length)` of `text`. */
  readonly scheme: string;
  /** Where the host is written in `text` (`[::1]` with its brackets). */
  readonly hostStart: number;
  readonly hostEnd: number;
  /** Why the platform cannot reach the host (networkHosts.ts), or undefined when it can. */
  readonly unreachableReason: string | undefined;
  /** Whether the host is one of Cloud Elements' own. */
  readonly isPlatformHost: boolean;
}

/** A callback URL whose form is right: an absolute http(s) URL. */
export interface CallbackUrl extends CallbackUrlText, UrlParts {}

export type CallbackUrlFault =
  /** `/hook`, `./hook`: a path, with no scheme or host. */
  | { readonly kind: 'relative' }
  /** `example.com/hook`, `//example.com/hook`: no scheme; `fixed` adds https. */
  | { readonly kind: 'no-scheme'; readonly fixed: string }
  /** `https//x`, `http:/x`, `htps://x`: the scheme misspelt or its `://` damaged. */
  | { readonly kind: 'malformed-scheme'; readonly fixed: string | undefined }
  /** `ftp://x`, `mailto:x`: a scheme the platform does not deliver events to. */
  | { readonly kind: 'scheme'; readonly scheme: string }
  /** `https://`: nothing after the scheme. */
  | { readonly kind: 'no-host' }
  | { readonly kind: 'whitespace' }
  | { readonly kind: 'unparsable' };

/** The callback URL when it is a string worth checking; read once per body, as four rules ask. */
export const callbackUrlText: (body: InstanceBody) => CallbackUrlText | undefined = perBody(readCallbackUrlText);

function readCallbackUrlText(body: InstanceBody): CallbackUrlText | undefined {
  const member = body.configMember(CALLBACK_URL_KEY);
  const node = member?.valueNode;
  if (!member || node?.type !== 'string') return undefined;
  const content = body.tree.content(node);
  const value = content.text;
  const text = value.trim();
  if (text === '' || findPlaceholders(value).length > 0) return undefined;
  return { member, node, content, text, offset: value.length - value.trimStart().length };
}

/** The callback URL when its form is right (white space around it aside); parsed once per body. */
export const callbackUrl: (body: InstanceBody) => CallbackUrl | undefined = perBody(readCallbackUrl);

function readCallbackUrl(body: InstanceBody): CallbackUrl | undefined {
  const written = callbackUrlText(body);
  const parts = written && urlForm(written.text).parts;
  if (!written || !parts) return undefined;
  // Field by field: an object spread that adds fields is a slow path in V8.
  return {
    member: written.member,
    node: written.node,
    content: written.content,
    text: written.text,
    offset: written.offset,
    protocol: parts.protocol,
    scheme: parts.scheme,
    hostStart: parts.hostStart,
    hostEnd: parts.hostEnd,
    unreachableReason: parts.unreachableReason,
    isPlatformHost: parts.isPlatformHost,
  };
}

/** What the form of a trimmed URL says: its fault, or (when there is none) its parts. */
interface UrlForm {
  readonly fault: CallbackUrlFault | undefined;
  readonly parts: UrlParts | undefined;
}

/**
 * The form of each distinct URL is read once: the same callback URL comes back at every check of
 * an open document, and three rules ask about it. Results are shared, hence read-only.
 */
const urlForm: (text: string) => UrlForm = memoByString(readUrlForm);

function readUrlForm(text: string): UrlForm {
  const fault = faultOf(text);
  if (fault) return { fault, parts: undefined };
  // Parsed once: faultOf has found the form right up to what only the WHATWG parser can tell.
  const url = httpUrl(text);
  if (!url) return { fault: { kind: 'unparsable' }, parts: undefined };
  const { hostname, protocol } = url;
  const { start, end } = hostSpan(text);
  return {
    fault: undefined,
    parts: {
      protocol,
      scheme: text.slice(0, text.indexOf(':')),
      hostStart: start,
      hostEnd: end,
      unreachableReason: unreachableReason(hostname),
      isPlatformHost: isPlatformHost(hostname),
    },
  };
}

/** What is wrong with the form of `text` (already trimmed), or undefined when it is an absolute http(s) URL. */
export function callbackUrlFault(text: string): CallbackUrlFault | undefined {
  return urlForm(text).fault;
}

/** Schemes that are real but not where events can be posted. */
const OTHER_SCHEMES = new Set(['ftp', 'ftps', 'sftp', 'ws', 'wss', 'mailto', 'file', 'data', 'javascript', 'tcp', 'smtp', 'ssh', 'git']);

function faultOf(text: string): CallbackUrlFault | undefined {
  if (text.startsWith('//')) return { kind: 'no-scheme', fixed: `https:${text}` };
  if (/^[/.?#]/.test(text)) return { kind: 'relative' };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)/.exec(text)?.[1];
  if (scheme === undefined) return faultWithoutScheme(text);
  const lower = scheme.toLowerCase();
  const rest = text.slice(scheme.length + 1);
  if (lower === 'http' || lower === 'https') {
    if (/^[/\\]*$/.test(rest)) return { kind: 'no-host' };
    if (!/^\/\/[^/]/.test(rest)) return { kind: 'malformed-scheme', fixed: parsesAsHttp(`${lower}://${rest.replace(/^[/\\]*/, '')}`) };
  } else if (OTHER_SCHEMES.has(lower) || !isSchemeTypo(lower)) {
    return { kind: 'scheme', scheme };
  } else {
    const meant = editDistance(lower, 'https', 2) <= editDistance(lower, 'http', 2) ? 'https' : 'http';
    return { kind: 'malformed-scheme', fixed: parsesAsHttp(`${meant}://${rest.replace(/^[/\\]*/, '')}`) };
  }
  if (/\s/.test(text)) return { kind: 'whitespace' };
  // Whether WHATWG parses it is left to readUrlForm, which needs the parsed URL.
  return undefined;
}

/** `https//x`, `http.//x`: the scheme is there but its colon is not; otherwise a host with no scheme. */
function faultWithoutScheme(text: string): CallbackUrlFault {
  const damaged = /^(https?)[^A-Za-z0-9/]{0,2}\/\/(?=[^/])/i.exec(text);
  if (damaged) return { kind: 'malformed-scheme', fixed: parsesAsHttp(`${damaged[1].toLowerCase()}://${text.slice(damaged[0].length)}`) };
  if (/\s/.test(text)) return { kind: 'whitespace' };
  // A host needs a dot (`example.com`) or a port (`localhost:8080`) to pass for one.
  const host = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?/.exec(text)?.[0] ?? '';
  const fixed = /[.:]/.test(host) ? parsesAsHttp(`https://${text}`) : undefined;
  return fixed ? { kind: 'no-scheme', fixed } : { kind: 'unparsable' };
}

function isSchemeTypo(scheme: string): boolean {
  return editDistance(scheme, 'http', 1) <= 1 || editDistance(scheme, 'https', 1) <= 1;
}

/** `text` when WHATWG reads it as an http(s) URL with a host. */
function parsesAsHttp(text: string): string | undefined {
  return !/\s/.test(text) && httpUrl(text) ? text : undefined;
}

/** `text` as WHATWG reads it, when that is an http(s) URL with a host. */
function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Where the host is written in an absolute URL: after `//` and any `user@`, before the port or path. */
function hostSpan(text: string): { start: number; end: number } {
  const authorityStart = text.indexOf('//') + 2;
  let authorityEnd = text.slice(authorityStart).search(/[/?#\\]/);
  authorityEnd = authorityEnd < 0 ? text.length : authorityStart + authorityEnd;
  const at = text.lastIndexOf('@', authorityEnd - 1);
  const hostStart = at >= authorityStart ? at + 1 : authorityStart;
  if (text[hostStart] === '[') {
    const close = text.indexOf(']', hostStart);
    return { start: hostStart, end: close < 0 ? authorityEnd : close + 1 };
  }
  const colon = text.indexOf(':', hostStart);
  return { start: hostStart, end: colon >= 0 && colon < authorityEnd ? colon : authorityEnd };
}
