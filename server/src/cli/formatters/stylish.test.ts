import assert from 'node:assert/strict';
import { BROKEN_INSTANCE, CLEAN_INSTANCE, MESSAGES, NOT_AN_INSTANCE, onlySyntaxRules, removeTempProjects, runCli, tempProject } from '../testing/cliHarness';

describe('cli format stylish', () => {
  after(removeTempProjects);

  const project = () => tempProject({ 'bad.json': BROKEN_INSTANCE, 'clean.json': CLEAN_INSTANCE, 'tsconfig.json': NOT_AN_INSTANCE });

  it('groups findings under their file with one-based positions and a summary', async () => {
    const result = await runCli(['lint', ...onlySyntaxRules()], { cwd: project() });
    assert.equal(
      result.stdout,
      'bad.json\n' +
        `  2:3   error  ${MESSAGES.comment}  no-comments\n` +
        `  3:27  error  ${MESSAGES.trailingComma}  no-trailing-commas\n` +
        `  4:16  error  ${MESSAGES.duplicateName}  no-duplicate-keys\n` +
        '\n' +
        '✖ 3 problems (3 errors, 0 warnings, 0 infos)\n' +
        '  2 fixable with --fix\n' +
        '1 file skipped: not an instance body\n',
    );
    assert.equal(result.stderr, '');
    assert.equal(result.code, 1);
  });

  it('counts warnings and infos apart and singular when there is one', async () => {
    const rules = ['--rule', 'no-comments:warning', '--rule', 'no-duplicate-keys:info'];
    const result = await runCli(['lint', ...onlySyntaxRules(), ...rules, 'bad.json'], { cwd: project() });
    const summary = result.stdout.split('\n').slice(-3).join('\n');
    assert.equal(summary, '✖ 3 problems (1 error, 1 warning, 1 info)\n  2 fixable with --fix\n');
    assert.match(result.stdout, /^ {2}2:3 {3}warning {2}Comments/m);
    assert.match(result.stdout, /^ {2}4:16 {2}info {5}Duplicate/m);
  });

  it('prints nothing for clean instance bodies', async () => {
    const result = await runCli(['lint', ...onlySyntaxRules(), 'clean.json'], { cwd: project() });
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
  });

  it('reports skipped files that are JSON but no instance body', async () => {
    const result = await runCli(['lint', ...onlySyntaxRules(), 'tsconfig.json', 'clean.json'], { cwd: project() });
    assert.deepEqual(result, { code: 0, stdout: '1 file skipped: not an instance body\n', stderr: '' });
  });

  it('colours only for a terminal, and not with --no-color or NO_COLOR', async () => {
    const cwd = project();
    const args = ['lint', ...onlySyntaxRules(), 'bad.json'];
    const coloured = await runCli(args, { cwd, isTTY: true });
    assert.ok(coloured.stdout.startsWith('\u001b[4mbad.json\u001b[0m\n  \u001b[2m2:3 \u001b[0m  \u001b[31merror\u001b[0m  '), coloured.stdout);
    assert.ok(coloured.stdout.includes('\u001b[1;31m✖ 3 problems (3 errors, 0 warnings, 0 infos)\u001b[0m\n'));

    const plain = await runCli(args, { cwd });
    assert.ok(!plain.stdout.includes('\u001b'));
    assert.ok(!(await runCli([...args, '--no-color'], { cwd, isTTY: true })).stdout.includes('\u001b'));
    assert.ok(!(await runCli(args, { cwd, isTTY: true, env: { NO_COLOR: '1' } })).stdout.includes('\u001b'));
  });

  it('colours the summary yellow when there are only warnings', async () => {
    const result = await runCli(['lint', ...onlySyntaxRules(), '--rule', 'no-comments:warning', '--rule', 'no-trailing-commas:off', '--rule', 'no-duplicate-keys:off', 'bad.json'], {
      cwd: project(),
      isTTY: true,
    });
    assert.ok(result.stdout.includes('\u001b[1;33m✖ 1 problem (0 errors, 1 warning, 0 infos)\u001b[0m\n'), result.stdout);
    assert.equal(result.code, 0);
  });
});
