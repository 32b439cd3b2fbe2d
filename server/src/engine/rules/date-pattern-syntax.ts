import { parseDatePattern, PATTERN_LETTERS, type PatternError } from '../embedded/datePattern';
import type { DatePatternSite } from '../model/embeddedSites';
import type { Fix } from '../types';
import { instanceRule, type Problem } from './rule';
import { checkedPatternSites, isFormatValue, patternRange, replaceInPattern, shown } from './support/datePatternSites';
import { notAPattern, type NotAPattern } from './support/notAPattern';

const QUOTE = "'";

/**
 * A pattern Java rejects (IllegalArgumentException) gives no formatter: the resource's dates can be
 * neither written into its URL nor read from its records. A value that is no pattern at all fails
 * the same way, or matches nothing.
 */
export default instanceRule(
  {
    id: 'date-pattern-syntax',
    severity: 'error',
    description: 'A date pattern that Java rejects, or a value that is not a date pattern at all.',
    fixable: 'safe',
  },
  (context, body) => {
    for (const site of checkedPatternSites(body)) {
      const kind = notAPattern(site);
      if (kind) {
        context.report(notAPatternProblem(site, kind));
        continue;
      }
      if (site.pattern.errors.length === 0) continue;
      for (const error of mergeIllegalRuns(site.pattern.errors)) context.report(errorProblem(site, error));
    }
  },
);

/** A fix for the whole value: applied by `--fix` when `safe`, offered as a suggestion otherwise. */
interface WholeValueFix {
  readonly replacement: string;
  readonly safe: boolean;
}

function notAPatternProblem(site: DatePatternSite, kind: NotAPattern): Problem {
  const { value, pattern } = site;
  const rejected = pattern.errors.length > 0 ? `Java rejects it (${pattern.errors[0].message})` : undefined;
  const instead = isFormatValue(site)
    ? "Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or 'milliseconds' for epoch milliseconds."
    : "Write a pattern such as yyyy-MM-dd'T'HH:mm:ssXXX, or use ${epoch} (milliseconds) or ${epoch:s} (seconds) instead of this template.";
  switch (kind.kind) {
    case 'milliseconds':
      return wholeValue(
        site,
        `'${shown(value)}' is not a date pattern: ${rejected}, and the keyword for epoch milliseconds is exactly 'milliseconds'. Did you mean 'milliseconds'?`,
        { replacement: 'milliseconds', safe: true },
      );
    case 'description':
      return wholeValue(site, `'${shown(value)}' looks like a description, not a date pattern: ${rejected}. ${instead}`);
    case 'example': {
      const literal = isFormatValue(site)
        ? 'Java reads digits as literal text, so only this exact text would match'
        : 'Java reads digits as literal text, so every poll would send this same text';
      return wholeValue(site, `'${shown(value)}' looks like an example value, not a date pattern: ${rejected ?? literal}. ${instead}`);
    }
    case 'template':
      return templateProblem(site, kind, `'${shown(value)}' is a URL template, not a date format: ${rejected}.`);
    case 'strftime': {
      const how = kind.replacement ? `Write it with Java letters: '${kind.replacement}'.` : 'Write it with Java letters, such as yyyy-MM-dd HH:mm:ss.';
      return wholeValue(
        site,
        `'${shown(value)}' is a strftime format (C, Python, Ruby), not a Java pattern: Java copies each '%' as text and reads the letters after it as its own, so no date matches. ${how}`,
        kind.replacement === undefined ? undefined : { replacement: kind.replacement, safe: false },
      );
    }
  }
}

function templateProblem(site: DatePatternSite, kind: Extract<NotAPattern, { kind: 'template' }>, start: string): Problem {
  const fix = kind.replacement === undefined ? undefined : { replacement: kind.replacement, safe: kind.certain };
  if (kind.descriptor === 'epoch' || kind.descriptor === 'milliseconds') {
    const how = kind.replacement
      ? "For dates in epoch milliseconds the format is 'milliseconds'."
      : 'CE documents no format for epoch seconds or microseconds: check how the API returns this date.';
    return wholeValue(site, `${start} ${how}`, fix);
  }
  if (!kind.replacement) return wholeValue(site, `${start} A format takes the pattern alone, such as yyyy-MM-dd'T'HH:mm:ssXXX.`);
  const zone = kind.zone === undefined ? '' : `, and set the time zone '${kind.zone}' in ${zoneSetting(site)}`;
  return wholeValue(site, `${start} A format takes the pattern alone: write '${kind.replacement}'${zone}.`, fix);
}

function wholeValue(site: DatePatternSite, message: string, fix?: WholeValueFix): Problem {
  const range = patternRange(site, 0, site.value.length);
  if (!fix) return { range, path: site.path, message };
  const edit: Fix = { title: `Replace with '${shown(fix.replacement)}'`, edits: [replaceInPattern(site, 0, site.value.length, fix.replacement)] };
  return fix.safe ? { range, path: site.path, message, fix: edit } : { range, path: site.path, message, suggestions: [edit] };
}

function zoneSetting(site: DatePatternSite): string {
  if (site.role === 'updatedDateFormat') return 'updatedDateTimezone';
  if (site.role === 'createdDateFormat') return 'createdDateTimezone';
  return "the line's time zone field";
}

