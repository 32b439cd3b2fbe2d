/** What a user does in the workbench, through the page: the Explorer, the command palette, the panels. */
import type { Page } from 'playwright-core';

/** Bounds every wait: a step that never happens fails the test instead of hanging it. */
export const UI_WAIT_MS = 30_000;

const EXPLORER_ROW = '.explorer-folders-view .monaco-list-row';
const PROBLEM_ROW = '.markers-panel .monaco-list-row[aria-label]';
const QUICK_INPUT = '.quick-input-widget';

/** Monaco draws spaces as no-break spaces. */
function plainText(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  async waitForWorkbench(): Promise<void> {
    await this.page.locator(EXPLORER_ROW).first().waitFor({ timeout: UI_WAIT_MS });
  }

  /** Clicks through the Explorer: folders to expand, then the file, which opens in an editor. */
  async openFromExplorer(...names: string[]): Promise<void> {
    for (const name of names) await this.page.locator(`${EXPLORER_ROW}[aria-label="${name}"]`).click({ timeout: UI_WAIT_MS });
    const file = names.at(-1)!;
    await this.page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: UI_WAIT_MS });
  }

  /** F1, the command's title, Enter: only once the highlighted entry is that command. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator(`${QUICK_INPUT} .quick-input-box input`);
    await input.waitFor({ timeout: UI_WAIT_MS });
    await input.fill(`>${title}`);
    await this.page.locator(`${QUICK_INPUT} .monaco-list-row.focused[aria-label*="${title}"]`).waitFor({ timeout: UI_WAIT_MS });
    await this.page.keyboard.press('Enter');
    await this.page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: UI_WAIT_MS });
  }

  /** A status bar entry, by the id VS Code gives it (`<extension id>.<item id>` for an extension's). */
  statusItem(id: string) {
    return this.page.locator(`[id="${id}"]`);
  }

  /** The Problems panel's rows, once every expected text is in one of them. */
  async waitForProblems(expected: readonly string[]): Promise<string[]> {
    await this.page.locator(PROBLEM_ROW).first().waitFor({ timeout: UI_WAIT_MS });
    const deadline = Date.now() + UI_WAIT_MS;
    for (;;) {
      const rows = await this.problemRows();
      const missing = expected.filter((text) => !rows.some((row) => row.includes(text)));
      if (missing.length === 0) return rows;
      if (Date.now() > deadline) throw new Error(`the Problems panel lacks ${JSON.stringify(missing)}; it shows ${JSON.stringify(rows)}`);
      await this.page.waitForTimeout(250);
    }
  }

  problemRows(): Promise<string[]> {
    return this.page.$$eval(PROBLEM_ROW, (rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  }

  /** The visible lines of the Output panel, once one of them has `text`. */
  async waitForOutputLine(text: string): Promise<string[]> {
    const line = this.page.locator('.part.panel .output-view .view-line', { hasText: text });
    await line.first().waitFor({ timeout: UI_WAIT_MS });
    return (await this.page.locator('.part.panel .output-view .view-line').allTextContents()).map(plainText);
  }

  /** The notifications showing now (toasts), by their accessible labels. */
  notifications(): Promise<string[]> {
    return this.page.$$eval('.notification-toast', (toasts) => toasts.map((toast) => toast.getAttribute('aria-label') ?? ''));
  }
}
