import { editDistance } from './suggest';

/** Every `event.*` configuration key the sources document (domain.md §2). */
export const KNOWN_EVENT_KEYS: readonly string[] = [
  'event.notification.enabled',
  'event.vendor.type',
  'event.notification.callback.url',
  'event.notification.signature.key',
  'event.poller.refresh_interval',
  'event.poller.configuration',
  'event.poller.urls',
  'event.objects',
  'event.notification.type',
  'event.notification.subscription.id',
  'event.notification.instance.finder',
  'event.notification.callback.headers',
  'event.notification.basic.username',
  'event.notification.basic.password',
  'event.helper.key',
  'event.metadata',
];

/** Whether a configuration key is meant as an event key: `event.` after trimming, in any case. */
export function isEventKey(name: string): boolean {
  return name.trim().toLowerCase().startsWith('event.');
}

/**
 * How far a key may be from a known one and still count as its typo. Two edits catch a dropped or
 * doubled letter and a swapped pair; further than that, undocumented element keys (domain.md §2)
 * would be "corrected" into documented ones.
 */
const TYPO_DISTANCE = 2;

/** The known event keys `name` is a typo of: one, several equally near, or none. */
export function meantEventKeys(name: string): string[] {
  return nearestCandidates(name, KNOWN_EVENT_KEYS, TYPO_DISTANCE);
}

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
