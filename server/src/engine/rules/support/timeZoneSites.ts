import type { OffsetRange, TextEdit } from '../../types';
import { checkTimeZone, type ZoneCheck } from '../../embedded/timeZone';
import type { TimeZoneSite } from '../../model/embeddedSites';
import type { InstanceBody } from '../../model/instanceBody';
import { isPlaceholder } from './placeholders';
import { perBody } from './perBody';

const DATE_FIELD_RUN = /yy|MM|dd|HH|hh|mm|ss/;

/**
 * Whether the zone slot of `${dateTimeZone:...}` holds the start of a date pattern: the zone was
 * left out, so the parser took `yyyy-MM-dd'T'HH` for it. The descriptor rule reports that; the
 * zone rules leave it alone.
 */
export function zoneHoldsPattern(zone: string): boolean {
  // Real ids such as Europe/Brussels hold `ss` too: only an id Java does not know can be a pattern.
  return (DATE_FIELD_RUN.test(zone) || zone.includes("'")) && checkTimeZone(zone).kind === 'unknown';
}

/** A zone worth checking, with what Java makes of it. */
export interface CheckedZone {
  readonly site: TimeZoneSite;
  readonly check: ZoneCheck;
}

/**
 * Zones worth checking: not a docs placeholder that no-placeholders reports (`<TIMEZONE>`), and not
 * a pattern sitting where a template's zone was left out. Checked once per body for both zone rules.
 */
export const checkedZones: (body: InstanceBody) => readonly CheckedZone[] = perBody(readCheckedZones);

function readCheckedZones(body: InstanceBody): CheckedZone[] {
  const zones: CheckedZone[] = [];
  for (const site of body.embedded.timeZones) {
    if (!isPlaceholder(site.value) && !(site.role === 'template' && zoneHoldsPattern(site.value))) {
      zones.push({ site, check: checkTimeZone(site.value) });
    }
  }
  return zones;
}

export function zoneRange(site: TimeZoneSite): OffsetRange {
  return site.text.documentRange(site.start, site.end);
}

/** An edit that replaces the whole zone (given unescaped). */
export function replaceZone(site: TimeZoneSite, zone: string): TextEdit {
  return site.text.replace(site.start, site.end, zone);
}
