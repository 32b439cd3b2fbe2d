import type { Node } from 'jsonc-parser';
import { jsonTypeName, memberNamed } from '../json/objects';
import type { PollerResource } from '../model/pollerConfiguration';
import { instanceRule, type RuleContext } from './rule';
import { replaceNode } from './support/edits';
import { isPlaceholderValue, pollerResources } from './support/pollerFields';

interface IntegerField {
  readonly min: number;
  /** What the number counts, for messages. */
  readonly unit: string;
}

const BOOLEAN_FIELDS = ['filterByUpdatedDate', 'filterByCurrentDate'];

const INTEGER_FIELDS: Readonly<Record<string, IntegerField>> = {
  createdCheckTolerance: { min: 0, unit: 'seconds' },
  pageSize: { min: 1, unit: 'records per page' },
  pollDelay: { min: 0, unit: 'seconds' },
};

/**
 * The optional resource settings and their documented types (domain.md §3.2). A boolean or number
 * written as a string ("false", "200") is reported with a safe fix that drops the quotes: one real
 * element default stores "false", but the documented type is the JSON one, and unquoting keeps the
 * meaning. `createdCheckTolerance` is checked inside `datesConfiguration` too, where HubSpot puts it.
 */
export default instanceRule(
  {
    id: 'poller-resource-fields',
    severity: 'error',
    description: "A poller resource's optional settings (filterByUpdatedDate, pageSize, pollDelay, ...) have the wrong type or range.",
    fixable: 'safe',
  },
  (context, body) => {
    for (const resource of pollerResources(body)) {
      for (const name of BOOLEAN_FIELDS) {
        const value = resource.field(name)?.valueNode;
        if (value) checkBoolean(context, resource, name, value);
      }
      for (const [name, field] of Object.entries(INTEGER_FIELDS)) {
        const value = resource.field(name)?.valueNode;
        if (value) checkInteger(context, resource, name, field, value);
      }
      const nested = memberNamed(resource.datesConfiguration, 'createdCheckTolerance')?.valueNode;
      if (nested) checkInteger(context, resource, 'createdCheckTolerance', INTEGER_FIELDS.createdCheckTolerance, nested);
    }
  },
);

function checkBoolean(context: RuleContext, resource: PollerResource, name: string, value: Node): void {
  if (value.type === 'boolean' || isPlaceholderValue(value)) return;
  const { tree } = resource;
  const where = `'${name}' of resource '${resource.name}'`;
  const text = value.type === 'string' ? (value.value as string).trim().toLowerCase() : undefined;
  if (text === 'true' || text === 'false') {
    context.report({
      range: tree.range(value),
      path: tree.path(value),
      message: `${where} is the string "${text}": the documented type is a boolean. Write ${text} without quotes.`,
      fix: { title: `Write the boolean ${text}`, edits: [replaceNode(tree, value, text)] },
    });
    return;
  }
  context.report({
    range: tree.range(value),
    path: tree.path(value),
    message: `${where} must be true or false; it is ${jsonTypeName(value)}.`,
  });
}

function checkInteger(context: RuleContext, resource: PollerResource, name: string, field: IntegerField, value: Node): void {
  if (isPlaceholderValue(value)) return;
  const { tree } = resource;
  const where = `'${name}' of resource '${resource.name}'`;
  const report = (message: string, fixed?: number) => context.report({
    range: tree.range(value),
    path: tree.path(value),
    message,
    fix: fixed === undefined ? undefined : { title: `Write the number ${fixed}`, edits: [replaceNode(tree, value, String(fixed))] },
  });
  const wanted = `a whole number of ${field.unit}, ${field.min === 0 ? '0 or more' : `at least ${field.min}`}`;
  if (value.type === 'number') {
    const number = value.value as number;
    if (!Number.isInteger(number)) report(`${where} must be ${wanted}; it is ${number}.`);
    else if (number < field.min) report(`${where} must be ${wanted}; it is ${number}.`);
    return;
  }
  const digits = value.type === 'string' ? (value.value as string).trim() : '';
  if (/^-?\d{1,15}$/.test(digits)) {
    const number = Number(digits);
    if (number >= field.min) report(`${where} is the string "${digits}": the documented type is a number. Write ${number} without quotes.`, number);
    else report(`${where} must be ${wanted}; it is the string "${digits}".`);
    return;
  }
  report(`${where} must be ${wanted}; it is ${jsonTypeName(value)}.`);
}
