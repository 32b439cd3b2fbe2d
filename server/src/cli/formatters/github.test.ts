import assert from 'node:assert/strict';
import { BROKEN_INSTANCE, MESSAGES, onlySyntaxRules, removeTempProjects, runCli, tempProject } from '../testing/cliHarness';
import { escapeData, escapeProperty } from './github';

describe('cli format github', () => {
  after(removeTempProjects);

  it('writes one workflow command per finding', async () => {
    const cwd = tempProject({ 'dir/bad.json': BROKEN_INSTANCE });
    const result = await runCli(['lint', '-f', 'github', ...onlySyntaxRules(), '--rule', 'no-trailing-commas:warning', '--rule', 'no-duplicate-keys:info'], { cwd });
    assert.equal(
      result.stdout,
      `::error file=dir/bad.json,line=2,col=3,endLine=2,endColumn=17,title=no-comments::${MESSAGES.comment}\n` +
        `::warning file=dir/bad.json,line=3,col=27,endLine=3,endColumn=28,title=no-trailing-commas::${MESSAGES.trailingComma}\n` +
        `::notice file=dir/bad.json,line=4,col=16,endLine=4,endColumn=22,title=no-duplicate-keys::${MESSAGES.duplicateName}\n`,
    );
    assert.equal(result.code, 1);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', async () => {
    // The duplicate key's name (with a percent sign and an escaped line break) is quoted in the message.
    const cwd = tempProject({ 'a,b:c.json': '{"50%\\r\\n": 1, "50%\\r\\n": 2}' });
    const result = await runCli(['lint', '-f', 'github', ...onlySyntaxRules()], { cwd });
    assert.equal(
      result.stdout,
      "::error file=a%2Cb%3Ac.json,line=1,col=16,endLine=1,endColumn=25,title=no-duplicate-keys::Duplicate key '50%25%0D%0A': only this last value counts; the one on line 1 is ignored. Keep one of them.\n",
    );
  });

  it('escapes each special character the runner reads', () => {
    assert.equal(escapeData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
    assert.equal(escapeProperty('100% a\r\nb: c, d'), '100%25 a%0D%0Ab%3A c%2C d');
  });
});
