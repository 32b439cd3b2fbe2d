/**
 * Hostile inputs, generated when a test runs (never stored): deep nesting, huge files, junk, huge
 * strings, many keys. Deterministic: the same call gives the same text.
 */

export const NESTING_LEVELS = 100_000;

export function deepArrays(levels = NESTING_LEVELS): string {
  return '['.repeat(levels) + ']'.repeat(levels);
}

export function deepObjects(levels = NESTING_LEVELS): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

/** Opened and never closed: what a truncated or runaway generator writes. */
export function unclosedArrays(levels = NESTING_LEVELS): string {
  return '['.repeat(levels);
}

/** A body whose stringified poller configuration is the deep nesting. */
export function deepInsideString(levels = NESTING_LEVELS): string {
  return instanceWith({ 'event.vendor.type': 'polling', 'event.notification.enabled': true, 'event.poller.configuration': deepArrays(levels) });
}

/** A JSON data dump of at least `bytes` (a file `lint .` meets in a repository): an array of records, not an instance body. */
export function dataDump(bytes: number): string {
  const records: string[] = [];
  let size = 2;
  for (let i = 0; size < bytes; i++) {
    const record = `{"id":${i},"name":"record ${i}","email":"user${i}@example.com","tags":["a","b"],"active":${i % 2 === 0},"score":${(i * 7919) % 1000}.5}`;
    records.push(record);
    size += record.length + 2;
  }
  return `[\n${records.join(',\n')}\n]\n`;
}

/** `length` pseudo-random UTF-16 code units (any value: NUL, lone surrogates, U+FFFF), from `seed`. */
export function junkText(length: number, seed = 1): string {
  const random = xorshift(seed);
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = random() & 0xffff;
  let text = '';
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/** `length` pseudo-random bytes from `seed`; `withoutNul` keeps 0 out (so only the UTF-8 check can catch it). */
export function junkBytes(length: number, seed = 1, withoutNul = false): Buffer {
  const random = xorshift(seed);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = withoutNul ? 1 + (random() % 255) : random() & 0xff;
  return bytes;
}

export const MEGABYTE_STRING_LENGTH = 1 << 20;

/**
 * An instance body with a 1 MB string in every place some rule reads: name, callback URL, refresh
 * interval, a poller URL, date field, pattern and zone, and a key. The letter is not a placeholder
 * mask (`xxxxxx`), so each rule sees an ordinary long value.
 */
export function megabyteStrings(letter = 'q'): string {
  const long = letter.repeat(MEGABYTE_STRING_LENGTH);
  return instanceWith(
    {
      'event.notification.enabled': true,
      'event.vendor.type': 'polling',
      'event.poller.refresh_interval': long,
      'event.notification.callback.url': `https://${long}`,
      'event.poller.configuration': {
        contacts: {
          url: `/hubs/crm/contacts?where=${long}`,
          idField: long,
          datesConfiguration: { updatedDateField: long, updatedDateFormat: long, updatedDateTimezone: long, createdDateField: long, createdDateFormat: `'${long}`, createdDateTimezone: `GMT+${long}` },
        },
        [long]: { url: `/hubs/crm/x?where=a>'\${gmtDate:${long}}'`, idField: 'id' },
      },
    },
    long,
  );
}

/** An instance body whose configuration holds `count` keys: all different, or all the same. */
export function manyKeys(count: number, same: boolean): string {
  const members: string[] = [];
  for (let i = 0; i < count; i++) members.push(`    "${same ? 'custom.key' : `custom.key.${i}`}": ${i}`);
  return `{\n  "element": {"key": "box"},\n  "configuration": {\n${members.join(',\n')}\n  },\n  "name": "many keys"\n}\n`;
}

/** An array of `count` numbers at the top level: as many children as one node can have in a 50 MB file. */
export function longArray(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(String(i % 10));
  return `[${items.join(',')}]\n`;
}

/** JSON (not an instance body, so only the JSON rules speak) with `count` trailing commas, each a safe fix of its own. */
export function manyTrailingCommas(count: number): string {
  const lists: string[] = [];
  for (let i = 0; i < count; i++) lists.push(`    [${i % 10},]`);
  return `{\n  "lists": [\n${lists.join(',\n')}\n  ]\n}\n`;
}

/** The same text with CRLF line ends. */
export function withCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

function instanceWith(configuration: Record<string, unknown>, name = 'hostile'): string {
  return `${JSON.stringify({ element: { key: 'box' }, configuration, name }, null, 2)}\n`;
}

/** Marsaglia's xorshift32: a small, seeded, portable generator. */
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}
