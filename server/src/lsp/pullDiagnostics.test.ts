import assert from 'node:assert/strict';
import { DocumentDiagnosticReportKind, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { BROKEN_BODY, initializedServer, PULL_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/box.instance.json';

async function pullFull(server: InProcessServer, uri: string, previousResultId?: string): Promise<FullDocumentDiagnosticReport> {
  const report = await server.client.pull(uri, previousResultId);
  assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
  return report as FullDocumentDiagnosticReport;
}

describe('language server: pulled diagnostics', () => {
  let server: InProcessServer;
  beforeEach(async () => {
    server = await initializedServer(PULL_CLIENT);
  });
  afterEach(() => server.dispose());

  it('answers textDocument/diagnostic and pushes nothing', async () => {
    await server.client.open(URI, BROKEN_BODY);
    const report = await pullFull(server, URI);
    assert.deepEqual(report.items.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [
      ['no-comments', 1],
      ['no-trailing-commas', 2],
      ['no-trailing-commas', 3],
      ['no-duplicate-keys', 4],
    ]);
    assert.deepEqual(server.client.published, []);
  });

  it('says "unchanged" for a version it already reported, and reports a changed one in full', async () => {
    await server.client.open(URI, BROKEN_BODY);
    const first = await pullFull(server, URI);
    const again = await server.client.pull(URI, first.resultId);
    assert.deepEqual(again, { kind: DocumentDiagnosticReportKind.Unchanged, resultId: first.resultId });

    await server.client.change(URI, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }]);
    const changed = await pullFull(server, URI, first.resultId);
    assert.notEqual(changed.resultId, first.resultId);
    assert.deepEqual(changed.items.map((diagnostic) => diagnostic.code), ['no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);
  });

  it('reports nothing for other JSON and for documents it does not have', async () => {
    await server.client.open('file:///work/project/package.json', '{"name": "x",}');
    assert.deepEqual((await pullFull(server, 'file:///work/project/package.json')).items, []);
    assert.deepEqual((await pullFull(server, 'file:///work/project/never-opened.instance.json')).items, []);
  });

  it('asks the client to pull again when the settings change', async () => {
    await server.client.open(URI, BROKEN_BODY);
    const before = await pullFull(server, URI);
    server.client.settingsFor = () => ({ rules: { 'no-comments': 'off' } });
    await server.client.changeSettings({});
    await server.client.waitFor('a diagnostic refresh', 2000, () => server.client.diagnosticRefreshes > 0);
    const after = await pullFull(server, URI, before.resultId);
    assert.deepEqual(after.items.map((diagnostic) => diagnostic.code), ['no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);
  });
});
