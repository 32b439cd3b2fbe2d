import { jsonTypeName } from '../json/objects';
import { instanceRule } from './rule';
import { isPlaceholderValue, isUnsetValue } from './support/pollerFields';

const KEY = "'event.poller.configuration'";

/**
 * The poller reads an object that maps resource names to their settings. Requests send it as an
 * object; responses and element defaults hold the same JSON in a string (domain.md §3.4), so both
 * pass. `null` and a blank string are how responses show an unset key, and `{}` names nothing:
 * `polling-without-configuration` speaks for those. Syntax errors inside the string are `invalid-json`'s.
 */
export default instanceRule(
  {
    id: 'poller-configuration-type',
    severity: 'error',
    description: "'event.poller.configuration' must be an object of resources, or a string that holds one.",
    fixable: 'none',
  },
  (context, body) => {
    const poller = body.pollerConfiguration;
    const value = poller?.member.valueNode;
    if (!poller || !value || isPlaceholderValue(value) || isUnsetValue(value)) return;
    const { tree } = context;
    if (poller.form === 'object') {
      if (value.type === 'object') return;
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `${KEY} must be an object that maps each resource name to its settings ('url', 'idField', ...); it is ${jsonTypeName(value)}. `
          + "Write the object, or remove the key to keep the element's default configuration.",
      });
      return;
    }
    const inner = poller.tree;
    const root = inner.root;
    if (!root || root.type === 'object') return;
    const twice = root.type === 'string' && (root.value as string).trim().startsWith('{') ? ' (it looks stringified twice: unwrap it once)' : '';
    context.report({
      range: inner.range(root),
      path: inner.path(root),
      message: `The string of ${KEY} holds ${jsonTypeName(root)}, not an object of resources${twice}. `
        + `Write an object such as {"contacts": {"url": "/hubs/crm/contacts", "idField": "id"}}.`,
    });
  },
);
