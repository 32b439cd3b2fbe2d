import { pollerResourceMember, pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './poller-resource-fields';

/** A NetSuite-like resource with the given extra members (JSON source text). */
const body = (members: string) => pollingInstanceBody('netsuitecrmv2', pollerResourceMember('accounts', [
  `"url": "/hubs/crm/accounts?where=lastModifiedDate >= '\${epoch:ms}'"`,
  '"idField": "internalId"',
  members,
]));

/** The same, with the configuration stringified. */
const stringified = (members: string) => `{"configuration": {"event.poller.configuration": "{\\"accounts\\": {\\"url\\": \\"/hubs/crm/accounts\\", \\"idField\\": \\"internalId\\", ${members}}}"}}`;

testRule(rule, {
  valid: [
    { name: 'every setting with its documented type', code: body('"filterByUpdatedDate": true, "filterByCurrentDate": false, "createdCheckTolerance": 2, "pageSize": 200, "pollDelay": 60') },
    { name: 'the lowest values', code: body('"createdCheckTolerance": 0, "pageSize": 1, "pollDelay": 0') },
    { name: 'createdCheckTolerance inside datesConfiguration, as HubSpot has it', code: body('"datesConfiguration": {"updatedDateField": "lastModifiedDate", "createdCheckTolerance": 10}') },
    { name: 'a placeholder is no-placeholders\'s', code: body('"pollDelay": "<seconds>"') },
    { name: 'stringified', code: stringified('\\"pageSize\\": 100, \\"filterByUpdatedDate\\": false') },
  ],
  invalid: [
    {
      name: 'a boolean written as a string gets the boolean',
      code: body('"filterByUpdatedDate": "false"'),
      findings: [{
        message: '\'filterByUpdatedDate\' of resource \'accounts\' is the string "false": the documented type is a boolean. Write false without quotes.',
        text: '"false"',
        path: ['configuration', 'event.poller.configuration', 'accounts', 'filterByUpdatedDate'],
      }],
      output: body('"filterByUpdatedDate": false'),
    },
    {
      name: 'any case of true',
      code: body('"filterByCurrentDate": "TRUE"'),
      findings: [{ message: '\'filterByCurrentDate\' of resource \'accounts\' is the string "true": the documented type is a boolean. Write true without quotes.', text: '"TRUE"' }],
      output: body('"filterByCurrentDate": true'),
    },
    {
      name: 'other values are not guessed at',
      code: body('"filterByUpdatedDate": "yes", "filterByCurrentDate": 1'),
      findings: [
        { message: "'filterByUpdatedDate' of resource 'accounts' must be true or false; it is a string.", text: '"yes"' },
        { message: "'filterByCurrentDate' of resource 'accounts' must be true or false; it is an integer.", text: '1', occurrence: 0 },
      ],
    },
    {
      name: 'a number written as a string gets the number',
      code: body('"pageSize": "200", "pollDelay": " 60 "'),
      findings: [
        { message: '\'pageSize\' of resource \'accounts\' is the string "200": the documented type is a number. Write 200 without quotes.', text: '"200"' },
        { message: '\'pollDelay\' of resource \'accounts\' is the string "60": the documented type is a number. Write 60 without quotes.', text: '" 60 "' },
      ],
      output: body('"pageSize": 200, "pollDelay": 60'),
    },
    {
      name: 'out of range',
      code: body('"pageSize": 0, "pollDelay": -5, "createdCheckTolerance": "-1"'),
      findings: [
        { message: "'pageSize' of resource 'accounts' must be a whole number of records per page, at least 1; it is 0.", text: '0', occurrence: 0 },
        { message: "'pollDelay' of resource 'accounts' must be a whole number of seconds, 0 or more; it is -5.", text: '-5' },
        { message: '\'createdCheckTolerance\' of resource \'accounts\' must be a whole number of seconds, 0 or more; it is the string "-1".', text: '"-1"' },
      ],
    },
    {
      name: 'not whole numbers, or not numbers',
      code: body('"pollDelay": 2.5, "pageSize": true, "createdCheckTolerance": "ten"'),
      findings: [
        { message: "'pollDelay' of resource 'accounts' must be a whole number of seconds, 0 or more; it is 2.5.", text: '2.5' },
        { message: "'pageSize' of resource 'accounts' must be a whole number of records per page, at least 1; it is a boolean.", text: 'true', occurrence: 1 },
        { message: "'createdCheckTolerance' of resource 'accounts' must be a whole number of seconds, 0 or more; it is a string.", text: '"ten"' },
      ],
    },
    {
      name: 'createdCheckTolerance inside datesConfiguration is checked too',
      code: body('"datesConfiguration": {"createdCheckTolerance": "10"}'),
      findings: [{ message: '\'createdCheckTolerance\' of resource \'accounts\' is the string "10": the documented type is a number. Write 10 without quotes.', text: '"10"' }],
      output: body('"datesConfiguration": {"createdCheckTolerance": 10}'),
    },
    {
      name: 'inside a stringified configuration the fix keeps the string valid',
      code: stringified('\\"pageSize\\": \\"200\\", \\"filterByUpdatedDate\\": \\"false\\"'),
      findings: [
        { message: /^'pageSize' of resource 'accounts' is the string "200"/, text: '\\"200\\"', path: ['configuration', 'event.poller.configuration', 'accounts', 'pageSize'] },
        { message: /^'filterByUpdatedDate' of resource 'accounts' is the string "false"/, text: '\\"false\\"' },
      ],
      output: stringified('\\"pageSize\\": 200, \\"filterByUpdatedDate\\": false'),
    },
    {
      name: 'escapes in a stringified value',
      code: stringified('\\"pollDelay\\": \\"\\u0033\\u0030\\"'),
      findings: [{ message: /^'pollDelay' of resource 'accounts' is the string "30"/, text: '\\"\\u0033\\u0030\\"' }],
      output: stringified('\\"pollDelay\\": 30'),
    },
  ],
});
