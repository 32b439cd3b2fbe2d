/**
 * The packaged extension as a user meets it: installed from the .vsix into a real VS Code, a broken
 * example opened from the Explorer in headless chromium, its problems read off the Problems panel,
 * and the server restarted from the command palette. Saves the README's picture on the way when
 * CE_UI_SCREENSHOT names a file.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../../support/repo';
import { cliFindings, LEFT_TO_VSCODE_JSON } from '../cliReport';
import { launchChromium, VIEWPORT, workbenchUrl } from '../harness/workbench';
import { installExtension, type ServerFolders, startVSCodeServer, type VSCodeServer } from '../harness/vscodeServer';
import { UI_WAIT_MS, WorkbenchPage } from './workbenchPage';

const root = repoRoot();
const STATUS_ITEM = 'ce-instance.ce-instance.ceInstance.status';
/** Where to save the README's picture (docs/images/extension-problems.png); none unless asked, so a run leaves the tree as it was. */
const SCREENSHOT = process.env.CE_UI_SCREENSHOT;

/** `npm run package` writes `<name>-<version>.vsix` at the root; CE_VSIX names another. */
function packagedExtension(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = process.env.CE_VSIX ?? path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
  return vsix;
}

/** What the Problems panel must list for `file`: the CLI's messages, with VS Code's own for the slips it reports. */
function expectedProblems(file: string): string[] {
  return cliFindings(file).map((finding) => LEFT_TO_VSCODE_JSON[finding.code] ?? finding.message);
}

describe('the packaged extension in VS Code (UI)', function () {
  this.timeout(180_000);
  let scratch: string;
  let server: VSCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let workbench: WorkbenchPage;
  let workspace: string;

  before(async () => {
    const vsix = packagedExtension();
    scratch = mkdtempSync(path.join(os.tmpdir(), 'ce-vscode-ui-'));
    workspace = path.join(scratch, 'workspace');
    cpSync(path.join(root, 'examples'), workspace, { recursive: true });
    const folders: ServerFolders = {
      userDataDir: path.join(scratch, 'user-data'),
      extensionsDir: path.join(scratch, 'extensions'),
      tempDir: path.join(scratch, 'tmp'),
      logFile: path.join(scratch, 'server.log'),
    };
    installExtension(vsix, folders);
    server = await startVSCodeServer(folders);
    browser = await launchChromium(path.join(scratch, 'chromium'));
    page = await browser.newPage({ viewport: VIEWPORT });
    workbench = new WorkbenchPage(page);
    await page.goto(workbenchUrl(server, workspace));
    await workbench.waitForWorkbench();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const example = 'typos.instance.json';
  /** 16 of ours and VS Code's trailing comma. */
  const fileRow = `17 problems in file ${example} of folder broken`;

  /** Every expected problem in a row of its own, read with the panel maximized (its list shows only the rows that fit). */
  async function assertEveryProblemListed(): Promise<void> {
    const expected = expectedProblems(path.join(workspace, 'broken', example));
    assert.equal(expected.length, 17);
    await workbench.runCommand('View: Toggle Maximized Panel');
    try {
      const rows = await workbench.waitForProblems([fileRow, ...expected]);
      // One row for the file and one for each problem: none is listed twice.
      assert.equal(rows.length, expected.length + 1, rows.join('\n'));
    } finally {
      await workbench.runCommand('View: Toggle Maximized Panel');
    }
  }

  it('shows the findings of a broken example in the Problems panel, each once', async () => {
    await workbench.openFromExplorer('broken', example);
    const status = workbench.statusItem(STATUS_ITEM);
    // The status item counts the file's findings; a click opens the Problems panel.
    const counts = 'Cloud Elements instance: 9 errors, 8 warnings in this file.';
    await page.locator(`[id="${STATUS_ITEM}"][aria-label*="${counts}"]`).waitFor({ timeout: UI_WAIT_MS });
    await status.click();
    await workbench.waitForProblems([fileRow]);
    assert.deepEqual(await workbench.notifications(), [], 'no notification (no error, no crash)');

    if (SCREENSHOT) {
      mkdirSync(path.dirname(path.resolve(SCREENSHOT)), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }
    await assertEveryProblemListed();
  });

  it('restarts the server from the command palette, and the problems come back', async () => {
    await workbench.runCommand('Cloud Elements: Restart Language Server');
    await workbench.runCommand('Cloud Elements: Show Output');
    // Logged once the new server runs; the old one's problems were cleared when it stopped.
    await workbench.waitForOutputLine('The Cloud Elements language server was restarted.');
    await workbench.statusItem(STATUS_ITEM).click();
    await workbench.waitForProblems([fileRow]);
    await assertEveryProblemListed();
  });
});
