import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { parseJson } from '../engine/json/jsonTree';
import { DocumentText } from '../engine/text/embeddedText';
import { MASK } from './secrets';

/**
 * Masks secrets in any text bound for a person or a log: the platform secrets, the instance
 * token, and secret-looking values of the body (passwords, keys, OAuth data), which an API error
 * message or an echoed configuration may repeat. Each secret is also looked for as it appears
 * inside a JSON string and inside a URL.
 */
export class Redactor {
  /** Longest first, so a secret that contains another is masked whole. */
  private readonly needles: readonly string[];
  private readonly secrets: readonly string[];

  constructor(secrets: Iterable<string>) {
    this.secrets = [...secrets];
    const needles = new Set<string>();
    for (const secret of this.secrets) {
      if (secret === '' || secret === MASK) continue;
      needles.add(secret);
      needles.add(JSON.stringify(secret).slice(1, -1));
      needles.add(encodeURIComponent(secret));
    }
    this.needles = [...needles].sort((a, b) => b.length - a.length);
  }

  /** A redactor that also masks `secrets`. */
  with(secrets: Iterable<string>): Redactor {
    return new Redactor([...this.secrets, ...secrets]);
  }

  text(text: string): string {
    let masked = text;
    for (const needle of this.needles) masked = masked.split(needle).join(MASK);
    return masked;
  }
}

/**
 * Shorter body values are not searched for in other text: masking every `abc` in every message
 * would garble the output more than it protects (a secret that short protects nothing).
 */
const SHORTEST_SEARCHED_VALUE = 4;

/** Configuration keys whose values are credentials (`password`, `oauth.api.secret`, `event.notification.signature.key`, ...). */
const SECRET_KEY = /pass(word|wd|phrase)|secret|token|signature|api[._-]?key|private[._-]?key|access[._-]?key|credential|authorization|headers/i;

/** A body value to hide, with the JSON value's place in the text. */
export interface BodySecret {
  readonly offset: number;
  readonly length: number;
  readonly value: string;
}

/**
 * The values in an instance body that are secrets: every scalar under `providerData` (OAuth codes,
 * tokens and verifiers) and the configuration values of keys that name a credential. Strings and
 * numbers alike; the body need not be valid JSON (what parses is looked at).
 */
export function bodySecrets(text: string): BodySecret[] {
  // The engine's tolerant parser, which copes with any depth (jsonc-parser's parseTree recurses).
  const root = parseJson(new DocumentText(text)).root;
  if (root?.type !== 'object') return [];
  const found: BodySecret[] = [];
  const add = (node: Node | undefined) => {
    if (node && (node.type === 'string' || node.type === 'number')) found.push({ offset: node.offset, length: node.length, value: String(node.value) });
  };
  // A stack, not recursion: `providerData` may be nested 100,000 levels deep.
  const scalarsBelow = (top: Node | undefined): void => {
    const stack = top ? [top] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type !== 'object' && node.type !== 'array') {
        add(node);
        continue;
      }
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) {
        const value = node.type === 'object' ? children[i].children?.[1] : children[i];
        if (value) stack.push(value);
      }
    }
  };
  scalarsBelow(findNodeAtLocation(root, ['providerData']));
  const configuration = findNodeAtLocation(root, ['configuration']);
  for (const member of configuration?.type === 'object' ? (configuration.children ?? []) : []) {
    const [key, value] = member.children ?? [];
    if (typeof key?.value === 'string' && SECRET_KEY.test(key.value)) scalarsBelow(value);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The values of `bodySecrets` that are worth searching for in other text. */
export function searchableBodySecrets(text: string): string[] {
  return bodySecrets(text)
    .map((secret) => secret.value)
    .filter((value) => value.length >= SHORTEST_SEARCHED_VALUE);
}

/** The body as a person may see it: each secret value replaced by `"********"`, all else as written. */
export function maskBodySecrets(text: string): { readonly text: string; readonly maskedCount: number } {
  const secrets = bodySecrets(text);
  let masked = text;
  for (const secret of [...secrets].reverse()) {
    masked = masked.slice(0, secret.offset) + JSON.stringify(MASK) + masked.slice(secret.offset + secret.length);
  }
  return { text: masked, maskedCount: secrets.length };
}
