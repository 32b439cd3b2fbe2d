import type { Rule } from './rule';
import datePatternSyntax from './date-pattern-syntax';
import datePatternWeekYear from './date-pattern-week-year';
import datePatternDayOfYear from './date-pattern-day-of-year';
import datePatternMinuteMonth from './date-pattern-minute-month';
import datePattern12Hour from './date-pattern-12-hour';
import datePatternMilliseconds from './date-pattern-milliseconds';
import datePatternLiteralZ from './date-pattern-literal-z';
import datePatternWhitespace from './date-pattern-whitespace';

export const datePatternRules: readonly Rule[] = [
  datePatternSyntax,
  datePatternWeekYear,
  datePatternDayOfYear,
  datePatternMinuteMonth,
  datePattern12Hour,
  datePatternMilliseconds,
  datePatternLiteralZ,
  datePatternWhitespace,
];
