import type { DatePattern, PatternToken } from '../embedded/datePattern';
import { checkTimeZone, javaZone } from '../embedded/timeZone';
import type { ZoneRules } from '../embedded/zoneRules';
import { memoByString } from '../text/stringMemo';
import type { DatePatternSite } from '../model/embeddedSites';
import { instanceRule } from './rule';
import { checkedPatternSites, patternRange, perPattern, replaceInPattern } from './support/datePatternSites';
import { notAPattern } from './support/notAPattern';

/** Quoted texts that claim the time is UTC. */
const UTC_LITERALS = new Set(['Z', 'UTC', 'GMT']);

/**
 * A quoted `'Z'` is text, not a zone: Java writes it after whatever time it has, and when reading
 * only checks that it is there. With a zone that is not UTC, the pattern labels local times as UTC:
 * the API (or the poller) is off by the zone's offset, and nothing fails.
 */
export default instanceRule(
  {
    id: 'date-pattern-literal-z',
    severity: 'warning',
    description: "A quoted 'Z' (UTC) in a pattern whose time zone is not UTC.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      const literals = closedUtcLiterals(site.pattern);
      if (literals.length === 0 || site.zone === undefined || notAPattern(site)) continue;
      const offsets = zoneOffsets(site.zone);
      if (!offsets || isAlwaysUtc(offsets)) continue;
      for (const token of literals) {
        const literal = site.pattern.source.slice(token.start, token.end);
        context.report({
          range: patternRange(site, token.start, token.end),
          path: site.path,
          message: message(site, literal, describeOffsets(offsets)),
          suggestions: [{ title: `Replace ${literal} with 'XXX'`, edits: [replaceInPattern(site, token.start, token.end, 'XXX')] }],
        });
      }
    }
  },
);

type LiteralToken = Extract<PatternToken, { kind: 'literal' }>;

/** Quoted `'Z'`, `'UTC'`, `'GMT'`; an unclosed `'Z` is the syntax rule's: what it was meant to be is not known yet. */
const closedUtcLiterals = perPattern((pattern): readonly LiteralToken[] => {
  const found: LiteralToken[] = [];
  for (const token of pattern.tokens) {
    if (token.kind === 'literal' && token.quoted && UTC_LITERALS.has(token.text) && isClosed(pattern, token.start)) found.push(token);
  }
  return found;
});

function isClosed(pattern: DatePattern, start: number): boolean {
  return !pattern.errors.some((error) => error.kind === 'unterminated-quote' && error.start === start);
}

function message(site: DatePatternSite, literal: string, offsets: string): string {
  const zone = `'${site.zone}' (${offsets})`;
  if (site.role === 'template') {
    return `The quoted ${literal} labels the time as UTC, but this template writes it in ${zone}: the API reads a local time as UTC and the poll window is off by the offset. Use XXX, which writes the real offset.`;
  }
  const setting = site.role === 'legacy' ? 'the time zone field of this line' : site.role === 'updatedDateFormat' ? 'updatedDateTimezone' : 'createdDateTimezone';
  return `The quoted ${literal} says the dates are UTC, but they are read in ${zone}, set by ${setting}: Java matches ${literal} as plain text and reads the time as local, off by the offset if the data really is UTC. Use XXX, which reads Z and ±hh:mm from the data, or set the time zone to GMT.`;
}

/** The zone Java uses, when the id says one; unknown ids and placeholders are the zone rules' concern. */
function zoneRules(id: string): ZoneRules | undefined {
  const check = checkTimeZone(id);
  switch (check.kind) {
    case 'ok': return javaZone(check.canonical ?? check.id);
    case 'abbreviation': return javaZone(check.id);
    // Java would read `-6:00` as GMT, but the writer meant an offset: the literal disagrees either way.
    case 'offset-without-gmt': return javaZone(check.suggestion);
    default: return undefined;
  }
}

/**
 * The zone's offsets in minutes in mid-January and mid-July of this year (winter and summer on
 * either side of the equator); undefined when the id names no zone. Bodies name the same few zones
 * at every site, so the offsets are kept per id for the year.
 */
function zoneOffsets(id: string): readonly number[] | undefined {
  // `Date.now()` is cheap where `new Date().getUTCFullYear()` is not; the year is read only when it may have changed.
  const now = Date.now();
  if (now < thisYear.start || now >= thisYear.end) thisYear = offsetsInYear(new Date(now).getUTCFullYear());
  return thisYear.offsets(id) ?? undefined;
}

interface YearOffsets {
  readonly start: number;
  readonly end: number;
  readonly offsets: (id: string) => readonly number[] | null;
}

let thisYear: YearOffsets = { start: 0, end: 0, offsets: () => null };

function offsetsInYear(year: number): YearOffsets {
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), offsets: memoByString((id) => sampleOffsets(id, year)) };
}

function sampleOffsets(id: string, year: number): readonly number[] | null {
  const zone = zoneRules(id);
  if (!zone) return null;
  return [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((instant) => zone.offsetMinutesAt(instant));
}

function isAlwaysUtc(offsets: readonly number[]): boolean {
  for (const offset of offsets) if (offset !== 0) return false;
  return true;
}

function describeOffsets(offsets: readonly number[]): string {
  const standard = Math.min(...offsets);
  const daylight = Math.max(...offsets);
  return standard === daylight ? utc(standard) : `${utc(standard)}, ${utc(daylight)} in daylight saving time`;
}

function utc(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
