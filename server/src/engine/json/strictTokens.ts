/**
 * The tokens of strict JSON (RFC 8259) and of nothing else, for the strict reader's fast path
 * (jsonTree.ts). jsonc-parser's scanner, which the tolerant reader keeps, walks every string one
 * character at a time in JavaScript and builds its value as it goes; here native code does that work
 * (a sticky regular expression finds a string's plain run, one `slice` is its value), which is faster,
 * and is fast from the first call, before the JavaScript is optimised. Whatever strict JSON does not
 * allow (comments, other white space, bad escapes or numbers, unknown words) is `Token.Invalid`: the
 * caller gives up and the tolerant reader reads (and reports) the text.
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

export class StrictTokens {
  /** Where the current token starts, and where it ends (past its last character). */
  start = 0;
  end = 0;
  /** The current token's value: a string's decoded content, a number as `Number` reads it. */
  string = '';
  number = 0;

  constructor(private readonly text: string) {}

  /** Steps over JSON's white space (space, tab, line feed, carriage return) to the next token. */
  next(): Token {
    const text = this.text;
    let pos = this.end;
    let code = text.charCodeAt(pos);
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = text.charCodeAt(++pos);
    this.start = pos;
    this.end = pos + 1;
    switch (code) {
      case 0x7b: return Token.OpenBrace;
      case 0x7d: return Token.CloseBrace;
      case 0x5b: return Token.OpenBracket;
      case 0x5d: return Token.CloseBracket;
      case 0x3a: return Token.Colon;
      case 0x2c: return Token.Comma;
      case 0x22: return this.readString(pos + 1);
      case 0x74: return this.readWord('true', Token.True);
      case 0x66: return this.readWord('false', Token.False);
      case 0x6e: return this.readWord('null', Token.Null);
      default:
        if (code === 0x2d || (code >= 0x30 && code <= 0x39)) return this.readNumber();
        if (pos >= text.length) {
          this.end = pos;
          return Token.End;
        }
        return Token.Invalid;
    }
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
    const code = this.text.charCodeAt(pos);
    return code === 0x2c || code === 0x5d || code === 0x7d || code === 0x3a
      || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || pos >= this.text.length;
  }
}
