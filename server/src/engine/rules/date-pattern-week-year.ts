import { instanceRule } from './rule';
import { checkedPatternSites, type FieldToken, fieldsOf, hasField, patternRange, perPattern, replaceInPattern } from './support/datePatternSites';
import { notAPattern } from './support/notAPattern';

/** `Y` fields, unless a week number makes the week year right: `YYYY-'W'ww`. */
const weekYearFields = perPattern((pattern): readonly FieldToken[] => hasField(pattern, 'w') ? [] : fieldsOf(pattern, 'Y'));

/**
 * `Y` is the week year: from the last days of December or the first of January it is the next or
 * the previous year, so a poll near New Year asks for (or reads) dates a year off.
 */
export default instanceRule(
  {
    id: 'date-pattern-week-year',
    severity: 'warning',
    description: "'Y' (week year) where 'y' (calendar year) was almost surely meant.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      const weekYears = weekYearFields(site.pattern);
      if (weekYears.length === 0 || notAPattern(site)) continue;
      for (const field of weekYears) {
        const year = 'y'.repeat(field.count);
        const text = 'Y'.repeat(field.count);
        context.report({
          range: patternRange(site, field.start, field.end),
          path: site.path,
          message: `'${text}' is the week year, not the calendar year: in the last days of December or the first of January it is one year off (2018-12-31 is in week year 2019). Use '${year}'.`,
          suggestions: [{ title: `Replace with '${year}'`, edits: [replaceInPattern(site, field.start, field.end, year)] }],
        });
      }
    }
  },
);
