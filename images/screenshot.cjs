// Takes images/screenshot.png from a real run: the packaged .vsix installed into the real VS Code
// that scripts/install-vscode.sh sets up, a broken example open with a hover on a date pattern,
// the Problems view and the status item. Needs `npm run package` first (and npm run build for the
// harness in out/test/vscode/harness). Run: node images/screenshot.cjs
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const harness = path.join(root, 'out/test/vscode/harness');
const { startVSCodeServer, installExtension } = require(path.join(harness, 'vscodeServer.js'));
const { launchChromium, workbenchUrl, VIEWPORT } = require(path.join(harness, 'workbench.js'));
const { version } = require(path.join(root, 'package.json'));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'editor.minimap.enabled': false,
  'workbench.tips.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-screenshot-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  const folders = { userDataDir: path.join(scratch, 'user-data'), extensionsDir: path.join(scratch, 'extensions'), tempDir: path.join(scratch, 'tmp'), logFile: path.join(scratch, 'server.log') };
  fs.mkdirSync(path.join(folders.userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(folders.userDataDir, 'User', 'settings.json'), JSON.stringify(SETTINGS));
  installExtension(path.join(root, `ce-instance-${version}.vsix`), folders);
  const server = await startVSCodeServer(folders);
  const browser = await launchChromium(path.join(scratch, 'chromium'));
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(workbenchUrl(server, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await sleep(3000);
    await page.keyboard.press('Control+P');
    await page.keyboard.type('typos.instance.json');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20_000 });
    await sleep(500);
    await page.keyboard.press('Enter');
    // The status item shows the counts once the server has checked the file.
    await page.waitForFunction(() => /error\s+\d/.test(document.querySelector('[id$="ceInstance.status"]')?.getAttribute('aria-label') ?? ''), undefined, { timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    await sleep(1500);
    // Over the date pattern of "updatedDateFormat" (line 15 of the example in this layout).
    await page.mouse.move(770, 367);
    await sleep(2500);
    await page.screenshot({ path: path.join(__dirname, 'screenshot.png') });
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
