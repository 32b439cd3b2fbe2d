import assert from 'node:assert/strict';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { ruleDocsUrl } from '../engine';
import { BROKEN_BODY, initializedServer, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/box.instance.json';

function range(line: number, start: number, endLine: number, end: number): Diagnostic['range'] {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** What a diagnostic shows, without the data its code actions use. */
function shown(diagnostic: Diagnostic): Omit<Diagnostic, 'data' | 'message'> {
  const { data: _data, message: _message, ...rest } = diagnostic;
  return rest;
}

function expected(code: string, at: Diagnostic['range']): Omit<Diagnostic, 'data' | 'message'> {
  return { range: at, severity: DiagnosticSeverity.Error, source: 'ce-instance', code, codeDescription: { href: ruleDocsUrl(code) } };
}

describe('language server: pushed diagnostics', () => {
  let server: InProcessServer;
  beforeEach(async () => {
    server = await initializedServer(PUSH_CLIENT);
  });
  afterEach(() => server.dispose());

  it('publishes the findings of an opened instance file with exact ranges, codes and links', async () => {
    await server.client.open(URI, BROKEN_BODY, 'json', 7);
    const published = await server.client.diagnostics(URI);
    assert.equal(published.version, 7);
    assert.deepEqual(published.diagnostics.map(shown), [
      expected('no-comments', range(1, 2, 1, 16)),
      expected('no-trailing-commas', range(2, 26, 2, 27)),
      expected('no-trailing-commas', range(3, 26, 3, 27)),
      expected('no-duplicate-keys', range(4, 15, 4, 21)),
    ]);
    assert.equal(published.diagnostics[1].message, 'Trailing comma: strict JSON allows no comma after the last entry. Remove it.');
    assert.deepEqual(published.diagnostics[1].data, {
      version: 7,
      fix: { title: 'Remove the trailing comma', edits: [{ start: 45, end: 46, newText: '' }] },
    });
    assert.deepEqual(published.diagnostics[3].data, {
      version: 7,
      suggestions: [{ title: "Remove the earlier 'name' (line 5)", edits: [{ start: 79, end: 94, newText: '' }] }],
    });
  });

  it('maps every severity, info to Information', async () => {
    server.client.settingsFor = () => ({ rules: { 'no-comments': 'warning', 'no-trailing-commas': 'info', 'no-duplicate-keys': 'hint' } });
    await server.client.open(URI, BROKEN_BODY);
    const published = await server.client.diagnostics(URI);
    assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.severity), [
      DiagnosticSeverity.Warning,
      DiagnosticSeverity.Information,
      DiagnosticSeverity.Information,
      DiagnosticSeverity.Hint,
    ]);
  });

  it('follows incremental changes', async () => {
    await server.client.open(URI, BROKEN_BODY);
    await server.client.diagnostics(URI);
    // Delete the comment line, then the second trailing comma (now on line 2).
    await server.client.change(URI, 2, [
      { range: range(1, 0, 2, 0), text: '' },
      { range: range(2, 26, 2, 27), text: '' },
    ]);
    const published = await server.client.diagnostics(URI, { version: 2 });
    assert.deepEqual(published.diagnostics.map(shown), [
      expected('no-trailing-commas', range(1, 26, 1, 27)),
      expected('no-duplicate-keys', range(3, 15, 3, 21)),
    ]);
  });

  it('checks a burst of changes once, at its last version', async () => {
    server.dispose();
    server = await initializedServer(PUSH_CLIENT, { debounceMs: 60 });
    await server.client.open(URI, BROKEN_BODY);
    await server.client.diagnostics(URI);
    for (let version = 2; version <= 6; version++) {
      void server.client.change(URI, version, [{ range: range(0, 1, 0, 1), text: ' ' }]);
    }
    const published = await server.client.diagnostics(URI, { after: 1 });
    assert.equal(published.version, 6);
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.deepEqual(server.client.publishedFor(URI).map((params) => params.version), [1, 6]);
  });

  it('drops a check that a newer version overtook while the config was being read', async () => {
    server.dispose();
    const slowConfig = { rules: {}, schemaChecks: [], configFile: undefined, dependencies: [], warnings: [] };
    server = await initializedServer(PUSH_CLIENT, {
      configs: { resolve: () => new Promise((resolve) => setTimeout(() => resolve(slowConfig), 60)), clear: () => undefined },
    });
    await server.client.open(URI, BROKEN_BODY);
    await new Promise((resolve) => setTimeout(resolve, 25));
    await server.client.change(URI, 2, [{ range: range(1, 0, 2, 0), text: '' }]);
    const published = await server.client.diagnostics(URI);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(published.version, 2);
    assert.deepEqual(server.client.publishedFor(URI).map((params) => params.version), [2]);
  });

  it('checks each document on its own', async () => {
    const other = 'file:///work/project/other.instance.json';
    await server.client.open(URI, BROKEN_BODY);
    await server.client.open(other, '{"element": {"key": "box"}, "configuration": {},}');
    assert.equal((await server.client.diagnostics(URI)).diagnostics.length, 4);
    assert.deepEqual((await server.client.diagnostics(other)).diagnostics.map((diagnostic) => diagnostic.code), ['no-trailing-commas']);
  });

  it('publishes nothing for JSON that is neither named as an instance file nor an instance body', async () => {
    const tsconfig = 'file:///work/project/tsconfig.json';
    await server.client.open(tsconfig, '{\n  // comment\n  "compilerOptions": {"strict": true,},\n}\n', 'jsonc');
    assert.deepEqual((await server.client.diagnostics(tsconfig)).diagnostics, []);
  });

  it('checks an instance body whatever the file is called, also when it is not a file', async () => {
    await server.client.open('file:///work/project/request.json', BROKEN_BODY);
    await server.client.open('untitled:Untitled-1', BROKEN_BODY);
    assert.equal((await server.client.diagnostics('file:///work/project/request.json')).diagnostics.length, 4);
    assert.equal((await server.client.diagnostics('untitled:Untitled-1')).diagnostics.length, 4);
  });

  it('checks any JSON the default globs name, instance body or not', async () => {
    const notYet = '{"elem": 1,}';
    await server.client.open('file:///work/project/new.instance.json', notYet);
    await server.client.open('file:///work/project/instances/prod/box.json', notYet);
    for (const uri of ['file:///work/project/new.instance.json', 'file:///work/project/instances/prod/box.json']) {
      assert.deepEqual((await server.client.diagnostics(uri)).diagnostics.map((diagnostic) => diagnostic.code), ['no-trailing-commas']);
    }
  });

  it('leaves other languages alone', async () => {
    await server.client.open('file:///work/project/box.instance.yaml', 'element: {key: box}', 'yaml');
    await server.client.open(URI, BROKEN_BODY);
    await server.client.diagnostics(URI);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(server.client.publishedFor('file:///work/project/box.instance.yaml'), []);
  });

  it('clears the diagnostics of a closed document', async () => {
    await server.client.open(URI, BROKEN_BODY);
    await server.client.diagnostics(URI);
    await server.client.close(URI);
    const cleared = await server.client.diagnostics(URI, { after: 1 });
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('never publishes a check that a close overtook', async () => {
    server.dispose();
    server = await initializedServer(PUSH_CLIENT, { debounceMs: 40 });
    await server.client.open(URI, BROKEN_BODY);
    await server.client.close(URI);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(server.client.publishedFor(URI).map((params) => params.diagnostics.length), [0]);
  });
});
