import { instanceRule } from './rule';
import { checkedPatternSites, type FieldToken, fieldsOf, hasField, patternRange, perPattern, replaceInPattern } from './support/datePatternSites';
import { notAPattern } from './support/notAPattern';

/** `D` fields when the pattern has a month; without one, `yyyy-DDD` is an ordinal date and means what it says. */
const dayOfYearFields = perPattern((pattern): readonly FieldToken[] => hasField(pattern, 'ML') ? fieldsOf(pattern, 'D') : []);

/**
 * `D` is the day of the year (1-366). Next to a month it is a typo for `d`: from February on the
 * dates it writes or reads are wrong (`yyyy-MM-DD` writes 2017-02-41 for 10 February).
 */
export default instanceRule(
  {
    id: 'date-pattern-day-of-year',
    severity: 'warning',
    description: "'D' (day of year) next to a month, where 'd' (day of month) was meant.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      const daysOfYear = dayOfYearFields(site.pattern);
      if (daysOfYear.length === 0 || notAPattern(site)) continue;
      for (const field of daysOfYear) {
        const day = 'd'.repeat(Math.min(field.count, 2));
        const text = 'D'.repeat(field.count);
        context.report({
          range: patternRange(site, field.start, field.end),
          path: site.path,
          message: `'${text}' is the day of the year (1-366), not the day of the month: with a month in the pattern, every date after January is wrong (10 February is day 41). Use '${day}'.`,
          suggestions: [{ title: `Replace with '${day}'`, edits: [replaceInPattern(site, field.start, field.end, day)] }],
        });
      }
    }
  },
);
