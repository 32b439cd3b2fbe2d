import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../types';
import type { EmbeddedText } from '../text/embeddedText';
import type { JsonTree } from '../json/jsonTree';
import { memberNamed } from '../json/objects';
import { type DatePattern, parseDatePattern } from '../embedded/datePattern';
import { findUrlTemplates, type UrlTemplate } from '../embedded/urlTemplate';
import { parseLegacyPollerUrls } from '../embedded/legacyPollerUrls';
import type { InstanceBody } from './instanceBody';
import { DATE_FIELD_NAMES, type PollerResource } from './pollerConfiguration';

/** A piece of a string value: `[start, end)` of `text`, which maps to the document. */
export interface TextSite {
  readonly text: EmbeddedText;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** The JSON path of the string that holds it. */
  readonly path: JsonPath;
}

export type DatePatternRole = 'updatedDateFormat' | 'createdDateFormat' | 'template' | 'legacy';

export interface DatePatternSite extends TextSite {
  readonly role: DatePatternRole;
  readonly pattern: DatePattern;
  /** The zone the formatted date is read or written in, when the body says (`GMT` for gmtDate). */
  readonly zone: string | undefined;
}

export type TimeZoneRole = 'updatedDateTimezone' | 'createdDateTimezone' | 'template' | 'legacy';

export interface TimeZoneSite extends TextSite {
  readonly role: TimeZoneRole;
}

/** A poller URL (a resource's `url`, or the url field of a legacy line) with its templates. */
export interface UrlSite extends TextSite {
  readonly templates: readonly UrlTemplate[];
  readonly resource: PollerResource | undefined;
}

export interface EmbeddedSites {
  readonly datePatterns: readonly DatePatternSite[];
  readonly timeZones: readonly TimeZoneSite[];
  readonly urls: readonly UrlSite[];
}

interface SiteLists {
  datePatterns: DatePatternSite[];
  timeZones: TimeZoneSite[];
  urls: UrlSite[];
}

/** Descriptors whose argument is a date pattern; matched without case so `DateTimeZone` is still checked. */
const PATTERN_DESCRIPTORS = new Set(['gmtdate', 'date', 'datetimezone', 'nowtimezone']);

/** Date-format values that are keywords, not patterns (domain.md §5.1). */
export const SPECIAL_DATE_FORMATS = new Set(['milliseconds']);

export function collectEmbeddedSites(body: InstanceBody): EmbeddedSites {
  const sites: SiteLists = { datePatterns: [], timeZones: [], urls: [] };
  for (const resource of body.pollerConfiguration?.resources ?? []) {
    collectFromResource(resource, sites);
  }
  const legacy = body.configMember('event.poller.urls')?.valueNode;
  if (legacy?.type === 'string') collectFromLegacy(body.tree, legacy, sites);
  return sites;
}

/**
 * A site's JSON path is worked out only when something is reported there: most sites never are.
 * Sites are class instances built field by field (object spread is a slow path in V8).
 */
class Site implements TextSite {
  constructor(
    readonly text: EmbeddedText,
    readonly start: number,
    readonly end: number,
    readonly value: string,
    readonly tree: JsonTree,
    readonly node: Node,
  ) {}

  get path(): JsonPath {
    return this.tree.path(this.node);
  }
}

class PatternSite extends Site implements DatePatternSite {
  readonly pattern: DatePattern;

  constructor(site: Site, readonly role: DatePatternRole, readonly zone: string | undefined) {
    super(site.text, site.start, site.end, site.value, site.tree, site.node);
    this.pattern = parseDatePattern(site.value);
  }
}

class ZoneSite extends Site implements TimeZoneSite {
  constructor(site: Site, readonly role: TimeZoneRole) {
    super(site.text, site.start, site.end, site.value, site.tree, site.node);
  }
}

class Url extends Site implements UrlSite {
  constructor(site: Site, readonly templates: readonly UrlTemplate[], readonly resource: PollerResource | undefined) {
    super(site.text, site.start, site.end, site.value, site.tree, site.node);
  }
}

function wholeString(tree: JsonTree, node: Node): Site {
  const text = tree.content(node);
  return new Site(text, 0, text.text.length, text.text, tree, node);
}

function collectFromResource(resource: PollerResource, sites: SiteLists) {
  const { tree } = resource;
  const url = resource.field('url')?.valueNode;
  if (url?.type === 'string') {
    addUrl(wholeString(tree, url), resource, sites);
  }
  const dates = resource.datesConfiguration;
  for (const kind of ['updated', 'created'] as const) {
    const names = DATE_FIELD_NAMES[kind];
    const zoneNode = memberNamed(dates, names.timezone)?.valueNode;
    const zone = zoneNode?.type === 'string' ? zoneNode.value as string : undefined;
    if (zoneNode?.type === 'string' && zone !== '') {
      sites.timeZones.push(new ZoneSite(wholeString(tree, zoneNode), names.timezone));
    }
    const formatNode = memberNamed(dates, names.format)?.valueNode;
    if (formatNode?.type === 'string') {
      const site = wholeString(tree, formatNode);
      if (site.value !== '' && !SPECIAL_DATE_FORMATS.has(site.value)) {
        sites.datePatterns.push(new PatternSite(site, names.format, zone));
      }
    }
  }
}

function addUrl(site: Site, resource: PollerResource | undefined, sites: SiteLists) {
  const templates = findUrlTemplates(site.value);
  sites.urls.push(new Url(site, templates, resource));
  for (const template of templates) {
    if (template.zone !== undefined && template.zoneSpan) {
      sites.timeZones.push(new ZoneSite(subSite(site, template.zoneSpan.start, template.zoneSpan.end), 'template'));
    }
    const descriptor = template.descriptor.toLowerCase();
    if (PATTERN_DESCRIPTORS.has(descriptor) && template.argument !== undefined && template.argumentSpan && template.argument !== '') {
      const zone = descriptor === 'gmtdate' ? 'GMT' : template.zone;
      sites.datePatterns.push(new PatternSite(subSite(site, template.argumentSpan.start, template.argumentSpan.end), 'template', zone));
    }
  }
}

/** A part of a site: offsets stay relative to the same text. */
function subSite(site: Site, start: number, end: number): Site {
  return new Site(site.text, site.start + start, site.start + end, site.value.slice(start, end), site.tree, site.node);
}

function collectFromLegacy(tree: JsonTree, node: Node, sites: SiteLists) {
  const whole = wholeString(tree, node);
  for (const line of parseLegacyPollerUrls(whole.value)) {
    const field = (name: string) => line.fields.find((candidate) => candidate.name === name);
    const url = field('url');
    if (url && url.value !== '') addUrl(subSite(whole, url.span.start, url.span.end), undefined, sites);
    for (const kind of ['updated', 'created'] as const) {
      const zone = field(`${kind}DateTimeZone`);
      if (zone && zone.value !== '') sites.timeZones.push(new ZoneSite(subSite(whole, zone.span.start, zone.span.end), 'legacy'));
      const format = field(`${kind}DateFormat`);
      if (format && format.value !== '' && !SPECIAL_DATE_FORMATS.has(format.value)) {
        const site = subSite(whole, format.span.start, format.span.end);
        sites.datePatterns.push(new PatternSite(site, 'legacy', zone?.value || undefined));
      }
    }
  }
}
