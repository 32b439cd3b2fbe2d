import { instanceRule } from './rule';
import { checkedZones, replaceZone, zoneRange } from './support/timeZoneSites';

/**
 * Java still reads its old three-letter ids (PST, CST, IST...), and CE's own examples use them, but
 * the JDK deprecates them as ambiguous (domain.md §6): CST is US Central to Java and China Standard
 * Time to many people, and EST, MST and HST are fixed offsets that never switch to summer time.
 */
export default instanceRule(
  {
    id: 'time-zone-abbreviation',
    severity: 'warning',
    description: "A three-letter time zone such as 'PST' or 'EST': deprecated in Java, ambiguous, and some ignore daylight saving.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const { site, check } of checkedZones(body)) {
      if (check.kind !== 'abbreviation') continue;
      const ids = check.suggestions.map((id) => `'${id}'`);
      const choice = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1]}`;
      context.report({
        range: zoneRange(site),
        path: site.path,
        message: `'${check.id}' is one of Java's deprecated three-letter zone ids, which people read in different ways: ${check.meaning}. `
          + (ids.length === 1 ? `Write the tz database id ${choice} instead.` : `Write the zone you mean instead: ${choice}.`),
        suggestions: check.suggestions.map((id) => ({ title: `Replace with '${id}'`, edits: [replaceZone(site, id)] })),
      });
    }
  },
);
