import fc from 'fast-check';
import type { NamedBody } from './bodies';

/**
 * What an edit inserts: the characters and tokens that change how JSON and the languages inside
 * its strings (date patterns, URL templates, zones) read, plus arbitrary short strings.
 */
export const HOSTILE_TOKENS: readonly string[] = [
  '"', '{', '}', '[', ']', ',', ':', '\\', '\\"', '\\\\', '\\u', '\\u00', '\\u0022', '\\u0027', '\\uD83D', '\\uDE00', '\\uZZZZ',
  '${', '${gmtDate:', '${dateTimeZone:', '}', "'", "''", '/*', '*/', '//', '\n', '\r\n', '\r', ' ', '\t',
  'null', 'true', 'false', '-', '0', '1e999', '\u2028', '\ufeff', '\ud800', '\udc00', '\u0000', '\u001f', 'é', '😀',
  '<', '>', '<x>', 'xxxxxx', '******', '{{page.x}}', '|', '/', '?', '=', '&', 'T', 'Z', 'X', 'yyyy', 'EST', 'GMT+', 'http://', '%',
];

/** Characters whose position makes a good place for a structural edit. */
const STRUCTURAL = new Set(['"', '{', '}', '[', ']', ',', ':', '\\', "'", '$']);

export type TextEditOp =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'replace'; readonly at: number; readonly length: number; readonly text: string }
  /** Deletes, doubles or replaces the `nth` structural character (modulo how many there are). */
  | { readonly kind: 'token'; readonly nth: number; readonly action: 'delete' | 'double' | 'replace'; readonly text: string };

const insertedText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'grapheme-ascii' }) },
);

export const textEditOp: fc.Arbitrary<TextEditOp> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertedText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }), text: insertedText }),
  fc.record({ kind: fc.constant('token' as const), nth: fc.nat(), action: fc.constantFrom('delete' as const, 'double' as const, 'replace' as const), text: insertedText }),
);

/** Applies `op` to `text`; positions wrap around the text's length, so every op applies to every text. */
export function applyEditOp(text: string, op: TextEditOp): string {
  switch (op.kind) {
    case 'insert': {
      const at = op.at % (text.length + 1);
      return text.slice(0, at) + op.text + text.slice(at);
    }
    case 'delete': {
      const at = op.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + op.length);
    }
    case 'replace': {
      const at = op.at % (text.length + 1);
      return text.slice(0, at) + op.text + text.slice(at + op.length);
    }
    case 'token': {
      const places: number[] = [];
      for (let i = 0; i < text.length; i++) if (STRUCTURAL.has(text[i])) places.push(i);
      if (places.length === 0) return text;
      const at = places[op.nth % places.length];
      const replacement = op.action === 'delete' ? '' : op.action === 'double' ? text[at] + text[at] : op.text;
      return text.slice(0, at) + replacement + text.slice(at + 1);
    }
  }
}

export interface EditedBody {
  /** The body it came from: printed with a failing case. */
  readonly from: string;
  readonly text: string;
}

/** One of `bodies` with 1 to `maxEdits` random edits, applied in turn. */
export function editedBody(bodies: readonly NamedBody[], maxEdits = 4): fc.Arbitrary<EditedBody> {
  return fc
    .tuple(fc.constantFrom(...bodies), fc.array(textEditOp, { minLength: 1, maxLength: maxEdits }))
    .map(([body, ops]) => ({ from: body.name, text: ops.reduce(applyEditOp, body.text) }));
}
