import { configurationBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './vendor-type';

const body = (value: string) => configurationBody(`"event.notification.enabled": true, "event.vendor.type": ${value}`);
const TAKES = "'event.vendor.type' takes 'polling' (the platform asks the provider for changes) or 'webhook'/'webhooks' (the provider calls the platform)";
const unknown = (value: string, meant?: string) => `Unknown vendor type '${value}': ${TAKES}.${meant ? ` Did you mean '${meant}'?` : ''}`;

testRule(rule, {
  valid: [
    body('"polling"'),
    body('"webhook"'),
    body('"webhooks"'),
    { name: 'null: the element default applies', code: body('null') },
    { name: 'a placeholder is left to no-placeholders', code: body('"<polling_or_webhooks>"') },
    { name: 'written with an escape', code: body('"pollin\\u0067"') },
  ],
  invalid: [
    { name: 'a capital', code: body('"Polling"'), findings: [{ message: unknown('Polling', 'polling'), text: '"Polling"', path: ['configuration', 'event.vendor.type'] }], output: body('"polling"') },
    { name: 'spaces', code: body('" webhooks "'), findings: [{ message: unknown(' webhooks ', 'webhooks'), text: '" webhooks "' }], output: body('"webhooks"') },
    { name: 'a short form', code: body('"poll"'), findings: [{ message: unknown('poll', 'polling'), text: '"poll"' }], output: body('"polling"') },
    { name: 'a dropped letter', code: body('"webhok"'), findings: [{ message: unknown('webhok', 'webhook'), text: '"webhok"' }], output: body('"webhook"') },
    { name: 'a hyphen', code: body('"web-hooks"'), findings: [{ message: unknown('web-hooks', 'webhooks'), text: '"web-hooks"' }], output: body('"webhooks"') },
    { name: 'a wrong letter', code: body('"pooling"'), findings: [{ message: unknown('pooling', 'polling'), text: '"pooling"' }], output: body('"polling"') },
    { name: 'a near miss written with an escape', code: body('"Webh\\u006fok"'), findings: [{ message: unknown('Webhook', 'webhook'), text: '"Webh\\u006fok"' }], output: body('"webhook"') },
    { name: 'a word named like an Object property', code: body('"constructor"'), findings: [{ message: unknown('constructor'), text: '"constructor"' }] },
    { name: 'no near value: no fix', code: body('"push"'), findings: [{ message: unknown('push'), text: '"push"' }] },
    { name: 'both at once: no fix', code: body('"polling,webhooks"'), findings: [{ message: unknown('polling,webhooks'), text: '"polling,webhooks"' }] },
    {
      name: 'empty',
      code: body('""'),
      findings: [{ message: `'event.vendor.type' is empty: ${TAKES}. Set one, or leave the key out to use the element's default.`, text: '""' }],
    },
    {
      name: 'not a string',
      code: body('true'),
      findings: [{ message: `'event.vendor.type' must be a string: 'polling', 'webhook' or 'webhooks'; it is a boolean.`, text: 'true', occurrence: 1 }],
    },
  ],
});
