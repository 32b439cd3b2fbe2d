/**
 * What a date formatter needs to know of a time zone at one instant, the way Java's TimeZone
 * answers it. Built by `timeZone.ts` from a zone id.
 */
export interface ZoneRules {
  /** The id as Java resolved it (`GMT` for an id Java does not know). */
  readonly id: string;
  /** Offset from UTC in minutes at the instant (east positive, e.g. -480 for PST). */
  offsetMinutesAt(epochMillis: number): number;
  /** Whether daylight saving time is in effect at the instant. */
  inDaylightTime(epochMillis: number): boolean;
  /** Java's short display name in Locale.US at the instant (`PST`, `PDT`, `GMT`, `GMT+05:30`). */
  shortName(epochMillis: number): string;
  /** Java's long display name in Locale.US at the instant (`Pacific Standard Time`). */
  longName(epochMillis: number): string;
}
