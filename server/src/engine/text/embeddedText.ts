import type { OffsetRange, TextEdit } from '../types';

/**
 * A text whose offsets map to offsets in the checked document: the document itself, the decoded
 * content of a JSON string in it, or the content of a string inside JSON that is itself held in a
 * string (a stringified `event.poller.configuration`). Every position the engine reports goes
 * through here, so escapes (`\"`, `\\`, `\u0027`) never shift a range.
 */
export abstract class EmbeddedText {
  abstract readonly text: string;

  /** The document offset of `offset` in this text; `text.length` maps to just after the last unit. */
  abstract documentOffset(offset: number): number;

  /** `text` (unescaped) as it must be written in the document to stand in this text: escaped per level. */
  abstract escape(text: string): string;

  /** A document edit that replaces `[start, end)` of this text with `newText` (given unescaped). */
  replace(start: number, end: number, newText: string): TextEdit {
    return { ...this.documentRange(start, end), newText: this.escape(newText) };
  }

  documentRange(start: number, end: number): OffsetRange {
    return { start: this.documentOffset(start), end: this.documentOffset(end) };
  }
}

/** The document: offsets map to themselves. */
export class DocumentText extends EmbeddedText {
  constructor(readonly text: string) {
    super();
  }

  documentOffset(offset: number): number {
    return offset;
  }

  escape(text: string): string {
    return text;
  }
}

/**
 * The decoded content of a JSON string literal that stands at `[literalStart, literalEnd)` of its
 * parent text (quotes included). The offset table is built only when a position is asked for:
 * most strings are checked and never reported.
 */
export class StringContent extends EmbeddedText {
  readonly text: string;
  private rawOffsets: Uint32Array | null | undefined;

  /** `value` is the decoded value when the parser already has it. */
  constructor(
    readonly parent: EmbeddedText,
    readonly literalStart: number,
    readonly literalEnd: number,
    value?: string,
  ) {
    super();
    this.text = value ?? decodeStringLiteral(parent.text, literalStart, literalEnd).value;
  }

  documentOffset(offset: number): number {
    return this.parent.documentOffset(this.parentOffset(offset));
  }

  escape(text: string): string {
    return this.parent.escape(escapeJsonStringContent(text));
  }

  /** The offset in the parent text where the raw form of code unit `offset` begins. */
  parentOffset(offset: number): number {
    if (this.rawOffsets === undefined) {
      // Without a backslash every unit stands for itself: no table needed.
      const raw = this.parent.text.slice(this.literalStart, this.literalEnd);
      this.rawOffsets = raw.includes('\\')
        ? decodeStringLiteral(this.parent.text, this.literalStart, this.literalEnd).offsets
        : null;
    }
    const last = this.rawOffsets ? this.rawOffsets.length - 1 : this.text.length;
    const clamped = Math.max(0, Math.min(offset, last));
    return this.rawOffsets ? this.rawOffsets[clamped] : this.literalStart + 1 + clamped;
  }
}

interface DecodedString {
  readonly value: string;
  /** `offsets[i]` is where code unit i's raw form starts; the last entry is the closing quote. */
  readonly offsets: Uint32Array;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

/**
 * Decodes the literal `"..."` at `[start, end)` of `source` the way jsonc-parser does, tolerating
 * an unterminated literal or a bad escape (kept as written) so broken input still maps.
 */
export function decodeStringLiteral(source: string, start: number, end: number): DecodedString {
  let contentEnd = end;
  if (contentEnd - start >= 2 && source.charCodeAt(contentEnd - 1) === 0x22 && !isEscaped(source, start + 1, contentEnd - 1)) {
    contentEnd -= 1;
  }
  const units: string[] = [];
  const offsets: number[] = [];
  let i = start + 1;
  while (i < contentEnd) {
    const ch = source[i];
    if (ch !== '\\' || i + 1 >= contentEnd) {
      units.push(ch);
      offsets.push(i);
      i += 1;
      continue;
    }
    const next = source[i + 1];
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)) && i + 6 <= contentEnd) {
      units.push(String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)));
      offsets.push(i);
      i += 6;
    } else if (next in SIMPLE_ESCAPES) {
      units.push(SIMPLE_ESCAPES[next]);
      offsets.push(i);
      i += 2;
    } else {
      // A bad escape: keep the backslash as a character of its own, as jsonc-parser reports it.
      units.push(ch);
      offsets.push(i);
      i += 1;
    }
  }
  offsets.push(contentEnd);
  return { value: units.join(''), offsets: Uint32Array.from(offsets) };
}

function isEscaped(source: string, contentStart: number, quoteAt: number): boolean {
  let backslashes = 0;
  for (let i = quoteAt - 1; i >= contentStart && source.charCodeAt(i) === 0x5c; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** The raw text that stands for `value` between the quotes of a JSON string. */
export function escapeJsonStringContent(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}
