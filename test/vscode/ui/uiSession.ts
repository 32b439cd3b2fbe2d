/**
 * What every UI test starts from: the packaged extension installed into a fresh VS Code server, a
 * copy of `examples/` as the workspace, and the workbench open in headless chromium. `stop` undoes
 * all of it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../../support/repo';
import { launchChromium, VIEWPORT, workbenchUrl } from '../harness/workbench';
import { installExtension, type ServerFolders, startVSCodeServer, type VSCodeServer } from '../harness/vscodeServer';
import { WorkbenchPage } from './workbenchPage';

export interface UiSession {
  readonly page: Page;
  readonly workbench: WorkbenchPage;
  /** The workspace folder: a copy of `examples/`. */
  readonly workspace: string;
  stop(): Promise<void>;
}

/** `npm run package` writes `<name>-<version>.vsix` at the root; CE_VSIX names another. */
export function packagedExtension(): string {
  const root = repoRoot();
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = process.env.CE_VSIX ?? path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
  return vsix;
}

/** Starts a session; `settings` go into the workspace's `.vscode/settings.json`. */
export async function startUiSession(name: string, settings?: Record<string, unknown>): Promise<UiSession> {
  const vsix = packagedExtension();
  const scratch = mkdtempSync(path.join(os.tmpdir(), `ce-vscode-${name}-`));
  let server: VSCodeServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const workspace = path.join(scratch, 'workspace');
    cpSync(path.join(repoRoot(), 'examples'), workspace, { recursive: true });
    if (settings) {
      mkdirSync(path.join(workspace, '.vscode'));
      writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
    }
    const folders: ServerFolders = {
      userDataDir: path.join(scratch, 'user-data'),
      extensionsDir: path.join(scratch, 'extensions'),
      tempDir: path.join(scratch, 'tmp'),
      logFile: path.join(scratch, 'server.log'),
    };
    installExtension(vsix, folders);
    server = await startVSCodeServer(folders);
    browser = await launchChromium(path.join(scratch, 'chromium'));
    const page = await browser.newPage({ viewport: VIEWPORT });
    const workbench = new WorkbenchPage(page);
    await page.goto(workbenchUrl(server, workspace));
    await workbench.waitForWorkbench();
    return { page, workbench, workspace, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
