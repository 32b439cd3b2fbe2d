import { applyEdits, createScanner, format, SyntaxKind } from 'jsonc-parser';
import type { InstanceBody, JsonNode, Member, OffsetRange, TextEdit } from '../engine';

/** A rewrite that keeps the body's meaning, in document offsets; the code action face wraps it. */
export interface Refactoring {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export const TO_STRING_TITLE = "Write 'event.poller.configuration' as a JSON string";
export const TO_OBJECT_TITLE = "Write 'event.poller.configuration' as an object";
export const INTERVAL_TO_NUMBER_TITLE = "Write 'event.poller.refresh_interval' as a number";
export const INTERVAL_TO_STRING_TITLE = "Write 'event.poller.refresh_interval' as a string";

/** The rewrites offered for the members that `range` touches. */
export function refactorings(body: InstanceBody, text: string, range: OffsetRange): Refactoring[] {
  const found: Refactoring[] = [];
  const poller = body.pollerConfiguration;
  if (poller && touches(body, poller.member, range)) {
    const rewrite = poller.form === 'object' ? pollerToString(body, poller.member) : pollerToObject(body, text, poller.member);
    if (rewrite) found.push(rewrite);
  }
  const interval = body.configMember('event.poller.refresh_interval');
  if (interval && touches(body, interval, range)) {
    const rewrite = intervalRewrite(body, interval);
    if (rewrite) found.push(rewrite);
  }
  return found;
}

function touches(body: InstanceBody, member: Member, range: OffsetRange): boolean {
  const span = body.tree.range(member.node);
  return range.start <= span.end && span.start <= range.end;
}

/**
 * Offered only when the object is plain JSON: comments or trailing commas would be lost in the string.
 * The JSON is rewritten token by token, not parsed and printed again, so nothing is lost on the way:
 * numbers keep their spelling (`1.0`, big ids), strings their escapes, keys their order and repeats.
 */
function pollerToString(body: InstanceBody, member: Member): Refactoring | undefined {
  const value = member.valueNode;
  if (value?.type !== 'object') return undefined;
  const json = source(body, value);
  if (!isStrictJson(json)) return undefined;
  return { title: TO_STRING_TITLE, edits: [replace(body, value, JSON.stringify(compact(json)))] };
}

/** Pretty-printed as the document is indented, starting at the member's own indentation; token by token as above. */
function pollerToObject(body: InstanceBody, text: string, member: Member): Refactoring | undefined {
  const value = member.valueNode;
  if (value?.type !== 'string') return undefined;
  const json = body.tree.content(value).text;
  if (!isStrictJson(json) || !json.trimStart().startsWith('{')) return undefined;
  const base = lineIndent(text, member.node.offset);
  const unit = indentUnit(text, base, member.node.parent?.parent);
  const options = { insertSpaces: unit !== '\t', tabSize: unit === '\t' ? 1 : unit.length, eol: '\n' };
  const compacted = compact(json);
  const printed = applyEdits(compacted, format(compacted, undefined, options)).replace(/\n/g, `\n${base}`);
  return { title: TO_OBJECT_TITLE, edits: [replace(body, value, printed)] };
}

/** The JSON without white space between tokens; every token exactly as written. */
function compact(json: string): string {
  const scanner = createScanner(json, false);
  let out = '';
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.Trivia && kind !== SyntaxKind.LineBreakTrivia) out += json.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
  }
  return out;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function intervalRewrite(body: InstanceBody, member: Member): Refactoring | undefined {
  const value = member.valueNode;
  if (value?.type === 'number') {
    return { title: INTERVAL_TO_STRING_TITLE, edits: [replace(body, value, JSON.stringify(source(body, value)))] };
  }
  if (value?.type === 'string') {
    const content = body.tree.content(value).text;
    if (JSON_NUMBER.test(content)) return { title: INTERVAL_TO_NUMBER_TITLE, edits: [replace(body, value, content)] };
  }
  return undefined;
}

function source(body: InstanceBody, node: JsonNode): string {
  return body.tree.layer.text.slice(node.offset, node.offset + node.length);
}

function replace(body: InstanceBody, node: JsonNode, json: string): TextEdit {
  return body.tree.layer.replace(node.offset, node.offset + node.length, json);
}

function isStrictJson(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/** The white space that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/**
 * One level of the document's indentation: what the member is indented beyond the member holding
 * `configuration`, else the first indented line's white space, else two spaces.
 */
function indentUnit(text: string, base: string, outerMember: JsonNode | undefined): string {
  const outer = outerMember?.type === 'property' ? lineIndent(text, outerMember.offset) : undefined;
  if (outer !== undefined && base.length > outer.length && base.startsWith(outer)) return base.slice(outer.length);
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}
