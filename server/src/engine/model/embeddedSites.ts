import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../types';
import type { EmbeddedText } from '../text/embeddedText';
import type { JsonTree } from '../json/jsonTree';
import { memberNamed } from '../json/objects';
import { type DatePattern, parseDatePattern } from '../embedded/datePattern';
import { findUrlTemplates, type UrlTemplate } from '../embedded/urlTemplate';
import { memoByString } from '../text/stringMemo';
import { parseLegacyPollerUrls } from '../embedded/legacyPollerUrls';
import type { InstanceBody } from './instanceBody';
import { DATE_FIELD_NAMES, type PollerResource } from './pollerConfiguration';

type DateFieldNames = (typeof DATE_FIELD_NAMES)[keyof typeof DATE_FIELD_NAMES];

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

/** Descriptors whose argument is a date pattern, in lower case (see patternDescriptor). */
const PATTERN_DESCRIPTORS = new Set(['gmtdate', 'date', 'datetimezone', 'nowtimezone']);

/** Date-format values that are keywords, not patterns (domain.md §5.1). */
export const SPECIAL_DATE_FORMATS = new Set(['milliseconds']);

export function collectEmbeddedSites(body: InstanceBody): EmbeddedSites {
  const sites: SiteLists = { datePatterns: [], timeZones: [], urls: [] };
  const resources = body.pollerConfiguration?.resources;
  if (resources) for (const resource of resources) collectFromResource(resource, sites);
  const legacy = body.configMember('event.poller.urls')?.valueNode;
  if (legacy?.type === 'string') collectFromLegacy(body.tree, legacy, sites);
  return sites;
}

/**
 * A site's JSON path, and the string's content that maps its offsets to the document, are worked
 * out only when asked for (to report, to hover): most sites never are. Sites are class instances
 * built field by field (object spread is a slow path in V8), each in one allocation: the
 * constructors take where the site lies (the string node's tree and node, and the part of its
 * value) as arguments, not as a Site made first and copied.
 */
class Site implements TextSite {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly value: string,
    readonly tree: JsonTree,
    /** The string node that holds the site. */
    readonly node: Node,
  ) {}

  /** The string's content (kept on its node: the same object every time). */
  get text(): EmbeddedText {
    return this.tree.content(this.node);
  }

  get path(): JsonPath {
    return this.tree.path(this.node);
  }
}

class PatternSite extends Site implements DatePatternSite {
  readonly pattern: DatePattern;

  constructor(
    start: number, end: number, value: string, tree: JsonTree, node: Node,
    readonly role: DatePatternRole,
    readonly zone: string | undefined,
  ) {
    super(start, end, value, tree, node);
    this.pattern = parseDatePattern(value);
  }
}

class ZoneSite extends Site implements TimeZoneSite {
  constructor(
    start: number, end: number, value: string, tree: JsonTree, node: Node,
    readonly role: TimeZoneRole,
  ) {
    super(start, end, value, tree, node);
  }
}

class Url extends Site implements UrlSite {
  readonly templates: readonly UrlTemplate[];

  constructor(
    start: number, end: number, value: string, tree: JsonTree, node: Node,
    readonly resource: PollerResource | undefined,
  ) {
    super(start, end, value, tree, node);
    this.templates = findUrlTemplates(value);
  }
}

function collectFromResource(resource: PollerResource, sites: SiteLists) {
  const { tree } = resource;
  const url = resource.field('url')?.valueNode;
  if (url?.type === 'string') {
    const value = decodedValue(tree, url);
    addUrl(new Url(0, value.length, value, tree, url, resource), sites);
  }
  const dates = resource.datesConfiguration;
  if (dates) {
    collectDateFields(tree, dates, DATE_FIELD_NAMES.updated, sites);
    collectDateFields(tree, dates, DATE_FIELD_NAMES.created, sites);
  }
}

/** The time zone and format of one kind of date in a `datesConfiguration` object. */
function collectDateFields(tree: JsonTree, dates: Node, names: DateFieldNames, sites: SiteLists) {
  const zoneNode = memberNamed(dates, names.timezone)?.valueNode;
  const zone = zoneNode?.type === 'string' ? decodedValue(tree, zoneNode) : undefined;
  if (zoneNode && zone !== undefined && zone !== '') {
    sites.timeZones.push(new ZoneSite(0, zone.length, zone, tree, zoneNode, names.timezone));
  }
  const formatNode = memberNamed(dates, names.format)?.valueNode;
  if (formatNode?.type === 'string') {
    const format = decodedValue(tree, formatNode);
    if (format !== '' && !SPECIAL_DATE_FORMATS.has(format)) {
      sites.datePatterns.push(new PatternSite(0, format.length, format, tree, formatNode, names.format, zone));
    }
  }
}

/** A string node's decoded value: both readers give it, so its content is made only if one did not. */
function decodedValue(tree: JsonTree, node: Node): string {
  return typeof node.value === 'string' ? node.value : tree.content(node).text;
}

/** A URL and the zones and date patterns of its templates. */
function addUrl(url: Url, sites: SiteLists) {
  sites.urls.push(url);
  const { start, tree, node } = url;
  for (const template of url.templates) {
    // The template's zone and argument are the very text of their spans in the URL: no copy is cut.
    const zoneSpan = template.zoneSpan;
    if (template.zone !== undefined && zoneSpan) {
      sites.timeZones.push(new ZoneSite(start + zoneSpan.start, start + zoneSpan.end, template.zone, tree, node, 'template'));
    }
    const argumentSpan = template.argumentSpan;
    const descriptor = patternDescriptor(template.descriptor);
    if (descriptor !== null && template.argument !== undefined && argumentSpan && template.argument !== '') {
      const zone = descriptor === 'gmtdate' ? 'GMT' : template.zone;
      sites.datePatterns.push(new PatternSite(start + argumentSpan.start, start + argumentSpan.end, template.argument, tree, node, 'template', zone));
    }
  }
}

/**
 * A template's descriptor in lower case when it takes a date pattern (matched without case, so
 * `DateTimeZone` is still checked), else null. Remembered: bodies repeat a few descriptors, and
 * each would otherwise be copied to lower case.
 */
const patternDescriptor = memoByString((descriptor): string | null => {
  const lower = descriptor.toLowerCase();
  return PATTERN_DESCRIPTORS.has(lower) ? lower : null;
});

function collectFromLegacy(tree: JsonTree, node: Node, sites: SiteLists) {
  const value = decodedValue(tree, node);
  for (const line of parseLegacyPollerUrls(value)) {
    const field = (name: string) => line.fields.find((candidate) => candidate.name === name);
    const url = field('url');
    if (url && url.value !== '') {
      const { start, end } = url.span;
      addUrl(new Url(start, end, value.slice(start, end), tree, node, undefined), sites);
    }
    for (const kind of ['updated', 'created'] as const) {
      const zone = field(`${kind}DateTimeZone`);
      if (zone && zone.value !== '') {
        const { start, end } = zone.span;
        sites.timeZones.push(new ZoneSite(start, end, value.slice(start, end), tree, node, 'legacy'));
      }
      const format = field(`${kind}DateFormat`);
      if (format && format.value !== '' && !SPECIAL_DATE_FORMATS.has(format.value)) {
        const { start, end } = format.span;
        sites.datePatterns.push(new PatternSite(start, end, value.slice(start, end), tree, node, 'legacy', zone?.value || undefined));
      }
    }
  }
}
