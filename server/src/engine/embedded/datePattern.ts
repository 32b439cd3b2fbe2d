import { PATTERN_LETTERS } from './patternLetters';
import { memoByString } from '../text/stringMemo';

export { formatDate } from './datePatternFormat';
export { PATTERN_LETTERS, type PatternLetter } from './patternLetters';

/**
 * A java.text.SimpleDateFormat pattern, read the way `SimpleDateFormat.compile()` reads it but
 * without stopping at the first problem, so a linter can point at all of them.
 *
 * Offsets are UTF-16 code units into `source`; `end` is exclusive.
 */
export type PatternToken =
  /** A run of one ASCII letter. The letter may be reserved (not in PATTERN_LETTERS); `errors` then says so. */
  | { kind: 'field'; letter: string; count: number; start: number; end: number }
  /**
   * Text printed as it is. `quoted` literals come from `'...'` or from `''` outside quotes; their
   * range covers the quotes and `text` has them removed (`''` inside stands for one `'`). An unquoted
   * literal is a maximal run of characters that are neither ASCII letters nor quotes.
   */
  | { kind: 'literal'; text: string; quoted: boolean; start: number; end: number };

export interface PatternError {
  kind: 'illegal-letter' | 'unterminated-quote' | 'iso8601-length';
  /** Exactly the message of the IllegalArgumentException Java throws for this problem. */
  message: string;
  start: number;
  end: number;
}

export interface DatePattern {
  readonly source: string;
  /** Cover `source` from start to end, in order, without gaps. */
  readonly tokens: readonly PatternToken[];
  /** `errors[0]` is the one Java throws (it stops there); the rest follow in the order Java would meet them. */
  readonly errors: readonly PatternError[];
}

const QUOTE = "'";

/** An error and the point of Java's scan at which it would throw, for ordering. */
interface Detected {
  error: PatternError;
  at: number;
  /** At the same point an illegal letter is seen before the pending X run is closed. */
  rank: number;
}

function readDatePattern(source: string): DatePattern {
  const tokens: PatternToken[] = [];
  const detected: Detected[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === QUOTE) {
      const quoted = readQuoted(source, i);
      tokens.push({ kind: 'literal', text: quoted.text, quoted: true, start: i, end: quoted.end });
      if (!quoted.closed) {
        // Java finds out only after the whole pattern is read.
        const error: PatternError = { kind: 'unterminated-quote', message: 'Unterminated quote', start: i, end: source.length };
        detected.push({ error, at: source.length, rank: 0 });
      }
      i = quoted.end;
    } else if (isAsciiLetter(c)) {
      let end = i + 1;
      while (source[end] === c) end++;
      const count = end - i;
      tokens.push({ kind: 'field', letter: c, count, start: i, end });
      if (!PATTERN_LETTERS.has(c)) {
        const error: PatternError = { kind: 'illegal-letter', message: `Illegal pattern character '${c}'`, start: i, end };
        detected.push({ error, at: i, rank: 0 });
      } else if (c === 'X' && count >= 4) {
        // Java checks the length when the run is closed, i.e. at the next character or the end.
        const error: PatternError = { kind: 'iso8601-length', message: `invalid ISO 8601 format: length=${count}`, start: i, end };
        detected.push({ error, at: end, rank: 1 });
      }
      i = end;
    } else {
      let end = i + 1;
      while (end < source.length && source[end] !== QUOTE && !isAsciiLetter(source[end])) end++;
      tokens.push({ kind: 'literal', text: source.slice(i, end), quoted: false, start: i, end });
      i = end;
    }
  }
  detected.sort((a, b) => a.at - b.at || a.rank - b.rank);
  return { source, tokens, errors: detected.map((d) => d.error) };
}

/**
 * Reads the quoted literal that starts at `start`. `''` is one quote both inside and outside a
 * quoted section, so `''` at `start` is a complete literal by itself.
 */
function readQuoted(source: string, start: number): { text: string; end: number; closed: boolean } {
  if (source[start + 1] === QUOTE) return { text: QUOTE, end: start + 2, closed: true };
  let text = '';
  let i = start + 1;
  while (i < source.length) {
    if (source[i] === QUOTE) {
      if (source[i + 1] !== QUOTE) return { text, end: i + 1, closed: true };
      text += QUOTE;
      i += 2;
    } else {
      text += source[i];
      i++;
    }
  }
  return { text, end: source.length, closed: false };
}

/** Only ASCII letters are pattern letters; Java copies every other character, `é` included. */
function isAsciiLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** The pattern as `SimpleDateFormat` reads it; remembered per distinct pattern. */
export const parseDatePattern: (source: string) => DatePattern = memoByString(readDatePattern);
