import { instanceRule } from './rule';
import { checkedPatternSites, type FieldToken, fieldsOf, hasField, patternRange, perPattern, replaceInPattern } from './support/datePatternSites';
import { notAPattern } from './support/notAPattern';

/** `h` and `K` fields, when the pattern has no AM/PM field. */
const twelveHourFieldsWithoutMarker = perPattern((pattern): readonly FieldToken[] => hasField(pattern, 'a') ? [] : fieldsOf(pattern, 'hK'));

/**
 * `h` (1-12) and `K` (0-11) count hours on a 12-hour clock. Without an AM/PM field (`a`), 7:00 and
 * 19:00 look the same: a poll in the evening asks for records since the morning, and times read
 * from the data land twelve hours early.
 */
export default instanceRule(
  {
    id: 'date-pattern-12-hour',
    severity: 'warning',
    description: "A 12-hour clock field ('h' or 'K') without an AM/PM field ('a').",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      const hours = twelveHourFieldsWithoutMarker(site.pattern);
      if (hours.length === 0 || notAPattern(site)) continue;
      for (const field of hours) {
        const text = field.letter.repeat(field.count);
        // H (0-23) is what machine-readable times use; k (1-24) writes midnight as 24.
        const hour = 'H'.repeat(field.count);
        const range = field.letter === 'h' ? '1-12' : '0-11';
        context.report({
          range: patternRange(site, field.start, field.end),
          path: site.path,
          message: `'${text}' is the hour on a 12-hour clock (${range}), and the pattern has no AM/PM field 'a': 7 in the morning and 7 in the evening look the same. Use '${hour}' for the 24-hour clock (0-23), or add ' a' if the dates carry AM/PM.`,
          suggestions: [{ title: `Replace with '${hour}'`, edits: [replaceInPattern(site, field.start, field.end, hour)] }],
        });
      }
    }
  },
);
