/** The extension-host side of runExtensionTests: VS Code calls `run()` once the extension under test is loaded. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

const SUITE_SUFFIX = '.vscode-test.js';

export function run(): Promise<void> {
  // CE_VSCODE_GREP runs the tests whose titles match, as mocha's --grep.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, grep: process.env.CE_VSCODE_GREP });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith(SUITE_SUFFIX)).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // The plain closing line that CI reads, besides mocha's own.
      console.log(`vscode: ${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} of the extension-host tests failed`));
      else if (passes === 0) reject(new Error('no extension-host test ran'));
      else resolve();
    });
  });
}
