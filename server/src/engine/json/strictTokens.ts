import { whenForgetting } from '../text/stringMemo';

/**
 * The tokens of strict JSON (RFC 8259) and of nothing else, for the strict reader's fast path
 * (jsonTree.ts). jsonc-parser's scanner, which the tolerant reader keeps, reads every character with
 * `charCodeAt` and builds each string's value as it goes. Here the text is first copied, natively,
 * into an array of bytes (`TextEncoder.encodeInto`), where reading a character costs a fifth of
 * what `charCodeAt` costs; a string's value is one `slice` of the text, and a string read before is
 * found again (see `KnownStrings`). Whatever strict JSON does not allow (comments, other white
 * space, bad escapes or numbers, unknown words) is `Token.Invalid`: the caller gives up and the
 * tolerant reader reads (and reports) the text.
 */
export const enum Token {
  Invalid,
  End,
  OpenBrace,
  CloseBrace,
  OpenBracket,
  CloseBracket,
  Colon,
  Comma,
  String,
  Number,
  True,
  False,
  Null,
}

/** A run of string characters that need no decoding: any but `"`, `\` and the control characters. */
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
/** JSON's number grammar; what may follow a number is checked apart (see `endsValue`). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** The four digits of a `\u` escape. */
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Strings up to this length are looked for among those read before; longer ones (URLs, mostly) rarely repeat. */
const MAX_KNOWN_LENGTH = 64;

/** What every character that is not ASCII stands as: never white space, punctuation or a quote. */
const NOT_ASCII = 0x80;
const SLOTS = 1024;

/**
 * Strings read before, one for each slot of a hash of their length and first and last characters
 * (a newcomer takes the slot of the string it collides with). Instance bodies use a small vocabulary
 * of keys and values, and an editor checks nearly the same text again on every change, so most
 * strings are found here: a string found costs a comparison of bytes, with no string cut from the
 * text, and the tree shares it. Only ASCII strings without escapes are kept, and their bytes beside
 * them: bytes equal to a kept string's are that very string (any other character reads as
 * `NOT_ASCII`, which no kept byte is).
 */
class KnownStrings {
  private readonly strings = new Array<string | undefined>(SLOTS).fill(undefined);
  /** Each slot's string as bytes, `MAX_KNOWN_LENGTH` bytes a slot, and its length (0: none yet). */
  private readonly bytes = new Uint8Array(SLOTS * MAX_KNOWN_LENGTH);
  private readonly lengths = new Uint8Array(SLOTS);
  /** Whether a slot's string has been through `share` (1) or is still as it was read (0). */
  private readonly shared = new Uint8Array(SLOTS);

  constructor(
    /**
     * A copy to keep of a string found a second time, in place of the one read. Only then: a
     * string read once (a large body has thousands of resource names) would not repay the copy.
     */
    private readonly share: ((value: string) => string) | undefined,
  ) {}

  /** The slot of `[from, end)` of `codes`, a string of 1 to `MAX_KNOWN_LENGTH` characters. */
  slotOf(codes: Uint8Array, from: number, end: number): number {
    return ((end - from) * 31 + codes[from] * 7 + codes[end - 1]) & (SLOTS - 1);
  }

  /** Whether `slot` holds the string `[from, end)` of `codes`. */
  holds(slot: number, codes: Uint8Array, from: number, end: number): boolean {
    if (this.lengths[slot] !== end - from) return false;
    const bytes = this.bytes;
    for (let i = from, at = slot * MAX_KNOWN_LENGTH; i < end; i++, at++) if (bytes[at] !== codes[i]) return false;
    return true;
  }

  /** The string of `slot`, just found again. */
  foundAgain(slot: number): string {
    if (this.share && this.shared[slot] === 0) {
      this.strings[slot] = this.share(this.strings[slot]!);
      this.shared[slot] = 1;
    }
    return this.strings[slot]!;
  }

  /** Forgets every string kept, and its bytes. */
  forget(): void {
    this.strings.fill(undefined);
    this.bytes.fill(0);
    this.lengths.fill(0);
    this.shared.fill(0);
  }

