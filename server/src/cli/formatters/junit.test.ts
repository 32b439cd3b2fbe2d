import assert from 'node:assert/strict';
import { BROKEN_INSTANCE, CLEAN_INSTANCE, MESSAGES, onlySyntaxRules, removeTempProjects, runCli, tempProject } from '../testing/cliHarness';
import { childElements, parseXml } from '../testing/xmlTree';

describe('cli format junit', () => {
  after(removeTempProjects);

  it('has a testsuite per file and a testcase per finding; errors and warnings fail', async () => {
    const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'clean.json': CLEAN_INSTANCE });
    const result = await runCli(['lint', '-f', 'junit', ...onlySyntaxRules(), '--rule', 'no-trailing-commas:warning', '--rule', 'no-duplicate-keys:info'], { cwd });
    const comment = MESSAGES.comment.replace(/"/g, '&quot;');
    assert.equal(
      result.stdout,
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="ce-instance" tests="3" failures="2" errors="0">\n' +
        '  <testsuite name="bad.json" tests="3" failures="2" errors="0" skipped="0">\n' +
        '    <testcase classname="bad.json" name="no-comments at 2:3" file="bad.json" line="2">\n' +
        `      <failure type="error" message="${comment}">error at bad.json:2:3: ${MESSAGES.comment} (no-comments)</failure>\n` +
        '    </testcase>\n' +
        '    <testcase classname="bad.json" name="no-trailing-commas at 3:27" file="bad.json" line="3">\n' +
        `      <failure type="warning" message="${MESSAGES.trailingComma}">warning at bad.json:3:27: ${MESSAGES.trailingComma} (no-trailing-commas)</failure>\n` +
        '    </testcase>\n' +
        '    <testcase classname="bad.json" name="no-duplicate-keys at 4:16" file="bad.json" line="4"/>\n' +
        '  </testsuite>\n' +
        '  <testsuite name="clean.json" tests="0" failures="0" errors="0" skipped="0"/>\n' +
        '</testsuites>\n',
    );
    parseXml(result.stdout);
  });

  it('stays well-formed whatever a message or file name holds', async () => {
    // A key with markup characters, quotes, a control character and a lone surrogate, in a file whose name needs escaping.
    const key = '<a href=\\"x\\">&amp;\\u0001\\ud800\'';
    const cwd = tempProject({ "it's <&>.json": `{"${key}": 1, "${key}": 2}` });
    const result = await runCli(['lint', '-f', 'junit', ...onlySyntaxRules()], { cwd });
    const root = parseXml(result.stdout);
    const [suite] = childElements(root, 'testsuite');
    assert.equal(suite.attributes.get('name'), "it's <&>.json");
    const [failure] = childElements(childElements(suite, 'testcase')[0], 'failure');
    assert.equal(
      failure.attributes.get('message'),
      "Duplicate key '<a href=\"x\">&amp;\ufffd\ufffd'': only this last value counts; the one on line 1 is ignored. Keep one of them.",
    );
  });

  it('rejects what is not well-formed (the checker itself)', () => {
    for (const bad of ['<a>', '<a></b>', '<a x=1/>', '<a>&nope;</a>', '<a>1 < 2</a>', '<a/><b/>', '<a x="1" x="2"/>', '<a>\u0001</a>']) {
      assert.throws(() => parseXml(bad), /not well-formed/, bad);
    }
  });
});
