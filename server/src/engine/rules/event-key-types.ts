import type { Node } from 'jsonc-parser';
import { jsonTypeName } from '../json/objects';
import { type JsonTree, parseJson } from '../json/jsonTree';
import type { Fix } from '../types';
import { instanceRule, type RuleContext } from './rule';
import { replaceNode } from './support/edits';
import { TEXT_EVENT_KEYS } from './support/eventKeys';
import { isPlaceholder } from './support/placeholders';

const METADATA = 'event.metadata';

/**
 * `null` is accepted everywhere: the API itself returns unset configuration values as null
 * (domain.md §1.4), so it reads as "not set". `event.metadata` is JSON held in a string; like the
 * poller configuration, the object itself is accepted too.
 */
export default instanceRule(
  {
    id: 'event-key-types',
    severity: 'error',
    description: 'An event.* key whose value has the wrong JSON type, or event.metadata that is not JSON.',
    fixable: 'suggestion',
  },
  (context, body) => {
    const { tree } = context;
    for (const key of TEXT_EVENT_KEYS) {
      const value = body.configMember(key)?.valueNode;
      if (!value || value.type === 'string' || value.type === 'null') continue;
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `'${key}' must be a string; it is ${jsonTypeName(value)}.${hintFor(key, value)}`,
        suggestions: key === 'event.objects' ? joinedObjects(tree, value) : undefined,
      });
    }
    const metadata = body.configMember(METADATA)?.valueNode;
    if (!metadata || metadata.type === 'null' || metadata.type === 'object') return;
    if (metadata.type === 'string') {
      checkMetadataText(context, metadata);
      return;
    }
    context.report({
      range: tree.range(metadata),
      path: tree.path(metadata),
      message: `'${METADATA}' must be a JSON object, or a string that holds one; it is ${jsonTypeName(metadata)}.`,
    });
  },
);

function hintFor(key: string, value: Node): string {
  if (key === 'event.objects' && value.type === 'array') return ' Write the objects in one string, separated by commas, such as "Contact,Account".';
  if (value.type === 'number' || value.type === 'boolean') return ' Put the value in double quotes.';
  return '';
}

/** An array of object names, joined the way `event.objects` takes them. */
function joinedObjects(tree: JsonTree, value: Node): Fix[] | undefined {
  const items = value.type === 'array' ? value.children ?? [] : [];
  if (items.length === 0 || items.some((item) => item.type !== 'string')) return undefined;
  const joined = items.map((item) => String(item.value).trim()).join(',');
  return [{ title: `Replace with "${joined}"`, edits: [replaceNode(tree, value, JSON.stringify(joined))] }];
}

/** The JSON in the string must parse (strictly, as the platform parses it) to an object. */
function checkMetadataText(context: RuleContext, node: Node): void {
  const { tree } = context;
  const text = String(node.value);
  if (text.trim() === '' || isPlaceholder(text)) return;
  const content = tree.content(node);
  const inner = parseJson(content, tree.path(node));
  const faults = [
    ...inner.syntaxProblems.map((problem) => ({ at: problem, why: problem.message })),
    ...inner.comments.map((at) => ({ at, why: 'Comments are not allowed in JSON.' })),
    ...inner.trailingCommas.map((at) => ({ at, why: 'A trailing comma is not allowed in JSON.' })),
  ];
  const first = faults.sort((a, b) => a.at.start - b.at.start)[0];
  if (first) {
    // An empty range (text that ends too early) is widened to the last character, so it shows.
    const start = Math.min(first.at.start, Math.max(0, text.length - 1));
    const end = Math.max(first.at.end, start + 1);
    context.report({
      range: content.documentRange(start, Math.min(end, text.length)),
      path: tree.path(node),
      message: `'${METADATA}' holds JSON that does not parse: ${first.why}`,
    });
    return;
  }
  if (inner.root && inner.root.type !== 'object') {
    context.report({
      range: tree.range(node),
      path: tree.path(node),
      message: `'${METADATA}' must hold a JSON object, such as {"webhook": {...}}; it holds ${jsonTypeName(inner.root)}.`,
    });
  }
}
