import { configurationBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './refresh-interval';

const body = (value: string) => configurationBody(`"event.notification.enabled": true, "event.vendor.type": "polling", "event.poller.refresh_interval": ${value}`);
const K = "'event.poller.refresh_interval'";
const PATH = ['configuration', 'event.poller.refresh_interval'];
const notANumber = (what: string) => `${K} must be a whole number of minutes, such as 15 or "15"; ${what}.`;
const belowOne = (shown: string) => `${K} must be at least 1 minute; it is ${shown}. Write the number of minutes between polls, such as 15.`;
const fraction = (shown: string) => `${K} must be a whole number of minutes; ${shown} has a fraction. Write a whole number of at least 1.`;
const digits = (shown: string, fixed: string) => `${K} must be written as plain digits: the platform reads ${shown} as text that is not a whole number. Write ${fixed}.`;
const unit = (fixed: string, shown: string) => `${K} is always in minutes and takes the number alone: write ${fixed} for ${shown}.`;

testRule(rule, {
  valid: [
    body('15'),
    body('"15"'),
    body('1'),
    body('"5"'),
    { name: 'a long interval', code: body('1440') },
    { name: 'leading zeros in a string', code: body('"015"') },
    { name: 'written with an escape', code: body('"\\u0031\\u0035"') },
    { name: 'a placeholder is left to no-placeholders', code: body('"<minutes>"') },
    { name: 'a placeholder inside is left to no-placeholders', code: body('"<minutes> minutes"') },
    { name: 'no refresh interval', code: '{"element": {"key": "box"}, "configuration": {"event.notification.enabled": true}}' },
    {
      name: 'a real polling body from the docs',
      code: `{
  "element": {"key": "hubspotcrm"},
  "providerData": {"code": "c7a2d3e4-1b2c-4d5e-8f90-123456789abc"},
  "configuration": {
    "oauth.callback.url": "https://app.example.com/oauth",
    "event.notification.enabled": true,
    "event.notification.callback.url": "https://app.example.com/events",
    "event.vendor.type": "polling",
    "event.poller.refresh_interval": "15",
    "event.poller.configuration": "{\\"contacts\\":{\\"url\\":\\"/hubs/crm/contacts?where=lastmodifieddate='\${date}'\\",\\"idField\\":\\"vid\\"}}"
  },
  "tags": ["crm"],
  "name": "HubSpot CRM"
}`,
    },
  ],
  invalid: [
    { name: 'a fraction', code: body('1.5'), findings: [{ message: fraction('1.5'), text: '1.5', path: PATH }] },
    { name: 'a fraction in a string', code: body('"2.5"'), findings: [{ message: fraction('"2.5"'), text: '"2.5"' }] },
    { name: 'zero', code: body('0'), findings: [{ message: belowOne('0'), text: '0', occurrence: 0 }] },
    { name: 'zero in a string', code: body('"0"'), findings: [{ message: belowOne('"0"'), text: '"0"' }] },
    { name: 'negative', code: body('-5'), findings: [{ message: belowOne('-5'), text: '-5' }] },
    { name: 'negative in a string', code: body('"-5"'), findings: [{ message: belowOne('"-5"'), text: '"-5"' }] },
    { name: 'a word', code: body('"fifteen"'), findings: [{ message: notANumber('"fifteen" is not a number'), text: '"fifteen"' }] },
    { name: 'a boolean', code: body('true'), findings: [{ message: notANumber('it is a boolean'), text: 'true', occurrence: 1 }] },
    { name: 'an object', code: body('{"minutes": 15}'), findings: [{ message: notANumber('it is an object'), text: '{"minutes": 15}' }] },
    { name: 'an array', code: body('[15]'), findings: [{ message: notANumber('it is an array'), text: '[15]' }] },
    {
      name: 'null',
      code: body('null'),
      findings: [{ message: `${K} is null: write the number of minutes between polls, such as 15, or leave the key out to use the element's default.`, text: 'null' }],
      suggestions: [{
        title: "Remove 'event.poller.refresh_interval' (the element's default applies)",
        output: '{"element": {"key": "box"}, "configuration": {"event.notification.enabled": true, "event.vendor.type": "polling"}}',
      }],
    },
    {
      name: 'empty',
      code: body('""'),
      findings: [{ message: `${K} is empty: write the number of minutes between polls, such as "15", or leave the key out to use the element's default.`, text: '""' }],
      suggestions: [{
        title: "Remove 'event.poller.refresh_interval' (the element's default applies)",
        output: '{"element": {"key": "box"}, "configuration": {"event.notification.enabled": true, "event.vendor.type": "polling"}}',
      }],
    },
    { name: 'spaces around the number', code: body('" 15 "'), findings: [{ message: `${K} has white space around its number: write "15".`, text: '" 15 "' }], output: body('"15"') },
    { name: 'a tab written as an escape', code: body('"15\\t"'), findings: [{ message: `${K} has white space around its number: write "15".`, text: '"15\\t"' }], output: body('"15"') },
    { name: 'a decimal point', code: body('15.0'), findings: [{ message: digits('15.0', '15'), text: '15.0' }], output: body('15') },
    { name: 'an exponent', code: body('1e1'), findings: [{ message: digits('1e1', '10'), text: '1e1' }], output: body('10') },
    { name: 'an exponent with a fraction', code: body('1.5E1'), findings: [{ message: digits('1.5E1', '15'), text: '1.5E1' }], output: body('15') },
    { name: 'a fraction with an exponent', code: body('15e-1'), findings: [{ message: fraction('15e-1'), text: '15e-1' }] },
    { name: 'an exponent in a string', code: body('"1e1"'), findings: [{ message: digits('"1e1"', '"10"'), text: '"1e1"' }], output: body('"10"') },
    { name: 'a plus sign in a string', code: body('"+15"'), findings: [{ message: digits('"+15"', '"15"'), text: '"+15"' }], output: body('"15"') },
    { name: 'a decimal point in a string', code: body('"15.0"'), findings: [{ message: digits('"15.0"', '"15"'), text: '"15.0"' }], output: body('"15"') },
    { name: 'a unit', code: body('"15 minutes"'), findings: [{ message: unit('"15"', '"15 minutes"'), text: '"15 minutes"' }], output: body('"15"') },
    { name: 'a short unit', code: body('"15m"'), findings: [{ message: unit('"15"', '"15m"'), text: '"15m"' }], output: body('"15"') },
    {
      name: 'hours are converted, as a suggestion',
      code: body('"2 hours"'),
      findings: [{ message: unit('"120"', '"2 hours"'), text: '"2 hours"' }],
      suggestions: [{ title: 'Replace with "120"', output: body('"120"') }],
    },
    {
      name: 'seconds are converted, as a suggestion',
      code: body('"900s"'),
      findings: [{ message: unit('"15"', '"900s"'), text: '"900s"' }],
      suggestions: [{ title: 'Replace with "15"', output: body('"15"') }],
    },
    {
      name: 'less than a minute',
      code: body('"30 seconds"'),
      findings: [{ message: `${K} is a whole number of minutes, at least 1, without a unit; "30 seconds" is not one.`, text: '"30 seconds"' }],
    },
    {
      name: 'an escape in a unit',
      code: body('"15\\u0020min"'),
      findings: [{ message: unit('"15"', '"15 min"'), text: '"15\\u0020min"' }],
      output: body('"15"'),
    },
  ],
});
