import { templateDescriptor } from '../embedded/urlTemplate';
import type { Fix } from '../types';
import { instanceRule, type Problem } from './rule';
import { replaceInUrl, shown, templateShape, templateSites, templateText, urlRange, type TemplateSite } from './support/urlTemplates';

const EXAMPLES = "'${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}' (the last poll time in GMT) or '${epoch}' (Unix milliseconds)";

/**
 * CE replaces `${descriptor:pattern}` in a poller URL with the time of the last poll. A template it
 * cannot read (never closed, empty, a pattern or a number with no descriptor) is left as text, so
 * the query never moves on with the polls. Descriptor names are the descriptor rule's.
 */
export default instanceRule(
  {
    id: 'url-template-syntax',
    severity: 'error',
    description: "A '${...}' date template in a poller URL that is not closed, is empty, or names no descriptor.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const site of templateSites(body)) {
      const problem = syntaxProblem(site);
      if (problem) context.report(problem);
    }
  },
);

function syntaxProblem(site: TemplateSite): Problem | undefined {
  const { url, template } = site;
  // The usual case, a closed template that names a descriptor, needs no text or range.
  if (template.closed && templateShape(template) === 'named') return undefined;
  const text = templateText(site);
  const at = () => ({ range: urlRange(url, template.span), path: url.path });
  if (!template.closed) {
    const fix = closingFix(site);
    return {
      ...at(),
      message: `The template '${shown(text)}' is never closed: a template runs from '\${' to '}', so CE cannot tell where this one ends and does not fill in the poll time. Add '}' where it ends.`,
      suggestions: fix ? [fix] : undefined,
    };
  }
  switch (templateShape(template)) {
    case 'empty':
      return { ...at(), message: `Empty template '${text}': CE has nothing to fill in. Write what to send, e.g. ${EXAMPLES}.` };
    case 'number': {
      const seconds = template.descriptor.length <= 10;
      const [first, second] = seconds ? ['${epoch:s}', '${epoch}'] : ['${epoch}', '${epoch:s}'];
      return {
        ...at(),
        message: `'${shown(text)}' is a fixed number, not a template: CE fills in only named descriptors, so every poll sends the same text. `
          + "For the Unix time of the last poll, use '${epoch:s}' (seconds) or '${epoch}' (milliseconds).",
        suggestions: [first, second].map((replacement) => ({
          title: `Replace with '${replacement}'`,
          edits: [replaceInUrl(url, template.span.start, template.span.end, replacement)],
        })),
      };
    }
    case 'pattern': {
      const insert = template.descriptor.startsWith(':') ? 'gmtDate' : 'gmtDate:';
      return {
        ...at(),
        message: `'${shown(text)}' is a date pattern with no descriptor: a template is '\${descriptor:pattern}', so CE does not fill this one in. `
          + "Write 'gmtDate:' (the last poll time in GMT) before the pattern.",
        suggestions: [{
          title: `Insert '${insert}'`,
          edits: [replaceInUrl(url, template.descriptorSpan.start, template.descriptorSpan.start, insert)],
        }],
      };
    }
    case 'other':
      return {
        ...at(),
        message: `'${shown(text)}' is not a template CE can read: write '\${descriptor:pattern}' with a descriptor such as gmtDate, date, dateTimeZone:<zone> or epoch, e.g. ${EXAMPLES}.`,
      };
    case 'named':
      return undefined;
  }
}

/**
 * Where the `}` goes, when that is clear: before the quote that ends the CEQL literal around the
 * template (`'${gmtDate:yyyy-MM-dd'` → `'${gmtDate:yyyy-MM-dd}'`), or at the end of a URL that
 * ends with an unquoted template. Otherwise a person has to see where the template stops.
 */
function closingFix(site: TemplateSite): Fix | undefined {
  const { url, template } = site;
  if (!templateDescriptor(template.descriptor)) return undefined;
  const rest = url.value.slice(template.span.start + 2, template.span.end);
  const quoted = url.value[template.span.start - 1] === "'";
  let at: number | undefined;
  if (quoted && rest.endsWith("'") && quoteCount(rest.slice(0, -1)) % 2 === 0) {
    at = template.span.end - 1;
  } else if (!quoted && quoteCount(rest) % 2 === 0 && !/[\s&]/.test(rest)) {
    at = template.span.end;
  }
  if (at === undefined) return undefined;
  return {
    title: at < template.span.end ? "Add '}' before the closing quote" : "Add '}' at the end of the URL",
    edits: [replaceInUrl(url, at, at, '}')],
  };
}

function quoteCount(text: string): number {
  let count = 0;
  for (const c of text) if (c === "'") count++;
  return count;
}
