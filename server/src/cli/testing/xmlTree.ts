/**
 * A strict little XML reader for tests: it throws on anything that is not well-formed XML 1.0
 * (unbalanced or mismatched tags, unquoted or repeated attributes, a stray `<` or `&`, unknown
 * entities, characters XML forbids, more than one root) and returns the element tree.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(text: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at offset ${at}: ${why}`);
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (pair) i++;
    else if (!allowed) {
      at = i;
      fail(`character U+${code.toString(16).padStart(4, '0')} is not allowed`);
    }
  }

  const isNameChar = (char: string) => (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || '-_.:'.includes(char);
  const skipSpace = () => {
    while (at < text.length && ' \t\r\n'.includes(text[at])) at++;
  };
  const name = (): string => {
    const start = at;
    while (at < text.length && isNameChar(text[at])) at++;
    if (at === start || !/[A-Za-z_:]/.test(text[start])) fail('expected a name');
    return text.slice(start, at);
  };
  const expect = (literal: string) => {
    if (!text.startsWith(literal, at)) fail(`expected '${literal}'`);
    at += literal.length;
  };
  /** Text up to `stop`, with references resolved; `<` is never allowed in it. */
  const characters = (stop: string): string => {
    let value = '';
    while (at < text.length && text[at] !== stop) {
      const char = text[at];
      if (char === '<') fail("'<' must be escaped");
      if (char === '&') {
        const end = text.indexOf(';', at);
        if (end === -1) fail("'&' must start a reference");
        const reference = text.slice(at + 1, end);
        if (reference.startsWith('#x') && /^#x[0-9a-fA-F]+$/.test(reference)) value += String.fromCodePoint(parseInt(reference.slice(2), 16));
        else if (reference.startsWith('#') && /^#[0-9]+$/.test(reference)) value += String.fromCodePoint(Number(reference.slice(1)));
        else if (reference in ENTITIES) value += ENTITIES[reference];
        else fail(`unknown reference '&${reference};'`);
        at = end + 1;
      } else {
        value += char;
        at++;
      }
    }
    return value;
  };

  const element = (): XmlElement => {
    expect('<');
    const tag = name();
    const attributes = new Map<string, string>();
    for (;;) {
      const before = at;
      skipSpace();
      if (text.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attributes, children: [] };
      }
      if (text[at] === '>') {
        at++;
        break;
      }
      if (at === before) fail('expected a space before an attribute');
      const attribute = name();
      if (attributes.has(attribute)) fail(`attribute '${attribute}' given twice`);
      skipSpace();
      expect('=');
      skipSpace();
      const quote = text[at];
      if (quote !== '"' && quote !== "'") fail('attribute values must be quoted');
      at++;
      attributes.set(attribute, characters(quote));
      expect(quote);
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (at >= text.length) fail(`'${tag}' is not closed`);
      if (text.startsWith('</', at)) {
        at += 2;
        if (name() !== tag) fail(`'${tag}' closed by another tag`);
        skipSpace();
        expect('>');
        return { name: tag, attributes, children };
      }
      if (text[at] === '<') children.push(element());
      else children.push(characters('<'));
    }
  };

  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end === -1) fail('unclosed XML declaration');
    at = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== text.length) fail('content after the root element');
  return root;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}
