import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { RULES, ruleDocsUrl } from '../engine';
import { run } from './main';
import { ISSUES_URL, TOOL_VERSION } from '../packageInfo';
import { removeTempProjects, runCli, tempProject } from './testing/cliHarness';

describe('ce-instance commands', () => {
  after(removeTempProjects);

  it('--help lists the commands', async () => {
    const result = await runCli(['--help'], { cwd: tempProject() });
    assert.equal(result.code, 0);
    assert.ok(result.stdout.startsWith('Usage: ce-instance <command> [options]\n'));
    assert.match(result.stdout, /^ {2}lint +check instance JSON files and report problems$/m);
    assert.match(result.stdout, /^ {2}rules +list the rules/m);
  });

  it('prints the help and exits 2 without a command', async () => {
    const result = await runCli([], { cwd: tempProject() });
    assert.equal(result.code, 2);
    assert.ok(result.stdout.startsWith('Usage: ce-instance'));
  });

  it('--version prints the package version', async () => {
    assert.deepEqual(await runCli(['--version'], { cwd: tempProject() }), { code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
    assert.equal((await runCli(['-v'], { cwd: tempProject() })).stdout, `${TOOL_VERSION}\n`);
  });

  it('refuses an unknown command, hinting at lint for a path', async () => {
    const cwd = tempProject();
    assert.deepEqual(await runCli(['lnt'], { cwd }), { code: 2, stdout: '', stderr: "ce-instance: unknown command 'lnt'; see 'ce-instance --help'\n" });
    assert.equal(
      (await runCli(['body.json'], { cwd })).stderr,
      "ce-instance: unknown command 'body.json' (to check it, run 'ce-instance lint body.json'); see 'ce-instance --help'\n",
    );
  });

  it('never throws: an unexpected failure is an internal error with exit code 2', async () => {
    let stderr = '';
    const code = await run(['--version'], {
      stdout: {
        write: () => {
          throw new Error('disk full');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: Readable.from([]),
      cwd: tempProject(),
      env: {},
      isTTY: false,
    });
    assert.equal(code, 2);
    assert.equal(stderr, `ce-instance: internal error: disk full; please report it at ${ISSUES_URL}\n`);
  });

  it('rules lists every rule with severity, fixability and documentation', async () => {
    const result = await runCli(['rules'], { cwd: tempProject() });
    assert.equal(result.code, 0);
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^RULE +SEVERITY +FIX +DOCUMENTATION$/);
    assert.equal(lines.length, RULES.length + 1);
    RULES.forEach((rule, index) => {
      assert.deepEqual(lines[index + 1].split(/ +/), [rule.meta.id, rule.meta.severity, rule.meta.fixable, ruleDocsUrl(rule.meta.id)]);
    });
    assert.match(result.stdout, /^no-comments +error +safe +https:\/\/\S+\/no-comments\.md$/m);
  });

  it('rules --help explains the columns, and other arguments are refused', async () => {
    const cwd = tempProject();
    assert.match((await runCli(['rules', '--help'], { cwd })).stdout, /^Usage: ce-instance rules/);
    assert.equal((await runCli(['rules', 'x'], { cwd })).code, 2);
  });
});
