import { memoByString } from '../../text/stringMemo';

/** A stand-in left from a documentation example, found inside a string value. */
export interface Placeholder {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'angle' | 'template' | 'masked';
}

/*
 * The docs mark what to fill in three ways (domain.md §1.4 and the devportal examples): a name in
 * angle brackets, a `{{page.*}}` tag their site generator failed to expand, and a masked or dummy
 * secret. Single braces (`{objectName}`, `{TimeZone}`) are element path placeholders or the time
 * zone's business, and are never reported here. Every pattern below is linear: its classes never
 * overlap around a repetition.
 */

// A whole value in angle brackets may hold anything but brackets: `<Your Callback URL>`,
// `<{{page.heading}} app {{page.apiKey}}>`, `<INSERT_COMMA_SEPARATED_LIST_OF_OBJECTS_e.g_Account,Contact>`.
const WHOLE_ANGLE = /^<([^<>]{1,160})>$/;
// A value that opens a bracket and never closes it: `<TEMPORARY_TOKEN_FROM_PREVIOUS_STEP`.
const UNCLOSED_ANGLE = /^<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
// Inside a longer value only a single word counts (`https://api-<MYCONNECTWISE.COM>/v4`), so a
// CEQL comparison such as `where=a<b and c>d` is never taken for one.
const ANGLE = /<([A-Za-z][A-Za-z0-9_.-]{0,63})>/g;
// `{{page.elementKey}}`: the docs' site generator left these in copied examples.
const TEMPLATE = /\{\{[^{}]{1,64}\}\}/g;
// `xxxxxxxx`, `********`, `XXXX-XXXX-XXXX`: a masked (as responses show secrets) or dummy value.
// A short run of capital X alone is left to the date-pattern rules (`XXXX` is an offset pattern).
const MASKED = /^(?:(?=[^x]*x)[xX]{4,}|X{8,}|[*•●]{4,}|[xX*•●]{2,}(?:[-_ .][xX*•●]{2,}){1,8})$/;
const MASKED_START = 'xX*•●';
// The same inside a longer value: `https://xxxxxxxx.zendesk.com`, `Bearer **********`.
const MASKED_RUN = /(?<![A-Za-z0-9])x{6,}(?![A-Za-z0-9])|[*•●]{6,}/g;

// `<a@b.c>`: a real address in brackets (a capitalised one, `<YOUR_EMAIL@COMPANY.COM>`, is a stand-in).
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
// `<https://example.com/hook>`: a real URL in brackets, as Markdown writes links.
const BRACKETED_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/;
// `<br>`, `<img src=...>`, `<br/>`: markup, not a stand-in.
const MARKUP = /^(?:br|hr|wbr|[a-z][a-z0-9]*(?:\s[^<>=]*=[^<>]*|\s*\/))$/;

const NO_PLACEHOLDERS: readonly Placeholder[] = [];

function readPlaceholders(value: string): readonly Placeholder[] {
  const whole = wholePlaceholder(value);
  if (whole) return [whole];
  // Most values are new to the memo (names, keys, URLs) and hold none of the marks: one shared answer.
  const angle = value.includes('<');
  const template = value.includes('{{');
  const masked = value.includes('xxxxxx') || (hasMaskCharacter(value) && /[*•●]{6}/.test(value));
  if (!angle && !template && !masked) return NO_PLACEHOLDERS;
  const found: Placeholder[] = [];
  if (angle) {
    for (const match of value.matchAll(ANGLE)) {
      if (isMarkupTag(value, match[1])) continue;
      found.push(placeholderAt(match.index, match[0], 'angle'));
    }
  }
  if (template) {
    for (const match of value.matchAll(TEMPLATE)) found.push(placeholderAt(match.index, match[0], 'template'));
  }
  if (masked) {
    for (const match of value.matchAll(MASKED_RUN)) found.push(placeholderAt(match.index, match[0], 'masked'));
  }
  return outermost(found);
}

/** Whether the whole value is one placeholder (so type and format checks should not pile on). */
export function isPlaceholder(value: string): boolean {
  const found = findPlaceholders(value);
  if (found.length !== 1) return false;
  const start = value.length - value.trimStart().length;
  return found[0].start === start && found[0].end === value.trimEnd().length;
}

