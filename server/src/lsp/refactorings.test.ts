import assert from 'node:assert/strict';
import { type CodeAction, CodeActionKind } from 'vscode-languageserver-protocol/node';
import { lintText } from '../engine';
import { INTERVAL_TO_NUMBER_TITLE, INTERVAL_TO_STRING_TITLE, TO_OBJECT_TITLE, TO_STRING_TITLE } from './refactorings';
import { applyWorkspaceEdit, initializedServer, positionOf, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/hubspot.instance.json';

/** The object form, laid out as JSON.stringify lays it out at this depth, with quotes that need escapes in a string. */
const OBJECT_BODY = `{
  "element": {"key": "hubspot"},
  "configuration": {
    "event.notification.enabled": true,
    "event.vendor.type": "polling",
    "event.poller.refresh_interval": "15",
    "event.poller.configuration": {
      "contacts": {
        "url": "/hubs/crm/contacts?where=lastmodifieddate>'\${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'&q=say \\"hi\\"",
        "idField": "id",
        "datesConfiguration": {
          "updatedDateField": "lastmodifieddate",
          "updatedDateFormat": "yyyy-MM-dd'T'HH:mm:ss'Z'"
        }
      }
    }
  }
}
`;

const INNER = {
  contacts: {
    url: "/hubs/crm/contacts?where=lastmodifieddate>'${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'&q=say \"hi\"",
    idField: 'id',
    datesConfiguration: { updatedDateField: 'lastmodifieddate', updatedDateFormat: "yyyy-MM-dd'T'HH:mm:ss'Z'" },
  },
};

const STRING_BODY = OBJECT_BODY.replace(/"event\.poller\.configuration": \{[\s\S]*\n {4}\}\n/, `"event.poller.configuration": ${JSON.stringify(JSON.stringify(INNER))}\n`);

describe('language server: refactorings', () => {
  const servers: InProcessServer[] = [];
  afterEach(() => servers.splice(0).forEach((server) => server.dispose()));

  /** The rewrites offered with the cursor `delta` characters into `needle`. */
  async function rewritesAt(text: string, needle: string, delta = 1, only: string[] = [CodeActionKind.RefactorRewrite]): Promise<CodeAction[]> {
    const server = await initializedServer(PUSH_CLIENT);
    servers.push(server);
    await server.client.open(URI, text);
    await server.client.diagnostics(URI);
    const at = positionOf(text, needle, delta);
    return ((await server.client.codeActions(URI, { start: at, end: at }, [], only)) ?? []) as CodeAction[];
  }

  async function rewrite(text: string, needle: string, title: string, delta = 1): Promise<string> {
    const actions = await rewritesAt(text, needle, delta);
    const action = actions.find((one) => one.title === title);
    assert.ok(action, `the action ${title}`);
    assert.equal(action.kind, CodeActionKind.RefactorRewrite);
    return applyWorkspaceEdit(text, URI, action.edit);
  }

  function ruleIds(text: string): string[] {
    return lintText(text).findings.map((finding) => finding.ruleId).sort();
  }

  it('writes the poller configuration object as the compact JSON string of its value', async () => {
    const stringified = await rewrite(OBJECT_BODY, '"event.poller.configuration"', TO_STRING_TITLE);
    assert.equal(stringified, STRING_BODY);
    assert.ok(STRING_BODY.includes(`"{\\"contacts\\":{\\"url\\":\\"/hubs/crm/contacts?where=lastmodifieddate>'\${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'&q=say \\\\\\"hi\\\\\\"\\",`));
    assert.deepEqual(ruleIds(stringified), ruleIds(OBJECT_BODY));
  });

  it('writes the JSON string back as an object indented as the document is, and round trips', async () => {
    const object = await rewrite(STRING_BODY, '"event.poller.configuration"', TO_OBJECT_TITLE, 5);
    assert.equal(object, OBJECT_BODY);
    assert.deepEqual(ruleIds(object), ruleIds(STRING_BODY));
    // From inside the string too, where the cursor sits in the stringified JSON.
    assert.equal(await rewrite(STRING_BODY, 'idField', TO_OBJECT_TITLE), OBJECT_BODY);
  });

  it('takes the indentation unit and line breaks of the document', async () => {
    const text = '{\r\n\t"configuration": {\r\n\t\t"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/c\\"}}"\r\n\t}\r\n}\r\n';
    assert.equal(
      await rewrite(text, '"event.poller', TO_OBJECT_TITLE),
      '{\r\n\t"configuration": {\r\n\t\t"event.poller.configuration": {\r\n\t\t\t"c": {\r\n\t\t\t\t"url": "/c"\r\n\t\t\t}\r\n\t\t}\r\n\t}\r\n}\r\n',
    );
  });

  it('loses nothing either way: number spellings, escapes, key order (integer-like keys too) and repeated keys', async () => {
    const object = '{"configuration": {"event.poller.configuration": {"2": {"url": "/\\u0041", "pageSize": 1.0, "id": 12345678901234567890123}, "1": {"url": "/b", "url": "/c"}}}}';
    const stringified = await rewrite(object, '"event.poller', TO_STRING_TITLE);
    assert.equal(
      stringified,
      '{"configuration": {"event.poller.configuration": "{\\"2\\":{\\"url\\":\\"/\\\\u0041\\",\\"pageSize\\":1.0,\\"id\\":12345678901234567890123},\\"1\\":{\\"url\\":\\"/b\\",\\"url\\":\\"/c\\"}}"}}',
    );
    const back = await rewrite(stringified, '"event.poller', TO_OBJECT_TITLE);
    assert.equal(
      back,
      '{"configuration": {"event.poller.configuration": {\n  "2": {\n    "url": "/\\u0041",\n    "pageSize": 1.0,\n    "id": 12345678901234567890123\n  },\n  "1": {\n    "url": "/b",\n    "url": "/c"\n  }\n}}}',
    );
  });

  it('offers string to object only when the string holds a JSON object, object to string only for plain JSON', async () => {
    const broken = '{"configuration": {"event.poller.configuration": "{\\"c\\": {"}}';
    assert.deepEqual(await rewritesAt(broken, '"event.poller'), []);
    const commented = '{"configuration": {"event.poller.configuration": {"c": {"url": "/c"} /* note */}}}';
    assert.deepEqual(await rewritesAt(commented, '"event.poller'), []);
  });

  it('turns refresh_interval between a numeric string and a number', async () => {
    const number = await rewrite(OBJECT_BODY, '"15"', INTERVAL_TO_NUMBER_TITLE);
    assert.equal(number, OBJECT_BODY.replace('"15"', '15'));
    assert.equal(await rewrite(number, '15,', INTERVAL_TO_STRING_TITLE, 0), OBJECT_BODY);
    assert.deepEqual(await rewritesAt(OBJECT_BODY.replace('"15"', '"soon"'), '"soon"'), []);
  });

  it('offers rewrites only on their member, and only when refactorings are wanted', async () => {
    assert.deepEqual(await rewritesAt(OBJECT_BODY, '"event.vendor.type"'), []);
    assert.deepEqual(await rewritesAt(OBJECT_BODY, '"15"', 1, [CodeActionKind.QuickFix]), []);
    const all = await rewritesAt(OBJECT_BODY, '"15"', 1, [CodeActionKind.Refactor]);
    assert.deepEqual(all.map((action) => action.title), [INTERVAL_TO_NUMBER_TITLE]);
  });
});
