import type { OffsetRange, TextEdit } from '../../types';
import { templateDescriptor, type Span, type UrlTemplate } from '../../embedded/urlTemplate';
import type { UrlSite } from '../../model/embeddedSites';
import type { InstanceBody } from '../../model/instanceBody';
import { perBody } from './perBody';
import { shortened } from './shortened';

/**
 * What the URL-template rules share: every template with the url it stands in, how to reach its
 * characters in the document, and how to tell what a `${...}` that names no descriptor holds.
 */

export interface TemplateSite {
  readonly url: UrlSite;
  readonly template: UrlTemplate;
}

/** The pattern offered where one is missing: ISO 8601 with the offset, the shape most APIs take. */
export const EXAMPLE_PATTERN = "yyyy-MM-dd'T'HH:mm:ssXXX";

/** Every template of every poller URL (event.poller.configuration and legacy lines). */
export const templateSites: (body: InstanceBody) => readonly TemplateSite[] = perBody(readTemplateSites);

function readTemplateSites(body: InstanceBody): TemplateSite[] {
  const sites: TemplateSite[] = [];
  for (const url of body.embedded.urls) {
    for (const template of url.templates) sites.push({ url, template });
  }
  return sites;
}

/** The document range of `span` (offsets in the url value). */
export function urlRange(url: UrlSite, span: Span): OffsetRange {
  return url.text.documentRange(url.start + span.start, url.start + span.end);
}

/** An edit that replaces `[start, end)` of the url value (given unescaped). */
export function replaceInUrl(url: UrlSite, start: number, end: number, newText: string): TextEdit {
  return url.text.replace(url.start + start, url.start + end, newText);
}

export function templateText(site: TemplateSite): string {
  return site.url.value.slice(site.template.span.start, site.template.span.end);
}

/** Shortens a template or value for a message. */
export function shown(text: string): string {
  return shortened(text, 60);
}

/**
 * What a template's text is when the parser found no `name:` before it: `${}`, a number, a date
 * pattern (`${yyyy-MM-dd}`), a descriptor name (`${epoch}`, `${gmDate}`), or something else.
 */
export type TemplateShape = 'empty' | 'number' | 'pattern' | 'named' | 'other';

const DATE_FIELD_RUN = /yy|MM|dd|HH|hh|mm|ss/;
const PATTERN_LETTERS_ONLY = /^[GyYMLwWDdFEuaHkKhmsSzZX]+$/;

export function templateShape(template: UrlTemplate): TemplateShape {
  const { descriptor } = template;
  if (template.argument !== undefined || template.zone !== undefined) return 'named';
  if (descriptor.trim() === '') return 'empty';
  if (/^\d+$/.test(descriptor)) return 'number';
  if (/^[A-Za-z][A-Za-z0-9_]*$/.test(descriptor)) {
    // `${yyyyMMdd}` is a name to the parser but a pattern to a person.
    const pattern = PATTERN_LETTERS_ONLY.test(descriptor) && DATE_FIELD_RUN.test(descriptor) && !templateDescriptor(descriptor);
    return pattern ? 'pattern' : 'named';
  }
  return DATE_FIELD_RUN.test(descriptor) ? 'pattern' : 'other';
}
