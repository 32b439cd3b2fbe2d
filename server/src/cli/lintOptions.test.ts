import assert from 'node:assert/strict';
import { UsageError } from './cliIo';
import { parseLintOptions } from './lintOptions';

describe('cli lint options', () => {
  it('has defaults', () => {
    const options = parseLintOptions([]);
    assert.deepEqual(
      { patterns: options.patterns, format: options.format, fix: options.fix, quiet: options.quiet, maxWarnings: options.maxWarnings, rules: options.ruleOverrides },
      { patterns: [], format: 'stylish', fix: false, quiet: false, maxWarnings: undefined, rules: {} },
    );
  });

  it('takes values after a space or an equals sign, and short aliases', () => {
    const options = parseLintOptions(['-f', 'json', '--output-file=out.json', '--max-warnings', '3', '-c', 'cfg.json', '--rule', 'a:off', '--rule=b:warning', 'x.json']);
    assert.equal(options.format, 'json');
    assert.equal(options.outputFile, 'out.json');
    assert.equal(options.maxWarnings, 3);
    assert.equal(options.configPath, 'cfg.json');
    assert.deepEqual(options.ruleOverrides, { a: 'off', b: 'warning' });
    assert.deepEqual(options.patterns, ['x.json']);
  });

  it('takes the flags', () => {
    const options = parseLintOptions(['--fix', '--quiet', '--stdin', '--refresh-remote', '--no-color', '-h']);
    assert.deepEqual([options.fix, options.quiet, options.stdin, options.refreshRemote, options.noColor, options.help], [true, true, true, true, true, true]);
  });

  it('takes everything after -- as a path', () => {
    assert.deepEqual(parseLintOptions(['--', '--fix', '-q']).patterns, ['--fix', '-q']);
  });

  it('defaults to json for --fix-dry-run', () => {
    assert.equal(parseLintOptions(['--fix-dry-run']).format, 'json');
  });

  it('refuses what it cannot take', () => {
    const cases: [string[], string][] = [
      [['--bogus'], "unknown option '--bogus'"],
      [['--quiet=yes'], '--quiet takes no value'],
      [['--format'], '--format needs a value'],
      [['--max-warnings', '-1'], "--max-warnings needs a whole number of 0 or more, not '-1'"],
      [['--rule', ':error'], "--rule takes ID:LEVEL, such as no-comments:warning, not ':error'"],
      [['--rule', 'x:hint'], "--rule x:hint: unknown level 'hint'; use off, info, warning or error"],
      [['--stdin-filename', 'a.json'], '--stdin-filename needs --stdin'],
      [['--stdin', '--stdin-filename='], '--stdin-filename needs a file name'],
      [['-o', ''], '--output-file needs a file name'],
    ];
    for (const [argv, message] of cases) {
      assert.throws(() => parseLintOptions(argv), (error: unknown) => error instanceof UsageError && error.message === message, argv.join(' '));
    }
  });
});
