import { getNodePath, type JSONVisitor, type Node, type NodeType, ParseErrorCode, type ParseOptions, visit } from 'jsonc-parser';
import type { JsonPath, OffsetRange } from '../types';
import { type EmbeddedText, StringContent } from '../text/embeddedText';
import { StrictTokens, Token } from './strictTokens';

export type { Node as JsonNode } from 'jsonc-parser';

export interface SyntaxProblem extends OffsetRange {
  readonly code: ParseErrorCode;
  readonly message: string;
}

/**
 * A JSON text parsed tolerantly, with offsets relative to its layer. Built in one pass of
 * jsonc-parser's visitor so that comments and trailing commas (which the API refuses) are seen
 * in the same scan that builds the tree. Nodes have jsonc-parser's shape, so its helpers work.
 */
export class JsonTree {
  constructor(
    readonly layer: EmbeddedText,
    readonly root: Node | undefined,
    readonly syntaxProblems: readonly SyntaxProblem[],
    readonly comments: readonly OffsetRange[],
    readonly trailingCommas: readonly OffsetRange[],
    /** Where this tree sits in the document's JSON: empty for the document, longer for JSON held in a string. */
    readonly pathPrefix: JsonPath = [],
    /** Every object node, in document order: listed while parsing so that rules need no walk of their own. */
    readonly objects: readonly Node[] = [],
    /** Every string that is a value (not a key), in document order. */
    readonly stringValues: readonly Node[] = [],
  ) {}

  path(node: Node): JsonPath {
    const inner = getNodePath(node);
    return this.pathPrefix.length ? [...this.pathPrefix, ...inner] : inner;
  }

  /** The decoded content of a string node, mapped to the document. */
  content(node: Node): StringContent {
    // Kept on the node, not in a map: a map entry per string is garbage-collector work.
    if (node instanceof TreeNode && node.cache instanceof StringContent) return node.cache;
    const content = new StringContent(this.layer, node.offset, node.offset + node.length, typeof node.value === 'string' ? node.value : undefined);
    if (node instanceof TreeNode) node.cache = content;
    return content;
  }

  /** The document range of a node of this tree. */
  range(node: Node): OffsetRange {
    return this.layer.documentRange(node.offset, node.offset + node.length);
  }
}

interface MutableNode {
  type: NodeType;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: MutableNode;
  children?: MutableNode[];
  value?: unknown;
}

/**
 * Every node of every tree has this one shape, all fields set in one order: rules read `type`,
 * `offset` and `children` of every node again and again, and V8 reads one shape much faster than
 * the several that object literals of each kind (and caches added later) would give. A property
 * node is also its own `Member` (json/objects.ts): no object per member is made to read an object.
 */
export class TreeNode implements MutableNode {
  colonOffset: number | undefined = undefined;
  parent: MutableNode | undefined = undefined;
  /** What is worked out once and kept: a string's decoded content, a large object's members by name. */
  cache: unknown = undefined;

  constructor(
    public type: NodeType,
    public offset: number,
    public length: number,
    public value: unknown,
    public children: MutableNode[] | undefined,
  ) {}

  /** A property's key (both readers give every property its key node first). */
  get name(): string {
    return this.children![0].value as string;
  }

  get node(): Node {
    return this as Node;
  }

  get keyNode(): Node {
    return this.children![0] as Node;
  }

  /** Undefined when the text breaks off after the key. */
  get valueNode(): Node | undefined {
    return this.children![1] as Node | undefined;
  }
}

// Comments and trailing commas are accepted here and reported by rules: the API refuses them.
const PARSE_OPTIONS: ParseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

/**
 * Parses `layer`'s text. Strict JSON (what the API takes, and what nearly every file is) is read
 * with a tokenizer of our own (strictTokens.ts: faster than jsonc-parser's scanner); anything else
 * (a syntax error, a comment, a trailing comma, a byte order mark, deep nesting) by the tolerant
 * visitor, from the start. Both build the same tree for strict JSON (jsonTree.test.ts compares them).
 */
export function parseJson(layer: EmbeddedText, pathPrefix: JsonPath = []): JsonTree {
  const strict = new StrictTreeReader(layer.text);
  const root = strict.read();
  if (root) return new JsonTree(layer, root as Node, [], [], [], pathPrefix, strict.objects, strict.stringValues);
  return parseJsonTolerantly(layer, pathPrefix);
}

/** Strict JSON is rarely nested deeper; past this the tolerant reader decides, as it does for any depth. */
const STRICT_MAX_DEPTH = 256;

/**
 * Reads strict JSON into the tree the visitor below would build: the same nodes, fields and order.
 * `read` gives up (undefined) at the first token strict JSON does not allow there; it never reports.
 * Exported for tests only: they check it accepts exactly what JSON.parse accepts.
 */
