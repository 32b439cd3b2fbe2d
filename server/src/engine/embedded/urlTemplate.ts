/**
 * Date templates in poller URLs: `${descriptor[:zone][:pattern]}`. CE replaces each with the time of
 * the last poll before calling the element, so the query asks only for what changed since then.
 * Works on the decoded string; callers map the offsets back to the document.
 */
import { memoByString } from '../text/stringMemo';

/** `[start, end)` offsets in the parsed string. */
export interface Span {
  start: number;
  end: number;
}

export interface UrlTemplate {
  /** From `$` to the closing `}`, or to the end of the url when there is none. */
  span: Span;
  closed: boolean;
  /** The text between `${` and the first `:`; the whole text when it is not a name (`${yyyy-MM-dd}`). */
  descriptor: string;
  descriptorSpan: Span;
  /** Only for dateTimeZone and nowTimeZone. */
  zone?: string;
  zoneSpan?: Span;
  /** What follows the descriptor (and zone): a date pattern, or the unit of `epoch`. */
  argument?: string;
  argumentSpan?: Span;
}

export interface TemplateDescriptor {
  /** The spelling the docs use. */
  name: string;
  /** Whether a zone comes between the descriptor and the pattern. */
  takesZone: boolean;
  argument: 'pattern' | 'epoch-unit' | 'none';
  description: string;
  /** `recommended` and `documented` by CE's docs; `observed` only in real configurations. */
  status: 'recommended' | 'documented' | 'observed';
}

const descriptors: readonly TemplateDescriptor[] = [
  {
    name: 'gmtDate', takesZone: false, argument: 'pattern', status: 'recommended',
    description: 'The time of the last poll in GMT, written with the Java date pattern after the colon.',
  },
  {
    name: 'date', takesZone: false, argument: 'pattern', status: 'documented',
    description: "The time of the last poll in the zone of the CE server that runs the poller (GMT in practice), written with the pattern after the colon. The pattern may be left out, but the format used then is not documented; gmtDate states the zone.",
  },
  {
    name: 'dateTimeZone', takesZone: true, argument: 'pattern', status: 'documented',
    description: 'The time of the last poll converted to the zone named after the first colon (a tz id such as America/Denver, or GMT-06:00), written with the pattern after the second colon. A zone Java does not know silently becomes GMT.',
  },
  {
    name: 'nowTimeZone', takesZone: true, argument: 'pattern', status: 'observed',
    description: 'Seen only in element defaults as the upper end of a polling window: apparently the current time in the given zone, written with the pattern. Not documented by CE.',
  },
  {
    name: 'epoch', takesZone: false, argument: 'epoch-unit', status: 'documented',
    description: 'The time of the last poll as a Unix timestamp: milliseconds without a unit, or seconds (`s`), milliseconds (`ms`) or microseconds (`us`) after the colon.',
  },
  {
    name: 'milliseconds', takesZone: false, argument: 'none', status: 'observed',
    description: 'Seen in a few element docs; it appears to give the time of the last poll in Unix milliseconds, like a plain epoch. Not documented by CE; prefer epoch.',
  },
];

/** The descriptors CE fills in, by the spelling the docs use. */
export const TEMPLATE_DESCRIPTORS: ReadonlyMap<string, TemplateDescriptor> = new Map(descriptors.map((d) => [d.name, d]));

const descriptorsByLowerCase = new Map(descriptors.map((d) => [d.name.toLowerCase(), d]));

/** The descriptor a template names, ignoring case (`DateTimeZone` appears in CE's docs). */
export function templateDescriptor(name: string): TemplateDescriptor | undefined {
  // Most templates spell the name as the docs do: no lower-case copy needed then.
  return TEMPLATE_DESCRIPTORS.get(name) ?? descriptorsByLowerCase.get(name.toLowerCase());
}

function readUrlTemplates(url: string): UrlTemplate[] {
  const templates: UrlTemplate[] = [];
  let from = 0;
  for (let start = url.indexOf('${', from); start >= 0; start = url.indexOf('${', from)) {
    const template = templateAt(url, start);
    templates.push(template);
    from = template.span.end;
  }
  return templates;
}

/**
 * The template starting at `start`. It ends at the first `}` that does not close a `{` opened inside
 * it: Java patterns have no braces, but a docs placeholder such as `{TimeZone}` may stand for the zone.
 * A `${` inside (a pattern's quoted literal) is text, not a nested template.
 */
function templateAt(url: string, start: number): UrlTemplate {
  const bodyStart = start + 2;
  let depth = 0;
  let close = -1;
  for (let i = bodyStart; i < url.length && close < 0; i++) {
    const c = url[i];
    if (c === '{' && url[i - 1] !== '$') {
      depth++;
    } else if (c === '}') {
      if (depth === 0) {
        close = i;
      } else {
        depth--;
      }
    }
  }
  const closed = close >= 0;
  const bodyEnd = closed ? close : url.length;
  const template: UrlTemplate = {
    span: { start, end: closed ? close + 1 : url.length },
    closed,
    descriptor: '',
    descriptorSpan: { start: bodyStart, end: bodyStart },
  };
  const body = url.slice(bodyStart, bodyEnd);
  const colon = body.indexOf(':');
  const name = colon < 0 ? body : body.slice(0, colon);
  if (colon < 0 || !isDescriptorName(name)) {
    template.descriptor = body;
    template.descriptorSpan = { start: bodyStart, end: bodyEnd };
    return template;
  }
  template.descriptor = name;
  template.descriptorSpan = { start: bodyStart, end: bodyStart + colon };
  let restStart = colon + 1;
  if (templateDescriptor(name)?.takesZone) {
    const zoneLength = zoneLengthAt(body, restStart);
    template.zone = body.slice(restStart, restStart + zoneLength);
    template.zoneSpan = { start: bodyStart + restStart, end: bodyStart + restStart + zoneLength };
    if (body[restStart + zoneLength] !== ':') {
      return template;
    }
    restStart += zoneLength + 1;
  }
  template.argument = body.slice(restStart);
  template.argumentSpan = { start: bodyStart + restStart, end: bodyEnd };
  return template;
}

