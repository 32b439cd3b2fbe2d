/**
 * The legacy `event.poller.urls` value: one resource per line, fields separated by `|`:
 * `resource|url|xPathFilter|updatedDateField|updatedDateFormat|updatedDateTimeZone|createdDateField|createdDateFormat|createdDateTimeZone`.
 * Element docs also show two shorter forms: `resource|url`, and a bare `|` list of resource names.
 * CE splits on every `|`, so a `|` inside a URL splits it too; so does this parser.
 */
import type { Span } from './urlTemplate';

const FIELD_NAMES = [
  'resource', 'url', 'xPathFilter',
  'updatedDateField', 'updatedDateFormat', 'updatedDateTimeZone',
  'createdDateField', 'createdDateFormat', 'createdDateTimeZone',
] as const;

export interface LegacyField {
  name: (typeof FIELD_NAMES)[number];
  value: string;
  span: Span;
}

export interface LegacyLine {
  /** The line without its line break. */
  span: Span;
  form: 'full' | 'resource-url' | 'resource-list';
  /** Every field up to the ninth, empty ones included; a resource list holds only `resource` fields. */
  fields: LegacyField[];
  problems: { message: string; span: Span }[];
}

const FULL_FORM = FIELD_NAMES.join('|');

/** The lines of a legacy value; blank lines are skipped. */
export function parseLegacyPollerUrls(value: string): LegacyLine[] {
  const lines = lineSpans(value).filter((line) => value.slice(line.start, line.end).trim() !== '');
  // With no URL anywhere, the value can only name resources.
  const isResourceList = lines.every((line) => {
    const text = value.slice(line.start, line.end);
    return !text.includes('/') && !text.includes('${');
  });
  return lines.map((line) => (isResourceList ? resourceList(value, line) : resourceLine(value, line)));
}

function resourceList(value: string, span: Span): LegacyLine {
  const line: LegacyLine = { span, form: 'resource-list', fields: [], problems: [] };
  for (const field of fieldSpans(value, span)) {
    const resource = { name: 'resource' as const, value: value.slice(field.start, field.end), span: field };
    line.fields.push(resource);
    if (resource.value.trim() === '') {
      line.problems.push({
        message: "Empty resource name in the list: remove the extra '|'.",
        span: visibleSpan(span, field),
      });
    }
  }
  return line;
}

function resourceLine(value: string, span: Span): LegacyLine {
  const spans = fieldSpans(value, span);
  const line: LegacyLine = {
    span,
    form: spans.length <= 2 ? 'resource-url' : 'full',
    fields: spans.slice(0, FIELD_NAMES.length).map((field, i) => ({ name: FIELD_NAMES[i], value: value.slice(field.start, field.end), span: field })),
    problems: [],
  };
  const [resource, url] = line.fields;
  if (resource.value.trim() === '') {
    line.problems.push({
      message: "The resource name is empty: write it before the first '|', as in contacts|/hubs/crm/contacts?where=...",
      span: visibleSpan(span, resource.span),
    });
  }
  if (!url) {
    line.problems.push({
      message: `No poller URL for '${shorten(resource.value)}': add it after a '|', as in ${resource.value.trim() || 'contacts'}|/hubs/crm/contacts?where=...`,
      span: resource.span,
    });
  } else {
    const problem = urlProblem(url.value);
    if (problem) {
      line.problems.push({ message: problem, span: visibleSpan(span, url.span) });
    }
  }
  if (spans.length > FIELD_NAMES.length) {
    line.problems.push({
      message: `This line has ${spans.length} fields, but the legacy format has at most ${FIELD_NAMES.length}: ${FULL_FORM}. `
        + "Remove the extra '|' (a '|' inside the URL also splits the line), or move the resource to event.poller.configuration.",
      span: { start: spans[FIELD_NAMES.length].start - 1, end: span.end },
    });
  }
  return line;
}

function urlProblem(url: string): string | undefined {
  if (url.startsWith('/')) {
    return undefined;
  }
  if (url.trim() === '') {
    return "The poller URL is empty: put the hub path after the first '|', as in /hubs/crm/contacts?where=...";
  }
  if (url.trimStart().startsWith('/')) {
    return "The poller URL starts with spaces: remove them so that it starts with '/'.";
  }
  if (/^https?:/i.test(url)) {
    return `The poller URL '${shorten(url)}' is a full address: write the hub path that starts with '/', as in /hubs/crm/contacts?where=...`;
  }
  return `The poller URL '${shorten(url)}' does not start with '/': write it as a hub path, as in /${shorten(url)}`;
}

/** Lines split at `\n`, each without a trailing `\r`. */
function lineSpans(value: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= value.length) {
    const newline = value.indexOf('\n', start);
    const next = newline < 0 ? value.length : newline;
    spans.push({ start, end: value[next - 1] === '\r' && next > start ? next - 1 : next });
    start = next + 1;
  }
  return spans;
}

function fieldSpans(value: string, line: Span): Span[] {
  const spans: Span[] = [];
  let start = line.start;
  for (const field of value.slice(line.start, line.end).split('|')) {
    spans.push({ start, end: start + field.length });
    start += field.length + 1;
  }
  return spans;
}

/** An empty field has nothing to underline, so point at the `|` beside it. */
function visibleSpan(line: Span, field: Span): Span {
  if (field.end > field.start) {
    return field;
  }
  return field.start > line.start ? { start: field.start - 1, end: field.start } : { start: field.start, end: Math.min(field.start + 1, line.end) };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
