import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  type Diagnostic,
  DocumentSymbolRequest,
  ErrorCodes,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  ResponseError,
  SelectionRangeRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedConfig } from '../../server/src/config';
import { BROKEN_BODY, initializedServer, PULL_CLIENT, PUSH_CLIENT } from '../../server/src/lsp/testing/fixtures';
import type { InProcessServer } from '../../server/src/lsp/testing/inProcessServer';
import { repoRoot } from '../support/repo';
import { corpusBodies, exampleBodies } from './support/bodies';
import { heapUsedMb } from './support/heap';
import { HOSTILE_TOKENS } from './support/textEdits';

/**
 * The language server under stress and abuse: a burst of edits, documents closed mid-check,
 * requests it cannot answer, a client that goes away, and many documents opened and closed.
 */
const URI = 'file:///work/project/box.instance.json';
const OTHER = 'file:///work/project/other.instance.json';
const EMPTY_CONFIG = { rules: {}, schemaChecks: [], configFile: undefined, dependencies: [], warnings: [] } as unknown as ResolvedConfig;

/** The diagnostics as a user sees them: the version their fixes are for left out. */
function shown(diagnostics: readonly Diagnostic[]): unknown {
  return JSON.parse(JSON.stringify(diagnostics.map((diagnostic) => ({ ...diagnostic, data: diagnostic.data ? { ...(diagnostic.data as object), version: 0 } : undefined }))));
}

/** A config source whose answer for `held` waits until `release` is called. */
function heldConfig(held: string): { configs: { resolve(filePath: string): Promise<ResolvedConfig>; clear(): void }; asked: Promise<void>; release: () => void } {
  let release: () => void = () => undefined;
  let asked: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const askedPromise = new Promise<void>((resolve) => (asked = resolve));
  return {
    configs: {
      resolve: async (filePath: string) => {
        if (filePath === held) {
          asked();
          await gate;
        }
        return EMPTY_CONFIG;
      },
      clear: () => undefined,
    },
    asked: askedPromise,
    release: () => release(),
  };
}

/** Closes `uri` and waits until the server has handled it: it answers a later request only after that. */
async function closeAndWait(server: InProcessServer, uri: string): Promise<void> {
  await server.client.close(uri);
  await server.client.documentSymbols('file:///work/project/never-opened.json');
}

