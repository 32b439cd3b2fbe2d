import { findHardCodedDates } from '../embedded/urlTemplate';
import { instanceRule } from './rule';
import { replaceInUrl, urlRange } from './support/urlTemplates';

/**
 * A poller URL is sent at every poll; CE moves only what a template gives it. A date written into
 * the query stays where it is, so each poll fetches the same records again, more of them as time
 * passes, and the poller reports them over and over.
 */
export default instanceRule(
  {
    id: 'url-hard-coded-date',
    severity: 'warning',
    description: 'A poller URL filters on a fixed date instead of a template that moves with each poll.',
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const url of body.embedded.urls) {
      for (const date of findHardCodedDates(url.value)) {
        const template = templateFor(date.text);
        context.report({
          range: urlRange(url, date.span),
          path: url.path,
          message: `The URL filters on the fixed date '${date.text}': every poll asks for the same records (and more and more of them) instead of those changed since the last poll. `
            + `Use a template such as '${template}', which CE fills in with the time of the last poll.`,
          suggestions: [{ title: `Replace with '${template}'`, edits: [replaceInUrl(url, date.span.start, date.span.end, template)] }],
        });
      }
    }
  },
);

// The shapes findHardCodedDates finds: an ISO date with an optional time, fraction and zone.
const ISO_PARTS = /^\d{4}-\d{2}-\d{2}(?:([T ])\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

/** The template that sends the last poll time in the literal's own shape. */
function templateFor(literal: string): string {
  if (/^\d{13}$/.test(literal)) return '${epoch}';
  if (/^\d{10}$/.test(literal)) return '${epoch:s}';
  const parts = ISO_PARTS.exec(literal);
  let pattern = 'yyyy-MM-dd';
  if (parts?.[1]) {
    const [, separator, seconds, fraction, zone, zoneMinutes] = parts;
    pattern += `${separator === 'T' ? "'T'" : ' '}HH:mm${seconds ? ':ss' : ''}${fraction ? '.SSS' : ''}`;
    // gmtDate writes GMT: a literal Z stays one; an offset gets the matching ISO form (Z for GMT).
    if (zone === 'Z') pattern += "'Z'";
    else if (zone) pattern += zoneMinutes === undefined ? 'X' : zoneMinutes.startsWith(':') ? 'XXX' : 'XX';
  }
  return `\${gmtDate:${pattern}}`;
}
