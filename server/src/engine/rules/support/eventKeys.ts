import { memoByString } from '../../text/stringMemo';
import { editDistance } from './suggest';

/**
 * What an event key's value must be (domain.md §2). event-key-types checks `text` and `json object`
 * (event.metadata); the other kinds have rules of their own: events-enabled-value, vendor-type,
 * refresh-interval, poller-configuration-type and legacy-poller-urls.
 */
type EventValueKind =
  | 'switch'
  | 'vendor type'
  | 'minutes'
  | 'poller configuration'
  | 'legacy poller urls'
  | 'text'
  | 'json object';

interface EventKey {
  readonly key: string;
  readonly value: EventValueKind;
  /** A setting that only matters when events are on: present while they are off, it suggests the switch was forgotten. */
  readonly eventSetting: boolean;
}

/**
 * Every `event.*` configuration key the sources document (domain.md §2). The order is the one typo
 * suggestions list equally near keys in.
 */
const EVENT_KEYS: readonly EventKey[] = [
  { key: 'event.notification.enabled', value: 'switch', eventSetting: false },
  { key: 'event.vendor.type', value: 'vendor type', eventSetting: true },
  { key: 'event.notification.callback.url', value: 'text', eventSetting: true },
  { key: 'event.notification.signature.key', value: 'text', eventSetting: true },
  { key: 'event.poller.refresh_interval', value: 'minutes', eventSetting: true },
  { key: 'event.poller.configuration', value: 'poller configuration', eventSetting: true },
  { key: 'event.poller.urls', value: 'legacy poller urls', eventSetting: true },
  { key: 'event.objects', value: 'text', eventSetting: true },
  { key: 'event.notification.type', value: 'text', eventSetting: false },
  { key: 'event.notification.subscription.id', value: 'text', eventSetting: false },
  { key: 'event.notification.instance.finder', value: 'text', eventSetting: false },
  { key: 'event.notification.callback.headers', value: 'text', eventSetting: false },
  { key: 'event.notification.basic.username', value: 'text', eventSetting: false },
  { key: 'event.notification.basic.password', value: 'text', eventSetting: false },
  { key: 'event.helper.key', value: 'text', eventSetting: false },
  { key: 'event.metadata', value: 'json object', eventSetting: false },
];

export const KNOWN_EVENT_KEYS: readonly string[] = EVENT_KEYS.map((entry) => entry.key);

/** The same keys, for a membership test per configuration key. */
export const KNOWN_EVENT_KEY_SET: ReadonlySet<string> = new Set(KNOWN_EVENT_KEYS);

/** The event keys whose value is a string, in catalogue order. */
export const TEXT_EVENT_KEYS: readonly string[] = EVENT_KEYS.filter((entry) => entry.value === 'text').map((entry) => entry.key);

/** The event keys that only matter when events are on. */
export const EVENT_SETTING_KEYS: ReadonlySet<string> = new Set(EVENT_KEYS.filter((entry) => entry.eventSetting).map((entry) => entry.key));

/** Whether a configuration key is meant as an event key: `event.` after trimming, in any case. */
export function isEventKey(name: string): boolean {
  if (name.startsWith('event.')) return true;
  // Most other keys ('oauth.api.key') are ruled out by their first character, without a lowered copy;
  // white space (trimmed) and non-ASCII characters (whose lower case is not plain) take the full test.
  const first = name.charCodeAt(0);
  if (first < 0x80 && first !== 0x65 && first !== 0x45 && !isAsciiSpace(first)) return false;
  return name.trim().toLowerCase().startsWith('event.');
}

/** The ASCII characters `trim` removes: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * How far a key may be from a known one and still count as its typo. Two edits catch a dropped or
 * doubled letter and a swapped pair; further than that, undocumented element keys (domain.md §2)
 * would be "corrected" into documented ones.
 */
const TYPO_DISTANCE = 2;

/**
 * The known event keys `name` is a typo of: one, several equally near, or none. Remembered per
 * name (several rules ask about the same misspelt key), so the list is shared and read-only.
 */
export const meantEventKeys: (name: string) => readonly string[] = memoByString((name) => nearestCandidates(name, KNOWN_EVENT_KEYS, TYPO_DISTANCE));

/**
 * The candidates nearest to `word` within `maxDistance` edits, ignoring case, white space, `_` and
 * `-`: all of them when several are equally near (the caller then has no single answer).
 */
export function nearestCandidates(word: string, candidates: readonly string[], maxDistance: number): string[] {
  const normalised = normaliseName(word);
  let best: string[] = [];
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(normalised, normaliseName(candidate), bestDistance);
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance && distance <= maxDistance) {
      best.push(candidate);
    }
  }
  return best;
}

export function normaliseName(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_-]+/g, '');
}
