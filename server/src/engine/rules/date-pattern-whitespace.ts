import { instanceRule } from './rule';
import { checkedPatternSites, isFormatValue, patternRange, replaceInPattern, shown } from './support/datePatternSites';
import { notAPattern } from './support/notAPattern';

/**
 * White space in a pattern is literal text that the date must contain. A format that starts or
 * ends with a space fails on every date that does not (`2017-08-30` against `yyyy-MM-dd `), and
 * no date from an API does. Templates are left to the template rules: there the space is sent.
 */
export default instanceRule(
  {
    id: 'date-pattern-whitespace',
    severity: 'warning',
    description: 'White space at the start or end of a date format.',
    fixable: 'safe',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      if (!isFormatValue(site)) continue;
      const { value } = site;
      const leading = value.length - value.trimStart().length;
      const trailing = value.length - value.trimEnd().length;
      // A value that is no pattern (a spaced `milliseconds`) is replaced whole by the syntax rule.
      if ((leading === 0 && trailing === 0) || leading === value.length || notAPattern(site)) continue;
      for (const [start, end, side] of [[0, leading, 'starts'], [value.length - trailing, value.length, 'ends']] as const) {
        if (start === end) continue;
        context.report({
          range: patternRange(site, start, end),
          path: site.path,
          message: `The date format '${shown(value)}' ${side} with white space: Java matches it as literal text, so dates without it fail to parse. Remove it.`,
          fix: { title: 'Remove the white space', edits: [replaceInPattern(site, start, end, '')] },
        });
      }
    }
  },
);