/** Adjacent reserved letters (`UTC`) are one mistake, reported once. */
function mergeIllegalRuns(errors: readonly PatternError[]): readonly PatternError[] {
  if (errors.length < 2) return errors;
  const merged: PatternError[] = [];
  for (const error of [...errors].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'illegal-letter' && error.kind === 'illegal-letter' && last.end === error.start) {
      merged[merged.length - 1] = { ...last, end: error.end };
    } else {
      merged.push(error);
    }
  }
  return merged;
}

function errorProblem(site: DatePatternSite, error: PatternError): Problem {
  switch (error.kind) {
    case 'illegal-letter': return illegalLetterProblem(site, error);
    case 'unterminated-quote': return unterminatedQuoteProblem(site, error);
    case 'iso8601-length': return {
      range: patternRange(site, error.start, error.end),
      path: site.path,
      message: `${error.message}: SimpleDateFormat takes one to three X (X gives -08, XX -0800, XXX -08:00, and each gives Z for UTC). Use XXX.`,
      suggestions: [{ title: "Replace with 'XXX'", edits: [replaceInPattern(site, error.start, error.end, 'XXX')] }],
    };
  }
}

/** Letters people bring from java.time that SimpleDateFormat has no field for (`x` has its own advice). */
const JAVA_TIME_ONLY: Readonly<Record<string, string>> = {
  n: 'nano of second', N: 'nano of day', V: 'zone id', O: 'localized offset', e: 'localized day of week',
  c: 'localized day of week', q: 'quarter', Q: 'quarter', B: 'period of day',
};

function illegalLetterProblem(site: DatePatternSite, error: PatternError): Problem {
  const text = site.pattern.source.slice(error.start, error.end);
  const range = patternRange(site, error.start, error.end);
  const why = `${error.message}: Java rejects unquoted letters that are not pattern letters.`;
  if (/^x+$/.test(text)) {
    // java.time's offset letter; SimpleDateFormat's is the upper-case one.
    const offset = 'X'.repeat(Math.min(text.length, 3));
    return {
      range,
      path: site.path,
      message: `${why} Lower-case x is an offset only in java.time; SimpleDateFormat writes it ${offset}.`,
      suggestions: [{ title: `Replace with '${offset}'`, edits: [replaceInPattern(site, error.start, error.end, offset)] }],
    };
  }
  const javaTime = JAVA_TIME_ONLY[text[0]];
  if (javaTime && text.split('').every((c) => c === text[0])) {
    return {
      range,
      path: site.path,
      message: `${why} '${text[0]}' (${javaTime}) exists only in java.time's DateTimeFormatter; SimpleDateFormat has no such field. Rewrite this part with SimpleDateFormat letters.`,
    };
  }
  const quoted = QUOTE + text + QUOTE;
  const quote: Fix = { title: `Quote ${quoted}`, edits: [replaceInPattern(site, error.start, error.end, quoted)] };
  const message = `${why} Quote ${text.length === 1 ? 'it' : 'the text'}: ${quoted}.`;
  return isSeparator(site, error)
    ? { range, path: site.path, message, fix: quote }
    : { range, path: site.path, message, suggestions: [quote] };
}

/**
 * A single reserved letter between fields, like the `T` of `yyyy-MM-ddTHH:mm`, can only be meant
 * as text: quoting it changes nothing that worked. Next to a one-letter field (`at` after `a`) it
 * may be part of a word, and a person should look.
 */
function isSeparator(site: DatePatternSite, error: PatternError): boolean {
  if (error.end - error.start !== 1) return false;
  const { tokens } = site.pattern;
  const index = tokens.findIndex((token) => token.start === error.start);
  const letter = tokens[index];
  if (letter.kind === 'field' && letter.letter === 'T') return true;
  return [tokens[index - 1], tokens[index + 1]].every(
    (token) => !token || token.kind === 'literal' || (PATTERN_LETTERS.has(token.letter) && token.count >= 2),
  );
}

function unterminatedQuoteProblem(site: DatePatternSite, error: PatternError): Problem {
  const { source } = site.pattern;
  const range = patternRange(site, error.start, error.end);
  if (error.start === source.length - 1) {
    return {
      range,
      path: site.path,
      message: `${error.message}: the quote at the end opens literal text that never closes, so Java rejects the whole pattern. Remove the stray quote.`,
      fix: { title: 'Remove the stray quote', edits: [replaceInPattern(site, error.start, error.end, '')] },
    };
  }
  const suggestions: Fix[] = [];
  const first = source[error.start + 1];
  // `'THH:mm` was meant as `'T'HH:mm`: a reserved letter right after the quote is the literal.
  // Offered only when Java takes the result: `'TTHH` closed after one `T` leaves the second illegal.
  const closedAfterFirst = `${source.slice(0, error.start + 2)}${QUOTE}${source.slice(error.start + 2)}`;
  if (/[A-Za-z]/.test(first) && !PATTERN_LETTERS.has(first) && error.start + 2 < source.length && parseDatePattern(closedAfterFirst).errors.length === 0) {
    suggestions.push({ title: `Close the quote after '${first}'`, edits: [replaceInPattern(site, error.start + 2, error.start + 2, QUOTE)] });
  }
  suggestions.push({ title: 'Close the quote at the end', edits: [replaceInPattern(site, source.length, source.length, QUOTE)] });
  return {
    range,
    path: site.path,
    message: `${error.message}: this quote opens literal text that never closes, so Java rejects the whole pattern. Close the text with another quote.`,
    suggestions,
  };
}
