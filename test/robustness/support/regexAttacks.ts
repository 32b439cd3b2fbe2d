/**
 * Adversarial strings for a regular expression: long runs of each character it can consume, and
 * of each pair of neighbouring characters in it, each ended by a character that makes the match
 * fail at the last moment (a near miss), so that backtracking has the most to try.
 */

/** `lead + pump.repeat(...) + tail`, about `length` characters in all. */
export interface Attack {
  readonly lead: string;
  readonly pump: string;
  readonly tail: string;
  readonly length: number;
}

/** A hand-made attack for a regex whose worst case the generic ones may miss (a required prefix, say). */
export interface AttackSpec {
  readonly lead?: string;
  readonly pump: string;
  readonly tail?: string;
}

/** Characters that end a run badly: nothing consumes U+0001, `.` stops at a line break. */
const NEAR_MISSES = ['\u0001', '\n'];
/** Tried on every regex besides its own characters. */
const GENERIC = ['a', 'Z', '0', ' ', '\t', '\n', '\r', '-', '.', '/', ':', '_', '\u0001', '\ud800', 'é'];

/** What each class escape stands for. */
const CLASS_ESCAPES: Record<string, string[]> = {
  d: ['0', '9'],
  D: ['a'],
  w: ['a', 'Z', '_', '0'],
  W: [' ', '-'],
  s: [' ', '\t', '\n'],
  S: ['a', '-'],
};
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** The characters a regex source names, in order, escapes decoded (syntax characters kept: inside classes they are literal). */
export function charactersOf(source: string): string[] {
  const characters: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c !== '\\') {
      characters.push(c === '.' ? 'a' : c);
      continue;
    }
    const next = source[++i] ?? '';
    if (CLASS_ESCAPES[next]) characters.push(...CLASS_ESCAPES[next]);
    else if (CONTROL_ESCAPES[next]) characters.push(CONTROL_ESCAPES[next]);
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
      characters.push(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
      i += 4;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 1, i + 3))) {
      characters.push(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)));
      i += 2;
    } else if (next !== 'b' && next !== 'B') {
      characters.push(next);
    }
  }
  return characters;
}

export function attacksFor(source: string, extra: readonly AttackSpec[], length: number): Attack[] {
  const own = charactersOf(source);
  const attacks: Attack[] = [];
  for (const c of new Set([...own, ...GENERIC])) {
    for (const tail of NEAR_MISSES) attacks.push({ lead: '', pump: c, tail, length });
  }
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < own.length; i++) if (own[i] !== own[i + 1]) pairs.add(own[i] + own[i + 1]);
  for (const pair of pairs) {
    for (const tail of NEAR_MISSES) attacks.push({ lead: '', pump: pair, tail, length });
  }
  for (const spec of extra) attacks.push({ lead: spec.lead ?? '', pump: spec.pump, tail: spec.tail ?? '\u0001', length });
  return attacks;
}

/** The attack's string. */
export function attackText(attack: Attack): string {
  const room = Math.max(0, attack.length - attack.lead.length - attack.tail.length);
  return attack.lead + attack.pump.repeat(Math.max(1, Math.ceil(room / attack.pump.length))) + attack.tail;
}
