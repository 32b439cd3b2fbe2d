import { pollerResourceMember, pollingInstanceBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './created-check-tolerance-placement';

/** A HubSpot body (as in CE's HubSpot events page) whose contacts resource ends with `rest`. */
const body = (rest: string) => pollingInstanceBody('hubspotcrm', pollerResourceMember('contacts', [
  `"url": "/hubs/crm/contacts?where=lastmodifieddate='\${date}'"`,
  '"idField": "vid"',
  rest,
]));

const DATES = `"updatedDateField": "properties.lastmodifieddate",
          "updatedDateFormat": "milliseconds"`;

const NESTED = "'createdCheckTolerance' sits inside 'datesConfiguration', as in CE's HubSpot example, but CE's guides put it on the resource, beside 'idField'. "
  + 'Which place the poller reads is not documented: the resource level is the documented one.';

testRule(rule, {
  valid: [
    { name: 'on the resource, as the guides have it', code: body(`"createdCheckTolerance": 10, "datesConfiguration": {${DATES}}`) },
    { name: 'no tolerance', code: body(`"datesConfiguration": {${DATES}}`) },
  ],
  invalid: [
    {
      name: 'inside datesConfiguration, with a suggestion to move it',
      code: body(`"datesConfiguration": {
          ${DATES},
          "createdCheckTolerance": 10
        }`),
      findings: [{ message: NESTED, text: '"createdCheckTolerance"', path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'createdCheckTolerance'] }],
      suggestions: [{
        title: "Move 'createdCheckTolerance' to resource 'contacts'",
        output: body(`"datesConfiguration": {
          ${DATES}
        },
        "createdCheckTolerance": 10`),
      }],
    },
    {
      name: 'in both places',
      code: body(`"createdCheckTolerance": 5, "datesConfiguration": {"createdCheckTolerance": 10, ${DATES}}`),
      findings: [{
        message: "'createdCheckTolerance' is set both here, inside 'datesConfiguration', and on resource 'contacts' itself; which one the poller reads is not documented. Keep the one on the resource.",
        text: '"createdCheckTolerance"',
        occurrence: 1,
      }],
      suggestions: [{ title: "Remove this 'createdCheckTolerance'", output: body(`"createdCheckTolerance": 5, "datesConfiguration": {${DATES}}`) }],
    },
    {
      name: 'inside a stringified configuration, the move is escaped',
      code: '{"configuration": {"event.poller.configuration": "{\\"contacts\\": {\\"url\\": \\"\\/hubs\\/crm\\/contacts\\", \\"idField\\": \\"vid\\", \\"datesConfiguration\\": {\\"createdCheckTolerance\\": 10}}}"}}',
      findings: [{ message: NESTED, text: '\\"createdCheckTolerance\\"', path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'createdCheckTolerance'] }],
      suggestions: [{
        title: "Move 'createdCheckTolerance' to resource 'contacts'",
        output: '{"configuration": {"event.poller.configuration": "{\\"contacts\\": {\\"url\\": \\"\\/hubs\\/crm\\/contacts\\", \\"idField\\": \\"vid\\", \\"datesConfiguration\\": {}, \\"createdCheckTolerance\\": 10}}"}}',
      }],
    },
  ],
});
