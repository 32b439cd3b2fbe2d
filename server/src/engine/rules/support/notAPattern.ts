/**
 * Values that stand where a date pattern belongs but are something else: a misspelt `milliseconds`,
 * a description, an example value, a URL template, a strftime format. The syntax rule reports such a
 * value once, as a whole; the other date-pattern rules leave it alone, since its letters mean nothing.
 */
import { PATTERN_LETTERS, type DatePattern } from '../../embedded/datePattern';
import { findUrlTemplates, templateDescriptor } from '../../embedded/urlTemplate';
import type { DatePatternSite } from '../../model/embeddedSites';
import { type FieldToken, isFormatValue, perPattern } from './datePatternSites';
import { editDistance } from './suggest';

export type NotAPattern =
  /** `Milliseconds`, `millis`, `milliseconds'`: the keyword, misspelt. */
  | { readonly kind: 'milliseconds' }
  /** `10 digit integer Unix time`, `epoch`, `key`: words where the pattern belongs. */
  | { readonly kind: 'description' }
  /** `518862600`, `2017-08-30T13:19:29Z`: a value pasted where its pattern belongs. */
  | { readonly kind: 'example' }
  /** `gmtDate:yyyy-MM-dd`, `${epoch:ms}` in a format field: the URL template, not its pattern. */
  | { readonly kind: 'template'; readonly descriptor: string; readonly replacement?: string; readonly zone?: string; readonly certain: boolean }
  /** `%Y-%m-%d`: C, Python or Ruby's notation, with the Java pattern it stands for when it has one. */
  | { readonly kind: 'strftime'; readonly replacement?: string };

/**
 * The classification depends only on the value (the pattern's source) and on whether it is a format
 * or a template's argument, so it is made once per distinct pattern of each kind.
 */
export function notAPattern(site: DatePatternSite): NotAPattern | undefined {
  return (isFormatValue(site) ? asFormat : asTemplateArgument)(site.pattern) ?? undefined;
}

const asFormat = perPattern((pattern) => classify(pattern.source, pattern, true) ?? null);
const asTemplateArgument = perPattern((pattern) => classify(pattern.source, pattern, false) ?? null);

function classify(value: string, pattern: DatePattern, isFormat: boolean): NotAPattern | undefined {
  if (strftimeCodes(value) >= 2) return { kind: 'strftime', replacement: fromStrftime(value) };
  // What follows only ever replaces a value Java rejects, so no working pattern is taken for something else.
  if (pattern.errors.length === 0) return digitCount(value) >= 4 && isExampleShaped(pattern) ? { kind: 'example' } : undefined;
  if (isFormat) {
    if (isMillisecondsNearMiss(value)) return { kind: 'milliseconds' };
    const template = templateInFormat(value);
    if (template) return template;
  }
  if (digitCount(value) >= 4 && isExampleShaped(pattern)) return { kind: 'example' };
  if (!isProse(pattern, value)) return undefined;
  return /\d{4}[-/.]\d{1,2}|\d{9}/.test(value) ? { kind: 'example' } : { kind: 'description' };
}

/** Spellings of the keyword that are plainly it, once case, quotes and separators are ignored. */
const MILLISECONDS_SPELLINGS = new Set(['milliseconds', 'millisecond', 'millis', 'millisec', 'millisecs', 'epochmillis', 'epochmilliseconds']);

function isMillisecondsNearMiss(value: string): boolean {
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  return MILLISECONDS_SPELLINGS.has(letters) || (letters.length >= 9 && editDistance(letters, 'milliseconds', 2) <= 2);
}

