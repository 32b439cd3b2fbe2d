import { jsonTypeName } from '../json/objects';
import { instanceRule } from './rule';
import { DATE_FIELDS, isPlaceholderValue, resourceFields } from './support/pollerFields';

/** What each kind of date field holds, for messages. */
const WHAT: Readonly<Record<string, string>> = {
  Field: 'the name of the response field that holds the date',
  Format: "a Java date pattern, or 'milliseconds'",
  Timezone: "a time zone such as 'GMT'",
};

/**
 * `datesConfiguration` tells the poller where each record's dates are and how to read them
 * (domain.md §3.3): an object of six strings. Empty strings are allowed (element defaults use them
 * for unused fields); whether the set is complete is `dates-configuration-incomplete`'s concern.
 */
export default instanceRule(
  {
    id: 'dates-configuration',
    severity: 'error',
    description: "A resource's 'datesConfiguration' is not an object, or one of its date fields is not a string.",
    fixable: 'none',
  },
  (context, body) => {
    for (const { resource, fields, dateFields } of resourceFields(body)) {
      const { tree, name } = resource;
      const value = fields.member('datesConfiguration')?.valueNode;
      if (!value || isPlaceholderValue(value)) continue;
      if (value.type !== 'object') {
        context.report({
          range: tree.range(value),
          path: tree.path(value),
          message: `'datesConfiguration' of resource '${name}' must be an object of date fields ('updatedDateField', 'updatedDateFormat', ...); it is ${jsonTypeName(value)}.`,
        });
        continue;
      }
      // `dateFields` holds the members of `value`, the datesConfiguration object.
      for (const field of DATE_FIELDS) {
        const fieldValue = dateFields.member(field)?.valueNode;
        if (!fieldValue || fieldValue.type === 'string') continue;
        const kind = /(Field|Format|Timezone)$/.exec(field)![1];
        context.report({
          range: tree.range(fieldValue),
          path: tree.path(fieldValue),
          message: `'${field}' in 'datesConfiguration' of resource '${name}' must be a string (${WHAT[kind]}); it is ${jsonTypeName(fieldValue)}.`,
        });
      }
    }
  },
);
