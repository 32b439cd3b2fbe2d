import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../support/repo';

/** Where scripts/install-vscode.sh puts code-server (CE_VSCODE_DIR moves it, for both). */
export function vscodeInstallDir(): string {
  return process.env.CE_VSCODE_DIR ?? path.join(repoRoot(), '.vscode-test/code-server');
}

/** VS Code's own server inside code-server: the real workbench and extension host, without code-server's wrapper. */
export function serverMainPath(): string {
  const serverMain = path.join(vscodeInstallDir(), 'node_modules/code-server/lib/vscode/out/server-main.js');
  if (!existsSync(serverMain)) throw new Error(`no VS Code server at ${serverMain}: run scripts/install-vscode.sh first`);
  return serverMain;
}

/** Debian's chromium (scripts/install-vscode.sh installs it); CE_CHROMIUM points elsewhere. */
export function chromiumPath(): string {
  const chromium = process.env.CE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`no chromium at ${chromium}: run scripts/install-vscode.sh first`);
  return chromium;
}
