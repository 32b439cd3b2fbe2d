import type { Node } from 'jsonc-parser';
import { jsonTypeName } from '../json/objects';
import type { PollerResource } from '../model/pollerConfiguration';
import { instanceRule, type RuleContext } from './rule';
import { replaceNode } from './support/edits';
import { isPlaceholderValue, resourceFields } from './support/pollerFields';

interface IntegerField {
  readonly name: string;
  readonly min: number;
  /** What the number counts, for messages. */
  readonly unit: string;
}

const BOOLEAN_FIELDS = ['filterByUpdatedDate', 'filterByCurrentDate'];

const CREATED_CHECK_TOLERANCE: IntegerField = { name: 'createdCheckTolerance', min: 0, unit: 'seconds' };

/** A list, not a record read with `Object.entries` per resource: a large configuration has thousands. */
const INTEGER_FIELDS: readonly IntegerField[] = [
  CREATED_CHECK_TOLERANCE,
  { name: 'pageSize', min: 1, unit: 'records per page' },
  { name: 'pollDelay', min: 0, unit: 'seconds' },
];

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
    for (const { resource, fields, dateFields } of resourceFields(body)) {
      for (const name of BOOLEAN_FIELDS) {
        const value = fields.member(name)?.valueNode;
        if (value) checkBoolean(context, resource, name, value);
      }
      for (const field of INTEGER_FIELDS) {
        const value = fields.member(field.name)?.valueNode;
        if (value) checkInteger(context, resource, field.name, field, value);
      }
      const nested = dateFields.member('createdCheckTolerance')?.valueNode;
      if (nested) checkInteger(context, resource, 'createdCheckTolerance', CREATED_CHECK_TOLERANCE, nested);
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
  // A whole number in range, as nearly every value is, is settled before any message is built.
  if (value.type === 'number' && Number.isInteger(value.value) && (value.value as number) >= field.min) return;
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