describe('robustness: language server faults', function () {
  this.timeout(20_000);
  let server: InProcessServer | undefined;
  afterEach(() => {
    server?.dispose();
    server = undefined;
  });

  describe('1,000 rapid edits', () => {
    const edits = fc.sample(
      fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 3 }), text: fc.oneof(fc.constantFrom(...HOSTILE_TOKENS), fc.string({ maxLength: 3, unit: 'grapheme-ascii' })) }),
      { seed: 4242, numRuns: 1000 },
    );

    for (const debounceMs of [0, 150]) {
      it(`debounce ${debounceMs} ms: the last diagnostics are those of a fresh check of the final text`, async () => {
        server = await initializedServer(PUSH_CLIENT, { debounceMs });
        const start = exampleBodies().find((body) => body.name.endsWith('polling.instance.json'))!.text;
        const local = TextDocument.create(URI, 'json', 1, start);
        await server.client.open(URI, start);
        for (const [i, edit] of edits.entries()) {
          const at = edit.at % (local.getText().length + 1);
          const range = { start: local.positionAt(at), end: local.positionAt(at + edit.remove) };
          TextDocument.update(local, [{ range, text: edit.text }], i + 2);
          void server.client.change(URI, i + 2, [{ range, text: edit.text }]);
        }
        const final = await server.client.diagnostics(URI, { version: 1001, timeoutMs: 15_000 });
        await server.client.open(OTHER, local.getText());
        const fresh = await server.client.diagnostics(OTHER);
        assert.deepEqual(shown(final.diagnostics), shown(fresh.diagnostics));
        const versions = server.client.publishedFor(URI).map((params) => params.version ?? 0);
        assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'an older version was published after a newer one');
        assert.equal(versions[versions.length - 1], 1001);
      });
    }
  });

  describe('documents closed while being checked', () => {
    it('push: a check the close overtook publishes nothing; the close clears the diagnostics once', async () => {
      const held = heldConfig('/work/project/box.instance.json');
      server = await initializedServer(PUSH_CLIENT, { configs: held.configs, debounceMs: 0 });
      await server.client.open(URI, BROKEN_BODY);
      await held.asked;
      await closeAndWait(server, URI);
      held.release();
      // Messages are handled in order: once the other document's diagnostics are in, the held check has ended.
      await server.client.open(OTHER, BROKEN_BODY);
      await server.client.diagnostics(OTHER);
      assert.deepEqual(server.client.publishedFor(URI), [{ uri: URI, diagnostics: [] }]);
    });

    it('pull: a pull the close overtook answers an empty report', async () => {
      const held = heldConfig('/work/project/box.instance.json');
      server = await initializedServer(PULL_CLIENT, { configs: held.configs });
      await server.client.open(URI, BROKEN_BODY);
      const pulled = server.client.pull(URI);
      await held.asked;
      await closeAndWait(server, URI);
      held.release();
      assert.deepEqual(await pulled, { kind: 'full', items: [] });
    });

    it('closed and opened again with other text mid-check: only the new text is reported', async () => {
      const held = heldConfig('/work/project/box.instance.json');
      server = await initializedServer(PUSH_CLIENT, { configs: held.configs, debounceMs: 0 });
      await server.client.open(URI, BROKEN_BODY);
      await held.asked;
      await closeAndWait(server, URI);
      await server.client.open(URI, '{"element": {"key": "box"}, "configuration": {"x": 1,}}', 'json', 5);
      held.release();
      const published = await server.client.waitFor('diagnostics of version 5', 5000, () => server!.client.publishedFor(URI).find((params) => params.version === 5));
      assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.code), ['no-trailing-commas']);
      assert.deepEqual(server.client.publishedFor(URI).map((params) => params.version), [undefined, 5]);
    });
  });

  describe('invalid requests', () => {
    beforeEach(async () => {
      server = await initializedServer(PUSH_CLIENT);
      await server.client.open(URI, BROKEN_BODY);
      await server.client.diagnostics(URI);
    });

    /** The server still answers: a hover and a fresh check of an edit. */
    async function stillServing(): Promise<void> {
      const version = 100 + server!.client.published.length;
      await server!.client.change(URI, version, [{ text: '{"element": {"key": "box"}, "configuration": {"x": 1,}}' }]);
      const published = await server!.client.diagnostics(URI, { version });
      assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.code), ['no-trailing-commas']);
    }

    it('an unknown method: a MethodNotFound error, and it keeps serving', async () => {
      await assert.rejects(server!.client.connection.sendRequest('ceInstance/noSuchMethod', { x: 1 }), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound);
      await server!.client.connection.sendNotification('ceInstance/noSuchNotification', { x: 1 });
      await stillServing();
    });

    it('malformed params: empty answers, and it keeps serving', async () => {
      const connection = server!.client.connection;
      const malformed: [string, Promise<unknown>][] = [
        ['hover without a document', connection.sendRequest(HoverRequest.type, {} as never)],
        ['hover at a position of strings', connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 'x', character: null } } as never)],
        ['completion with null params', connection.sendRequest(CompletionRequest.method, null)],
        ['code actions without a context', connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } as never)],
        ['code actions with junk diagnostics', connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [{ source: 'ce-instance', data: { version: 1, fix: { title: 1, edits: 'x' } } }, null] } } as never)],
        ['selection ranges without positions', connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri: URI } } as never)],
        ['symbols of a document never opened', connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nowhere.json' } })],
      ];
      for (const [what, answer] of malformed) {
        const settled = await answer.then((value) => ({ value }), (error: unknown) => ({ error }));
        const empty = 'value' in settled && (settled.value === null || (Array.isArray(settled.value) && settled.value.length === 0));
        const refused = 'error' in settled && settled.error instanceof ResponseError && settled.error.code === ErrorCodes.InvalidParams;
        assert.ok(empty || refused, `${what}: ${JSON.stringify(settled)}`);
      }
      await stillServing();
    });

    it('positions far outside the document: empty answers, and it keeps serving', async () => {
      const far = { line: 1_000_000, character: 1_000_000 };
      const negative = { line: -1, character: -5 };
      for (const position of [far, negative, { line: 0, character: 1_000_000 }]) {
        const hover = await server!.client.hover(URI, position);
        assert.ok(hover === null || typeof hover === 'object');
        const completion = await server!.client.completion(URI, position);
        assert.ok(completion === null || Array.isArray(completion.items));
        assert.ok(Array.isArray(await server!.client.selectionRanges(URI, [position])));
        const actions = await server!.client.codeActions(URI, { start: position, end: far }, []);
        assert.ok(actions === null || Array.isArray(actions));
      }
      await stillServing();
    });

    it('changes to a document never opened, an old version and a second open: ignored, and it keeps serving', async () => {
      await server!.client.change('file:///work/project/never.instance.json', 2, [{ text: '{' }]);
      await server!.client.change(URI, 0, [{ range: { start: { line: 500, character: 0 }, end: { line: 900, character: 3 } }, text: '"' }]);
      await server!.client.open(URI, BROKEN_BODY);
      await server!.client.close('file:///work/project/never.instance.json');
      await stillServing();
    });
  });

  describe('a client that disappears (a real process)', () => {
    const bundle = path.join(repoRoot(), 'dist', 'server.js');
    const started: ChildProcess[] = [];
    before(() => assert.ok(fs.existsSync(bundle), 'dist/server.js is missing: run `npm run build` first (`npm test` does)'));
    afterEach(() => {
      for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });

    function startServer() {
      const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: 'pipe' });
      started.push(child);
      child.stdin.on('error', () => undefined);
      const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      connection.listen();
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      return { child, connection, exited };
    }

    it('its stdin closed after initialize: the server exits (code 1: no shutdown came)', async () => {
      const { child, connection, exited } = startServer();
      await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
      await connection.sendNotification(InitializedNotification.type, {});
      connection.dispose();
      child.stdin.end();
      assert.equal(await exited, 1);
    });

    it('its process gone (the processId of initialize): the server notices and exits', async function () {
      this.timeout(20_000);
      const gone = spawn(process.execPath, ['-e', '0']);
      await new Promise((resolve) => gone.once('exit', resolve));
      const { connection, exited } = startServer();
      await connection.sendRequest(InitializeRequest.type, { processId: gone.pid!, rootUri: null, capabilities: {}, workspaceFolders: null });
      await connection.sendNotification(InitializedNotification.type, {});
      assert.equal(await exited, 1);
    });
  });

  describe('memory', () => {
    /** A polling body of about 28 KB, different for each `i`. */
    function pollingBody(i: number): string {
      const resources: Record<string, unknown> = {};
      for (let r = 0; r < 60; r++) {
        resources[`resource${i}x${r}`] = {
          url: `/hubs/crm/resource${r}?where=lastModified>='\${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'`,
          idField: 'id',
          datesConfiguration: { updatedDateField: 'lastModified', updatedDateFormat: "yyyy-MM-dd'T'HH:mm:ss'Z'", updatedDateTimezone: 'GMT', createdDateField: 'created', createdDateFormat: "yyyy-MM-dd'T'HH:mm:ss'Z'", createdDateTimezone: 'GMT' },
        };
      }
      const configuration = { 'event.notification.enabled': true, 'event.vendor.type': 'polling', 'event.notification.callback.url': 'https://hooks.example.com/ce', 'event.poller.refresh_interval': 15, 'event.poller.configuration': resources };
      return JSON.stringify({ element: { key: 'box' }, configuration, name: `body ${i}` }, null, 2);
    }

    // Kept checks of 200 such bodies hold about 100 MB (measured): a leak of even a third of them breaks this budget.
    const GROWTH_BUDGET_MB = 30;

    it(`after opening and closing 200 bodies the heap has grown by less than ${GROWTH_BUDGET_MB} MB`, async function () {
      this.timeout(60_000);
      server = await initializedServer(PUSH_CLIENT, { debounceMs: 0 });
      const corpus = corpusBodies();
      const cycle = async (i: number) => {
        const uri = `file:///work/project/body${i}.instance.json`;
        await server!.client.open(uri, i % 2 === 0 || corpus.length === 0 ? pollingBody(i) : corpus[i % corpus.length].text);
        await server!.client.diagnostics(uri);
        await server!.client.close(uri);
        await server!.client.diagnostics(uri, { after: 1 });
        server!.client.published.length = 0;
      };
      for (let i = 0; i < 10; i++) await cycle(i); // warm up: caches, compiled code
      const before = heapUsedMb();
      for (let i = 10; i < 210; i++) await cycle(i);
      const after = heapUsedMb();
      assert.ok(after - before < GROWTH_BUDGET_MB, `the heap grew from ${before.toFixed(1)} MB to ${after.toFixed(1)} MB`);
    });
  });
});
