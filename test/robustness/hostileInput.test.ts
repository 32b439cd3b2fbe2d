import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/engine';
import { removeTempProjects, tempProject } from '../../server/src/cli/testing/cliHarness';
import { exampleBodies } from './support/bodies';
import { assertCliBuilt, spawnCli, stopChildren } from './support/cliProcess';
import { type EngineSummary, runEngineInWorker, stopEngineWorkers } from './support/engineInWorker';
import { assertNoInternalErrors, assertRangesInside } from './support/findingChecks';
import { dataDump, deepArrays, junkBytes, manyKeys, manyTrailingCommas, megabyteStrings, withCrlf } from './support/hostileTexts';

/**
 * Hostile input through the engine (in a worker thread, so a hang fails by the test's timeout
 * instead of blocking mocha) and through the CLI as a real process. Every input is generated at
 * test time in a temporary folder and removed afterwards.
 */
const DEEP_MESSAGE = 'The JSON is nested too deeply to be checked.';

function assertSound(summary: EngineSummary): void {
  assert.deepEqual(summary.internalErrors, []);
  assert.equal(summary.rangesOutside, 0, 'findings with ranges outside the text');
}

describe('robustness: hostile input to the engine', function () {
  this.timeout(30_000);
  afterEach(stopEngineWorkers);

  for (const recipe of ['deepArrays', 'deepObjects', 'unclosedArrays'] as const) {
    it(`${recipe}: 100,000 levels give one invalid-json finding, and --fix leaves the text alone`, async () => {
      const linted = await runEngineInWorker({ recipe, args: [], task: 'lint' });
      assertSound(linted);
      assert.deepEqual(linted.countsByRule, { 'invalid-json': 1 });
      assert.equal(linted.first[0].message, DEEP_MESSAGE);
      const fixed = await runEngineInWorker({ recipe, args: [], task: 'fix' });
      assert.equal(fixed.fixed?.count, 0);
      assert.equal(fixed.fixed?.changed, false);
    });
  }

  it('100,000 levels inside the string of a stringified poller configuration: said so, nothing fails', async () => {
    const linted = await runEngineInWorker({ recipe: 'deepInsideString', args: [], task: 'lint' });
    assertSound(linted);
    const deep = linted.first.filter((finding) => finding.ruleId === 'invalid-json');
    assert.equal(deep.length, 1, JSON.stringify(linted.first));
    assert.match(deep[0].message, /nested too deeply/);
  });

  it('a top-level array of 1,000,000 items (a data file) is checked without a rule failing', async () => {
    const linted = await runEngineInWorker({ recipe: 'longArray', args: [1_000_000], task: 'lint' });
    assertSound(linted);
    assert.deepEqual(linted.countsByRule, {});
  });

  it('100,000 different keys: nothing fails, no duplicate reported', async () => {
    const linted = await runEngineInWorker({ recipe: 'manyKeys', args: [100_000, false], task: 'lint' });
    assertSound(linted);
    assert.equal(linted.countsByRule['no-duplicate-keys'], undefined);
  });

  it('400,000 copies of one key: every later copy is a duplicate, found without a quadratic step', async function () {
    // Linear work takes a second or two here; a scan of the siblings per duplicate takes minutes.
    this.timeout(20_000);
    const linted = await runEngineInWorker({ recipe: 'manyKeys', args: [400_000, true], task: 'lint' });
    assertSound(linted);
    assert.equal(linted.countsByRule['no-duplicate-keys'], 399_999);
  });

  it('64 K code units of junk (NUL, lone surrogates, U+FFFF): invalid-json, ranges inside, nothing fails', async () => {
    const linted = await runEngineInWorker({ recipe: 'junkText', args: [65_536, 7], task: 'lint' });
    assertSound(linted);
    assert.ok((linted.countsByRule['invalid-json'] ?? 0) > 0);
  });

  it('1 MB strings in every place a rule reads: nothing fails, and no message quotes the megabyte', async () => {
    const linted = await runEngineInWorker({ recipe: 'megabyteStrings', args: [], task: 'lint' });
    assertSound(linted);
    assert.ok(Object.keys(linted.countsByRule).length > 0);
    assert.ok(linted.longestMessage <= 1000, `a message of ${linted.longestMessage} characters: ${linted.first.filter((f) => f.messageLength > 1000).map((f) => f.ruleId).join(', ')}`);
  });

  it('--fix of 100,000 safe fixes finishes (no quadratic step) and leaves none', async function () {
    this.timeout(20_000);
    const fixed = await runEngineInWorker({ recipe: 'manyTrailingCommas', args: [100_000], task: 'fix' });
    assertSound(fixed);
    assert.equal(fixed.fixed?.count, 100_000);
    assert.equal(fixed.countsByRule['no-trailing-commas'], undefined);
  });

  it('a UTF-8 byte order mark given to the engine is reported as one, at its character', () => {
    const body = '{"element": {"key": "box"}, "configuration": {}}';
    const result = lintText(`\ufeff${body}`);
    assertNoInternalErrors(result);
    const atMark = result.findings.filter((finding) => finding.range.start === 0 && finding.range.end === 1);
    assert.deepEqual(atMark.map((finding) => finding.ruleId), ['invalid-json']);
    // "Unexpected character" says nothing about an invisible character; the user needs to hear "byte order mark".
    assert.match(atMark[0].message, /byte order mark|BOM/i);
  });

  it('CRLF line ends: the same findings, over the same text, as with LF', () => {
    for (const body of exampleBodies()) {
      const lf = body.text.replace(/\r\n/g, '\n');
      const crlf = withCrlf(lf);
      const shown = (text: string) => {
        const result = lintText(text);
        assertNoInternalErrors(result);
        assertRangesInside(text, result);
        return result.findings.map((finding) => `${finding.ruleId} ${JSON.stringify(text.slice(finding.range.start, finding.range.end).replace(/\r\n/g, '\n'))} ${finding.message}`);
      };
      assert.deepEqual(shown(crlf), shown(lf), body.name);
    }
  });
});

