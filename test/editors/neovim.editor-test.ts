// Neovim's built-in LSP client against the bundled server, with the set-up the docs give for Neovim
// 0.7-0.9: the diagnostics it shows for a broken example are exactly the CLI's findings. Needs `nvim`
// (Debian's neovim package; `npm run test:neovim` installs nothing, .ci/run does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/repo';

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

interface CliDiagnostic {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe('Neovim with the documented set-up', function () {
  this.timeout(60000);
  const root = repoRoot();
  const example = path.join(root, 'examples/broken/typos.instance.json');

  it('shows exactly the findings the CLI reports, with their rule ids', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-nvim-'));
    try {
      const out = path.join(work, 'diagnostics.json');
      const result = spawnSync('nvim', ['--headless', '--clean', '-u', path.join(root, 'test/editors/neovim-init.lua'), example], {
        env: { ...process.env, CE_INSTANCE_SERVER: path.join(root, 'dist/server.js'), CE_INSTANCE_OUT: out, XDG_STATE_HOME: work, XDG_DATA_HOME: work },
        timeout: 50000,
        encoding: 'utf8',
      });
      assert.equal(result.error, undefined, `nvim could not run: ${result.error?.message}`);
      const seen = JSON.parse(fs.readFileSync(out, 'utf8')) as { arrived: boolean; diagnostics: Record<string, unknown>[] };
      assert.equal(seen.arrived, true, `no diagnostics arrived; nvim said: ${result.stderr}`);

      // The example has errors: the CLI exits 1 and its report is on stdout.
      const lint = spawnSync(process.execPath, [path.join(root, 'bin/ce-instance.js'), 'lint', example, '--format', 'json'], { encoding: 'utf8' });
      assert.equal(lint.status, 1, lint.stderr);
      const cli = JSON.parse(lint.stdout) as { diagnostics: CliDiagnostic[] }[];
      const expected = cli[0].diagnostics.map((d) => ({
        line: d.range.start.line, character: d.range.start.character, endLine: d.range.end.line, endCharacter: d.range.end.character,
        severity: SEVERITY[d.severity], code: d.ruleId, message: d.message,
      }));
      // By place and rule: Neovim's JSON comes from Lua tables, whose keys have no fixed order.
      const key = (d: Record<string, unknown>) => `${String(d.line).padStart(6, '0')}:${String(d.character).padStart(6, '0')}:${String(d.code)}:${String(d.message)}`;
      const order = (a: Record<string, unknown>, b: Record<string, unknown>) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
      assert.ok(expected.length > 5);
      assert.deepEqual([...seen.diagnostics].sort(order), [...expected].sort(order));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
