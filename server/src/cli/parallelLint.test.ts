import assert from 'node:assert/strict';
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseLintOptions } from './lintOptions';
import { automaticThreads, PARALLEL_THRESHOLD } from './parallelLint';
import { BROKEN_INSTANCE, CLEAN_INSTANCE, NOT_AN_INSTANCE, removeTempProjects, runCli, tempProject } from './testing/cliHarness';

/** A project of many bodies: clean, broken, not instances, and one fixable. */
function manyFiles(count: number): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < count; i++) {
    const name = `bodies/b${String(i).padStart(3, '0')}.json`;
    files[name] = i % 3 === 0 ? BROKEN_INSTANCE : i % 3 === 1 ? CLEAN_INSTANCE : NOT_AN_INSTANCE;
  }
  files['bodies/fixable.json'] = '{"element": {"key": "box"}, "name": "x",}\n';
  return files;
}

describe('ce-instance lint on several threads', () => {
  after(removeTempProjects);

  for (const format of ['json', 'stylish', 'sarif']) {
    it(`writes exactly the ${format} report and stderr of a one-thread run, in the same order`, async function () {
      this.timeout(60000);
      const cwd = tempProject({ ...manyFiles(60), 'bodies/junk.json': Buffer.from([0x00, 0x9f, 0xff, 0x00]) });
      const one = await runCli(['lint', 'bodies', '--format', format, '--concurrency', 'off'], { cwd });
      const three = await runCli(['lint', 'bodies', '--format', format, '--concurrency', '3'], { cwd });
      assert.equal(one.code, 2, one.stderr); // the binary file is a run error
      assert.match(one.stderr, /bodies\/junk\.json: /);
      assert.deepEqual(three, one);
    });
  }

  it('applies --fix on the threads and reports what is left', async function () {
    this.timeout(60000);
    const cwd = tempProject(manyFiles(20));
    const result = await runCli(['lint', 'bodies', '--fix', '--format', 'json', '--concurrency', '2'], { cwd });
    assert.equal(fs.readFileSync(path.join(cwd, 'bodies/fixable.json'), 'utf8'), '{"element": {"key": "box"}, "name": "x"}\n');
    const report = JSON.parse(result.stdout) as { filePath: string; diagnostics: { ruleId: string }[] }[];
    const fixable = report.find((file) => file.filePath.endsWith('fixable.json'));
    assert.deepEqual(fixable?.diagnostics.map((d) => d.ruleId).includes('no-trailing-commas'), false);
  });

  it('stops with exit code 2 and the config problem when the config is broken', async function () {
    this.timeout(60000);
    const cwd = tempProject({ ...manyFiles(10), '.ce-instance.json': '{"rules": {"no-such-rule": "error"}}' });
    const one = await runCli(['lint', 'bodies', '--concurrency', 'off'], { cwd });
    const two = await runCli(['lint', 'bodies', '--concurrency', '2'], { cwd });
    assert.equal(one.code, 2);
    assert.match(one.stderr, /no-such-rule/);
    assert.deepEqual(two, one);
  });

  it('with --fix, writes exactly the files a one-thread run writes when a config further on is broken', async function () {
    this.timeout(60000);
    const files = {
      'a/one.json': '{"element": {"key": "box"}, "name": "x",}\n',
      'a/two.json': '{"element": {"key": "box"}, "name": "y",}\n',
      'b/.ce-instance.json': '{"rules": {"no-such-rule": "error"}}',
      'b/three.json': '{"element": {"key": "box"}, "name": "z",}\n',
      'c/four.json': '{"element": {"key": "box"}, "name": "w",}\n',
    };
    const results = [];
    for (const concurrency of ['off', '2']) {
      const cwd = tempProject(files);
      const result = await runCli(['lint', 'a', 'b', 'c', '--fix', '--concurrency', concurrency], { cwd });
      const written = ['a/one.json', 'a/two.json', 'b/three.json', 'c/four.json'].filter((name) => fs.readFileSync(path.join(cwd, name), 'utf8') !== files[name as keyof typeof files]);
      results.push({ code: result.code, stderr: result.stderr.replace(cwd, '<project>'), written });
    }
    assert.deepEqual(results[0], { code: 2, stderr: results[0].stderr, written: ['a/one.json', 'a/two.json'] });
    assert.match(results[0].stderr, /no-such-rule/);
    assert.deepEqual(results[1], results[0]);
  });

  it('uses one thread below the threshold, then one per 5,000 files up to the cores (at most 8)', () => {
    assert.equal(automaticThreads(1), 1);
    assert.equal(automaticThreads(PARALLEL_THRESHOLD - 1), 1);
    assert.equal(automaticThreads(PARALLEL_THRESHOLD), Math.min(availableParallelism(), 2));
    assert.equal(automaticThreads(1_000_000), Math.min(availableParallelism(), 8));
  });

  it('takes --concurrency N, auto and off, and refuses anything else', () => {
    assert.equal(parseLintOptions(['--concurrency', '4']).concurrency, 4);
    assert.equal(parseLintOptions(['--concurrency=auto']).concurrency, undefined);
    assert.equal(parseLintOptions(['--concurrency', 'off']).concurrency, 1);
    assert.throws(() => parseLintOptions(['--concurrency', '0']), /--concurrency takes a number of threads from 1 to 64, 'auto' or 'off', not '0'/);
    assert.throws(() => parseLintOptions(['--concurrency', 'many']), /not 'many'/);
  });
});
