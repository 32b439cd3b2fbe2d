/**
 * "Cloud Elements: Provision Instance" as a user runs it: the packaged extension in a real VS Code,
 * the command from the palette, the two secrets typed into the real password boxes, the outcome
 * read off the notification. The fake platform runs in this process, on loopback; the workspace's
 * settings point the extension at it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FakeCloudElements } from '../../fakeCloudElements/fakeApi';
import { assertNoSecrets, FAKE_SECRETS } from '../../fakeCloudElements/fakeSecrets';
import { startUiSession, type UiSession } from './uiSession';
import { UI_WAIT_MS, type WorkbenchPage } from './workbenchPage';

const QUICK_INPUT = '.quick-input-widget';
const STATUS_ITEM = 'ce-instance.ce-instance.ceInstance.status';
/** The secret values of webhooks.instance.json. */
const BODY_SECRETS = ['9d2f1c7e3b', 'rotate-me-every-90-days'];

describe('Provision Instance in VS Code (UI)', function () {
  this.timeout(180_000);
  let fake: FakeCloudElements;
  let session: UiSession | undefined;
  let page: Page;
  let workbench: WorkbenchPage;
  let workspace: string;

  before(async () => {
    fake = await FakeCloudElements.start({ secrets: FAKE_SECRETS });
    session = await startUiSession('provision-ui', { 'ceInstance.provisioning.environment': 'custom', 'ceInstance.provisioning.baseUrl': fake.baseUrl });
    ({ page, workbench, workspace } = session);
  });

  after(async () => {
    await session?.stop();
    await fake?.close();
  });

  /** Waits for the password box titled `title`, types `secret` into it and presses Enter. */
  async function typeSecret(title: string, secret: string): Promise<void> {
    await page.locator(`${QUICK_INPUT} .quick-input-title`, { hasText: title }).waitFor({ timeout: UI_WAIT_MS });
    const input = page.locator(`${QUICK_INPUT} .quick-input-box input`);
    assert.equal(await input.getAttribute('type'), 'password', `${title}: the characters are masked`);
    await page.keyboard.type(secret);
    await page.keyboard.press('Enter');
    await page.locator(`${QUICK_INPUT} .quick-input-title`, { hasText: title }).waitFor({ state: 'hidden', timeout: UI_WAIT_MS });
  }

  /** The message of the first notification toast that holds `text`, as shown. */
  async function waitForNotification(text: string): Promise<string> {
    const toast = page.locator('.notification-toast', { hasText: text }).first();
    await toast.waitFor({ timeout: UI_WAIT_MS });
    return toast.locator('.notification-list-item-message').innerText();
  }

  it('runs from the palette, takes the secrets in password boxes, sends the file once and shows the new instance', async () => {
    await workbench.openFromExplorer('webhooks.instance.json');
    // The status item shows once the extension runs for the file: its commands are in the palette by then.
    await workbench.statusItem(STATUS_ITEM).waitFor({ timeout: UI_WAIT_MS });
    await workbench.runCommand('Cloud Elements: Provision Instance');
    await typeSecret('Cloud Elements: User Secret (1/2)', FAKE_SECRETS.user);
    await typeSecret('Cloud Elements: Organization Secret (2/2)', FAKE_SECRETS.organization);

    const created = `Created instance 4200 'Shopify store events' (element shopify) at ${fake.baseUrl}.`;
    assert.equal(await waitForNotification(created), created);
    for (const action of ['Copy Id', 'Copy Token', 'Open Response']) {
      await page.locator('.notification-toast', { hasText: created }).getByRole('button', { name: action }).waitFor({ timeout: UI_WAIT_MS });
    }
    const posts = fake.requestsTo('POST', '/instances');
    assert.equal(posts.length, 1);
    assert.deepEqual(posts[0].body, readFileSync(path.join(workspace, 'webhooks.instance.json')));
    assert.equal(posts[0].headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
  });

  it('"Open Response" shows the answer with the token masked; the page and the output show no secret', async () => {
    const created = `Created instance 4200 'Shopify store events' (element shopify) at ${fake.baseUrl}.`;
    await page.locator('.notification-toast', { hasText: created }).getByRole('button', { name: 'Open Response' }).click({ timeout: UI_WAIT_MS });
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: UI_WAIT_MS });
    await page.locator('.editor-instance .view-line', { hasText: '"token": "********"' }).waitFor({ timeout: UI_WAIT_MS });

    await workbench.runCommand('Cloud Elements: Show Output');
    const output = await workbench.waitForOutputLine('Created instance 4200');
    const pageText = await page.locator('body').innerText();
    assertNoSecrets([pageText, output.join('\n')], [...fake.issuedTokens, ...BODY_SECRETS]);
  });
});
