import type { DatePattern } from './datePattern';
import type { ZoneRules } from './zoneRules';

/*
 * Formatting as `new SimpleDateFormat(pattern, Locale.US)` with a given TimeZone does it.
 *
 * The calendar is the proleptic Gregorian one. Java's GregorianCalendar switches to the Julian
 * calendar before 1582-10-15, and zones had second-level offsets (local mean time) into the early
 * 1900s while ZoneRules speaks in whole minutes, so only instants after 1900 are claimed to match.
 */

const DAY_MS = 86_400_000;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's DecimalFormat prints at most this many integer digits, however many letters ask for more. */
const MAX_DIGITS = 309;

/** The calendar fields of one local date-time, with US week rules (weeks start on Sunday; week 1 holds 1 January). */
interface LocalFields {
  year: number;
  /** 0 = January. */
  month: number;
  dayOfMonth: number;
  /** 0 = Sunday. */
  dayOfWeek: number;
  dayOfYear: number;
  weekYear: number;
  weekOfYear: number;
  weekOfMonth: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** What the pattern gives for the instant in the zone. Throws the error Java would throw for a bad pattern. */
export function formatDate(pattern: DatePattern, epochMillis: number, zone: ZoneRules): string {
  if (pattern.errors.length > 0) throw new Error(pattern.errors[0].message);
  const offsetMinutes = zone.offsetMinutesAt(epochMillis);
  const local = localFields(epochMillis + offsetMinutes * 60_000);
  let text = '';
  for (const token of pattern.tokens) {
    if (token.kind === 'literal') {
      text += token.text;
    } else if (token.letter === 'z') {
      text += token.count >= 4 ? zone.longName(epochMillis) : zone.shortName(epochMillis);
    } else if (token.letter === 'Z') {
      text += rfc822Offset(offsetMinutes);
    } else if (token.letter === 'X') {
      text += isoOffset(offsetMinutes, token.count);
    } else {
      text += formatField(token.letter, token.count, local);
    }
  }
  return text;
}

function formatField(letter: string, count: number, f: LocalFields): string {
  switch (letter) {
    case 'G': return f.year > 0 ? 'AD' : 'BC';
    case 'y': return year(f.year > 0 ? f.year : 1 - f.year, count);
    case 'Y': return year(f.weekYear, count);
    case 'M':
    case 'L': return count >= 4 ? MONTHS[f.month] : count === 3 ? MONTHS[f.month].slice(0, 3) : pad(f.month + 1, count);
    case 'w': return pad(f.weekOfYear, count);
    case 'W': return pad(f.weekOfMonth, count);
    case 'D': return pad(f.dayOfYear, count);
    case 'd': return pad(f.dayOfMonth, count);
    case 'F': return pad(Math.floor((f.dayOfMonth - 1) / 7) + 1, count);
    case 'E': return count >= 4 ? WEEKDAYS[f.dayOfWeek] : WEEKDAYS[f.dayOfWeek].slice(0, 3);
    case 'u': return pad(f.dayOfWeek === 0 ? 7 : f.dayOfWeek, count);
    case 'a': return f.hour < 12 ? 'AM' : 'PM';
    case 'H': return pad(f.hour, count);
    case 'k': return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K': return pad(f.hour % 12, count);
    case 'h': return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm': return pad(f.minute, count);
    case 's': return pad(f.second, count);
    case 'S': return pad(f.millisecond, count);
    default: throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** `yy` keeps the last two digits; every other count is a minimum width. */
function year(value: number, count: number): string {
  return count === 2 ? pad(value % 100, 2) : pad(value, count);
}

function pad(value: number, digits: number): string {
  return String(value).padStart(Math.min(digits, MAX_DIGITS), '0');
}

/** `Z` at any count: sign and four digits, `+0000` for UTC. */
function rfc822Offset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  return (offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(abs / 60) * 100 + (abs % 60), 4);
}

/** `X` (hours), `XX` (hhmm), `XXX` (hh:mm); a zero offset is `Z`. Minutes are dropped, not rounded, by `X`. */
function isoOffset(offsetMinutes: number, count: number): string {
  if (offsetMinutes === 0) return 'Z';
  const abs = Math.abs(offsetMinutes);
  const hours = (offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(abs / 60), 2);
  if (count === 1) return hours;
  return hours + (count === 3 ? ':' : '') + pad(abs % 60, 2);
}

function localFields(localMillis: number): LocalFields {
  const date = new Date(localMillis);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  const dayOfWeek = date.getUTCDay();
  const dayOfYear = Math.round((startOfDay(year, month, dayOfMonth) - startOfDay(year, 0, 1)) / DAY_MS) + 1;
  const jan1DayOfWeek = mod(dayOfWeek - (dayOfYear - 1), 7);
  const daysInYear = Math.round((startOfDay(year + 1, 0, 1) - startOfDay(year, 0, 1)) / DAY_MS);
  // The last days of December share a week with the next 1 January, and that week is week 1 of the next year.
  const nextJan1DayOfWeek = mod(jan1DayOfWeek + daysInYear, 7);
  const inNextYearsWeek1 = nextJan1DayOfWeek !== 0 && dayOfYear > daysInYear - nextJan1DayOfWeek;
  const firstOfMonthDayOfWeek = mod(dayOfWeek - (dayOfMonth - 1), 7);
  return {
    year,
    month,
    dayOfMonth,
    dayOfWeek,
    dayOfYear,
    weekYear: inNextYearsWeek1 ? year + 1 : year,
    weekOfYear: inNextYearsWeek1 ? 1 : Math.floor((dayOfYear - 1 + jan1DayOfWeek) / 7) + 1,
    weekOfMonth: Math.floor((dayOfMonth - 1 + firstOfMonthDayOfWeek) / 7) + 1,
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/** setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999. */
function startOfDay(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month, day);
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