export class StrictTreeReader {
  readonly objects: Node[] = [];
  readonly stringValues: Node[] = [];
  /**
   * The entries of the objects and arrays being read, innermost last: each container takes its own
   * as one array of just their number when it closes. Arrays grown entry by entry would take room
   * for 17 at the first, and a large body has thousands of small objects.
   */
  private readonly entries: TreeNode[] = [];
  private entryCount = 0;
  private readonly tokens: StrictTokens;
  private token: Token;

  constructor(text: string) {
    this.tokens = new StrictTokens(text);
    this.token = this.tokens.next();
  }

  /** The tree, read once: the tokens' shared array of codes is given back at the end. */
  read(): TreeNode | undefined {
    try {
      const root = this.value(undefined, 0);
      return root && this.token === Token.End ? root : undefined;
    } finally {
      this.tokens.release();
    }
  }

  private value(parent: TreeNode | undefined, depth: number): TreeNode | undefined {
    const tokens = this.tokens;
    let node: TreeNode;
    switch (this.token) {
      case Token.OpenBrace:
        return depth < STRICT_MAX_DEPTH ? this.object(parent, depth) : undefined;
      case Token.OpenBracket:
        return depth < STRICT_MAX_DEPTH ? this.array(parent, depth) : undefined;
      case Token.String:
        node = new TreeNode('string', tokens.start, tokens.end - tokens.start, tokens.string, undefined);
        this.stringValues.push(node as Node);
        break;
      case Token.Number:
        node = new TreeNode('number', tokens.start, tokens.end - tokens.start, tokens.number, undefined);
        break;
      case Token.True:
      case Token.False:
        node = new TreeNode('boolean', tokens.start, tokens.end - tokens.start, this.token === Token.True, undefined);
        break;
      case Token.Null:
        node = new TreeNode('null', tokens.start, tokens.end - tokens.start, null, undefined);
        break;
      default:
        return undefined;
    }
    node.parent = parent;
    this.token = tokens.next();
    return node;
  }

  private object(parent: TreeNode | undefined, depth: number): TreeNode | undefined {
    const tokens = this.tokens;
    const object = new TreeNode('object', tokens.start, -1, undefined, undefined);
    object.parent = parent;
    this.objects.push(object as Node);
    const first = this.entryCount;
    this.token = tokens.nextKey();
    if (this.token !== Token.CloseBrace) {
      for (;;) {
        if (this.token !== Token.String) return undefined;
        // The key and the value go into an array of two made at the end (see `entries`).
        const property = new TreeNode('property', tokens.start, -1, undefined, undefined);
        property.parent = object;
        this.entries[this.entryCount++] = property;
        const key = new TreeNode('string', tokens.start, tokens.end - tokens.start, tokens.string, undefined);
        key.parent = property;
        if ((this.token = tokens.next()) !== Token.Colon) return undefined;
        property.colonOffset = tokens.start;
        this.token = tokens.next();
        const value = this.value(property, depth + 1);
        if (!value) return undefined;
        property.children = [key, value];
        property.length = value.offset + value.length - property.offset;
        if (this.token === Token.Comma) {
          this.token = tokens.nextKey();
          continue;
        }
        if (this.token === Token.CloseBrace) break;
        return undefined;
      }
    }
    return this.close(object, first);
  }

  private array(parent: TreeNode | undefined, depth: number): TreeNode | undefined {
    const array = new TreeNode('array', this.tokens.start, -1, undefined, undefined);
    array.parent = parent;
    const first = this.entryCount;
    this.token = this.tokens.next();
    if (this.token !== Token.CloseBracket) {
      for (;;) {
        const element = this.value(array, depth + 1);
        if (!element) return undefined;
        this.entries[this.entryCount++] = element;
        if (this.token === Token.Comma) {
          this.token = this.tokens.next();
          continue;
        }
        if (this.token === Token.CloseBracket) break;
        return undefined;
      }
    }
    return this.close(array, first);
  }

  /** Ends an object or array, whose entries start at `first`, at its closing token, the current one. */
  private close(container: TreeNode, first: number): TreeNode {
    container.children = this.entries.slice(first, this.entryCount);
    this.entryCount = first;
    container.length = this.tokens.end - container.offset;
    this.token = this.tokens.next();
    return container;
  }
}

