/**
 * Time-zone ids as Java 17's `TimeZone.getTimeZone(id)` reads them. Java never rejects an id: one it
 * does not know silently becomes GMT, so polls run hours off without any error. `checkTimeZone` tells
 * the cases apart; `javaZone` answers offsets and names the way Java would, for examples in hovers.
 *
 * The ids, the display names and the short-id table come from Java itself
 * (scripts/generate-java-zone-ids.sh); offsets at an instant come from the ICU data in Node.
 */
import zoneData from './javaZoneIds.json';
import type { ZoneRules } from './zoneRules';
import { memoByString } from '../text/stringMemo';

export type ZoneCheck =
  /** Java knows the id: a tz database id or alias, GMT, UTC, or a custom `GMT±h[:mm]` / `GMT±hhmm`. */
  | { kind: 'ok'; id: string; canonical?: string }
  /** One of Java's deprecated three-letter ids (EST, PST, IST...): ambiguous to people, fixed in Java. */
  | { kind: 'abbreviation'; id: string; meaning: string; suggestions: string[] }
  /** `-6:00`, `+0600`: Java wants the `GMT` prefix and reads these as GMT. */
  | { kind: 'offset-without-gmt'; id: string; suggestion: string }
  /** A placeholder copied from the docs (`{TimeZone}`) and never replaced. */
  | { kind: 'placeholder'; id: string }
  | { kind: 'empty' }
  /** Java does not know it and uses GMT instead. */
  | { kind: 'unknown'; id: string; suggestions: string[] };

/** Java's four Locale.US names of a zone: short and long, standard and daylight. */
type ZoneNames = readonly [standardShort: string, daylightShort: string, standardLong: string, daylightLong: string];

const javaIds: readonly string[] = zoneData.ids;
const knownIds = new Set(javaIds);
/** Java's deprecated short ids and the zone each stands for (`ZoneId.SHORT_IDS`). */
const shortIds: ReadonlyMap<string, string> = new Map(Object.entries(zoneData.shortIds));
/** The short ids that Java makes fixed offsets rather than aliases: EST, MST, HST. */
const fixedOffsetMinutes: ReadonlyMap<string, number> = new Map(Object.entries(zoneData.fixedOffsetMinutes));

// Built on first use: a process that checks only known ids never needs them (CLI start-up).
let idsByLowerCase: ReadonlyMap<string, string> | undefined;
let namesById: ReadonlyMap<string, ZoneNames> | undefined;
let suggestibleIds: readonly SuggestibleId[] | undefined;

/** An id as closeIds compares it, lower-cased once per process rather than once per search. */
interface SuggestibleId {
  readonly id: string;
  readonly lower: string;
  readonly lastSegment: string;
}

function idForLowerCase(lower: string): string | undefined {
  idsByLowerCase ??= new Map(javaIds.map((id) => [id.toLowerCase(), id]));
  return idsByLowerCase.get(lower);
}

function namesOf(id: string): ZoneNames | undefined {
  namesById ??= new Map(javaIds.map((id, i) => [id, toNames(zoneData.names[zoneData.nameIndex[i]])]));
  return namesById.get(id);
}

/**
 * Ids whose offset never changes, answered without ICU: a process's first Intl.DateTimeFormat loads
 * ICU's data (tens of milliseconds), which a body that only uses GMT or UTC need not pay. ICU gives
 * them the same offsets at every instant (timeZone.test.ts compares them).
 */
const UTC_IDS: ReadonlySet<string> = new Set([
  'GMT', 'GMT0', 'Greenwich', 'UCT', 'UTC', 'Universal', 'Zulu',
  'Etc/GMT', 'Etc/GMT+0', 'Etc/GMT-0', 'Etc/GMT0', 'Etc/Greenwich', 'Etc/UCT', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu',
]);

/** The offset of a Java id that never changes it, or undefined when it may. */
function constantOffsetMinutes(id: string): number | undefined {
  if (UTC_IDS.has(id)) return 0;
  // POSIX signs: Etc/GMT+5 is five hours west of Greenwich, UTC-05:00.
  if (id.startsWith('Etc/GMT+') || id.startsWith('Etc/GMT-')) {
    const hours = Number(id.slice('Etc/GMT+'.length));
    if (Number.isInteger(hours)) return (id[7] === '+' ? -hours : hours) * 60 || 0;
  }
  return undefined;
}

/** Zones people most often mean; completion and suggestions list them first. */
const commonIds: readonly string[] = [
  'GMT', 'UTC', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix',
  'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Sao_Paulo',
  'Europe/London', 'Europe/Dublin', 'Europe/Paris', 'Europe/Berlin', 'Europe/Amsterdam', 'Asia/Kolkata',
  'Asia/Dubai', 'Asia/Singapore', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland',
];
const commonRank = new Map(commonIds.map((id, i) => [id, i]));

