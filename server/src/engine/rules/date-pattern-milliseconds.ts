import type { DatePatternSite } from '../model/embeddedSites';
import { instanceRule, type Problem } from './rule';
import {
  checkedPatternSites, hasField, isFormatValue, neighbour, patternRange, perPattern, replaceInPattern, type FieldToken,
} from './support/datePatternSites';
import { notAPattern } from './support/notAPattern';

/**
 * SimpleDateFormat's `S` is a whole number of milliseconds, not a fraction of a second. More than
 * three `S` read microseconds or nanoseconds as that many milliseconds, and write milliseconds
 * padded with zeros; `S` right after the minutes is a typo for `s`.
 */
export default instanceRule(
  {
    id: 'date-pattern-milliseconds',
    severity: 'warning',
    description: "'S' (milliseconds) used for a longer fraction of a second, or where 's' (seconds) was meant.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      const misused = misusedMilliseconds(site.pattern);
      if (misused.length === 0 || notAPattern(site)) continue;
      for (const { field, meant } of misused) {
        context.report(meant === 'fraction' ? fractionProblem(site, field) : secondsProblem(site, field));
      }
    }
  },
);

/** An `S` field and what it was probably meant to be. */
interface MisusedField {
  readonly field: FieldToken;
  readonly meant: 'fraction' | 'seconds';
}

const misusedMilliseconds = perPattern((pattern): readonly MisusedField[] => {
  const found: MisusedField[] = [];
  const hasSeconds = hasField(pattern, 's');
  pattern.tokens.forEach((token, index) => {
    if (token.kind !== 'field' || token.letter !== 'S') return;
    if (token.count > 3) {
      found.push({ field: token, meant: 'fraction' });
      return;
    }
    const before = neighbour(pattern, index, -1);
    if (!hasSeconds && before && before.between === ':' && 'mM'.includes(before.field.letter)) {
      found.push({ field: token, meant: 'seconds' });
    }
  });
  return found;
});

function fractionProblem(site: DatePatternSite, field: FieldToken): Problem {
  const text = 'S'.repeat(field.count);
  const digits = '123456789'.slice(0, Math.min(field.count, 9));
  const effect = isFormatValue(site)
    ? `it reads '.${digits}' as ${digits} milliseconds (${duration(Number(digits))}), so times from the data are off. Check the precision of the dates: with three fraction digits use 'SSS'; SimpleDateFormat cannot read microseconds or nanoseconds.`
    : `it writes 123 milliseconds as '.${'123'.padStart(field.count, '0')}', which the API reads as a smaller fraction, so the time sent is up to a second early. Check the precision the API expects: 'SSS' writes milliseconds; SimpleDateFormat cannot write microseconds.`;
  return {
    range: patternRange(site, field.start, field.end),
    path: site.path,
    message: `'${text}' is milliseconds, not a fraction of a second: ${effect}`,
  };
}

function secondsProblem(site: DatePatternSite, field: FieldToken): Problem {
  const text = 'S'.repeat(field.count);
  const seconds = 's'.repeat(Math.min(field.count, 2));
  return {
    range: patternRange(site, field.start, field.end),
    path: site.path,
    message: `'${text}' is milliseconds, not seconds: right after the minutes, with no 's' in the pattern, it puts milliseconds where the seconds belong. Use '${seconds}'.`,
    suggestions: [{ title: `Replace with '${seconds}'`, edits: [replaceInPattern(site, field.start, field.end, seconds)] }],
  };
}

/** A rough length of time, for a message. */
function duration(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} seconds`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} minutes`;
  return `about ${Math.round(seconds / 3600)} hours`;
}
