import { jsonTypeName } from '../json/objects';
import { instanceRule } from './rule';
import { isAbsenceReliable } from './support/syntaxDamage';

/** The element's settings, credentials and `event.*` keys all travel in `configuration` (domain.md §1.3). */
export default instanceRule(
  {
    id: 'configuration-object',
    severity: 'error',
    description: "'configuration' holds the element's settings and event keys: it must be there, as an object.",
    fixable: 'none',
  },
  (context, body) => {
    const { tree } = context;
    const configuration = body.member('configuration');
    if (!configuration) {
      if (!isAbsenceReliable(tree)) return;
      context.report({
        range: tree.layer.documentRange(body.root.offset, body.root.offset + 1),
        path: [],
        message: `The body has no 'configuration': the element's settings (credentials, and the 'event.*' keys) go there, and the API needs them to connect. Add "configuration": { ... } with the keys the element asks for (GET /elements/{keyOrId}/configuration lists them).`,
      });
      return;
    }
    const value = configuration.valueNode;
    if (!value || value.type === 'object') return;
    // A configuration pasted as JSON text: the object itself is wanted, not its text.
    const asString = value.type === 'string' && String(value.value).trim().startsWith('{') ? ' Write the object itself, not JSON text in a string.' : '';
    context.report({
      range: tree.range(value),
      path: tree.path(value),
      message: `'configuration' must be an object of configuration keys and values; it is ${jsonTypeName(value)}.${asString}`,
    });
  },
);
