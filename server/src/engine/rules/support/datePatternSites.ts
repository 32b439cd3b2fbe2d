/** What the date-pattern rules share: which sites to check, and how to find a field and its neighbours. */
import type { OffsetRange, TextEdit } from '../../types';
import { PATTERN_LETTERS, type DatePattern, type PatternToken } from '../../embedded/datePattern';
import { memoByKey, memoByString } from '../../text/stringMemo';
import type { DatePatternSite } from '../../model/embeddedSites';
import type { InstanceBody } from '../../model/instanceBody';
import { isPlaceholder } from './placeholders';
import { perBody } from './perBody';
import { shortened } from './shortened';

export type FieldToken = Extract<PatternToken, { kind: 'field' }>;

/**
 * Date patterns worth checking. A value that is wholly a docs placeholder belongs to no-placeholders,
 * except a run of `X`, which here is an offset field (`XXXXXX` is copied from CE's date table); a
 * template without its `}` runs to the end of the URL, so where its pattern ends is not known (the
 * CEQL quote after it would pass for a stray quote) and the template rules report it.
 */
export const checkedPatternSites: (body: InstanceBody) => readonly DatePatternSite[] = perBody((body) =>
  body.embedded.datePatterns.filter((site) => isCheckedValue(site.pattern.source)
    && (site.role !== 'template' || site.text.text[site.end] === '}')));

// Keyed by the shared parse's `source` (the value), which the memo finds faster than an equal copy.
const isCheckedValue = memoByString((value) => /^X+$/.test(value) || !isPlaceholder(value));

/**
 * Wraps a check of the pattern alone so that it runs once per distinct pattern: bodies repeat the
 * same few, and each rule asks about every site. Results are shared between sites: read-only.
 * Patterns are shared too, so the key is mostly the very string the memo holds: a Map finds that
 * several times faster than an equal copy (such as `site.value`).
 */
export function perPattern<T>(check: (pattern: DatePattern) => T): (pattern: DatePattern) => T {
  return memoByKey((pattern: DatePattern) => pattern.source, check);
}

/** Format fields (`updatedDateFormat`, `createdDateFormat`, a legacy line's formats): they also take `milliseconds`. */
export function isFormatValue(site: DatePatternSite): boolean {
  return site.role !== 'template';
}

/** The document range of `[start, end)` of the pattern. */
export function patternRange(site: DatePatternSite, start: number, end: number): OffsetRange {
  return site.text.documentRange(site.start + start, site.start + end);
}

/** An edit that replaces `[start, end)` of the pattern (given unescaped). */
export function replaceInPattern(site: DatePatternSite, start: number, end: number, newText: string): TextEdit {
  return site.text.replace(site.start + start, site.start + end, newText);
}

/** The fields of the pattern written with one of `letters`, in order. */
export function fieldsOf(pattern: DatePattern, letters: string): FieldToken[] {
  return pattern.tokens.filter((token): token is FieldToken => token.kind === 'field' && letters.includes(token.letter) && PATTERN_LETTERS.has(token.letter));
}

export function hasField(pattern: DatePattern, letters: string): boolean {
  return pattern.tokens.some((token) => token.kind === 'field' && letters.includes(token.letter));
}

/** A field's neighbour on one side and the literal text between them (quotes removed). */
export interface Neighbour {
  readonly field: FieldToken;
  readonly between: string;
}

/** The nearest field before (`-1`) or after (`1`) the token at `index`, with the text between. */
export function neighbour(pattern: DatePattern, index: number, direction: -1 | 1): Neighbour | undefined {
  let between = '';
  for (let i = index + direction; i >= 0 && i < pattern.tokens.length; i += direction) {
    const token = pattern.tokens[i];
    if (token.kind === 'field') return PATTERN_LETTERS.has(token.letter) ? { field: token, between } : undefined;
    between = direction < 0 ? token.text + between : between + token.text;
  }
  return undefined;
}

/** Shortens a value for a message, so a pasted paragraph does not fill the screen. */
export function shown(value: string): string {
  return shortened(value, 48);
}
