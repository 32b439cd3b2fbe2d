import assert from 'node:assert/strict';
import { redactTrace } from './traceRedaction';

const SECRET = 's3cr3t-Api-Key==';
const BODY = `{"element": {"key": "box"}, "configuration": {"oauth.api.secret": "${SECRET}"}}`;

describe('client: the protocol trace never shows a document', () => {
  it('replaces the text of an opened document by its length, keeping the URI and the shape (verbose)', () => {
    const params = { textDocument: { uri: 'file:///w/box.instance.json', languageId: 'json', version: 1, text: BODY } };
    const message = `Sending notification 'textDocument/didOpen'.\nParams: ${JSON.stringify(params, null, 4)}`;
    const redacted = redactTrace(message);
    assert.ok(!redacted.includes(SECRET));
    assert.equal(redacted, `Sending notification 'textDocument/didOpen'.\nParams: ${JSON.stringify({ textDocument: { uri: 'file:///w/box.instance.json', languageId: 'json', version: 1, text: `<${BODY.length} characters>` } }, null, 4)}`);
  });

  it('redacts changes, diagnostics, hovers and edits, keeping ranges, codes and kinds (compact)', () => {
    const result = {
      kind: 'full',
      resultId: 'ab:1:2',
      items: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } }, code: 'no-placeholders', source: 'ce-instance', message: `Placeholder "${SECRET}"`, data: { version: 2, fix: { title: `Remove ${SECRET}`, edits: [{ start: 3, end: 9, newText: SECRET }] } } }],
    };
    const redacted = redactTrace(`Received response 'textDocument/diagnostic - (7)' in 3ms.\nResult: ${JSON.stringify(result)}`);
    assert.ok(!redacted.includes(SECRET));
    const data = JSON.parse(redacted.slice(redacted.indexOf('Result: ') + 'Result: '.length));
    assert.deepEqual(data.items[0].range, result.items[0].range);
    assert.equal(data.kind, 'full');
    assert.equal(data.resultId, 'ab:1:2');
    assert.equal(data.items[0].code, 'no-placeholders');
    assert.equal(data.items[0].message, `<${`Placeholder "${SECRET}"`.length} characters>`);
    assert.deepEqual(data.items[0].data.fix.edits, [{ start: 3, end: 9, newText: `<${SECRET.length} characters>` }]);
  });

  it('keeps the URIs that key a workspace edit, and redacts arrays of strings', () => {
    const params = { edit: { changes: { 'file:///w/a.json': [{ range: {}, newText: SECRET }] } }, files: [SECRET] };
    const redacted = redactTrace(`Received request 'workspace/applyEdit - (1)'.\nParams: ${JSON.stringify(params)}`);
    assert.equal(redacted, `Received request 'workspace/applyEdit - (1)'.\nParams: {"edit":{"changes":{"file:///w/a.json":[{"range":{},"newText":"<16 characters>"}]}},"files":["<16 characters>"]}`);
  });

  it('leaves messages without data alone, and hides data it cannot read', () => {
    assert.equal(redactTrace("Sending request 'shutdown - (9)'."), "Sending request 'shutdown - (9)'.");
    assert.equal(redactTrace('No parameters provided.'), 'No parameters provided.');
    assert.equal(redactTrace(`Sending notification 'x'.\nParams: {"text": "${SECRET}"`), "Sending notification 'x'.\nParams: [not shown: it may quote a document]");
  });

  it("hides a failed request's error message, which may quote the document, and keeps its code", () => {
    assert.equal(
      redactTrace("[Trace - 10:00:00] Received response 'textDocument/hover - (3)' in 2ms. Request failed: bad value 'hunter2' (-32603)."),
      "[Trace - 10:00:00] Received response 'textDocument/hover - (3)' in 2ms. Request failed: [message not shown] (-32603).",
    );
    const withData = "[Trace - 10:00:00] Received response 'x - (4)' in 1ms. Request failed: secret 'hunter2'\nError data: {\"text\": \"hunter2\"}";
    assert.doesNotMatch(redactTrace(withData), /hunter2/);
  });

  it('redacts a trace in the JSON format', () => {
    const message = JSON.stringify({ type: 'send-notification', method: 'textDocument/didChange', params: { contentChanges: [{ text: SECRET }] } });
    assert.equal(redactTrace(message), JSON.stringify({ type: 'send-notification', method: 'textDocument/didChange', params: { contentChanges: [{ text: '<16 characters>' }] } }));
  });
});
