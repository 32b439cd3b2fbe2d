import type { Node } from 'jsonc-parser';
import { jsonTypeName } from '../json/objects';
import type { JsonTree } from '../json/jsonTree';
import type { Fix } from '../types';
import { instanceRule } from './rule';
import { replaceNode } from './support/edits';
import { isPlaceholder } from './support/placeholders';

const KEY = 'event.notification.enabled';

/** Words people use for on and off: the intent is plain, but it is a change a person should make. */
const ON_OFF_WORDS: Readonly<Record<string, boolean>> = {
  yes: true, no: false, on: true, off: false, '1': true, '0': false, enabled: true, disabled: false,
};

/**
 * The docs type the key as a boolean, and examples send both `true` and `"true"` (domain.md §2).
 * A case or spacing variant of true/false is fixed to the JSON boolean, the documented form.
 */
export default instanceRule(
  {
    id: 'events-enabled-value',
    severity: 'error',
    description: "'event.notification.enabled' must be true or false (a boolean, or the string \"true\" or \"false\").",
    fixable: 'safe',
  },
  (context, body) => {
    const { tree } = context;
    const value = body.configMember(KEY)?.valueNode;
    if (!value || value.type === 'boolean') return;
    // Range and path are written out in each report: V8 builds `{ ...at(), message }` many times slower.
    if (value.type === 'string') {
      const text = value.value as string;
      if (text === 'true' || text === 'false' || isPlaceholder(text)) return;
      const word = text.trim().toLowerCase();
      if (word === 'true' || word === 'false') {
        context.report({
          range: tree.range(value),
          path: tree.path(value),
          message: `'${KEY}' must be true or false, in lower case and without spaces: '${text}' may not be read as ${word}. Write ${word}.`,
          fix: booleanFix(tree, value, word === 'true'),
        });
        return;
      }
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `'${KEY}' must be true or false; '${text}' is neither.`,
        suggestions: onOffSuggestion(tree, value, word),
      });
      return;
    }
    const word = value.type === 'number' ? String(value.value) : '';
    context.report({
      range: tree.range(value),
      path: tree.path(value),
      message: `'${KEY}' must be true or false; it is ${jsonTypeName(value)}.`,
      suggestions: onOffSuggestion(tree, value, word),
    });
  },
);

function booleanFix(tree: JsonTree, node: Node, on: boolean): Fix {
  return { title: `Replace with ${on}`, edits: [replaceNode(tree, node, String(on))] };
}

function onOffSuggestion(tree: JsonTree, node: Node, word: string): Fix[] | undefined {
  const on = Object.hasOwn(ON_OFF_WORDS, word) ? ON_OFF_WORDS[word] : undefined;
  return on === undefined ? undefined : [booleanFix(tree, node, on)];
}