  /** Keeps `value`, the string `[from, end)` of `codes`, in `slot` when it is all ASCII. */
  remember(slot: number, value: string, codes: Uint8Array, from: number, end: number): void {
    const bytes = this.bytes;
    for (let i = from, at = slot * MAX_KNOWN_LENGTH; i < end; i++, at++) {
      if (codes[i] === NOT_ASCII) {
        this.lengths[slot] = 0;
        return;
      }
      bytes[at] = codes[i];
    }
    this.strings[slot] = value;
    this.lengths[slot] = end - from;
    this.shared[slot] = 0;
  }
}

/**
 * The engine's own copy of a string (V8 keeps one copy of each property name, and gives that copy
 * back as an object's key). Keys are compared with the names rules ask for again and again: two
 * such copies are equal only when they are the same copy, which is one comparison of pointers,
 * where a fresh string is compared character by character with every name of its length.
 */
function sharedCopy(value: string): string {
  return Object.keys({ [value]: 0 })[0];
}

const KNOWN_KEYS = new KnownStrings(sharedCopy);
// Values are looked up (by hash, in memos) more than compared with names: the string read is kept.
const KNOWN_VALUES = new KnownStrings(undefined);
whenForgetting(() => {
  KNOWN_KEYS.forget();
  KNOWN_VALUES.forget();
});

/** Texts shorter than this share one array of codes; a longer one has its own while it is read. */
const SHARED_CODES_LENGTH = 1 << 16;
/** The shared array when no reader holds it (texts are read one after another; tests hold several at once). */
let spareCodes: Uint8Array | undefined = new Uint8Array(SHARED_CODES_LENGTH);
const ENCODER = new TextEncoder();
// The shared array holds the bytes of the last text read: wiped when strings are forgotten.
whenForgetting(() => spareCodes?.fill(0));

/**
 * The characters of `text` as bytes, and a 0 after the last (no JSON token has one, and a string
 * left open stops at it). ASCII text (nearly every body) is copied natively, byte for byte; in any
 * other text, each character that is not ASCII stands as `NOT_ASCII`: it may appear only inside a
 * string, whose value is cut from the text itself.
 */
function codesOf(text: string, codes: Uint8Array): Uint8Array {
  const { read, written } = ENCODER.encodeInto(text, codes);
  if (read !== text.length || written !== text.length) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      codes[i] = code < NOT_ASCII ? code : NOT_ASCII;
    }
  }
  codes[text.length] = 0;
  return codes;
}

export class StrictTokens {
  /** Where the current token starts, and where it ends (past its last character). */
  start = 0;
  end = 0;
  /** The current token's value: a string's decoded content, a number as `Number` reads it. */
  string = '';
  number = 0;

  /** The characters of the text as bytes (see `codesOf`). */
  private readonly codes: Uint8Array;

  constructor(private readonly text: string) {
    if (text.length < SHARED_CODES_LENGTH) {
      // Taken from the other readers until `release`; when another reader has it, one more is made.
      this.codes = codesOf(text, spareCodes ?? new Uint8Array(SHARED_CODES_LENGTH));
      spareCodes = undefined;
    } else {
      this.codes = codesOf(text, new Uint8Array(text.length + 1));
    }
  }

  /** Gives back a shared array of codes once the last token has been read: no token may be read after. */
  release(): void {
    if (this.codes.length === SHARED_CODES_LENGTH) spareCodes = this.codes;
  }

  /** The next token, after JSON's white space. */
  next(): Token {
    return this.tokenAt(this.skipWhiteSpace());
  }

  /** The same where an object's key is expected: a key is looked for among the keys read before. */
  nextKey(): Token {
    const pos = this.skipWhiteSpace();
    if (this.codes[pos] !== 0x22) return this.tokenAt(pos);
    this.start = pos;
    return this.readKnownString(pos + 1, KNOWN_KEYS);
  }

  /** Where the next token starts: past JSON's white space (space, tab, line feed, carriage return). */
  private skipWhiteSpace(): number {
    const codes = this.codes;
    let pos = this.end;
    let code = codes[pos];
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = codes[++pos];
    return pos;
  }

