import { type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver/node';
import { type InstanceBody, type JsonNode, type JsonTree, type LineIndex, type Member, membersOf, type OffsetRange } from '../engine';
import { toLspRange } from './conversions';

/** A symbol before conversion, in document offsets. */
interface Outline {
  readonly name: string;
  readonly kind: SymbolKind;
  readonly detail?: string;
  readonly range: OffsetRange;
  readonly selection: OffsetRange;
  readonly children: readonly Outline[];
}

/**
 * The body's outline: its members and the objects in them, and the poller configuration's resources
 * with their fields, also when the configuration is JSON held in a string (ranges then point into it).
 */
export function documentSymbols(body: InstanceBody, lines: LineIndex): DocumentSymbol[] {
  const convert = (outline: Outline): DocumentSymbol => ({
    name: outline.name,
    kind: outline.kind,
    detail: outline.detail,
    range: toLspRange(lines, outline.range),
    selectionRange: toLspRange(lines, outline.selection),
    children: outline.children.map(convert),
  });
  return outlineOf(body).map(convert);
}

/** The same outline flat, for clients without hierarchical symbols: each names its container. */
export function symbolInformation(body: InstanceBody, lines: LineIndex, uri: string): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  const add = (outline: Outline, containerName: string | undefined): void => {
    flat.push({ name: outline.name, kind: outline.kind, location: { uri, range: toLspRange(lines, outline.range) }, containerName });
    for (const child of outline.children) add(child, outline.name);
  };
  for (const outline of outlineOf(body)) add(outline, undefined);
  return flat;
}

function outlineOf(body: InstanceBody): Outline[] {
  const poller = body.pollerConfiguration;
  return membersOf(body.root).map((member) => {
    if (member.valueNode !== body.configuration || !body.configuration) return memberOutline(body.tree, member);
    const children = membersOf(body.configuration).map((configMember) => {
      if (!poller || configMember !== poller.member) return memberOutline(body.tree, configMember);
      const resources = poller.resources.map((resource) => memberOutline(resource.tree, resource.member));
      return { ...memberOutline(body.tree, configMember, resources), detail: poller.form === 'string' ? 'JSON in a string' : undefined };
    });
    return memberOutline(body.tree, member, children);
  });
}

function memberOutline(tree: JsonTree, member: Member, children?: readonly Outline[]): Outline {
  const value = member.valueNode;
  return {
    name: member.name,
    kind: symbolKind(value),
    range: nodeRange(tree, member.node),
    selection: nodeRange(tree, member.keyNode),
    children: children ?? (value?.type === 'object' ? membersOf(value).map((child) => memberOutline(tree, child)) : []),
  };
}

function symbolKind(node: JsonNode | undefined): SymbolKind {
  switch (node?.type) {
    case 'object': return SymbolKind.Module;
    case 'array': return SymbolKind.Array;
    case 'string': return SymbolKind.String;
    case 'number': return SymbolKind.Number;
    case 'boolean': return SymbolKind.Boolean;
    case 'null': return SymbolKind.Null;
    default: return SymbolKind.Property;
  }
}

/** A member of a container the text never closes has no length yet: it runs to the end. */
function nodeRange(tree: JsonTree, node: JsonNode): OffsetRange {
  const end = node.length < 0 ? tree.layer.text.length : node.offset + node.length;
  return tree.layer.documentRange(node.offset, end);
}