/**
 * What people usually mean by a short id when it is not what Java's table says. The first of `ids` is
 * the usual reading; Java's own target is always suggested too.
 */
const otherReadings: ReadonlyMap<string, { note: string; ids: readonly string[] }> = new Map(Object.entries({
  EST: { note: 'New York switches to EDT in summer, EST does not', ids: ['America/New_York'] },
  MST: { note: 'Denver switches to MDT in summer, MST does not; Phoenix stays on MST all year', ids: ['America/Denver', 'America/Phoenix'] },
  HST: { note: 'today the same as Pacific/Honolulu, which has no daylight saving either', ids: ['Pacific/Honolulu'] },
  AST: { note: 'Alaska, not Atlantic Standard Time', ids: ['America/Halifax'] },
  ART: { note: 'Egypt, not Argentina Time', ids: ['America/Argentina/Buenos_Aires'] },
  BST: { note: 'Bangladesh, not British Summer Time', ids: ['Europe/London'] },
  CST: { note: 'US Central, not China Standard Time', ids: ['Asia/Shanghai'] },
  ECT: { note: 'Central Europe, not Ecuador Time', ids: ['America/Guayaquil'] },
  IST: { note: 'India, not Irish or Israel Standard Time', ids: ['Europe/Dublin', 'Asia/Jerusalem'] },
  NST: { note: 'New Zealand, not Newfoundland Standard Time', ids: ['America/St_Johns'] },
  SST: { note: 'Solomon Islands, not Samoa or Singapore time', ids: ['Pacific/Pago_Pago', 'Asia/Singapore'] },
}));

function readTimeZone(id: string): ZoneCheck {
  if (id.trim() === '') {
    return { kind: 'empty' };
  }
  if (shortIds.has(id)) {
    return abbreviation(id);
  }
  if (knownIds.has(id)) {
    return { kind: 'ok', id };
  }
  const custom = parseCustomId(id);
  if (custom) {
    return custom.id === id ? { kind: 'ok', id } : { kind: 'ok', id, canonical: custom.id };
  }
  if (/^[+-]\d{1,2}(?::?\d{2})?$/.test(id)) {
    const withPrefix = parseCustomId(`GMT${id}`);
    if (withPrefix) {
      return { kind: 'offset-without-gmt', id, suggestion: withPrefix.id };
    }
  }
  if (isPlaceholder(id)) {
    return { kind: 'placeholder', id };
  }
  return { kind: 'unknown', id, suggestions: suggestionsFor(id) };
}

/** The zone Java would use for `id`: GMT for an id it does not know. */
export function javaZone(id: string): ZoneRules {
  let zone = zoneCache.get(id);
  if (!zone) {
    zone = createZone(id);
    // Only Java's own ids: they are few, and their offsets are worth keeping. Custom ids are cheap.
    if (knownIds.has(id)) {
      zoneCache.set(id, zone);
    }
  }
  return zone;
}

/**
 * Ids for completion: those that start with `text`, then those with a path segment that starts with
 * it (`den` finds America/Denver), then those that contain it; common zones first within each group.
 * Case and spaces versus underscores do not matter. Java's deprecated three-letter ids and the
 * SystemV zones are left out.
 */
export function matchingZoneIds(text: string, limit: number): string[] {
  const wanted = text.trim().toLowerCase().replace(/ /g, '_');
  const matches: { id: string; group: number }[] = [];
  for (const { id, lower } of suggestible()) {
    const at = lower.indexOf(wanted);
    if (at < 0) {
      continue;
    }
    const group = at === 0 ? 0 : lower.includes(`/${wanted}`) ? 1 : 2;
    matches.push({ id, group });
  }
  matches.sort((a, b) => a.group - b.group || byCommonness(a.id, b.id));
  return matches.slice(0, Math.max(0, limit)).map((match) => match.id);
}

function abbreviation(id: string): Extract<ZoneCheck, { kind: 'abbreviation' }> {
  const target = shortIds.get(id) ?? 'GMT';
  const reading = otherReadings.get(id);
  const fixed = fixedOffsetMinutes.get(id);
  if (fixed !== undefined) {
    const offset = formatOffset(fixed).slice(3);
    return {
      kind: 'abbreviation', id,
      meaning: `${id} is a fixed UTC${offset} with no daylight saving in Java${reading ? ` (${reading.note})` : ''}`,
      suggestions: unique([...(reading?.ids ?? []), formatOffset(fixed)]),
    };
  }
  return {
    kind: 'abbreviation', id,
    meaning: `${id} is ${target} in Java${reading ? ` (${reading.note})` : ''}`,
    suggestions: unique([target, ...(reading?.ids ?? [])]),
  };
}

