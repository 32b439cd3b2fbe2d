import type { DatePattern } from '../embedded/datePattern';
import { instanceRule } from './rule';
import {
  checkedPatternSites, neighbour, patternRange, perPattern, replaceInPattern, type FieldToken, type Neighbour,
} from './support/datePatternSites';
import { notAPattern } from './support/notAPattern';

const DATE_LETTERS = 'yYdD';
const TIME_LETTERS = 'HhkKmsS';
const HOUR_LETTERS = 'HhkK';
/** What stands between date fields: `yyyy-mm-dd`, `dd/mm/yyyy`, `dd.mm.yyyy`, `yyyymmdd`. */
const DATE_SEPARATORS = new Set(['', '-', '/', '.']);

/**
 * `M` is the month and `m` the minute: swapped, the poller asks for or reads a date with the
 * minutes in the month's place (or the other way round), so dates are wrong without any error.
 * Only the telling cases are flagged: an `m` between date fields joined by date separators when
 * the pattern has no month, and a numeric `M` joined to time fields by `:`.
 */
export default instanceRule(
  {
    id: 'date-pattern-minute-month',
    severity: 'warning',
    description: "'m' (minute) among the date fields or 'M' (month) among the time fields.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      const swappedFields = swappedMinuteMonthFields(site.pattern);
      if (swappedFields.length === 0 || notAPattern(site)) continue;
      for (const field of swappedFields) {
        const text = field.letter.repeat(field.count);
        const swapped = (field.letter === 'm' ? 'M' : 'm').repeat(field.count);
        const message = field.letter === 'm'
          ? `'${text}' is the minute, not the month: among the date fields it puts the minutes where the month belongs. Use '${swapped}'.`
          : `'${text}' is the month, not the minute: among the time fields it puts the month where the minutes belong. Use '${swapped}'.`;
        context.report({
          range: patternRange(site, field.start, field.end),
          path: site.path,
          message,
          suggestions: [{ title: `Replace with '${swapped}'`, edits: [replaceInPattern(site, field.start, field.end, swapped)] }],
        });
      }
    }
  },
);

/** The `m` and `M` fields in the other's place, in order. */
const swappedMinuteMonthFields = perPattern((pattern): readonly FieldToken[] => {
  // A field with a date on one side and a time on the other (`yyyy-M:mm`) tells nothing: swapping
  // it would only move the complaint to the other letter.
  const minutesAsMonth = fieldIndexes(pattern, 'M').filter((index) => isInTime(pattern, index) && !isInDate(pattern, index));
  const hasMonth = fieldIndexes(pattern, 'ML').some((index) => !minutesAsMonth.includes(index));
  const monthsAsMinute = hasMonth ? [] : fieldIndexes(pattern, 'm').filter((index) => isInDate(pattern, index) && !isInTime(pattern, index));
  return [...monthsAsMinute, ...minutesAsMonth].sort((a, b) => a - b).map((index) => pattern.tokens[index] as FieldToken);
});

function fieldIndexes(pattern: DatePattern, letters: string): number[] {
  const indexes: number[] = [];
  pattern.tokens.forEach((token, index) => {
    if (token.kind === 'field' && letters.includes(token.letter)) indexes.push(index);
  });
  return indexes;
}

function sides(pattern: DatePattern, index: number): Neighbour[] {
  return [neighbour(pattern, index, -1), neighbour(pattern, index, 1)].filter((side): side is Neighbour => side !== undefined);
}

/** `HH:MM`, `MM:ss`, `HHMM`; a month name (`MMM`) is never a minute. */
function isInTime(pattern: DatePattern, index: number): boolean {
  const field = pattern.tokens[index] as FieldToken;
  if (field.count > 2) return false;
  const before = neighbour(pattern, index, -1);
  return sides(pattern, index).some((side) => side.between === ':' && TIME_LETTERS.includes(side.field.letter))
    || (before !== undefined && before.between === '' && HOUR_LETTERS.includes(before.field.letter));
}

/** `yyyy-mm-dd`, `dd/mm/yyyy`, `yyyymmdd`. */
function isInDate(pattern: DatePattern, index: number): boolean {
  return sides(pattern, index).some((side) => DATE_SEPARATORS.has(side.between) && DATE_LETTERS.includes(side.field.letter));
}
