import type { ZoneCheck } from '../embedded/timeZone';
import type { TimeZoneSite } from '../model/embeddedSites';
import { instanceRule, type Problem } from './rule';
import { checkedZones, replaceZone, zoneRange } from './support/timeZoneSites';
import { shortened } from './support/shortened';

/**
 * Java's `TimeZone.getTimeZone` never fails: an id it does not know becomes GMT without a word
 * (domain.md §6), so the poller reads or asks for dates hours off and nothing says why.
 * Three-letter ids work and are the abbreviation rule's; an empty zone is the documented default.
 */
export default instanceRule(
  {
    id: 'time-zone',
    severity: 'error',
    description: 'A time zone Java does not know (misspelt, wrong case, a bare offset or a placeholder): Java silently uses GMT.',
    fixable: 'safe',
  },
  (context, body) => {
    for (const { site, check } of checkedZones(body)) {
      const problem = zoneProblem(site, check);
      if (problem) context.report(problem);
    }
  },
);

function zoneProblem(site: TimeZoneSite, check: ZoneCheck): Problem | undefined {
  const id = site.value;
  const where = WHERE[site.role];
  const effect = EFFECT[site.role];
  switch (check.kind) {
    case 'unknown': {
      const [first] = check.suggestions;
      if (first !== undefined && isSameIdSpeltDifferently(id, first)) {
        return {
          ...placeOf(site),
          message: `Time zone '${shortened(id)}' in ${where} is not an id Java knows (${spellingSlip(id)}): Java silently uses GMT instead, ${effect}. Write '${first}'.`,
          fix: { title: `Replace with '${first}'`, edits: [replaceZone(site, first)] },
        };
      }
      return {
        ...placeOf(site),
        message: `Unknown time zone '${shortened(id)}' in ${where}: Java does not know it and silently uses GMT, ${effect}. `
          + (first === undefined ? "Use a tz database id such as 'America/New_York', an offset such as 'GMT-06:00', or 'GMT'." : `Did you mean ${quotedList(check.suggestions)}?`),
        suggestions: check.suggestions.length ? check.suggestions.map((zone) => ({ title: `Replace with '${zone}'`, edits: [replaceZone(site, zone)] })) : undefined,
      };
    }
    case 'offset-without-gmt':
      return {
        ...placeOf(site),
        message: `Time zone '${shortened(id)}' in ${where} has no 'GMT' prefix: Java reads an offset only as '${check.suggestion}' and silently uses GMT for this one, ${effect} `
          + `(CE's docs show offsets such as '-6:00', but whether CE adds the prefix itself is not confirmed). Write '${check.suggestion}'.`,
        suggestions: [{ title: `Replace with '${check.suggestion}'`, edits: [replaceZone(site, check.suggestion)] }],
      };
    case 'placeholder':
      return {
        ...placeOf(site),
        message: `'${shortened(id)}' in ${where} is a placeholder from the docs: replace it with the provider's time zone, e.g. 'America/New_York'. As it is, Java silently uses GMT.`,
      };
    default:
      return undefined;
  }
}

/** Where a problem with the zone is reported (made only for a problem: most zones have none). */
function placeOf(site: TimeZoneSite): Pick<Problem, 'range' | 'path'> {
  return { range: zoneRange(site), path: site.path };
}

const WHERE: Readonly<Record<TimeZoneSite['role'], string>> = {
  updatedDateTimezone: "'updatedDateTimezone'",
  createdDateTimezone: "'createdDateTimezone'",
  template: 'the URL template',
  legacy: "the 'event.poller.urls' line",
};

const EFFECT: Readonly<Record<TimeZoneSite['role'], string>> = {
  updatedDateTimezone: 'so the updated dates are read as GMT times',
  createdDateTimezone: 'so the created dates are read as GMT times',
  template: 'so the poll time goes into the URL in GMT',
  legacy: 'so the dates are read as GMT times',
};

/** `america/denver`, ` GMT`, `America/New York`: the id Java knows, with its case or spaces slipped. */
function isSameIdSpeltDifferently(value: string, id: string): boolean {
  return value.trim().toLowerCase().replace(/ /g, '_') === id.toLowerCase();
}

function spellingSlip(value: string): string {
  if (value.trim() !== value) return 'it has spaces around it';
  if (value.includes(' ')) return "ids write spaces as '_'";
  return 'ids are case-sensitive';
}

function quotedList(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