  /** The token that starts at `pos`. */
  private tokenAt(pos: number): Token {
    const code = this.codes[pos];
    this.start = pos;
    this.end = pos + 1;
    switch (code) {
      case 0x7b: return Token.OpenBrace;
      case 0x7d: return Token.CloseBrace;
      case 0x5b: return Token.OpenBracket;
      case 0x5d: return Token.CloseBracket;
      case 0x3a: return Token.Colon;
      case 0x2c: return Token.Comma;
      case 0x22: return this.readKnownString(pos + 1, KNOWN_VALUES);
      case 0x74: return this.readWord('true', Token.True);
      case 0x66: return this.readWord('false', Token.False);
      case 0x6e: return this.readWord('null', Token.Null);
      default:
        if (code === 0x2d || (code >= 0x30 && code <= 0x39)) return this.readNumber();
        if (pos >= this.text.length) {
          this.end = pos;
          return Token.End;
        }
        return Token.Invalid;
    }
  }

  /** A string, found among `known` when it was read before: `from` is just past the opening quote. */
  private readKnownString(from: number, known: KnownStrings): Token {
    const codes = this.codes;
    let end = from;
    let code = codes[end];
    while (code !== 0x22 && code !== 0x5c && code >= 0x20) code = codes[++end];
    // An escape, a control character or the end of the text: read (or refused) the long way.
    if (code !== 0x22) return this.readString(from);
    this.end = end + 1;
    const length = end - from;
    if (length === 0 || length > MAX_KNOWN_LENGTH) {
      this.string = this.text.slice(from, end);
      return Token.String;
    }
    const slot = known.slotOf(codes, from, end);
    if (known.holds(slot, codes, from, end)) {
      this.string = known.foundAgain(slot);
    } else {
      this.string = this.text.slice(from, end);
      known.remember(slot, this.string, codes, from, end);
    }
    return Token.String;
  }

  /** `from` is just past the opening quote. */
  private readString(from: number): Token {
    const text = this.text;
    let value = '';
    let runStart = from;
    for (;;) {
      PLAIN_RUN.lastIndex = runStart;
      PLAIN_RUN.test(text);
      const runEnd = PLAIN_RUN.lastIndex;
      const code = text.charCodeAt(runEnd);
      if (code === 0x22) {
        this.string = value + text.slice(runStart, runEnd);
        this.end = runEnd + 1;
        return Token.String;
      }
      // Not a backslash: a control character, or the end of the text before the closing quote.
      if (code !== 0x5c) return Token.Invalid;
      value += text.slice(runStart, runEnd);
      runStart = runEnd + 2;
      switch (text.charCodeAt(runEnd + 1)) {
        case 0x22: value += '"'; break;
        case 0x5c: value += '\\'; break;
        case 0x2f: value += '/'; break;
        case 0x62: value += '\b'; break;
        case 0x66: value += '\f'; break;
        case 0x6e: value += '\n'; break;
        case 0x72: value += '\r'; break;
        case 0x74: value += '\t'; break;
        case 0x75:
          HEX4.lastIndex = runStart;
          if (!HEX4.test(text)) return Token.Invalid;
          // A lone surrogate is kept as it is, as jsonc-parser and JSON.parse keep it.
          value += String.fromCharCode(parseInt(text.slice(runStart, runStart + 4), 16));
          runStart += 4;
          break;
        default:
          return Token.Invalid;
      }
    }
  }

  private readNumber(): Token {
    const text = this.text;
    NUMBER.lastIndex = this.start;
    // A minus sign alone, or one before something that is not a digit.
    if (!NUMBER.test(text)) return Token.Invalid;
    const end = NUMBER.lastIndex;
    // What the grammar stops short of: "01", "1.", "1e", "1x".
    if (!this.endsValue(end)) return Token.Invalid;
    this.end = end;
    this.number = Number(text.slice(this.start, end));
    return Token.Number;
  }

  private readWord(word: string, token: Token): Token {
    const end = this.start + word.length;
    // jsonc-parser reads "true1" or "nullx" as one unknown word, never as a literal and more.
    if (!this.text.startsWith(word, this.start) || !this.endsValue(end)) return Token.Invalid;
    this.end = end;
    return token;
  }

  /** Whether a number or a literal may end just before `pos`: white space, `,` `]` `}` `:` or the end. */
  private endsValue(pos: number): boolean {
    const code = this.codes[pos];
    return code === 0x2c || code === 0x5d || code === 0x7d || code === 0x3a
      || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || pos >= this.text.length;
  }
}
