import { jsonTypeName, memberNamed, membersOf } from '../json/objects';
import { instanceRule } from './rule';
import { addMembersSuggestion, replaceNode, stringTabStop } from './support/edits';
import { renameFix } from './support/keyRenames';
import { isPlaceholder } from './support/placeholders';
import { isAbsenceReliable } from './support/syntaxDamage';

const EXAMPLE = '"element": {"key": "<element key>"}';

/** `POST /instances` finds the element to connect by `element.key` (domain.md §1.3). */
export default instanceRule(
  {
    id: 'element-key',
    severity: 'error',
    description: "'element.key' names the element to connect: it must be there, as a non-empty string.",
    fixable: 'safe',
  },
  (context, body) => {
    const { tree } = context;
    const element = body.member('element');
    if (!element) {
      if (!isAbsenceReliable(tree)) return;
      context.report({
        range: tree.layer.documentRange(body.root.offset, body.root.offset + 1),
        path: [],
        message: `The body has no 'element', so 'POST /instances' cannot tell which element to connect. Add ${EXAMPLE}, or post to 'POST /elements/{keyOrId}/instances', which takes the key in the URL instead.`,
        suggestions: addMembersSuggestion(tree, body.root, [{ name: 'element', value: ['{"key": ', ...stringTabStop(1), '}'] }], "Add 'element' with its key"),
      });
      return;
    }
    const value = element.valueNode;
    if (!value) return;
    if (value.type !== 'object') {
      const text = value.type === 'string' ? String(value.value).trim() : '';
      const meant = text !== '' && !isPlaceholder(text) && /^[\w.-]+$/.test(text) ? text : undefined;
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `'element' must be an object with the element's key, such as {"key": "box"}; it is ${jsonTypeName(value)}.`,
        suggestions: meant ? [{ title: `Replace with {"key": "${meant}"}`, edits: [replaceNode(tree, value, JSON.stringify({ key: meant }))] }] : undefined,
      });
      return;
    }
    const key = memberNamed(value, 'key');
    if (!key) {
      if (!isAbsenceReliable(tree)) return;
      const variant = membersOf(value).find((member) => member.name.trim().toLowerCase() === 'key');
      if (variant) {
        context.report({
          range: tree.range(variant.keyNode),
          path: tree.path(variant.keyNode),
          message: `'element' has '${variant.name}' but no 'key': the API reads only 'key', in lower case and without spaces. Rename it to 'key'.`,
          fix: renameFix(tree, variant, 'key'),
        });
        return;
      }
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `'element' has no 'key', so the API cannot tell which element to connect. Add the element's key, for example "key": "box".`,
        suggestions: addMembersSuggestion(tree, value, [{ name: 'key', value: stringTabStop(1) }], "Add 'key'"),
      });
      return;
    }
    const keyValue = key.valueNode;
    if (!keyValue) return;
    if (keyValue.type !== 'string') {
      const idHint = keyValue.type === 'number' ? " An element id is not taken here; it can go in the URL of 'POST /elements/{keyOrId}/instances'." : '';
      context.report({
        range: tree.range(keyValue),
        path: tree.path(keyValue),
        message: `'element.key' must be a string, the element's key such as 'box'; it is ${jsonTypeName(keyValue)}.${idHint}`,
      });
      return;
    }
    const text = keyValue.value as string;
    if (isPlaceholder(text)) return;
    const trimmed = text.trim();
    if (trimmed === '') {
      context.report({
        range: tree.range(keyValue),
        path: tree.path(keyValue),
        message: `'element.key' is ${text === '' ? 'empty' : 'blank'}, so the API cannot tell which element to connect. Write the element's key, such as 'box' (GET /elements lists them).`,
      });
    } else if (trimmed !== text) {
      context.report({
        range: tree.range(keyValue),
        path: tree.path(keyValue),
        message: `'element.key' has spaces around it: no element key has spaces, so the API finds no element. Remove the spaces.`,
        fix: { title: `Replace with '${trimmed}'`, edits: [replaceNode(tree, keyValue, JSON.stringify(trimmed))] },
      });
    }
  },
);
