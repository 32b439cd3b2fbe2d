import type { Node } from 'jsonc-parser';
import { jsonTypeName } from '../json/objects';
import type { PollerResource } from '../model/pollerConfiguration';
import { instanceRule, type RuleContext } from './rule';
import { addMembersSuggestion, stringTabStop } from './support/edits';
import { elementKeyForHint, type FieldTable, hasSlipFor, isPlaceholderValue, RESOURCE_FIELDS, resourceFields } from './support/pollerFields';

/**
 * Each resource needs a `url` to call and an `idField` naming the record id (domain.md §3.2).
 * An empty or blank `idField` is left alone: CE's own docs use `""` and `" "` for feeds whose
 * records have no id (LinkedIn, Chargebee, Google Calendar).
 */
export default instanceRule(
  {
    id: 'poller-resource',
    severity: 'error',
    description: "A poller resource must be an object with a string 'url' and 'idField', under a non-empty name.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const { resource, fields } of resourceFields(body)) {
      checkName(context, resource);
      const value = resource.member.valueNode;
      if (!value || isPlaceholderValue(value)) continue;
      const { tree, name } = resource;
      if (value.type !== 'object') {
        context.report({
          range: tree.range(value),
          path: tree.path(value),
          message: `Resource '${name}' must be an object with at least 'url' and 'idField'; it is ${jsonTypeName(value)}.`
            + ` Write it as {"url": "/hubs/...", "idField": "id"}.`,
        });
        continue;
      }
      if (!value.children?.length) {
        context.report({
          range: tree.range(value),
          path: tree.path(value),
          message: `Resource '${name}' is empty: it needs at least 'url' (what to poll) and 'idField' (the field that holds each record's id). `
            + `Fill it in (the element's default, shown by 'GET /elements/${elementKeyForHint(body)}/configuration', has the settings) or remove it.`,
        });
        continue;
      }
      checkRequired(context, resource, fields, value);
    }
  },
);

function checkName(context: RuleContext, resource: PollerResource): void {
  if (resource.name.trim() !== '') return;
  const key = resource.member.keyNode;
  context.report({
    range: resource.tree.range(key),
    path: resource.tree.path(key),
    message: "A resource name is empty: each key of 'event.poller.configuration' names the resource it polls (for example 'contacts'). Name it.",
  });
}

function checkRequired(context: RuleContext, resource: PollerResource, fields: FieldTable, object: Node): void {
  const { tree, name } = resource;
  const url = fields.member('url');
  const idField = fields.member('idField');
  // A misspelt `idfield` is unknown-poller-field's finding; it is not reported missing too.
  const hasUrl = url !== undefined || hasSlipFor(object, 'url', RESOURCE_FIELDS);
  const hasIdField = idField !== undefined || hasSlipFor(object, 'idField', RESOURCE_FIELDS);
  const missing = missingMessage(name, hasUrl, hasIdField);
  if (missing) {
    const absent = [...(hasUrl ? [] : ['url']), ...(hasIdField ? [] : ['idField'])];
    // `id` is what most APIs call it; the URL has no such default.
    const members = absent.map((field, i) => ({ name: field, value: stringTabStop(i + 1, field === 'idField' ? 'id' : '') }));
    context.report({
      range: tree.range(resource.member.keyNode),
      path: tree.path(object),
      message: missing,
      suggestions: addMembersSuggestion(tree, object, members, `Add ${absent.map((field) => `'${field}'`).join(' and ')}`),
    });
  }
  const urlValue = url?.valueNode;
  // A string with text in it (nearly every url) is fine whatever it holds: settled before the placeholder test.
  if (urlValue && !isFilledString(urlValue) && !isPlaceholderValue(urlValue)) {
    if (urlValue.type !== 'string') {
      context.report({
        range: tree.range(urlValue),
        path: tree.path(urlValue),
        message: `'url' of resource '${name}' must be a string (the hub URL to poll); it is ${jsonTypeName(urlValue)}.`,
      });
    } else if ((urlValue.value as string).trim() === '') {
      context.report({
        range: tree.range(urlValue),
        path: tree.path(urlValue),
        message: `'url' of resource '${name}' is empty: the poller has nothing to call. Write the hub URL to poll, for example '/hubs/crm/contacts'.`,
      });
    }
  }
  const idValue = idField?.valueNode;
  if (idValue && idValue.type !== 'string') {
    context.report({
      range: tree.range(idValue),
      path: tree.path(idValue),
      message: `'idField' of resource '${name}' must be a string (the name of the field that holds each record's id, for example 'id'); it is ${jsonTypeName(idValue)}.`,
    });
  }
}

function isFilledString(node: Node): boolean {
  return node.type === 'string' && (node.value as string).trim() !== '';
}

function missingMessage(name: string, hasUrl: boolean, hasIdField: boolean): string | undefined {
  if (!hasUrl && !hasIdField) {
    return `Resource '${name}' has neither 'url' nor 'idField': the poller needs the hub URL to call and the field that holds each record's id. Add both.`;
  }
  if (!hasUrl) {
    return `Resource '${name}' has no 'url': the poller has nothing to call. Add the hub URL to poll, for example "url": "/hubs/crm/contacts".`;
  }
  if (!hasIdField) {
    return `Resource '${name}' has no 'idField': the poller needs it to find each record's id, which events report as objectId. Add it, for example "idField": "id".`;
  }
  return undefined;
}
