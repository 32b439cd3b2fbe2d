import assert from 'node:assert/strict';
import path from 'node:path';
import { BROKEN_INSTANCE, CLEAN_INSTANCE, MESSAGES, NOT_AN_INSTANCE, onlySyntaxRules, removeTempProjects, runCli, tempProject } from '../testing/cliHarness';

describe('cli format json', () => {
  after(removeTempProjects);

  it('has one entry per file with LSP ranges, paths and safe fixability', async () => {
    const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'clean.json': CLEAN_INSTANCE, 'tsconfig.json': NOT_AN_INSTANCE });
    const result = await runCli(['lint', '--format', 'json', ...onlySyntaxRules()], { cwd });
    const expected = [
      {
        filePath: path.join(cwd, 'bad.json'),
        diagnostics: [
          { ruleId: 'no-comments', severity: 'error', message: MESSAGES.comment, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 16 } }, path: [], fixable: true },
          { ruleId: 'no-trailing-commas', severity: 'error', message: MESSAGES.trailingComma, range: { start: { line: 2, character: 26 }, end: { line: 2, character: 27 } }, path: [], fixable: true },
          { ruleId: 'no-duplicate-keys', severity: 'error', message: MESSAGES.duplicateName, range: { start: { line: 3, character: 15 }, end: { line: 3, character: 21 } }, path: ['name'], fixable: false },
        ],
      },
      { filePath: path.join(cwd, 'clean.json'), diagnostics: [] },
      { filePath: path.join(cwd, 'tsconfig.json'), diagnostics: [] },
    ];
    // Exact text, key order included: consumers may compare or diff it.
    assert.equal(result.stdout, `${JSON.stringify(expected)}\n`);
    assert.equal(result.code, 1);
  });

  it('counts characters in UTF-16 code units, as LSP does', async () => {
    const cwd = tempProject({ 'emoji.json': '{"name": "😀", /* x */ "element": {}}' });
    const result = await runCli(['lint', '-f', 'json', ...onlySyntaxRules(), 'emoji.json'], { cwd });
    const [file] = JSON.parse(result.stdout);
    assert.deepEqual(file.diagnostics[0].range, { start: { line: 0, character: 15 }, end: { line: 0, character: 22 } });
  });

  it('adds the fixed text as output with --fix-dry-run, only where a fix changed it', async () => {
    const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'clean.json': CLEAN_INSTANCE });
    const result = await runCli(['lint', '--fix-dry-run', ...onlySyntaxRules()], { cwd });
    const [bad, clean] = JSON.parse(result.stdout);
    assert.equal(bad.output, '{\n  "element": {"key": "box"},\n  "name": "a", "name": "b"\n}\n');
    assert.deepEqual(bad.diagnostics.map((diagnostic: { ruleId: string }) => diagnostic.ruleId), ['no-duplicate-keys']);
    assert.equal(bad.diagnostics[0].range.start.line, 2, 'positions refer to the fixed text');
    assert.equal('output' in clean, false);
    assert.equal(result.code, 1);
  });
});
