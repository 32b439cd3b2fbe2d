/**
 * Runs the extension-host suite (suite/*.vscode-test.ts) in a real VS Code with @vscode/test-electron's
 * standard `runTests`. Here VS Code cannot be downloaded, so runTests gets code-server-bridge as its
 * executable (VS Code's server + headless chromium, scripts/install-vscode.sh installs them); with
 * CE_VSCODE_EXECUTABLE pointing at a desktop VS Code, the same suite runs there.
 */
import { accessSync, constants, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../support/repo';

async function main(): Promise<void> {
  const root = repoRoot();
  const extension = path.join(root, 'dist/extension.js');
  if (!existsSync(extension)) throw new Error(`${extension} is missing: run npm run build first`);

  const executable = process.env.CE_VSCODE_EXECUTABLE ?? path.join(root, 'test/vscode/code-server-bridge');
  try {
    accessSync(executable, constants.X_OK);
  } catch {
    throw new Error(`${executable} is not executable (chmod +x it)`);
  }

  // A copy of the examples, so the editor works on files no one else touches, and a fresh profile each run.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ce-vscode-tests-'));
  const workspace = path.join(scratch, 'workspace');
  cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite/index'),
      launchArgs: [workspace, `--user-data-dir=${path.join(scratch, 'user-data')}`, `--extensions-dir=${path.join(scratch, 'extensions')}`],
      extensionTestsEnv: { CE_VSCODE_BRIDGE: path.join(__dirname, 'harness/bridge.js') },
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`vscode tests: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