/** The visitor's reading: any text, however broken, with its syntax problems, comments and trailing commas. */
export function parseJsonTolerantly(layer: EmbeddedText, pathPrefix: JsonPath = []): JsonTree {
  const problems: SyntaxProblem[] = [];
  const comments: OffsetRange[] = [];
  const trailingCommas: OffsetRange[] = [];
  const objects: Node[] = [];
  const stringValues: Node[] = [];
  const top: MutableNode = new TreeNode('array', -1, -1, undefined, []);
  let current = top;
  let pendingComma: OffsetRange | undefined;

  const closeProperty = (end: number) => {
    if (current.type === 'property') {
      current.length = end - current.offset;
      current = current.parent ?? top;
    }
  };
  const add = (node: MutableNode) => {
    pendingComma = undefined;
    node.parent = current;
    current.children?.push(node);
    return node;
  };
  const closeContainer = (offset: number, length: number) => {
    if (pendingComma) trailingCommas.push(pendingComma);
    pendingComma = undefined;
    closeProperty(offset + length);
    current.length = offset + length - current.offset;
    current = current.parent ?? top;
    closeProperty(offset + length);
  };

  const visitor: JSONVisitor = {
    onObjectBegin: (offset) => {
      current = add(new TreeNode('object', offset, -1, undefined, []));
      objects.push(current as Node);
    },
    onObjectProperty: (name, offset, length) => {
      current = add(new TreeNode('property', offset, -1, undefined, []));
      const key = new TreeNode('string', offset, length, name, undefined);
      key.parent = current;
      current.children!.push(key);
    },
    onObjectEnd: closeContainer,
    onArrayBegin: (offset) => {
      current = add(new TreeNode('array', offset, -1, undefined, []));
    },
    onArrayEnd: closeContainer,
    onLiteralValue: (value, offset, length) => {
      const node = add(new TreeNode(literalType(value), offset, length, value, undefined));
      if (node.type === 'string') stringValues.push(node as Node);
      closeProperty(offset + length);
    },
    onSeparator: (separator, offset, length) => {
      if (separator === ',') pendingComma = { start: offset, end: offset + length };
      if (current.type === 'property') {
        if (separator === ':') current.colonOffset = offset;
        else closeProperty(offset);
      }
    },
    // jsonc-parser gives an unterminated block comment at the end one character too many: clamp to the text.
    onComment: (offset, length) => {
      comments.push({ start: offset, end: Math.min(offset + length, layer.text.length) });
    },
    onError: (code, offset, length) => {
      problems.push({ code, start: Math.min(offset, layer.text.length), end: Math.min(offset + length, layer.text.length), message: syntaxMessage(code) });
    },
  };

  try {
    visit(layer.text, visitor, PARSE_OPTIONS);
  } catch (error) {
    // jsonc-parser recurses once per nesting level; absurd nesting overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    return new JsonTree(layer, undefined, [{ code: ParseErrorCode.InvalidSymbol, start: 0, end: 0, message: 'The JSON is nested too deeply to be checked.' }], [], [], pathPrefix);
  }

  const root = top.children![0];
  // The root has no parent, as jsonc-parser's helpers expect (assigned, not deleted, to keep its shape).
  if (root) root.parent = undefined;
  return new JsonTree(layer, root as Node | undefined, problems, comments, trailingCommas, pathPrefix, objects, stringValues);
}

function literalType(value: unknown): NodeType {
  switch (typeof value) {
    case 'boolean': return 'boolean';
    case 'number': return 'number';
    case 'string': return 'string';
    default: return 'null';
  }
}

const SYNTAX_MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'Unexpected character: this is not JSON.',
  [ParseErrorCode.InvalidNumberFormat]: 'Invalid number.',
  [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes.',
  [ParseErrorCode.ValueExpected]: 'Expected a value.',
  [ParseErrorCode.ColonExpected]: "Expected ':' after the property name.",
  [ParseErrorCode.CommaExpected]: "Expected ',' between entries.",
  [ParseErrorCode.CloseBraceExpected]: "Expected '}' to close the object.",
  [ParseErrorCode.CloseBracketExpected]: "Expected ']' to close the array.",
  [ParseErrorCode.EndOfFileExpected]: 'Expected the end of the text: only one value is allowed.',
  [ParseErrorCode.InvalidCommentToken]: 'Invalid comment.',
  [ParseErrorCode.UnexpectedEndOfComment]: "Unterminated comment: '*/' is missing.",
  [ParseErrorCode.UnexpectedEndOfString]: 'Unterminated string: the closing double quote is missing.',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'Incomplete number.',
  [ParseErrorCode.InvalidUnicode]: 'Invalid \\u escape: it needs four hexadecimal digits.',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape in a string: only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed.',
  [ParseErrorCode.InvalidCharacter]: 'Control characters must be escaped inside a string (a line break is written \\n).',
};

function syntaxMessage(code: ParseErrorCode): string {
  return SYNTAX_MESSAGES[code] ?? 'Invalid JSON.';
}
