import assert from 'node:assert/strict';
import type { ClientCapabilities, CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol/node';
import { InsertTextFormat } from 'vscode-languageserver-protocol/node';
import { schemaHints } from '../engine/schema/schemaHints';
import { applyWorkspaceEdit, initializedServer, positionOf, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/box.instance.json';
/** Monday 2024-07-15 09:05:07.089 UTC: Denver is on MDT (UTC-6). */
const NOW = Date.UTC(2024, 6, 15, 9, 5, 7, 89);
const SNIPPET_CLIENT: ClientCapabilities = { ...PUSH_CLIENT, textDocument: { completion: { completionItem: { snippetSupport: true } } } };

const EVENT_KEYS = [
  'event.notification.enabled', 'event.vendor.type', 'event.notification.callback.url', 'event.notification.signature.key',
  'event.poller.refresh_interval', 'event.poller.configuration', 'event.poller.urls', 'event.objects', 'event.notification.type',
  'event.notification.subscription.id', 'event.notification.instance.finder', 'event.notification.callback.headers',
  'event.notification.basic.username', 'event.notification.basic.password', 'event.helper.key', 'event.metadata',
];
const DATES_FIELDS = ['updatedDateField', 'updatedDateFormat', 'updatedDateTimezone', 'createdDateField', 'createdDateFormat', 'createdDateTimezone'];

describe('language server: completion', () => {
  let server: InProcessServer;
  afterEach(() => server.dispose());

  /** The completions at `needle` in `text`, `delta` characters into it. */
  async function completeAt(text: string, needle: string, delta: number, capabilities = PUSH_CLIENT): Promise<CompletionList> {
    server = await initializedServer(capabilities, { now: () => NOW });
    await server.client.open(URI, text);
    const list = await server.client.completion(URI, positionOf(text, needle, delta));
    return list ?? { isIncomplete: false, items: [] };
  }

  function labels(list: CompletionList): string[] {
    return list.items.map((item) => item.label);
  }

  function item(list: CompletionList, label: string): CompletionItem {
    const found = list.items.find((candidate) => candidate.label === label);
    assert.ok(found, `an item ${label}`);
    return found;
  }

  /** The text after the item's edit, as an editor applies it. */
  function accept(text: string, completion: CompletionItem): string {
    return applyWorkspaceEdit(text, URI, { changes: { [URI]: [completion.textEdit as TextEdit] } });
  }

  it('offers the documented event keys inside a configuration key, never one already there', async () => {
    const text = '{"element": {"key": "box"}, "configuration": {"event.vendor.type": "polling", "even"}}';
    const list = await completeAt(text, '"even"', 3);
    assert.deepEqual(labels(list), EVENT_KEYS.filter((key) => key !== 'event.vendor.type'));
    const enabled = item(list, 'event.notification.enabled');
    assert.equal(accept(text, enabled), text.replace('"even"', '"event.notification.enabled"'));
    assert.deepEqual(enabled.documentation, {
      kind: 'markdown',
      value: 'Turns events on for this instance. Boolean; the string forms `"true"` and `"false"` are accepted too. Default `false`.\n\nExample: `true`',
    });
  });

  it('writes whole members where a new one starts, and offers the polling and webhook sets as snippets', async () => {
    const text = '{\n  "configuration": {\n    \n  }\n}\n';
    const list = await completeAt(text, '{\n    \n', 6, SNIPPET_CLIENT);
    assert.deepEqual(labels(list), [...EVENT_KEYS, 'Polling events', 'Webhook events']);
    assert.equal(accept(text, item(list, 'event.objects')), '{\n  "configuration": {\n    "event.objects": \n  }\n}\n');
    const webhooks = item(list, 'Webhook events');
    assert.equal(webhooks.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(accept(text, webhooks), [
      '{\n  "configuration": {\n    "event.notification.enabled": true,',
      '"event.vendor.type": "${1|webhooks,webhook|}",',
      '"event.notification.callback.url": "${2:https://example.com/ce-events}",',
      '"event.notification.signature.key": "${3:a-long-random-secret}"\n  }\n}\n',
    ].join('\n'));
    const polling = item(list, 'Polling events').textEdit as TextEdit;
    assert.match(polling.newText, /^"event.notification.enabled": true,\n"event.vendor.type": "polling",\n/);
    assert.match(polling.newText, /\n"event.poller.refresh_interval": \$\{2:15\},\n"event.poller.configuration": \{\n\t"\$\{3:contacts\}": \{\n\t\t"url": "\/hubs\/\$\{4:crm\}/);
  });

  it('leaves out the snippets for clients without snippets, and a set whose keys are there', async () => {
    const text = '{"configuration": {"event.vendor.type": "webhooks", }}';
    assert.deepEqual(labels(await completeAt(text, ', }', 2)), EVENT_KEYS.filter((key) => key !== 'event.vendor.type'));
    server.dispose();
    const withSnippets = await completeAt(text, ', }', 2, SNIPPET_CLIENT);
    assert.ok(!labels(withSnippets).some((label) => label.endsWith('events')));
  });

  it('offers the vendor types and the booleans as values', async () => {
    const vendor = '{"configuration": {"event.vendor.type": "web"}}';
    const list = await completeAt(vendor, '"web"', 2);
    assert.deepEqual(labels(list), ['polling', 'webhook', 'webhooks']);
    assert.equal(accept(vendor, item(list, 'webhooks')), vendor.replace('"web"', '"webhooks"'));
    assert.equal((item(list, 'polling').documentation as { value: string }).value, 'Cloud Elements asks the provider for changes every refresh interval.');
    server.dispose();
    const enabled = '{"configuration": {"event.notification.enabled": }}';
    const booleans = await completeAt(enabled, ': }', 2);
    assert.deepEqual(labels(booleans), ['true', 'false']);
    assert.equal(accept(enabled, item(booleans, 'true')), '{"configuration": {"event.notification.enabled": true}}');
    server.dispose();
    const replaced = '{"configuration": {"event.notification.enabled": fals}}';
    assert.equal(accept(replaced, item(await completeAt(replaced, 'fals', 2), 'false')), '{"configuration": {"event.notification.enabled": false}}');
  });

  it('offers resource fields and the six datesConfiguration fields that are not there yet', async () => {
    const text = '{"configuration": {"event.poller.configuration": {"contacts": {"url": "/x", "", "datesConfiguration": {"updatedDateField": "u", ""}}}}}';
    const resource = await completeAt(text, '"", "dates', 1);
    assert.deepEqual(labels(resource), ['idField', 'filterByUpdatedDate', 'filterByCurrentDate', 'createdCheckTolerance', 'pageSize', 'pollDelay', 'xPath']);
    assert.match((item(resource, 'idField').documentation as { value: string }).value, /^JSON path to the record's id/);
    server.dispose();
    const dates = await completeAt(text, '""}}', 1);
    assert.deepEqual(labels(dates), DATES_FIELDS.filter((field) => field !== 'updatedDateField'));
  });

  it('offers the common date formats with what each renders now in the zone beside it, and milliseconds', async () => {
    const text = '{"configuration": {"event.poller.configuration": {"c": {"datesConfiguration": {"updatedDateTimezone": "America/Denver", "updatedDateFormat": "yyyy"}}}}}';
    const list = await completeAt(text, '"yyyy"', 3);
    assert.deepEqual(list.items.map((one) => [one.label, one.detail]), [
      ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-07-15T03:05:07-06:00'],
      ["yyyy-MM-dd'T'HH:mm:ss'Z'", '2024-07-15T03:05:07Z'],
      ['yyyy-MM-dd HH:mm:ss', '2024-07-15 03:05:07'],
      ["yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", '2024-07-15T03:05:07.089Z'],
      ['EEE, dd MMM yyyy HH:mm:ss Z', 'Mon, 15 Jul 2024 03:05:07 -0600'],
      ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", '2024-07-15T03:05:07.089-0600'],
      ["yyyy-MM-dd'T'HH:mm:ss.SSS", '2024-07-15T03:05:07.089'],
      ['yyyy-MM-dd', '2024-07-15'],
      ["yyyy-MM-dd'T'HH:mm:ss", '2024-07-15T03:05:07'],
      ["yyyy-MM-dd'T'HH:mm:ss.SSSX", '2024-07-15T03:05:07.089-06'],
      ['milliseconds', '1721034307089'],
    ]);
    assert.equal(accept(text, item(list, 'yyyy-MM-dd')), text.replace('"yyyy"', '"yyyy-MM-dd"'));
    assert.match((item(list, 'yyyy-MM-dd').documentation as { value: string }).value, /\| `yyyy` \| year, at least 4 digits \|/);
  });

  it('offers time zone ids matching what is typed, with their offset now', async () => {
    const text = '{"configuration": {"event.poller.configuration": {"c": {"datesConfiguration": {"createdDateTimezone": "denv"}}}}}';
    const list = await completeAt(text, '"denv"', 5);
    assert.equal(list.isIncomplete, true);
    assert.deepEqual(list.items.slice(0, 1).map((one) => [one.label, one.detail]), [['America/Denver', 'now UTC-06:00']]);
    assert.equal(accept(text, list.items[0]), text.replace('"denv"', '"America/Denver"'));
  });

  it('completes inside a stringified poller configuration, escaping what it writes', async () => {
    const text = '{"configuration": {"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/x\\", , \\"datesConfiguration\\": {\\"updatedDateFormat\\": \\"\\"}}}"}}';
    const formats = await completeAt(text, '\\"\\"}', 2);
    assert.equal(accept(text, item(formats, 'yyyy-MM-dd HH:mm:ss')), text.replace('\\"\\"}', '\\"yyyy-MM-dd HH:mm:ss\\"}'));
    server.dispose();
    const fields = await completeAt(text, ', , ', 2);
    assert.deepEqual(labels(fields), ['idField', 'filterByUpdatedDate', 'filterByCurrentDate', 'createdCheckTolerance', 'pageSize', 'pollDelay', 'xPath']);
    assert.equal(accept(text, item(fields, 'idField')), text.replace(', , ', ', \\"idField\\": , '));
  });

  describe('inside a URL template', () => {
    const DESCRIPTORS = ['gmtDate', 'date', 'dateTimeZone', 'nowTimeZone', 'epoch', 'milliseconds'];

    it('offers the descriptors after ${, with their descriptions, over the name typed so far', async () => {
      const text = '{"configuration": {"event.poller.configuration": {"c": {"url": "/x?since=${gm:yyyy}&a=${"}}}}';
      const list = await completeAt(text, '${gm', 3);
      assert.deepEqual(labels(list), DESCRIPTORS);
      assert.equal(accept(text, item(list, 'gmtDate')), text.replace('${gm:', '${gmtDate:'));
      assert.match((item(list, 'gmtDate').documentation as { value: string }).value, /^The time of the last poll in GMT/);
      server.dispose();
      // An unclosed template at the end of the URL, as it is while being typed.
      const open = await completeAt(text, '${"', 2);
      assert.equal(accept(text, item(open, 'epoch')), text.replace('&a=${"', '&a=${epoch"'));
    });

    it('offers zone ids in the zone of dateTimeZone and nowTimeZone', async () => {
      const text = '{"configuration": {"event.poller.configuration": {"c": {"url": "/x?a=${dateTimeZone:denv:yyyy}&b=${nowTimeZone:"}}}}';
      const list = await completeAt(text, ':denv', 5);
      assert.equal(list.isIncomplete, true);
      assert.deepEqual(list.items.slice(0, 1).map((one) => [one.label, one.detail]), [['America/Denver', 'now UTC-06:00']]);
      assert.equal(accept(text, list.items[0]), text.replace(':denv:', ':America/Denver:'));
      server.dispose();
      const empty = await completeAt(text, 'nowTimeZone:', 12);
      assert.equal(empty.items.length, 50);
      assert.equal(accept(text, item(empty, 'Asia/Kolkata')), text.replace('${nowTimeZone:"', '${nowTimeZone:Asia/Kolkata"'));
    });

    it("offers the common patterns after the pattern's colon, rendered in the template's zone", async () => {
      const text = '{"configuration": {"event.poller.configuration": {"c": {"url": "/x?a=${dateTimeZone:America/Denver:yyyy}&b=${gmtDate:}"}}}}';
      const list = await completeAt(text, 'Denver:yyyy', 9);
      assert.deepEqual(list.items.slice(0, 2).map((one) => [one.label, one.detail]), [
        ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-07-15T03:05:07-06:00'],
        ["yyyy-MM-dd'T'HH:mm:ss'Z'", '2024-07-15T03:05:07Z'],
      ]);
      assert.ok(!labels(list).includes('milliseconds'));
      assert.equal(accept(text, item(list, 'yyyy-MM-dd')), text.replace('Denver:yyyy}', 'Denver:yyyy-MM-dd}'));
      server.dispose();
      const gmt = await completeAt(text, '${gmtDate:}', 10);
      assert.equal(gmt.items[0].detail, '2024-07-15T09:05:07Z');
      assert.equal(accept(text, gmt.items[1]), text.replace('${gmtDate:}', "${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
    });

    it('maps the replacement through the escapes of a stringified poller configuration', async () => {
      const text = '{"configuration": {"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/x?a=\\u0027${gmtDate:yyyy}\\u0027&b=${\\"}}"}}';
      const patterns = await completeAt(text, ':yyyy}', 3);
      assert.equal(
        accept(text, item(patterns, "yyyy-MM-dd'T'HH:mm:ss'Z'")),
        text.replace(':yyyy}', ":yyyy-MM-dd'T'HH:mm:ss'Z'}"),
      );
      server.dispose();
      const descriptors = await completeAt(text, '${\\"', 2);
      assert.equal(accept(text, item(descriptors, 'dateTimeZone')), text.replace('&b=${\\"', '&b=${dateTimeZone\\"'));
    });

    it('offers nothing in the URL outside a template', async () => {
      const text = '{"configuration": {"event.poller.configuration": {"c": {"url": "/x?a=${epoch}&b=1"}}}}';
      assert.deepEqual((await completeAt(text, '&b=1', 2)).items, []);
    });
  });

  it('offers nothing outside the documented objects, or in other JSON', async () => {
    assert.deepEqual((await completeAt('{"element": {"key": "b"}}', '"b"', 1)).items, []);
    server.dispose();
    assert.deepEqual((await completeAt('{"compilerOptions": {"": 1}}', '""', 1)).items, []);
  });

  describe('from the team schemas that apply to the file', () => {
    const TEAM_SCHEMA = {
      properties: {
        element: { properties: { key: { enum: ['sfdc', 'hubspot'] } } },
        configuration: { required: ['oauth.api.key'], properties: { 'oauth.api.key': { description: 'The connected app key' }, 'sfdc.sandbox': { type: 'boolean' } } },
      },
    };
    const config = {
      rules: {},
      schemaChecks: [{ source: 'schemas/acme.schema.json', validate: () => [], hints: schemaHints(TEAM_SCHEMA) }],
      configFile: undefined,
      dependencies: [],
      warnings: [],
    };

    async function completeWithTeamSchema(text: string, needle: string, delta: number): Promise<CompletionList> {
      server = await initializedServer(PUSH_CLIENT, { now: () => NOW, configs: { resolve: async () => config, clear: () => undefined } });
      await server.client.open(URI, text);
      return (await server.client.completion(URI, positionOf(text, needle, delta))) ?? { isIncomplete: false, items: [] };
    }

    it('offers the element keys the schemas allow in the value of element.key', async () => {
      const text = '{"element": {"key": "s"}, "configuration": {}}';
      const list = await completeWithTeamSchema(text, '"s"', 2);
      assert.deepEqual(list.items.map((one) => [one.label, one.detail]), [['sfdc', 'allowed by schemas/acme.schema.json'], ['hubspot', 'allowed by schemas/acme.schema.json']]);
      assert.equal(accept(text, item(list, 'hubspot')), '{"element": {"key": "hubspot"}, "configuration": {}}');
    });

    it('offers the configuration keys they describe after the event keys, with their descriptions, never one already there', async () => {
      const text = '{"element": {"key": "sfdc"}, "configuration": {"sfdc.sandbox": true, "o"}}';
      const list = await completeWithTeamSchema(text, '"o"', 2);
      assert.deepEqual(labels(list), [...EVENT_KEYS, 'oauth.api.key']);
      const key = item(list, 'oauth.api.key');
      assert.equal(key.detail, 'required by schemas/acme.schema.json');
      assert.deepEqual(key.documentation, { kind: 'markdown', value: 'The connected app key' });
      assert.equal(accept(text, key), '{"element": {"key": "sfdc"}, "configuration": {"sfdc.sandbox": true, "oauth.api.key"}}');
    });
  });
});
