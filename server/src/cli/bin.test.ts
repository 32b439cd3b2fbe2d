import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../test/support/repo';
import { BROKEN_INSTANCE, removeTempProjects, tempProject } from './testing/cliHarness';

describe('bin/ce-instance.js, end to end', function () {
  this.timeout(60_000);
  const root = repoRoot();
  const bin = path.join(root, 'bin', 'ce-instance.js');
  const exec = (args: string[], cwd: string, input?: string) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

  before(() => {
    // Bundle the current sources, so this tests what would ship.
    const bundle = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(bundle.status, 0, bundle.stderr);
  });
  after(removeTempProjects);

  it('exits with 0, 1 and 2 as documented', () => {
    const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'clean.json': '{"name": "x"}' });
    assert.equal(exec(['lint', 'clean.json'], cwd).status, 0);
    const bad = exec(['lint', 'bad.json'], cwd);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /^bad\.json\n/);
    const missing = exec(['lint', 'missing.json'], cwd);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /'missing\.json' does not exist/);
  });

  it('lints in threads from the bundle exactly as in one thread', () => {
    // A thread loads the bundle itself: this fails if the bundle's entry does not serve it.
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${String(i).padStart(2, '0')}.json`] = i % 3 ? BROKEN_INSTANCE : '{"name": "x"}';
    const cwd = tempProject(files);
    const threads = exec(['lint', '--format', 'json', '--concurrency', '2'], cwd);
    const single = exec(['lint', '--format', 'json', '--concurrency', 'off'], cwd);
    assert.equal(threads.stderr, '');
    assert.equal(threads.status, 1);
    assert.equal(JSON.parse(threads.stdout).length, 30);
    assert.equal(threads.stdout, single.stdout);
  });

  it('prints the version from package.json', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const result = exec(['--version'], tempProject());
    assert.equal(result.stdout, `${version}\n`);
    assert.equal(result.status, 0);
  });

  it('reads --stdin', () => {
    const result = exec(['lint', '--stdin', '--format', 'json'], tempProject(), BROKEN_INSTANCE);
    assert.equal(result.status, 1);
    assert.equal(JSON.parse(result.stdout)[0].filePath, '<stdin>');
  });

  it('flushes a large report to a pipe before exiting', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.json`] = BROKEN_INSTANCE;
    const cwd = tempProject(files);
    const result = exec(['lint', '--format', 'json'], cwd);
    assert.ok(result.stdout.length > 256 * 1024, `only ${result.stdout.length} characters`);
    assert.equal(JSON.parse(result.stdout).length, 400);
    assert.equal(result.status, 1);
  });

  it('ends quietly when the reader of stdout goes away', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.json`] = BROKEN_INSTANCE;
    const cwd = tempProject(files);
    const child = spawn(process.execPath, [bin, 'lint', '--format', 'json'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });
});
