import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../support/repo';

/** `bin/ce-instance.js`, which runs the bundle `npm run build` leaves in dist/. */
export const CLI_BIN = path.join(repoRoot(), 'bin', 'ce-instance.js');

/** For a `before`: the spawned tests need the bundle. */
export function assertCliBuilt(): void {
  assert.ok(fs.existsSync(path.join(repoRoot(), 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first (`npm test` does)');
}

export interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface User {
  readonly uid: number;
  readonly gid: number;
}

export interface SpawnOptions {
  readonly cwd: string;
  /** Run as this user (the test process must be root to switch). */
  readonly user?: User;
  readonly input?: string;
}

const children = new Set<ChildProcess>();

/**
 * Runs the CLI as a real process. Asynchronous, so a hanging run is caught by the test's timeout
 * (and ended by `stopChildren`) instead of blocking the test process.
 */
export function spawnCli(args: readonly string[], options: SpawnOptions): Promise<ProcessResult> {
  const child = spawn(process.execPath, [CLI_BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, NO_COLOR: '1', CE_INSTANCE_CACHE_DIR: path.join(options.cwd, '.cache') },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.user ?? {}),
  });
  children.add(child);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin!.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/** For an `afterEach`: kills what a timed-out test left running. */
export function stopChildren(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

export const isRoot = process.getuid?.() === 0;

const NOBODY: User = { uid: 65534, gid: 65534 };

/**
 * A user for whom file permissions apply: this one when it is not root; as root, `nobody` when
 * the CLI runs as nobody here (it needs to read the checkout); otherwise undefined, and the
 * permission tests are skipped (root reads and writes any file).
 */
export function unprivilegedUser(): User | 'self' | undefined {
  if (!isRoot) return 'self';
  const probe = spawnSync(process.execPath, [CLI_BIN, '--version'], { ...NOBODY, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return probe.status === 0 ? NOBODY : undefined;
}

/** Gives `dir` and everything in it to `user` (as root), so that permissions decide what it may do. */
export function giveTo(dir: string, user: User | 'self'): void {
  if (user === 'self') return;
  const walk = (entry: string): void => {
    fs.lchownSync(entry, user.uid, user.gid);
    if (fs.lstatSync(entry).isDirectory()) for (const name of fs.readdirSync(entry)) walk(path.join(entry, name));
  };
  walk(dir);
}
