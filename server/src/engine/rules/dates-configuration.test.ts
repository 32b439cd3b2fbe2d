import { pollerResourceMember, pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './dates-configuration';

/** A Shopify-like body whose orders resource has the given datesConfiguration (JSON source text). */
const body = (dates: string) => pollingInstanceBody('shopify', pollerResourceMember('orders', [
  `"url": "/hubs/ecommerce/orders?where=updated_at_min='\${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'"`,
  '"idField": "id"',
  `"datesConfiguration": ${dates}`,
]));

const stringified = (dates: string) => `{"configuration": {"event.poller.configuration": "{\\"orders\\": {\\"url\\": \\"/hubs/ecommerce/orders\\", \\"idField\\": \\"id\\", \\"datesConfiguration\\": ${dates}}}"}}`;

const OBJECT = "'datesConfiguration' of resource 'orders' must be an object of date fields ('updatedDateField', 'updatedDateFormat', ...); it is ";

testRule(rule, {
  valid: [
    {
      name: 'six strings',
      code: body(`{
          "updatedDateField": "updated_at", "updatedDateFormat": "yyyy-MM-dd'T'HH:mm:ssXXX", "updatedDateTimezone": "GMT",
          "createdDateField": "created_at", "createdDateFormat": "yyyy-MM-dd'T'HH:mm:ssXXX", "createdDateTimezone": "GMT"
        }`),
    },
    { name: 'empty strings, as element defaults have them', code: body('{"updatedDateField": "", "updatedDateFormat": "", "updatedDateTimezone": "", "createdDateField": "", "createdDateFormat": "", "createdDateTimezone": ""}') },
    { name: 'the tolerance and unknown fields are other rules\'', code: body('{"updatedDateField": "updated_at", "createdCheckTolerance": 10, "updatedDateTimeZone": 5}') },
    { name: 'a placeholder is no-placeholders\'s', code: body('"<DATES_CONFIGURATION>"') },
    { name: 'stringified', code: stringified('{\\"updatedDateField\\": \\"updated_at\\", \\"updatedDateFormat\\": \\"milliseconds\\"}') },
  ],
  invalid: [
    {
      name: 'a string',
      code: body('"updated_at"'),
      findings: [{ message: `${OBJECT}a string.`, text: '"updated_at"', path: ['configuration', 'event.poller.configuration', 'orders', 'datesConfiguration'] }],
    },
    { name: 'an array', code: body('[]'), findings: [{ message: `${OBJECT}an array.`, text: '[]' }] },
    {
      name: 'date fields that are not strings',
      code: body('{"updatedDateField": ["updated_at"], "updatedDateFormat": 13, "createdDateTimezone": null}'),
      findings: [
        { message: "'updatedDateField' in 'datesConfiguration' of resource 'orders' must be a string (the name of the response field that holds the date); it is an array.", text: '["updated_at"]' },
        { message: "'updatedDateFormat' in 'datesConfiguration' of resource 'orders' must be a string (a Java date pattern, or 'milliseconds'); it is an integer.", text: '13' },
        { message: "'createdDateTimezone' in 'datesConfiguration' of resource 'orders' must be a string (a time zone such as 'GMT'); it is null.", text: 'null' },
      ],
    },
    {
      name: 'inside a stringified configuration',
      code: stringified('{\\"createdDateFormat\\": false}'),
      findings: [{
        message: "'createdDateFormat' in 'datesConfiguration' of resource 'orders' must be a string (a Java date pattern, or 'milliseconds'); it is a boolean.",
        text: 'false',
        path: ['configuration', 'event.poller.configuration', 'orders', 'datesConfiguration', 'createdDateFormat'],
      }],
    },
    {
      name: 'escapes before the value still map exactly',
      code: stringified('\\"\\u0047MT\\"'),
      findings: [{ message: `${OBJECT}a string.`, text: '\\"\\u0047MT\\"' }],
    },
  ],
});
