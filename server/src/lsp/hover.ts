import { type Hover, MarkupKind, type Position } from 'vscode-languageserver/node';
import {
  checkTimeZone,
  type DatePattern,
  type DatePatternSite,
  type Finding,
  formatDate,
  type InstanceBody,
  javaZone,
  type LineIndex,
  type OffsetRange,
  parseDatePattern,
  PATTERN_LETTERS,
  type PatternToken,
  ruleDocsUrl,
  templateDescriptor,
  type TimeZoneSite,
  type UrlSite,
  type UrlTemplate,
} from '../engine';
import { toLspRange } from './conversions';
import { placeAt } from './documentPlace';
import { keyDocumentation } from './schemaDocs';

/** What a hover shows, in document offsets; the face converts the range. */
export interface HoverAnswer {
  readonly markdown: string;
  readonly range: OffsetRange;
}

/**
 * The hover for `position` in the text of `lines` (the text `body` and `findings` come from), with examples for
 * the instant `now`, followed by the findings of the last check under the position.
 */
export function hover(body: InstanceBody | undefined, findings: readonly Finding[], lines: LineIndex, position: Position, now: number): Hover | null {
  const offset = lines.offset(position);
  const answer = body ? hoverAt(body, offset, now) : undefined;
  const here = findings.filter((finding) => findingCovers(finding.range, offset));
  if (!answer && here.length === 0) return null;
  const parts = answer ? [answer.markdown] : [];
  if (here.length > 0) parts.push(here.map((finding) => `${finding.message} [${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})`).join('\n\n'));
  const range = answer?.range ?? here[0].range;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toLspRange(lines, range) };
}

/** As `covers`, but an empty range (a missing comma) is under the cursor at its offset. */
function findingCovers(range: OffsetRange, offset: number): boolean {
  return range.start === range.end ? offset === range.start : covers(range, offset);
}

/**
 * Embedded values first, innermost first (a template's pattern and zone sit inside its URL), then
 * the documented key under the offset.
 */
export function hoverAt(body: InstanceBody, offset: number, now: number): HoverAnswer | undefined {
  const sites = body.embedded;
  for (const site of sites.datePatterns) {
    const range = siteRange(site);
    if (covers(range, offset)) return { markdown: datePatternHover(site.pattern, site.zone, now), range };
  }
  for (const site of sites.timeZones) {
    const range = siteRange(site);
    if (covers(range, offset)) return { markdown: timeZoneHover(site, now), range };
  }
  for (const site of sites.urls) {
    for (const template of site.templates) {
      const range = site.text.documentRange(site.start + template.span.start, site.start + template.span.end);
      if (covers(range, offset)) return { markdown: templateHover(template, now), range };
    }
  }
  return keyHover(body, offset);
}

function keyHover(body: InstanceBody, offset: number): HoverAnswer | undefined {
  const place = placeAt(body, offset);
  if (place.at !== 'key' || !place.member || place.string !== place.member.keyNode || !place.role || place.role === 'poller' || place.role === 'element') return undefined;
  const documentation = keyDocumentation(place.role, place.member.name);
  return documentation === undefined ? undefined : { markdown: documentation, range: place.tree.range(place.member.keyNode) };
}

/** The character at `offset` is in the range: hovering a template's closing brace is on the template, not its pattern. */
function covers(range: OffsetRange, offset: number): boolean {
  return range.start <= offset && offset < range.end;
}

function siteRange(site: DatePatternSite | TimeZoneSite | UrlSite): OffsetRange {
  return site.text.documentRange(site.start, site.end);
}

/** The fields letter by letter, and what Java prints for the pattern now when it takes it. */
export function datePatternHover(pattern: DatePattern, zone: string | undefined, now: number): string {
  const rows = pattern.tokens.flatMap((token) => (token.kind === 'field' ? [`| ${code(token.letter.repeat(token.count))} | ${fieldMeaning(token)} |`] : []));
  const parts = [`**Date pattern** ${code(pattern.source)} (Java SimpleDateFormat)`];
  if (rows.length > 0) parts.push(['| Letters | Meaning |', '|---|---|', ...rows].join('\n'));
  if (pattern.errors.length > 0) {
    parts.push(`Java rejects it: ${pattern.errors[0].message}.`);
  } else {
    const zoneId = zone || 'GMT';
    parts.push(`Now, in ${code(zoneId)}: ${code(formatDate(pattern, now, javaZone(zoneId)))}`);
  }
  return parts.join('\n\n');
}

