import { configurationBody } from '../../../../test/support/instanceBodies';
import { testRule } from '../../../../test/support/ruleTester';
import rule from './no-placeholders';

const TAIL = 'is a placeholder from the docs, and the API would take it literally: replace it with';
const REAL = 'the real value';

testRule(rule, {
  valid: [
    {
      name: 'a real polling body',
      code: `{
  "element": {"key": "sfdc"},
  "providerData": {"code": "aPrx4sGw9Lk2"},
  "configuration": {
    "oauth.api.key": "3MVG9A2kN3Bn17hs",
    "oauth.callback.url": "https://app.example.com/oauth",
    "event.notification.enabled": true,
    "event.notification.callback.url": "https://app.example.com/events",
    "event.vendor.type": "polling",
    "event.poller.refresh_interval": "15",
    "event.poller.configuration": {
      "accounts": {
        "url": "/hubs/crm/accounts?where=LastModifiedDate>'\${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}' and Amount<5000",
        "idField": "Id",
        "datesConfiguration": {"updatedDateField": "LastModifiedDate", "updatedDateFormat": "yyyy-MM-dd'T'HH:mm:ssXXX", "updatedDateTimezone": "GMT"}
      },
      "calendars/{calendarId}/changed-events": {"url": "/hubs/general/calendars/{calendarId}/events?where=updated<'\${gmtDate:yyyy-MM-dd}'", "idField": "id"}
    }
  },
  "tags": ["crm", "prod"],
  "name": "Salesforce <-> ERP"
}`,
    },
    { name: "a zone placeholder is the time zone rule's", code: configurationBody('"event.poller.configuration": {"a": {"url": "/hubs/crm/a?where=t>\'${dateTimeZone:{TimeZone}:yyyy-MM-dd}\'", "idField": "id"}}') },
    { name: 'markup in a description', code: configurationBody('"description": "Use <b>bold</b> and a<br>line break"') },
    { name: 'an address in brackets', code: '{"element": {"key": "box"}, "configuration": {}, "name": "<ops@example.com>"}' },
    { name: 'a comparison in a CEQL clause', code: configurationBody('"event.poller.urls": "accounts|/hubs/crm/accounts?where=a<b and c>d"') },
    { name: 'placeholders in keys are not reported', code: configurationBody('"{{page.hdOrcrm}}.autotask.username": "me", "<KEY>": "v"') },
    { name: 'a capital-X offset pattern', code: configurationBody('"event.poller.configuration": {"a": {"url": "/a", "idField": "id", "datesConfiguration": {"updatedDateFormat": "XXXX"}}}') },
    { name: 'not an instance body', code: '{"name": "<INSTANCE_NAME>"}' },
  ],
  invalid: [
    {
      // The parser drops an invalid escape, so the value reads 'xxxxxx' though the text never shows it.
      name: 'a mask joined up by an invalid escape',
      code: String.raw`{"element": {"key": "zendesk"}, "configuration": {"base.url": "https://xxx\qxxx.zendesk.com"}}`,
      findings: [{ message: `'xxxxxx' in 'base.url' ${TAIL} ${REAL}.`, text: String.raw`xxx\qx`, path: ['configuration', 'base.url'] }],
    },
    {
      name: 'a docs tag joined up by an invalid escape',
      code: String.raw`{"element": {"key": "z"}, "configuration": {"base.url": "abc {\q{page.elementKey}}"}}`,
      // Positions after an invalid escape are approximate (the parser drops it): the range ends early.
      findings: [{ message: `'{{page.elementKey}}' in 'base.url' ${TAIL} ${REAL}.`, text: String.raw`{\q{page.elementKey`, path: ['configuration', 'base.url'] }],
    },
    {
      name: 'the refresh interval, with the usual value as a suggestion',
      code: configurationBody('"event.poller.refresh_interval": "<minutes>"'),
      findings: [{ message: `'<minutes>' in 'event.poller.refresh_interval' ${TAIL} the number of minutes, e.g. 15.`, text: '<minutes>', path: ['configuration', 'event.poller.refresh_interval'] }],
      suggestions: [{ title: 'Replace with "15" (minutes)', output: configurationBody('"event.poller.refresh_interval": "15"') }],
    },
    {
      name: 'name, tags and element key',
      code: '{"element": {"key": "{{page.elementKey}}"}, "configuration": {}, "tags": ["prod", "<Add_Your_Tag>"], "name": "<INSTANCE_NAME>"}',
      findings: [
        { message: `'{{page.elementKey}}' in 'element.key' ${TAIL} the key of the element to connect, e.g. 'box'.`, text: '{{page.elementKey}}', path: ['element', 'key'] },
        { message: `'<Add_Your_Tag>' in 'tags' ${TAIL} a tag of your own (or remove the tag).`, text: '<Add_Your_Tag>', path: ['tags', 1] },
        { message: `'<INSTANCE_NAME>' in 'name' ${TAIL} a name for the instance.`, text: '<INSTANCE_NAME>' },
      ],
    },
    {
      name: 'a placeholder inside a URL',
      code: configurationBody('"baseUrl": "https://api-<MYCONNECTWISE.COM>/v4_6_release/apis/3.0"'),
      findings: [{ message: `'<MYCONNECTWISE.COM>' in 'baseUrl' ${TAIL} ${REAL}.`, text: '<MYCONNECTWISE.COM>' }],
    },
    {
      name: 'two in one value',
      code: configurationBody('"endpoint": "https://<host_name>/cgi-bin/<interface>.cfg/services/soap?wsdl"'),
      findings: [
        { message: `'<host_name>' in 'endpoint' ${TAIL} ${REAL}.`, text: '<host_name>' },
        { message: `'<interface>' in 'endpoint' ${TAIL} ${REAL}.`, text: '<interface>' },
      ],
    },
    {
      name: 'words in brackets',
      code: configurationBody('"event.notification.enabled": true, "event.notification.callback.url": "<Your Callback URL>"'),
      findings: [{
        message: `'<Your Callback URL>' in 'event.notification.callback.url' ${TAIL} the URL of the endpoint in your app that receives events, e.g. 'https://example.com/events'.`,
        text: '<Your Callback URL>',
      }],
    },
    {
      name: 'a masked secret pasted from a response',
      code: configurationBody('"username": "me", "password": "********"'),
      findings: [{ message: `'********' in 'password' ${TAIL} ${REAL}.`, text: '********' }],
    },
    {
      name: 'a dummy key; the rest of the value is never shown',
      code: '{"element": {"key": "box"}, "configuration": {"oauth.api.key": "xxxxxxxxxxxxxxxxxx", "token": "sk_live_4eC39HqLyjWD ******"}, "providerData": {"code": "<Code_On_The_Return_URL>"}}',
      findings: [
        { message: `'xxxxxxxxxxxxxxxxxx' in 'oauth.api.key' ${TAIL} ${REAL}.`, text: 'xxxxxxxxxxxxxxxxxx' },
        { message: `'******' in 'token' ${TAIL} ${REAL}.`, text: '******' },
        { message: `'<Code_On_The_Return_URL>' in 'providerData.code' ${TAIL} the code the provider sent to your OAuth callback URL.`, text: '<Code_On_The_Return_URL>' },
      ],
    },
    {
      name: 'an optional key can be left out',
      code: configurationBody('"event.notification.enabled": true,\n  "event.notification.signature.key": "<OPTIONAL_SIGNATURE_KEY>"'),
      findings: [{
        message: `'<OPTIONAL_SIGNATURE_KEY>' in 'event.notification.signature.key' ${TAIL} a secret of your own to sign events with (or remove the key: it is optional).`,
        text: '<OPTIONAL_SIGNATURE_KEY>',
      }],
      suggestions: [{ title: "Remove the optional 'event.notification.signature.key'", output: configurationBody('"event.notification.enabled": true') }],
    },
    {
      name: 'escapes around the placeholder',
      code: '{"element": {"key": "box"}, "configuration": {"site": "https:\\/\\/\\u003cSUBDOMAIN>.example.com"}, "name": "\\u003cINSTANCE_NAME\\u003e"}',
      findings: [
        { message: `'<SUBDOMAIN>' in 'site' ${TAIL} ${REAL}.`, text: '\\u003cSUBDOMAIN>' },
        { message: `'<INSTANCE_NAME>' in 'name' ${TAIL} a name for the instance.`, text: '\\u003cINSTANCE_NAME\\u003e' },
      ],
    },
    {
      name: 'in the poller configuration object',
      code: configurationBody('"event.poller.configuration": {"contacts": {"url": "/hubs/{{page.hub}}/contacts", "idField": "<ID_FIELD>", "datesConfiguration": {"updatedDateField": "<FIELD>"}}}'),
      findings: [
        { message: `'{{page.hub}}' in 'url' of resource 'contacts' in 'event.poller.configuration' ${TAIL} ${REAL}.`, text: '{{page.hub}}' },
        { message: `'<ID_FIELD>' in 'idField' of resource 'contacts' in 'event.poller.configuration' ${TAIL} ${REAL}.`, text: '<ID_FIELD>' },
        {
          message: `'<FIELD>' in 'datesConfiguration.updatedDateField' of resource 'contacts' in 'event.poller.configuration' ${TAIL} ${REAL}.`,
          text: '<FIELD>',
          path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateField'],
        },
      ],
    },
    {
      name: 'in a stringified poller configuration, keys aside',
      code: configurationBody('"event.poller.configuration": "{\\"<RESOURCE>\\": {\\"url\\": \\"/hubs/crm/{{page.pollObject}}?where=x>\\u0027${gmtDate:yyyy}\\u0027\\", \\"idField\\": \\"\\\\u003cID\\u003e\\"}}"'),
      findings: [
        { message: `'{{page.pollObject}}' in 'url' of resource '<RESOURCE>' in 'event.poller.configuration' ${TAIL} ${REAL}.`, text: '{{page.pollObject}}', path: ['configuration', 'event.poller.configuration', '<RESOURCE>', 'url'] },
        { message: `'<ID>' in 'idField' of resource '<RESOURCE>' in 'event.poller.configuration' ${TAIL} ${REAL}.`, text: '\\\\u003cID\\u003e' },
      ],
    },
    {
      // No bracket, brace or mask character anywhere in the text: only masks that open a value.
      name: 'masked values in a body with no other marks',
      code: configurationBody('"password": "XXXXXXXX", "oauth.api.secret": " xxxxx"'),
      findings: [
        { message: `'XXXXXXXX' in 'password' ${TAIL} ${REAL}.`, text: 'XXXXXXXX' },
        { message: `'xxxxx' in 'oauth.api.secret' ${TAIL} ${REAL}.`, text: 'xxxxx' },
      ],
    },
    {
      name: 'an unclosed bracket',
      code: '{"element": {"key": "box"}, "configuration": {}, "providerData": {"oauth_token": "<TEMPORARY_TOKEN_FROM_PREVIOUS_STEP"}}',
      findings: [{ message: `'<TEMPORARY_TOKEN_FROM_PREVIOUS_STEP' in 'providerData.oauth_token' ${TAIL} ${REAL}.`, text: '<TEMPORARY_TOKEN_FROM_PREVIOUS_STEP' }],
    },
    {
      name: 'a folder to fill in',
      code: configurationBody('"document.root.folder.name": "</ROOT_DIR>"'),
      findings: [{ message: `'</ROOT_DIR>' in 'document.root.folder.name' ${TAIL} ${REAL}.`, text: '</ROOT_DIR>' }],
    },
  ],
});
