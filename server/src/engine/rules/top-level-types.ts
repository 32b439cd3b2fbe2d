import type { Node } from 'jsonc-parser';
import { jsonTypeName } from '../json/objects';
import type { JsonTree } from '../json/jsonTree';
import { instanceRule, type Problem } from './rule';
import { replaceNode } from './support/edits';

/**
 * The JSON types of the top-level keys of `POST /instances` (domain.md §1.3). `element` and
 * `configuration` have rules of their own.
 */
export default instanceRule(
  {
    id: 'top-level-types',
    severity: 'error',
    description: "'name', 'tags', 'providerData' and 'retrieveObjectsAfterInstantiation' must have the JSON types the API takes.",
    fixable: 'safe',
  },
  (context, body) => {
    const { tree } = context;
    const at = (node: Node, message: string, more: Partial<Problem> = {}): void =>
      context.report({ range: tree.range(node), path: tree.path(node), message, ...more });

    const name = body.member('name')?.valueNode;
    if (name && name.type !== 'string') {
      at(name, `'name' must be a string, the instance's display name; it is ${jsonTypeName(name)}.`);
    }

    const tags = body.member('tags')?.valueNode;
    if (tags && tags.type !== 'array') {
      const single = tags.type === 'string' ? [{ title: 'Put the tag in an array', edits: [replaceNode(tree, tags, `[${JSON.stringify(tags.value)}]`)] }] : undefined;
      at(tags, `'tags' must be an array of strings, such as ["crm", "production"]; it is ${jsonTypeName(tags)}.`, { suggestions: single });
    } else if (tags) {
      (tags.children ?? []).forEach((tag, index) => {
        if (tag.type !== 'string') at(tag, `Each tag must be a string; tag ${index + 1} is ${jsonTypeName(tag)}.`);
      });
    }

    const providerData = body.member('providerData')?.valueNode;
    if (providerData && providerData.type !== 'object') {
      at(providerData, `'providerData' must be an object, such as {"code": "<authorization code>"} for OAuth 2; it is ${jsonTypeName(providerData)}.`);
    }

    const retrieve = body.member('retrieveObjectsAfterInstantiation')?.valueNode;
    if (retrieve && retrieve.type !== 'boolean') reportRetrieve(tree, retrieve, at);
  },
);

function reportRetrieve(tree: JsonTree, node: Node, at: (node: Node, message: string, more?: Partial<Problem>) => void): void {
  const word = node.type === 'string' ? String(node.value).trim().toLowerCase() : '';
  if (word === 'true' || word === 'false') {
    // The string spells the boolean: writing the boolean keeps the meaning.
    at(node, `'retrieveObjectsAfterInstantiation' must be a boolean, not the string ${JSON.stringify(node.value)}. Write ${word} without quotes.`, {
      fix: { title: `Replace with ${word}`, edits: [replaceNode(tree, node, word)] },
    });
    return;
  }
  at(node, `'retrieveObjectsAfterInstantiation' must be a boolean (true asks for the element's objects in the response); it is ${jsonTypeName(node)}.`);
}