/** `<`, `x`, `X`, `*`: the ASCII characters a whole stand-in can open with (• and ● are not ASCII). */
const ASCII_WHOLE_OPENINGS: readonly number[] = [0x3c, 0x78, 0x58, 0x2a];

/** `x`, `X`: the ASCII characters a whole masked value without other marks opens with. */
const ASCII_X_OPENINGS: readonly number[] = [0x78, 0x58];

/**
 * Whether `value` opens with a plain ASCII character (not white space, which trimming would pass
 * over) outside `openings`; a non-ASCII opening is never ruled out this way.
 */
function opensWithOtherAscii(value: string, openings: readonly number[]): boolean {
  const opening = value.charCodeAt(0);
  return opening > 0x20 && opening < 0x80 && !openings.includes(opening);
}

function hasMaskCharacter(value: string): boolean {
  return value.includes('*') || value.includes('•') || value.includes('●');
}

/** The value, spaces around it aside, when it is wholly one stand-in. */
function wholePlaceholder(value: string): Placeholder | undefined {
  // Settled without trimming copies for most values.
  if (opensWithOtherAscii(value, ASCII_WHOLE_OPENINGS)) return undefined;
  const text = value.trim();
  const start = value.length - value.trimStart().length;
  if (text.length < 3) return undefined;
  // Every whole-value form starts with a bracket or a mask character: most values end here.
  const first = text[0];
  if (first !== '<') return MASKED_START.includes(first) && MASKED.test(text) ? placeholderAt(start, text, 'masked') : undefined;
  if (UNCLOSED_ANGLE.test(text)) return placeholderAt(start, text, 'angle');
  const inner = WHOLE_ANGLE.exec(text)?.[1];
  if (inner !== undefined && isStandIn(inner)) return placeholderAt(start, text, 'angle');
  return undefined;
}

/** What stands between the brackets of a whole value: words to fill in, not an address or a tag. */
function isStandIn(inner: string): boolean {
  const text = inner.trim();
  if (!/[A-Za-z]/.test(text)) return false;
  if (/[a-z]/.test(text) && (EMAIL.test(text) || BRACKETED_URL.test(text))) return false;
  // `</ROOT_DIR>` names a folder to fill in; `</div>` closes a tag.
  if (text.startsWith('/')) return /[A-Z_]/.test(text);
  return !MARKUP.test(text);
}

/** `<b>` in `<b>bold</b>`, `<Body>` in an XML text, `<br>`: a tag of markup the value carries. */
function isMarkupTag(value: string, name: string): boolean {
  return value.includes(`</${name}>`) || name === 'br' || name === 'hr' || name === 'wbr';
}

function placeholderAt(start: number, text: string, kind: Placeholder['kind']): Placeholder {
  return { start, end: start + text.length, text, kind };
}

/** Sorted by position, dropping any that lies inside an earlier one. */
function outermost(found: Placeholder[]): Placeholder[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Placeholder[] = [];
  for (const placeholder of found) {
    const last = kept[kept.length - 1];
    if (last && placeholder.start < last.end) continue;
    kept.push(placeholder);
  }
  return kept;
}

/**
 * Whether the string values of the JSON text `source`, which has no syntax problems, may hold a
 * placeholder that does not open the value with x or X. Every other form needs `<`, `{{`, a mask
 * character or a run of six x, which the text then shows as written or behind a `\u` escape. A few
 * scans of the text settle most bodies, so that their values need not each be looked up.
 */
export function jsonTextMayHoldMarks(source: string): boolean {
  return source.includes('<') || source.includes('{{') || source.includes('xxxxxx') || source.includes('\\u')
    || hasMaskCharacter(source);
}

/**
 * Whether `value` may be a whole masked value: one that opens (spaces aside) with x or X. A plain
 * ASCII opening other than those rules it out; white space or a non-ASCII one does not.
 */
export function mayOpenWithX(value: string): boolean {
  return !opensWithOtherAscii(value, ASCII_X_OPENINGS);
}

/** Every placeholder in `value`, in order; none inside another. Remembered per distinct value. */
export const findPlaceholders: (value: string) => readonly Placeholder[] = memoByString(readPlaceholders);
