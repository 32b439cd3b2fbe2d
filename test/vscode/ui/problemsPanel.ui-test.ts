/**
 * The packaged extension as a user meets it: installed from the .vsix into a real VS Code, a broken
 * example opened from the Explorer in headless chromium, its problems read off the Problems panel,
 * and the server restarted from the command palette. Saves the README's picture on the way when
 * CE_UI_SCREENSHOT names a file.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cliFindings, LEFT_TO_VSCODE_JSON } from '../cliReport';
import { startUiSession, type UiSession } from './uiSession';
import { UI_WAIT_MS, type WorkbenchPage } from './workbenchPage';

const STATUS_ITEM = 'ce-instance.ce-instance.ceInstance.status';
/** Where to save the README's picture (docs/images/extension-problems.png); none unless asked, so a run leaves the tree as it was. */
const SCREENSHOT = process.env.CE_UI_SCREENSHOT;

/** What the Problems panel must list for `file`: the CLI's messages, with VS Code's own for the slips it reports. */
function expectedProblems(file: string): string[] {
  return cliFindings(file).map((finding) => LEFT_TO_VSCODE_JSON[finding.code] ?? finding.message);
}

describe('the packaged extension in VS Code (UI)', function () {
  this.timeout(180_000);
  let session: UiSession | undefined;
  let page: Page;
  let workbench: WorkbenchPage;
  let workspace: string;

  before(async () => {
    session = await startUiSession('ui');
    ({ page, workbench, workspace } = session);
  });

  after(async () => {
    await session?.stop();
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
