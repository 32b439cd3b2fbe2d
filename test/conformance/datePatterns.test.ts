import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { formatDate, parseDatePattern } from '../../server/src/engine/embedded/datePattern';
import type { ZoneRules } from '../../server/src/engine/embedded/zoneRules';

/*
 * Replays date-patterns.json, which Java 17's SimpleDateFormat wrote
 * (scripts/generate-date-pattern-table.sh), against the TypeScript engine: same accept/reject, same
 * first error message, same text for every instant in every zone.
 */

interface Table {
  java: string;
  instants: { iso: string; epochMillis: number }[];
  zones: string[];
  rows: Row[];
}

type Row =
  | { pattern: string; accepted: true; formatted: Record<string, string[]> }
  | { pattern: string; accepted: false; error: string };

const TABLE_NAME = 'test/conformance/date-patterns.json';

/** The env var wins; then the repo root seen from out/test/conformance/; then the cwd and its parents. */
function tablePath(): string {
  const fromEnv = process.env.DATE_PATTERN_TABLE;
  if (fromEnv) return path.resolve(fromEnv);
  const fromOut = path.resolve(__dirname, '../../..', TABLE_NAME);
  if (fs.existsSync(fromOut)) return fromOut;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, TABLE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`${TABLE_NAME} not found beside ${__dirname} nor above ${process.cwd()}; set DATE_PATTERN_TABLE to its path`);
    }
  }
}

/**
 * A stand-in for the real zone module: offsets and DST come from the tz database through Intl; names
 * come from a table of what Java 17 prints in Locale.US, because ICU names differ (it calls GMT
 * "UTC" and has no names before 1970).
 */
interface JavaNames {
  standard: [short: string, long: string];
  daylight?: [short: string, long: string];
}

const PACIFIC: JavaNames = {
  standard: ['PST', 'Pacific Standard Time'],
  daylight: ['PDT', 'Pacific Daylight Time'],
};

/** Java id → IANA id (or a fixed offset in minutes) and Java's names. */
const ZONES: Record<string, { tz: string | number; names: JavaNames }> = {
  GMT: { tz: 'Etc/GMT', names: { standard: ['GMT', 'Greenwich Mean Time'] } },
  UTC: { tz: 'Etc/UTC', names: { standard: ['UTC', 'Coordinated Universal Time'] } },
  'America/Los_Angeles': { tz: 'America/Los_Angeles', names: PACIFIC },
  'Asia/Kolkata': { tz: 'Asia/Kolkata', names: { standard: ['IST', 'India Standard Time'] } },
  'America/St_Johns': {
    tz: 'America/St_Johns',
    names: { standard: ['NST', 'Newfoundland Standard Time'], daylight: ['NDT', 'Newfoundland Daylight Time'] },
  },
  // Java's EST is a fixed -05:00 with no DST; its PST is an alias of America/Los_Angeles.
  EST: { tz: -300, names: { standard: ['EST', 'Eastern Standard Time'] } },
  PST: { tz: 'America/Los_Angeles', names: PACIFIC },
};

function testZone(id: string): ZoneRules {
  const { tz, names } = ZONES[id];
  const offsetAt = typeof tz === 'number' ? () => tz : intlOffset(tz);
  const inDaylightTime = (epochMillis: number): boolean => {
    const year = new Date(epochMillis).getUTCFullYear();
    const standard = Math.min(offsetAt(Date.UTC(year, 0, 1)), offsetAt(Date.UTC(year, 6, 1)));
    return offsetAt(epochMillis) > standard;
  };
  const namesAt = (epochMillis: number) => (inDaylightTime(epochMillis) && names.daylight) || names.standard;
  return {
    id,
    offsetMinutesAt: offsetAt,
    inDaylightTime,
    shortName: (epochMillis) => namesAt(epochMillis)[0],
    longName: (epochMillis) => namesAt(epochMillis)[1],
  };
}

function intlOffset(ianaId: string): (epochMillis: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: ianaId, timeZoneName: 'longOffset' });
  return (epochMillis) => {
    const name = format.formatToParts(epochMillis).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /^GMT([+-])(\d\d):(\d\d)$/.exec(name);
    if (!match) return 0; // plain "GMT"
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === '-' ? -minutes : minutes;
  };
}

const table = JSON.parse(fs.readFileSync(tablePath(), 'utf8')) as Table;

describe(`SimpleDateFormat conformance (table from Java ${table.java})`, () => {
  it('knows every zone of the table', () => {
    assert.deepEqual(table.zones.filter((zone) => !(zone in ZONES)), []);
  });

  for (const row of table.rows) {
    it(JSON.stringify(row.pattern), () => {
      const pattern = parseDatePattern(row.pattern);
      if (!row.accepted) {
        assert.equal(pattern.errors[0]?.message, row.error);
        assert.throws(() => formatDate(pattern, 0, testZone('GMT')), { message: row.error });
        return;
      }
      assert.deepEqual(pattern.errors, []);
      for (const zoneId of table.zones) {
        const zone = testZone(zoneId);
        const actual = table.instants.map((instant) => formatDate(pattern, instant.epochMillis, zone));
        assert.deepEqual(actual, row.formatted[zoneId], `in ${zoneId}`);
      }
    });
  }
});
