import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type CodeAction, CodeActionKind } from 'vscode-languageserver-protocol/node';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { applyWorkspaceEdit, BROKEN_BODY, FIXED_BODY, PULL_CLIENT, PUSH_CLIENT } from '../../server/src/lsp/testing/fixtures';
import { TestClient } from '../../server/src/lsp/testing/testClient';
import { repoRoot } from '../support/repo';

const root = repoRoot();
const COMPILED = path.join(root, 'out/server/src/lsp/main.js');
const BUNDLE = path.join(root, 'dist/server.js');
const URI = 'file:///work/project/box.instance.json';

/** The bundle as the sources are now: built when missing or older than the compiled server. */
function ensureBundle(): void {
  const stale = !fs.existsSync(BUNDLE) || fs.statSync(BUNDLE).mtimeMs < fs.statSync(COMPILED).mtimeMs;
  if (!stale) return;
  const result = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

interface SpawnedServer {
  readonly child: ChildProcess;
  readonly client: TestClient;
  readonly exited: Promise<number | null>;
}

/** Starts the server as an editor would; any exit before the test expects one fails its waits at once. */
function spawnServer(script: string, transport: '--stdio' | '--node-ipc'): SpawnedServer {
  const ipc = transport === '--node-ipc';
  const child = spawn(process.execPath, [script, transport], { cwd: root, stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : 'pipe' });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection = ipc
    ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new TestClient(connection);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      client.fail(new Error(`the server exited (code ${code}) ${stderr}`));
      connection.dispose();
      resolve(code);
    });
  });
  return { child, client, exited };
}

describe('language server over a real process', function () {
  this.timeout(15_000);
  const started: ChildProcess[] = [];
  before(ensureBundle);
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null) child.kill();
  });

  const targets: [string, string, '--stdio' | '--node-ipc'][] = [
    ['compiled sources', COMPILED, '--stdio'],
    ['bundle', BUNDLE, '--stdio'],
    ['bundle', BUNDLE, '--node-ipc'],
  ];
  for (const [name, script, transport] of targets) {
    it(`${name}, ${transport}: open, diagnostics, quick fix, fix-all, shutdown and exit`, async () => {
      const { child, client, exited } = spawnServer(script, transport);
      started.push(child);
      const init = await client.initialize(PUSH_CLIENT);
      assert.equal(init.serverInfo?.name, 'ce-instance');
      await client.initialized();

      await client.open(URI, BROKEN_BODY);
      const { diagnostics } = await client.diagnostics(URI);
      assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['no-comments', 'no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);

      const quick = (await client.codeActions(URI, diagnostics[0].range, [diagnostics[0]], [CodeActionKind.QuickFix])) as CodeAction[];
      assert.equal(applyWorkspaceEdit(BROKEN_BODY, URI, quick[0].edit), BROKEN_BODY.replace('  // the element\n', ''));
      const [fixAll] = (await client.codeActions(URI, diagnostics[0].range, [], ['source.fixAll'])) as CodeAction[];
      assert.equal(applyWorkspaceEdit(BROKEN_BODY, URI, fixAll.edit), FIXED_BODY);

      await client.shutdown();
      assert.equal(await exited, 0);
    });
  }

  it('bundle: answers pulls', async () => {
    const { child, client, exited } = spawnServer(BUNDLE, '--stdio');
    started.push(child);
    await client.initialize(PULL_CLIENT);
    await client.initialized();
    await client.open(URI, BROKEN_BODY);
    const report = await client.pull(URI);
    assert.equal(report.kind === 'full' && report.items.length, 4);
    await client.shutdown();
    assert.equal(await exited, 0);
  });

  it('bin/ce-instance-language-server.js: prints its version, and usage without a transport', () => {
    const bin = path.join(root, 'bin/ce-instance-language-server.js');
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(version.stdout, `${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`);
    const bare = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /^Usage: ce-instance-language-server --stdio \| --node-ipc/);
  });
});
