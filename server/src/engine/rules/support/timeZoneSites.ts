import type { OffsetRange, TextEdit } from '../../types';
import { checkTimeZone, type ZoneCheck } from '../../embedded/timeZone';
import type { TimeZoneSite } from '../../model/embeddedSites';
import type { InstanceBody } from '../../model/instanceBody';
import { isPlaceholder } from './placeholders';
import { perBody } from './perBody';

/**
 * What the time-zone rules (and the descriptor rule, for a zone left out) share: one check per
 * distinct zone of a body, since an unknown id costs a search of every id for suggestions.
 */
const zoneChecks = perBody(() => new Map<string, ZoneCheck>());

export function zoneCheck(body: InstanceBody, zone: string): ZoneCheck {
  const checks = zoneChecks(body);
  let check = checks.get(zone);
  if (!check) {
    check = checkTimeZone(zone);
    checks.set(zone, check);
  }
  return check;
}

const DATE_FIELD_RUN = /yy|MM|dd|HH|hh|mm|ss/;

/**
 * Whether the zone slot of `${dateTimeZone:...}` holds the start of a date pattern: the zone was
 * left out, so the parser took `yyyy-MM-dd'T'HH` for it. The descriptor rule reports that; the
 * zone rules leave it alone.
 */
export function zoneHoldsPattern(body: InstanceBody, zone: string): boolean {
  // Real ids such as Europe/Brussels hold `ss` too: only an id Java does not know can be a pattern.
  return (DATE_FIELD_RUN.test(zone) || zone.includes("'")) && zoneCheck(body, zone).kind === 'unknown';
}

/**
 * Zones worth checking: not a docs placeholder that no-placeholders reports (`<TIMEZONE>`), and not
 * a pattern sitting where a template's zone was left out.
 */
export const checkedZoneSites: (body: InstanceBody) => readonly TimeZoneSite[] = perBody((body) =>
  body.embedded.timeZones.filter((site) => !isPlaceholder(site.value) && !(site.role === 'template' && zoneHoldsPattern(body, site.value))));

export function zoneRange(site: TimeZoneSite): OffsetRange {
  return site.text.documentRange(site.start, site.end);
}

/** An edit that replaces the whole zone (given unescaped). */
export function replaceZone(site: TimeZoneSite, zone: string): TextEdit {
  return site.text.replace(site.start, site.end, zone);
}
