// The benchmark's peers install into bench/peers/ (git-ignored), never into the project's dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const peersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'peers');
const PEERS = ['ajv-cli@5.0.0', 'ajv-formats@3.0.1', 'vscode-json-languageservice@5.7.2', '@stoplight/spectral-cli@6.16.3'];

export function installPeers() {
  const installed = ['ajv-cli', 'vscode-json-languageservice', '@stoplight/spectral-cli'].every((name) => existsSync(path.join(peersDir, 'node_modules', name)));
  if (installed) return;
  mkdirSync(peersDir, { recursive: true });
  writeFileSync(path.join(peersDir, 'package.json'), JSON.stringify({ name: 'ce-instance-bench-peers', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...PEERS], { cwd: peersDir, stdio: 'inherit' });
}