function fieldMeaning(token: Extract<PatternToken, { kind: 'field' }>): string {
  const letter = PATTERN_LETTERS.get(token.letter);
  if (!letter) return 'not a pattern letter: Java rejects the pattern';
  const detail = presentationDetail(letter.presentation, token.letter, token.count);
  return detail ? `${letter.name}, ${detail}` : letter.name;
}

/** How the letter count changes what Java prints (SimpleDateFormat's presentations). */
function presentationDetail(presentation: string, letter: string, count: number): string | undefined {
  switch (presentation) {
    case 'Text':
      return letter === 'E' ? (count >= 4 ? 'full name' : 'short name') : undefined;
    case 'Month':
      return count >= 4 ? 'full name' : count === 3 ? 'short name' : count === 2 ? 'number, 2 digits' : 'number';
    case 'Year':
      return count === 2 ? 'last 2 digits' : count > 2 ? `at least ${count} digits` : undefined;
    case 'Number':
      return count > 1 ? `at least ${count} digits` : undefined;
    case 'General time zone':
      return count >= 4 ? 'long name' : 'short name';
    case 'ISO 8601 time zone':
      return ['±hh, or Z', '±hhmm, or Z', '±hh:mm, or Z'][count - 1];
    default:
      return undefined;
  }
}

function timeZoneHover(site: TimeZoneSite, now: number): string {
  const check = checkTimeZone(site.value);
  const title = `**Time zone** ${code(site.value)}`;
  switch (check.kind) {
    case 'ok': {
      const id = check.canonical ?? check.id;
      return `${title}: Java reads it as ${code(id)}, now ${utcOffset(javaZone(id).offsetMinutesAt(now))}.`;
    }
    case 'abbreviation':
      return `${title}: ${check.meaning}; now ${utcOffset(javaZone(check.id).offsetMinutesAt(now))}.`;
    default:
      return `${title}: Java does not know it and silently uses GMT (UTC+00:00).`;
  }
}

/** `UTC+05:30`, `UTC-06:00`. */
export function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function templateHover(template: UrlTemplate, now: number): string {
  const descriptor = templateDescriptor(template.descriptor);
  if (!descriptor) return `**Template** ${code(`\${${template.descriptor}}`)}: CE fills in no such descriptor; it stays in the URL as written.`;
  const parts = [`**Template** ${code(descriptor.name)}: ${descriptor.description}`];
  const expansion = templateExpansion(descriptor.name, template, now);
  if (expansion !== undefined) parts.push(`If the last poll were now: ${code(expansion)}`);
  return parts.join('\n\n');
}

/** What CE would write for the template with the last poll at `now`; undefined when that is not known. */
function templateExpansion(name: string, template: UrlTemplate, now: number): string | undefined {
  switch (name) {
    case 'epoch':
      return epochIn(template.argument, now);
    case 'milliseconds':
      return String(now);
    case 'gmtDate':
    case 'date':
      return patternNow(template.argument, 'GMT', now);
    case 'dateTimeZone':
    case 'nowTimeZone':
      return template.zone === undefined ? undefined : patternNow(template.argument, template.zone, now);
    default:
      return undefined;
  }
}

function epochIn(unit: string | undefined, now: number): string | undefined {
  switch (unit) {
    case undefined:
    case 'ms':
      return String(now);
    case 's':
      return String(Math.floor(now / 1000));
    case 'us':
      return String(now * 1000);
    default:
      return undefined;
  }
}

function patternNow(source: string | undefined, zone: string, now: number): string | undefined {
  if (!source) return undefined;
  const pattern = parseDatePattern(source);
  return pattern.errors.length > 0 ? undefined : formatDate(pattern, now, javaZone(zone));
}

/** A markdown code span that holds any text, backticks included. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
