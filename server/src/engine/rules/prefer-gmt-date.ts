import { instanceRule } from './rule';
import { replaceInUrl, shown, templateSites, templateText, urlRange } from './support/urlTemplates';

/**
 * `${date:...}` writes the last poll time in the zone of the CE server that runs the poller, GMT in
 * practice but not by promise; CE's docs recommend `gmtDate`, which says the zone (domain.md §4).
 */
export default instanceRule(
  {
    id: 'prefer-gmt-date',
    severity: 'info',
    description: "A '${date...}' template in a poller URL, where CE's docs recommend '${gmtDate:...}'.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of templateSites(body)) {
      const { url, template } = site;
      // Other spellings and an empty pattern (`${date:}`) are the descriptor rule's.
      if (!template.closed || template.descriptor !== 'date' || template.argument === '') continue;
      const range = urlRange(url, template.descriptorSpan);
      if (template.argument === undefined) {
        context.report({
          range,
          path: url.path,
          message: "'${date}' has no pattern, and the format CE writes then is not documented. CE's docs recommend 'gmtDate' with the pattern the API expects, "
            + "e.g. '${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}', which states both the zone and the format.",
        });
        continue;
      }
      const text = templateText(site);
      context.report({
        range,
        path: url.path,
        message: `'${shown(text)}' writes the last poll time in the zone of the CE server that runs the poller. CE's docs recommend 'gmtDate', which is always GMT.`,
        suggestions: [{
          title: "Rename to 'gmtDate'",
          edits: [replaceInUrl(url, template.descriptorSpan.start, template.descriptorSpan.end, 'gmtDate')],
        }],
      });
    }
  },
);
