import assert from 'node:assert/strict';
import { CodeActionKind, DiagnosticSeverity, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import type { ResolvedConfig } from '../config';
import { TOOL_VERSION } from '../packageInfo';
import { BROKEN_BODY, initializedServer, PULL_CLIENT, PUSH_CLIENT } from './testing/fixtures';
import { type InProcessServer, startInProcess } from './testing/inProcessServer';

describe('language server: lifecycle and robustness', () => {
  let server: InProcessServer | undefined;
  afterEach(() => server?.dispose());

  it('declares incremental sync, quick fixes and fix-all, and no pull diagnostics to a push client', async () => {
    server = startInProcess();
    const result = await server.client.initialize(PUSH_CLIENT);
    assert.deepEqual(result.serverInfo, { name: 'ce-instance', version: TOOL_VERSION });
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.deepEqual(result.capabilities.codeActionProvider, {
      codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll', 'source.fixAll.ceInstance', 'refactor.rewrite'],
    });
    assert.equal(result.capabilities.diagnosticProvider, undefined);
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual(result.capabilities.completionProvider, { triggerCharacters: ['"', '/', '{', ':'] });
    assert.equal(result.capabilities.documentSymbolProvider, true);
  });

  it('declares pull diagnostics to a client that pulls', async () => {
    server = startInProcess();
    const result = await server.client.initialize(PULL_CLIENT);
    assert.deepEqual(result.capabilities.diagnosticProvider, { identifier: 'ce-instance', interFileDependencies: false, workspaceDiagnostics: false });
  });

  it('exits with 0 after shutdown, and with 1 without it', async () => {
    server = await initializedServer(PUSH_CLIENT);
    await server.client.shutdown();
    assert.equal(await server.exited, 0);
    server.dispose();

    server = await initializedServer(PUSH_CLIENT);
    await server.client.connection.sendNotification('exit');
    assert.equal(await server.exited, 1);
  });

  it('survives binary junk, 2,000 levels of nesting and broken JSON, and still answers', async () => {
    server = await initializedServer(PUSH_CLIENT);
    const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    const documents: Record<string, string> = {
      'file:///w/junk.instance.json': junk,
      'file:///w/deep.instance.json': '['.repeat(2000) + ']'.repeat(2000),
      'file:///w/deep-body.instance.json': `{"element": {"key": "box"}, "configuration": ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
      'file:///w/cut.instance.json': '{"element": {"key": ',
      'file:///w/empty.instance.json': '',
    };
    for (const [uri, text] of Object.entries(documents)) await server.client.open(uri, text);
    for (const uri of Object.keys(documents)) await server.client.diagnostics(uri);

    const cut = server.client.publishedFor('file:///w/cut.instance.json')[0];
    assert.ok(cut.diagnostics.some((diagnostic) => diagnostic.code === 'invalid-json'));
    // Still serving: a request gets its answer.
    const actions = await server.client.codeActions('file:///w/cut.instance.json', cut.diagnostics[0].range, cut.diagnostics, ['source.fixAll']);
    assert.deepEqual(actions, []);
    assert.deepEqual(server.client.logs.filter((line) => /internal error/.test(line)), []);
  });

  it('logs a rule that throws once, without the document, and still shows the other findings', async () => {
    let calls = 0;
    const throwing: ResolvedConfig = {
      rules: {},
      schemaChecks: [{ source: 'team.schema.json', validate: () => { calls++; throw new TypeError('cannot read "hunter2"'); } }],
      configFile: undefined,
      dependencies: [],
      warnings: [],
    };
    server = await initializedServer(PUSH_CLIENT, { configs: { resolve: async () => throwing, clear: () => undefined } });
    const secret = '{"element": {"key": "box"}, "configuration": {"password": "hunter2"},}';
    await server.client.open('file:///w/a.instance.json', secret);
    await server.client.open('file:///w/b.instance.json', secret);
    const a = await server.client.diagnostics('file:///w/a.instance.json');
    await server.client.diagnostics('file:///w/b.instance.json');

    assert.equal(calls, 2);
    assert.deepEqual(a.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['no-trailing-commas', DiagnosticSeverity.Error]]);
    const errors = server.client.logs.filter((line) => /internal error/.test(line));
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /internal error in rule custom-schema: TypeError\n/);
    assert.doesNotMatch(server.client.logs.join('\n'), /hunter2/);
  });

  it('keeps answering when the config cannot be read at all', async () => {
    server = await initializedServer(PUSH_CLIENT, {
      configs: { resolve: () => Promise.reject(new Error('disk on fire')), clear: () => undefined },
    });
    await server.client.open('file:///w/a.instance.json', BROKEN_BODY);
    await server.client.open('untitled:Untitled-1', BROKEN_BODY);
    // The untitled document needs no config, so it is checked; the file's check failed and was logged.
    const untitled = await server.client.diagnostics('untitled:Untitled-1');
    assert.equal(untitled.diagnostics.length, 4);
    await server.client.waitFor('the logged failure', 2000, () => server!.client.logs.find((line) => /internal error in checking a document: Error/.test(line)));
    assert.doesNotMatch(server.client.logs.join('\n'), /disk on fire/);
  });
});
