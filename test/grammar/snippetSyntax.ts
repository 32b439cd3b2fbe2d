/**
 * VS Code's snippet syntax, strictly: tab stops `$1` / `${1}`, placeholders `${1:text}` (nested),
 * choices `${1|a,b|}`, and the escapes `\$`, `\}`, `\\` (`\,` and `\|` in choices). VS Code reads a
 * malformed `${` as text and a `${name:...}` as a variable; both are errors here, because in our
 * snippets they can only mean a URL template that was not escaped and would be lost on insertion.
 */

type SnippetNode = string | TabStop;

interface TabStop {
  readonly index: number;
  /** The default text of a placeholder; empty for a bare tab stop or a mirror. */
  readonly children: readonly SnippetNode[];
  readonly choices?: readonly string[];
}

export interface ParsedSnippet {
  readonly nodes: readonly SnippetNode[];
  /** Every tab stop number used, in order of first appearance (0 included when present). */
  readonly tabStops: readonly number[];
}

export class SnippetSyntaxError extends Error {}

export function parseSnippet(body: string): ParsedSnippet {
  const parser = new Parser(body);
  const nodes = parser.sequence(false);
  if (parser.at < body.length) throw parser.error(`unexpected '${body[parser.at]}'`);
  const tabStops: number[] = [];
  walk(nodes, (stop) => {
    if (!tabStops.includes(stop.index)) tabStops.push(stop.index);
  });
  return { nodes, tabStops };
}

/**
 * The text the snippet inserts when the user accepts `typed` at some tab stops and the default
 * (the first placeholder's text, or the first choice) everywhere else; mirrors repeat the value.
 */
export function expandSnippet(snippet: ParsedSnippet, typed: Readonly<Record<number, string>> = {}): string {
  const values = new Map<number, string>(Object.entries(typed).map(([index, text]) => [Number(index), text]));
  const render = (nodes: readonly SnippetNode[]): string =>
    nodes.map((node) => (typeof node === 'string' ? node : valueOf(node))).join('');
  const valueOf = (stop: TabStop): string => {
    if (!values.has(stop.index)) values.set(stop.index, defaultOf(stop.index));
    return values.get(stop.index)!;
  };
  const defaultOf = (index: number): string => {
    let found: TabStop | undefined;
    walk(snippet.nodes, (stop) => {
      if (!found && stop.index === index && (stop.children.length > 0 || stop.choices)) found = stop;
    });
    if (!found) return '';
    return found.choices ? found.choices[0] : render(found.children);
  };
  return render(snippet.nodes);
}

function walk(nodes: readonly SnippetNode[], visit: (stop: TabStop) => void): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    visit(node);
    walk(node.children, visit);
  }
}

class Parser {
  at = 0;

  constructor(private readonly text: string) {}

  error(message: string): SnippetSyntaxError {
    return new SnippetSyntaxError(`${message} at offset ${this.at} in ${JSON.stringify(this.text)}`);
  }

  /** Text and tab stops up to the end, or up to the `}` that closes the placeholder being read. */
  sequence(inPlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    while (this.at < this.text.length) {
      const c = this.text[this.at];
      if (c === '\\' && '$}\\'.includes(this.text[this.at + 1] ?? '')) {
        text += this.text[this.at + 1];
        this.at += 2;
      } else if (c === '$') {
        if (text) nodes.push(text);
        text = '';
        nodes.push(this.tabStop());
      } else if (c === '}' && inPlaceholder) {
        break;
      } else {
        text += c;
        this.at++;
      }
    }
    if (text) nodes.push(text);
    return nodes;
  }

  private tabStop(): TabStop {
    const start = this.at;
    this.at++;
    const bare = /^\d+/.exec(this.text.slice(this.at));
    if (bare) {
      this.at += bare[0].length;
      return { index: Number(bare[0]), children: [] };
    }
    if (this.text[this.at] !== '{') throw this.error("a '$' that starts no tab stop (write '\\$')");
    this.at++;
    const number = /^\d+/.exec(this.text.slice(this.at));
    if (!number) {
      this.at = start;
      throw this.error("a variable or an unescaped '${' (write '\\${' for a URL template)");
    }
    this.at += number[0].length;
    const index = Number(number[0]);
    const next = this.text[this.at];
    if (next === '}') {
      this.at++;
      return { index, children: [] };
    }
    if (next === ':') {
      this.at++;
      const children = this.sequence(true);
      this.expect('}');
      return { index, children };
    }
    if (next === '|') {
      this.at++;
      return { index, children: [], choices: this.choices() };
    }
    throw this.error(`'${next ?? 'end'}' after tab stop ${index}`);
  }

  private choices(): string[] {
    const options: string[] = [];
    let option = '';
    while (this.at < this.text.length) {
      const c = this.text[this.at];
      if (c === '\\' && ',|\\$}'.includes(this.text[this.at + 1] ?? '')) {
        option += this.text[this.at + 1];
        this.at += 2;
      } else if (c === ',') {
        options.push(option);
        option = '';
        this.at++;
      } else if (c === '|') {
        this.at++;
        this.expect('}');
        options.push(option);
        return options;
      } else {
        option += c;
        this.at++;
      }
    }
    throw this.error('an unclosed choice');
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) throw this.error(`expected '${c}'`);
    this.at++;
  }
}