/**
 * Java's reading of a custom id (`TimeZone.parseCustomTimeZone`): `GMT`, a sign, then hours with
 * optional `:mm`, or up to four digits read as `hhmm`; at most 23:59. Returns Java's normalised id.
 */
function parseCustomId(id: string): { id: string; offsetMinutes: number } | undefined {
  if (id.length < 5 || !id.startsWith('GMT') || (id[3] !== '+' && id[3] !== '-')) {
    return undefined;
  }
  const negative = id[3] === '-';
  let hours = 0;
  let value = 0;
  let digits = 0;
  let colons = 0;
  for (let i = 4; i < id.length; i++) {
    const c = id[i];
    if (c === ':') {
      if (colons > 0 || digits > 2) {
        return undefined;
      }
      hours = value;
      colons++;
      value = 0;
      digits = 0;
    } else if (c >= '0' && c <= '9') {
      value = value * 10 + Number(c);
      digits++;
    } else {
      return undefined;
    }
  }
  let minutes = value;
  if (colons === 0) {
    hours = digits <= 2 ? value : Math.floor(value / 100);
    minutes = digits <= 2 ? 0 : value % 100;
  } else if (digits !== 2) {
    return undefined;
  }
  if (hours > 23 || minutes > 59) {
    return undefined;
  }
  const offsetMinutes = (negative ? -1 : 1) * (hours * 60 + minutes);
  // Java keeps the sign of a zero offset in the id: GMT-0 becomes GMT-00:00.
  return { id: offsetMinutes === 0 ? `GMT${id[3]}00:00` : formatOffset(offsetMinutes), offsetMinutes: offsetMinutes || 0 };
}

/** `GMT-08:00`, the form Java gives custom ids. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `GMT${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Left-overs from docs and templates: `{TimeZone}`, `<TIMEZONE>`, `TIME_ZONE`, `YourTimeZone`. */
function isPlaceholder(id: string): boolean {
  const text = id.trim();
  const body = text.startsWith('$') ? text.slice(1) : text;
  const closers: Record<string, string> = { '{': '}', '<': '>', '[': ']' };
  if (body.length >= 2 && closers[body[0]] === body[body.length - 1]) {
    return true;
  }
  // Separators keep the patterns linear: `_` never matches the classes around it.
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text) || /time[ _-]?zone/i.test(text);
}

function suggestionsFor(id: string): string[] {
  const found: string[] = [];
  const add = (candidate: string | undefined): void => {
    if (candidate === undefined) {
      return;
    }
    // A short id is deprecated, so point at what it stands for instead.
    const replacements = shortIds.has(candidate) ? abbreviation(candidate).suggestions : [candidate];
    for (const replacement of replacements) {
      if (!found.includes(replacement)) {
        found.push(replacement);
      }
    }
  };
  const text = id.trim();
  const lower = text.toLowerCase().replace(/ /g, '_');
  add(idForLowerCase(lower));
  const offset = /^(?:gmt|utc|z)?\s*([+-])\s*(\d{1,2}(?::?\d{2})?)$/i.exec(text);
  if (offset) {
    // An offset Java cannot read (GMT+24) has no close id worth offering: Etc/GMT+2 means UTC-2.
    add(parseCustomId(`GMT${offset[1]}${offset[2]}`)?.id);
    return found;
  }
  if (lower === 'z') {
    add('UTC');
  }
  if (found.length === 0 && lower.length > 0 && lower.length <= 40) {
    for (const candidate of closeIds(lower)) {
      add(candidate);
    }
  }
  return found.slice(0, 3);
}

/** Ids within a few typing mistakes of `lower`, compared whole and by their last segment (`Denvr`). */
function closeIds(lower: string): string[] {
  const limit = Math.max(1, Math.floor(lower.length / 4));
  const scored: { id: string; distance: number }[] = [];
  for (const candidate of suggestible()) {
    const distance = Math.min(editDistance(lower, candidate.lower, limit), editDistance(lower, candidate.lastSegment, limit));
    if (distance <= limit) {
      scored.push({ id: candidate.id, distance });
    }
  }
  scored.sort((a, b) => a.distance - b.distance || byCommonness(a.id, b.id));
  return scored.map((entry) => entry.id);
}

function suggestible(): readonly SuggestibleId[] {
  suggestibleIds ??= javaIds.filter(isSuggestible).map((id) => {
    const lower = id.toLowerCase();
    return { id, lower, lastSegment: lower.slice(lower.lastIndexOf('/') + 1) };
  });
  return suggestibleIds;
}

