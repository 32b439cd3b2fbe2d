import { TEMPLATE_DESCRIPTORS, templateDescriptor, type TemplateDescriptor } from '../embedded/urlTemplate';
import { instanceRule, type Problem, type RuleContext } from './rule';
import { closestMatch } from './support/suggest';
import { zoneHoldsPattern } from './support/timeZoneSites';
import {
  EXAMPLE_PATTERN, replaceInUrl, shown, templateShape, templateSites, templateText, urlRange, type TemplateSite,
} from './support/urlTemplates';

const KNOWN = 'CE documents gmtDate, date, dateTimeZone and epoch (nowTimeZone and milliseconds also appear in its examples)';

/** The units `epoch` takes (domain.md §4). `0` appears once, in a CE element default: unknown meaning, left alone. */
const EPOCH_UNITS = new Set(['s', 'ms', 'us', '0']);

/** Spellings people use for a unit, and the unit CE reads. */
const EPOCH_UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ...['sec', 'secs', 'second', 'seconds'].map((alias) => [alias, 's'] as const),
  ...['milli', 'millis', 'millisecond', 'milliseconds', 'msec', 'msecs'].map((alias) => [alias, 'ms'] as const),
  ...['micro', 'micros', 'microsecond', 'microseconds', 'µs', 'usec', 'usecs'].map((alias) => [alias, 'us'] as const),
]);

/**
 * The name before the first colon says what CE fills in. An unknown name, a unit `epoch` does not
 * take, or a missing zone or pattern leaves the query without the poll time it was written for.
 */
export default instanceRule(
  {
    id: 'url-template-descriptor',
    severity: 'error',
    description: "An unknown '${descriptor}' in a poller URL, or one used without the zone, pattern or unit it takes.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of templateSites(body)) {
      // An unclosed template is the syntax rule's: its argument runs to the end of the url.
      if (!site.template.closed || templateShape(site.template) !== 'named') continue;
      reportDescriptorProblems(context, site);
    }
  },
);

/** Reports straight to the context: most templates have no problem, and need no list. */
function reportDescriptorProblems(context: RuleContext, site: TemplateSite): void {
  const { url, template } = site;
  const name = template.descriptor;
  const at = () => ({ range: urlRange(url, template.descriptorSpan), path: url.path });
  const descriptor = templateDescriptor(name);
  if (!descriptor) {
    const match = closestMatch(name, TEMPLATE_DESCRIPTORS.keys());
    context.report({
      ...at(),
      message: `Unknown template descriptor '${shown(name)}': ${KNOWN}; no other name is known to be filled in. ${match ? `Did you mean '${match}'?` : 'Use one of them.'}`,
      suggestions: match ? [renameDescriptor(site, match)] : undefined,
    });
    return;
  }
  if (descriptor.name !== name) {
    context.report({
      ...at(),
      message: `Template descriptor '${name}' is written '${descriptor.name}' in CE's docs, and whether CE ignores case is not documented: '${name}' may not be recognised. Did you mean '${descriptor.name}'?`,
      suggestions: [renameDescriptor(site, descriptor.name)],
    });
  }
  const argumentProblem = descriptor.takesZone ? zoneTemplateProblem(site, descriptor) : argumentProblemOf(site, descriptor);
  if (argumentProblem) context.report(argumentProblem);
}

function renameDescriptor(site: TemplateSite, name: string) {
  const { start, end } = site.template.descriptorSpan;
  return { title: `Rename to '${name}'`, edits: [replaceInUrl(site.url, start, end, name)] };
}