/** `gmtDate:…`, `${date:…}`, `{dateTimeZone:PST:…}`, `epoch:ms`: a descriptor and a colon or braces. */
function templateInFormat(value: string): NotAPattern | undefined {
  const text = value.trim();
  const body = text.replace(/^\$?\{/, '').replace(/\}$/, '');
  const name = /^[A-Za-z]+/.exec(body)?.[0] ?? '';
  const descriptor = templateDescriptor(name);
  if (!descriptor || (body === name && body === text && descriptor.name !== 'epoch')) return undefined;
  const template = findUrlTemplates(`\${${body}}`)[0];
  if (descriptor.argument === 'pattern') {
    const replacement = template.argument || undefined;
    return { kind: 'template', descriptor: descriptor.name, replacement, zone: template.zone, certain: replacement !== undefined && template.zone === undefined };
  }
  if (descriptor.argument === 'none') return { kind: 'template', descriptor: descriptor.name, replacement: 'milliseconds', certain: true };
  // epoch: milliseconds unless a unit says otherwise; only a written `ms` is certain.
  const unit = template.argument;
  if (unit === undefined || unit === 'ms') return { kind: 'template', descriptor: descriptor.name, replacement: 'milliseconds', certain: unit === 'ms' };
  return { kind: 'template', descriptor: descriptor.name, certain: false };
}

/** Only separators and a zone letter among the digits: a date or a number, not its pattern. */
function isExampleShaped(pattern: DatePattern): boolean {
  return unquotedLetters(pattern).every((token) => token.count === 1 && 'TZtz'.includes(token.letter));
}

/**
 * Real patterns have at most a stray separator letter that Java rejects; prose has such letters in
 * most words. A single word of different letters (`key`, `date`) is prose too, since pattern fields
 * repeat their letter (`yyyyMMdd`); a lone `T` in one is a separator (`yMdTHms`).
 */
function isProse(pattern: DatePattern, value: string): boolean {
  const letters = unquotedLetters(pattern);
  const illegal = letters.filter((token) => !PATTERN_LETTERS.has(token.letter));
  const illegalCount = count(illegal);
  if (illegalCount >= 2 && illegalCount * 2 >= count(letters) && words(pattern).some((word) => word.illegal >= 2 && word.length >= 3)) return true;
  return illegal.some((token) => token.letter !== 'T') && letters.length >= 3 && letters.every((token) => token.count === 1)
    && value.trim() === letters.map((token) => token.letter).join('');
}

function unquotedLetters(pattern: DatePattern): FieldToken[] {
  return pattern.tokens.filter((token): token is FieldToken => token.kind === 'field');
}

function count(tokens: readonly FieldToken[]): number {
  return tokens.reduce((sum, token) => sum + token.count, 0);
}

function digitCount(value: string): number {
  return (value.match(/[0-9]/g) ?? []).length;
}

/** Runs of unquoted letters, a "word" each: `digit` is one, so is `ddTHH`. */
function words(pattern: DatePattern): { length: number; illegal: number }[] {
  const found: { length: number; illegal: number }[] = [];
  let current: { length: number; illegal: number } | undefined;
  let end = -1;
  for (const token of pattern.tokens) {
    if (token.kind !== 'field') {
      current = undefined;
      continue;
    }
    if (!current || token.start !== end) {
      current = { length: 0, illegal: 0 };
      found.push(current);
    }
    current.length += token.count;
    if (!PATTERN_LETTERS.has(token.letter)) current.illegal += token.count;
    end = token.end;
  }
  return found;
}

/** strftime conversions and the Java letters that write the same. */
const STRFTIME: Readonly<Record<string, string>> = {
  Y: 'yyyy', y: 'yy', m: 'MM', d: 'dd', e: 'd', H: 'HH', I: 'hh', M: 'mm', S: 'ss', L: 'SSS', p: 'a',
  b: 'MMM', h: 'MMM', B: 'MMMM', a: 'EEE', A: 'EEEE', z: 'Z', Z: 'z', j: 'DDD', F: 'yyyy-MM-dd', T: 'HH:mm:ss',
};

function strftimeCodes(value: string): number {
  return (value.match(/%[A-Za-z]/g) ?? []).length;
}

/** The Java pattern for a strftime format, or undefined when it uses a conversion Java has no letter for. */
function fromStrftime(value: string): string | undefined {
  let result = '';
  let text = '';
  const flush = () => {
    if (text) result += `'${text}'`;
    text = '';
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '%' && value[i + 1] === '%') {
      flush();
      result += '%';
      i++;
    } else if (c === '%') {
      const java = STRFTIME[value[i + 1]];
      if (java === undefined) return undefined;
      flush();
      result += java;
      i++;
    } else if (/[A-Za-z]/.test(c)) {
      text += c;
    } else {
      flush();
      result += c === "'" ? "''" : c;
    }
  }
  flush();
  return result;
}