/** A word such as `gmtDate` or a misspelling of one; a pattern like `yyyy-MM-dd'T'HH` is not. */
function isDescriptorName(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(text);
}

/**
 * The length of the zone at `from`. An offset may hold a colon (`-8:00`, `GMT+06:00`), so it is
 * matched as an offset when one ends right before a `:` or the end; anything else runs to the next `:`.
 */
function zoneLengthAt(body: string, from: number): number {
  const rest = body.slice(from);
  for (const offset of [/^(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?/i, /^(?:GMT|UTC)?[+-]\d{1,2}/i]) {
    const match = offset.exec(rest);
    if (match && (rest.length === match[0].length || rest[match[0].length] === ':')) {
      return match[0].length;
    }
  }
  const colon = rest.indexOf(':');
  return colon < 0 ? rest.length : colon;
}

/** A date or time written into the query rather than filled in by a template. */
export interface DateLiteral {
  readonly span: Span;
  readonly text: string;
}

// An ISO date with an optional time and zone, on its own (not inside a longer word or number).
const isoDate = /(?<![\w.])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\w:])/g;
// A 10-digit (seconds) or 13-digit (milliseconds) Unix time right after a comparison, maybe quoted.
const epochAfterComparison = /(?:>=|<=|!=|<>|=|>|<|\s(?:gte|gt|lte|lt|eq|ne)\s)\s*'?(\d{13}|\d{10})(?![\w])/gi;
// Field names that hold times, so that `id=1234567890` is not taken for a date.
const dateField = /date|time|modif|updat|creat|since|stamp|epoch|changed/i;

const NO_DATES: readonly DateLiteral[] = [];

/**
 * Dates written literally in the query of a poller URL, outside templates and `{placeholders}`.
 * A fixed date asks for the same records at every poll; a template moves with the last poll time.
 * The result may be shared: treat it as read-only.
 */
export function findHardCodedDates(url: string): readonly DateLiteral[] {
  const queryStart = url.indexOf('?');
  // Both shapes begin with four digits in a row (a year, or the start of a Unix time) after the
  // `?`: most queries have none, and skip the regexes and the template search.
  if (queryStart < 0 || !hasDigitRun(url, queryStart + 1, 4)) {
    return NO_DATES;
  }
  return hardCodedDatesInQuery(url);
}

/** Whether `text` holds `length` ASCII digits in a row (what `\d` matches) from `from` on. */
function hasDigitRun(text: string, from: number, length: number): boolean {
  let run = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code >= 48 && code <= 57 ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

/** The dates of a URL that has a query with digits in it; remembered per distinct URL. */
const hardCodedDatesInQuery: (url: string) => readonly DateLiteral[] = memoByString(readHardCodedDates);

function readHardCodedDates(url: string): DateLiteral[] {
  const queryStart = url.indexOf('?');
  const excluded = [...findUrlTemplates(url).map((t) => t.span), ...placeholderSpans(url)];
  const outside = (span: Span) => span.start > queryStart && !excluded.some((e) => span.start < e.end && e.start < span.end);
  const found: DateLiteral[] = [];
  for (const match of url.matchAll(isoDate)) {
    const span = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
    if (outside(span)) {
      found.push({ span, text: match[0] });
    }
  }
  for (const match of url.matchAll(epochAfterComparison)) {
    const digits = match[1];
    const end = (match.index ?? 0) + match[0].length;
    const span = { start: end - digits.length, end };
    if (outside(span) && dateField.test(fieldBefore(url, match.index ?? 0))) {
      found.push({ span, text: digits });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** `{name}` element placeholders (no `$`): their text is the caller's, never a date. */
function placeholderSpans(url: string): Span[] {
  const spans: Span[] = [];
  // Each search starts after the last `}`, so a run of `{` is scanned once.
  for (let open = url.indexOf('{'); open >= 0; ) {
    const close = url.indexOf('}', open);
    if (close < 0) {
      break;
    }
    if (url[open - 1] !== '$') {
      spans.push({ start: open, end: close + 1 });
    }
    open = url.indexOf('{', close + 1);
  }
  return spans;
}

/** The field compared at `operatorStart`: the word (or quoted name) just before it. */
function fieldBefore(url: string, operatorStart: number): string {
  let end = operatorStart;
  while (end > 0 && url[end - 1] === ' ') {
    end--;
  }
  // A field name is short; the bound keeps long text from being rescanned for every match.
  const limit = Math.max(0, end - 100);
  const quote = url[end - 1];
  if (quote === "'" || quote === '"') {
    const open = url.lastIndexOf(quote, end - 2);
    return open < limit ? '' : url.slice(open + 1, end - 1);
  }
  let start = end;
  while (start > limit && /[\w.]/.test(url[start - 1])) {
    start--;
  }
  return url.slice(start, end);
}

/** Every `${...}` template in a URL, in order; remembered per distinct URL. */
export const findUrlTemplates: (url: string) => readonly UrlTemplate[] = memoByString(readUrlTemplates);