/** gmtDate, date, epoch and milliseconds: what follows the colon. */
function argumentProblemOf(site: TemplateSite, descriptor: TemplateDescriptor): Problem | undefined {
  const { url, template } = site;
  const { argument, argumentSpan } = template;
  const name = descriptor.name;
  if (descriptor.argument === 'pattern') {
    // A bare `${date}` is common in CE's docs (prefer-gmt-date notes it); a bare or empty gmtDate is not.
    if (argument === '' || (argument === undefined && name !== 'date')) {
      return {
        ...wholeTemplate(site),
        message: `'${templateText(site)}' has no date pattern: ${name} writes the last poll time with the Java pattern after its colon, as in '\${${name}:${EXAMPLE_PATTERN}}'. Add the pattern the API expects.`,
        suggestions: [addPattern(site, argument === undefined ? ':' : '')],
      };
    }
    return undefined;
  }
  if (argument === undefined || !argumentSpan) return undefined;
  const colonToEnd = { start: template.descriptorSpan.end, end: argumentSpan.end };
  const removeArgument = () => ({ title: `Remove ':${shown(argument)}'`, edits: [replaceInUrl(url, colonToEnd.start, colonToEnd.end, '')] });
  if (descriptor.argument === 'none') {
    return {
      range: urlRange(url, colonToEnd),
      path: url.path,
      message: `'${name}' takes nothing after it: CE's examples use it alone, apparently for the last poll time in Unix milliseconds, so ':${shown(argument)}' is not used. Remove it, or use 'gmtDate:<pattern>' for a formatted date.`,
      suggestions: [removeArgument()],
    };
  }
  if (EPOCH_UNITS.has(argument)) return undefined;
  if (argument === '') {
    return {
      ...wholeTemplate(site),
      message: `'${templateText(site)}' has nothing after the colon: write '\${epoch}' for Unix milliseconds, or '\${epoch:s}' for seconds.`,
      suggestions: [removeArgument(), { title: "Add the unit 's' (seconds)", edits: [replaceInUrl(url, argumentSpan.start, argumentSpan.start, 's')] }],
    };
  }
  const at = () => ({ range: urlRange(url, argumentSpan), path: url.path });
  const unit = EPOCH_UNITS.has(argument.toLowerCase()) ? argument.toLowerCase() : EPOCH_UNIT_ALIASES.get(argument.toLowerCase());
  if (unit) {
    return {
      ...at(),
      message: `Unknown epoch unit '${argument}': epoch takes 's' (seconds), 'ms' (milliseconds) or 'us' (microseconds), or nothing for milliseconds. Did you mean '${unit}'?`,
      suggestions: [{ title: `Replace with '${unit}'`, edits: [replaceInUrl(url, argumentSpan.start, argumentSpan.end, unit)] }],
    };
  }
  if (/[A-Za-z]{2}/.test(argument)) {
    return {
      ...at(),
      message: `'epoch' takes no pattern: it sends the last poll time as a Unix number (milliseconds, or seconds with 'epoch:s'), so '${shown(argument)}' is not used. `
        + `For a formatted date use 'gmtDate:${shown(argument)}'; for a number, remove the pattern.`,
      suggestions: [
        { title: `Use 'gmtDate:${shown(argument)}'`, edits: [replaceInUrl(url, template.descriptorSpan.start, template.descriptorSpan.end, 'gmtDate')] },
        removeArgument(),
      ],
    };
  }
  return {
    ...at(),
    message: `Unknown epoch unit '${shown(argument)}': epoch takes 's' (seconds), 'ms' (milliseconds) or 'us' (microseconds), or nothing for milliseconds.`,
  };
}

/** dateTimeZone and nowTimeZone: `${dateTimeZone:<zone>:<pattern>}`. The zone's value is the time-zone rule's. */
function zoneTemplateProblem(site: TemplateSite, descriptor: TemplateDescriptor): Problem | undefined {
  const { url, template } = site;
  const { zone, zoneSpan, argument } = template;
  const name = descriptor.name;
  // Texts and edits are built only for a finding: most zone templates have none.
  const text = () => templateText(site);
  const form = () => `'\${${name}:<zone>:<pattern>}', e.g. '\${${name}:America/New_York:${EXAMPLE_PATTERN}}'`;
  if (zone === undefined || !zoneSpan || (zone === '' && argument === undefined)) {
    return { ...wholeTemplate(site), message: `'${text()}' has no zone and no pattern: write ${form()}.` };
  }
  const toGmtDate = () => ({
    title: "Use 'gmtDate' (the time in GMT)",
    edits: [replaceInUrl(url, template.descriptorSpan.start, zoneSpan.start + (zone === '' ? 1 : 0), 'gmtDate:')],
  });
  const insertGmt = (suffix: string) => ({ title: "Insert the zone 'GMT'", edits: [replaceInUrl(url, zoneSpan.start, zoneSpan.start, `GMT${suffix}`)] });
  if (zone === '') {
    return {
      ...wholeTemplate(site),
      message: `'${shown(text())}' has an empty zone: ${name} converts the time to the zone between the colons, and Java reads an empty one as GMT. Write the provider's zone, as in ${form()}.`,
      suggestions: name === 'dateTimeZone' ? [toGmtDate()] : [insertGmt('')],
    };
  }
  if (zoneHoldsPattern(zone)) {
    return {
      ...wholeTemplate(site),
      message: `'${shown(text())}' has no zone: ${name} takes a zone and then the pattern, ${form()}, so the start of this pattern would be read as the zone. Insert the provider's zone before the pattern.`,
      suggestions: name === 'dateTimeZone' ? [toGmtDate()] : [insertGmt(':')],
    };
  }
  if (!argument) {
    const atEnd = argument === undefined ? zoneSpan.end : zoneSpan.end + 1;
    return {
      ...wholeTemplate(site),
      message: `'${shown(text())}' has no date pattern after the zone: ${name} writes the time with the Java pattern after the second colon, as in ${form()}. Add the pattern the API expects.`,
      suggestions: [{
        title: `Add the pattern ${EXAMPLE_PATTERN}`,
        edits: [replaceInUrl(url, atEnd, atEnd, argument === undefined ? `:${EXAMPLE_PATTERN}` : EXAMPLE_PATTERN)],
      }],
    };
  }
  return undefined;
}

/** Where a finding about the whole template goes. */
function wholeTemplate(site: TemplateSite): Pick<Problem, 'range' | 'path'> {
  return { range: urlRange(site.url, site.template.span), path: site.url.path };
}

function addPattern(site: TemplateSite, prefix: string) {
  const at = site.template.span.end - 1;
  return { title: `Add the pattern ${EXAMPLE_PATTERN}`, edits: [replaceInUrl(site.url, at, at, `${prefix}${EXAMPLE_PATTERN}`)] };
}
