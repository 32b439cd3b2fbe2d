import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from './vscodeInstall';
import type { VSCodeServer } from './vscodeServer';

/** What the workbench is told to load besides the folder: `[key, value]` pairs, as desktop VS Code's command line. */
export type WorkbenchPayload = readonly (readonly [string, string])[];

export const VIEWPORT = { width: 1280, height: 800 };

// Headless in a container: no sandbox, no GPU, /tmp instead of a small /dev/shm, and nothing that calls home.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Headless Debian chromium. `profileDir` takes what chromium would otherwise leave in the home folder
 * (~/.config/chromium, ~/.cache); the caller removes it.
 */
export function launchChromium(profileDir: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    // The callers stop chromium with the VS Code server; playwright's own handlers would exit before they could.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: {
      ...process.env,
      HOME: profileDir,
      XDG_CONFIG_HOME: path.join(profileDir, 'config'),
      XDG_CACHE_HOME: path.join(profileDir, 'cache'),
      TMPDIR: profileDir,
    },
  });
}

/** A path on this machine as the workbench sees it: a file of the remote (our server). */
export function remoteUri(server: VSCodeServer, fsPath: string): string {
  return `vscode-remote://${server.authority}${path.resolve(fsPath)}`;
}

/** The workbench page for `folder`, with an optional payload (extension under development, tests to run). */
export function workbenchUrl(server: VSCodeServer, folder: string, payload: WorkbenchPayload = []): string {
  const url = new URL(server.origin);
  url.searchParams.set('folder', path.resolve(folder));
  if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}