// Two rows of the distance table, reused by every call: a search compares hundreds of ids.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance (by UTF-16 unit), or `limit + 1` as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const unit = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = unit === b.charCodeAt(j - 1) ? 0 : 1;
      const distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = distance;
      if (distance < rowMin) rowMin = distance;
    }
    if (rowMin > limit) {
      return limit + 1;
    }
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length];
}

/** Deprecated short ids and the obsolete SystemV zones work in Java but are not worth proposing. */
function isSuggestible(id: string): boolean {
  return !shortIds.has(id) && !id.startsWith('SystemV/');
}

function byCommonness(a: string, b: string): number {
  const rankA = commonRank.get(a) ?? commonIds.length;
  const rankB = commonRank.get(b) ?? commonIds.length;
  return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
}

function toNames(names: readonly string[]): ZoneNames {
  return [names[0], names[1], names[2], names[3]];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

const zoneCache = new Map<string, ZoneRules>();

function createZone(id: string): ZoneRules {
  const fixed = fixedOffsetMinutes.get(id);
  const names = namesOf(id);
  if (fixed !== undefined && names) {
    return new FixedZone(id, fixed, names);
  }
  if (names) {
    const constant = constantOffsetMinutes(id);
    if (constant !== undefined) return new FixedZone(id, constant, names);
    // Java reads the old short ids (PST, IST...) as the zone its table names; ICU may not know them all.
    return IntlZone.create(id, shortIds.get(id) ?? id, names);
  }
  const custom = parseCustomId(id);
  if (custom) {
    return new FixedZone(custom.id, custom.offsetMinutes, [custom.id, custom.id, custom.id, custom.id]);
  }
  return javaZone('GMT');
}

class FixedZone implements ZoneRules {
  constructor(readonly id: string, private readonly offset: number, private readonly names: ZoneNames) {}

  offsetMinutesAt(): number {
    return this.offset;
  }

  inDaylightTime(): boolean {
    return false;
  }

  shortName(): string {
    return this.names[0];
  }

  longName(): string {
    return this.names[2];
  }
}

/** Offsets from ICU through Intl; names from Java's table. */
class IntlZone implements ZoneRules {
  /** The smallest offset in each UTC year, the year's standard time. */
  private readonly standardByYear = new Map<number, number>();
  private readonly offsets = new Map<number, number>();

  private constructor(readonly id: string, private readonly format: Intl.DateTimeFormat, private readonly names: ZoneNames) {}

  static create(id: string, icuId: string, names: ZoneNames): ZoneRules {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: icuId, timeZoneName: 'longOffset' });
    } catch {
      // A Node built with reduced ICU data may lack the id; standard time at GMT is all that is left.
      return new FixedZone(id, 0, names);
    }
    return new IntlZone(id, format, names);
  }

  offsetMinutesAt(epochMillis: number): number {
    // formatToParts costs tens of microseconds, and rules ask the same instants for every body.
    let offset = this.offsets.get(epochMillis);
    if (offset === undefined) {
      if (this.offsets.size >= 256) this.offsets.clear();
      offset = this.computeOffsetMinutes(epochMillis);
      this.offsets.set(epochMillis, offset);
    }
    return offset;
  }

  private computeOffsetMinutes(epochMillis: number): number {
    const name = this.format.formatToParts(epochMillis).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
    if (!match) {
      return 0;
    }
    const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
    // Java divides milliseconds by 60000, dropping the seconds of old local mean times.
    const minutes = Math.floor(seconds / 60);
    return (match[1] === '-' ? -minutes : minutes) || 0; // no -0 for a zone a few seconds west of GMT
  }

  /**
   * Java flags daylight time when the offset is above the zone's standard offset. ICU does not say
   * which offset is standard, so the year's smallest offset stands in (sampled twice a month, which
   * catches even Morocco's month-long Ramadan time). A zone that moved its standard offset during the
   * year reads as daylight time before the move.
   */
  inDaylightTime(epochMillis: number): boolean {
    const year = new Date(epochMillis).getUTCFullYear();
    let standard = this.standardByYear.get(year);
    if (standard === undefined) {
      standard = Infinity;
      for (let month = 0; month < 12; month++) {
        for (const day of [1, 15]) {
          standard = Math.min(standard, this.offsetMinutesAt(Date.UTC(year, month, day, 12)));
        }
      }
      this.standardByYear.set(year, standard);
    }
    return this.offsetMinutesAt(epochMillis) > standard;
  }

  shortName(epochMillis: number): string {
    return this.names[this.inDaylightTime(epochMillis) ? 1 : 0];
  }

  longName(epochMillis: number): string {
    return this.names[this.inDaylightTime(epochMillis) ? 3 : 2];
  }
}

/** What Java makes of a zone id; remembered per distinct id. */
export const checkTimeZone: (id: string) => ZoneCheck = memoByString(readTimeZone);