describe('robustness: hostile input to the CLI (a real process)', function () {
  this.timeout(30_000);
  before(assertCliBuilt);
  afterEach(stopChildren);
  after(removeTempProjects);

  const BAD = '{\n  "element": {"key": "box"},\n  "configuration": {"x": 1,}\n}\n';
  const BAD_REPORT = /^bad\.json\n\s+3:27\s+error\s+Trailing comma/m;

  it('100,000 levels of nesting: one finding at 1:1, exit 1; --fix changes nothing', async () => {
    const cwd = tempProject({ 'deep.json': deepArrays() });
    const result = await spawnCli(['lint', 'deep.json'], { cwd });
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^deep\.json\n\s+1:1\s+error\s+The JSON is nested too deeply to be checked\.\s+invalid-json$/m);
    assert.equal(result.code, 1);
    const fixed = await spawnCli(['lint', '--fix', 'deep.json'], { cwd });
    assert.equal(fixed.code, 1);
    assert.equal(fs.readFileSync(path.join(cwd, 'deep.json'), 'utf8'), deepArrays());
  });

  it('a 50 MB JSON data file is read, found not to be an instance body and skipped, exit 0', async function () {
    this.timeout(60_000);
    const cwd = tempProject({ 'dump.json': dataDump(50 * 1024 * 1024) });
    const result = await spawnCli(['lint', 'dump.json'], { cwd });
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, '1 file skipped: not an instance body\n');
    assert.equal(result.code, 0);
  });

  it('binary junk with NUL bytes: an error naming the file, exit 2, the other file still reported', async () => {
    const cwd = tempProject({ 'junk.json': junkBytes(65_536, 3), 'bad.json': BAD });
    const result = await spawnCli(['lint', 'junk.json', 'bad.json'], { cwd });
    assert.equal(result.stderr, 'ce-instance: junk.json: the file has NUL bytes, so it is binary, not JSON text; leave it out or save it as UTF-8 JSON\n');
    assert.match(result.stdout, BAD_REPORT);
    assert.equal(result.code, 2);
  });

  it('binary junk without NUL bytes: not UTF-8, exit 2', async () => {
    const cwd = tempProject({ 'junk.json': junkBytes(65_536, 5, true), 'bad.json': BAD });
    const result = await spawnCli(['lint', 'junk.json', 'bad.json'], { cwd });
    assert.match(result.stderr, /^ce-instance: junk\.json: the file is not valid UTF-8 text \(the first bad byte, 0x[0-9a-f]{2}, is on line \d+\); save it as UTF-8/);
    assert.match(result.stdout, BAD_REPORT);
    assert.equal(result.code, 2);
  });

  it('invalid UTF-8 in one string: exit 2, and the error says on which line the bad byte is', async () => {
    const latin1 = Buffer.concat([Buffer.from('{\n  "element": {"key": "box"},\n  "name": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]);
    const cwd = tempProject({ 'latin1.json': latin1, 'bad.json': BAD });
    const result = await spawnCli(['lint', 'latin1.json', 'bad.json'], { cwd });
    assert.equal(result.code, 2);
    assert.match(result.stdout, BAD_REPORT);
    assert.match(result.stderr, /^ce-instance: latin1\.json: .*not valid UTF-8/);
    // In a 50 MB file "not valid UTF-8" alone sends the user hunting: the line of the first bad byte is what they need.
    assert.match(result.stderr, /line 3\b/);
  });

  it('UTF-16 text: told to save it as UTF-8, exit 2', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"element": {"key": "box"}}', 'utf16le')]);
    const cwd = tempProject({ 'wide.json': utf16 });
    const result = await spawnCli(['lint', 'wide.json'], { cwd });
    assert.equal(result.stderr, 'ce-instance: wide.json: the file is UTF-16 text; save it as UTF-8\n');
    assert.equal(result.code, 2);
  });

  it('a UTF-8 byte order mark: positions count without it, and --fix keeps it', async () => {
    const cwd = tempProject({ 'bad.json': `\ufeff${BAD}` });
    const result = await spawnCli(['lint', 'bad.json'], { cwd });
    assert.match(result.stdout, BAD_REPORT);
    assert.equal(result.code, 1);
    const fixed = await spawnCli(['lint', '--fix', 'bad.json'], { cwd });
    assert.equal(fixed.stderr, '');
    assert.equal(fs.readFileSync(path.join(cwd, 'bad.json'), 'utf8'), `\ufeff${BAD.replace('1,}', '1}')}`);
    assert.equal(fixed.code, 0);
  });

  it('CRLF line ends: the same line and column, and --fix keeps every CRLF', async () => {
    const cwd = tempProject({ 'bad.json': withCrlf(BAD), 'many.json': withCrlf(manyTrailingCommas(50)) });
    const result = await spawnCli(['lint', 'bad.json'], { cwd });
    assert.match(result.stdout, BAD_REPORT);
    const fixed = await spawnCli(['lint', '--fix', 'bad.json', 'many.json'], { cwd });
    assert.equal(fixed.stderr, '');
    assert.equal(fixed.code, 0);
    assert.equal(fs.readFileSync(path.join(cwd, 'bad.json'), 'utf8'), withCrlf(BAD.replace('1,}', '1}')));
    const many = fs.readFileSync(path.join(cwd, 'many.json'), 'utf8');
    assert.doesNotMatch(many, /(^|[^\r])\n/, 'a line end lost its CR');
    assert.doesNotMatch(many, /,\]/, 'a trailing comma is left');
  });

  it('1 MB strings: checked, exit 1, and the report stays small (no message quotes the megabyte)', async () => {
    const cwd = tempProject({ 'long.json': megabyteStrings() });
    const result = await spawnCli(['lint', 'long.json'], { cwd });
    assert.equal(result.stderr, '');
    assert.equal(result.code, 1);
    assert.ok(result.stdout.length < 20_000, `a report of ${result.stdout.length} characters`);
  });

  it('100,000 different keys: exit 0, nothing to say', async () => {
    const cwd = tempProject({ 'keys.json': manyKeys(100_000, false) });
    const result = await spawnCli(['lint', 'keys.json'], { cwd });
    assert.deepEqual(result, { code: 0, signal: null, stdout: '', stderr: '' });
  });

  it('100,000 copies of one key: every duplicate reported, exit 1', async () => {
    const cwd = tempProject({ 'keys.json': manyKeys(100_000, true) });
    const result = await spawnCli(['lint', 'keys.json'], { cwd });
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^✖ 99999 problems \(99999 errors, 0 warnings, 0 infos\)$/m);
    assert.equal(result.code, 1);
  });

  it('200,000 findings in one file: all reported, exit 1', async () => {
    const cwd = tempProject({ 'many.json': manyTrailingCommas(200_000) });
    const result = await spawnCli(['lint', 'many.json'], { cwd });
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^✖ 200000 problems \(200000 errors, 0 warnings, 0 infos\)$/m);
    assert.equal(result.code, 1);
  });

  it('--fix of 100,000 trailing commas finishes (no quadratic step) and writes the fully fixed file', async function () {
    this.timeout(20_000);
    const cwd = tempProject({ 'many.json': manyTrailingCommas(100_000) });
    const result = await spawnCli(['lint', '--fix', 'many.json'], { cwd });
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.equal(fs.readFileSync(path.join(cwd, 'many.json'), 'utf8'), manyTrailingCommas(100_000).replace(/,\]/g, ']'));
  });
});
