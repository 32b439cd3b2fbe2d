import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RULES, type Rule } from '../engine';
import { BROKEN_INSTANCE, CLEAN_INSTANCE, NOT_AN_INSTANCE, onlySyntaxRules, removeTempProjects, runCli, tempProject } from './testing/cliHarness';

const FIXED_INSTANCE = '{\n  "element": {"key": "box"},\n  "name": "a", "name": "b"\n}\n';
const isRoot = process.getuid?.() === 0;

describe('ce-instance lint', () => {
  after(removeTempProjects);
  const lint = (args: string[], cwd: string, stdin?: string | Buffer) => runCli(['lint', ...onlySyntaxRules(), ...args], { cwd, stdin });

  describe('exit codes', () => {
    it('is 0 for clean files and 1 when an error is found', async () => {
      const cwd = tempProject({ 'clean.json': CLEAN_INSTANCE, 'bad.json': BROKEN_INSTANCE });
      assert.equal((await lint(['clean.json'], cwd)).code, 0);
      assert.equal((await lint(['bad.json'], cwd)).code, 1);
    });

    it('is 0 when warnings and infos are all there is', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const result = await lint(['--rule', 'no-comments:warning', '--rule', 'no-trailing-commas:info', '--rule', 'no-duplicate-keys:warning', 'bad.json'], cwd);
      assert.equal(result.code, 0);
    });

    it('is 2, with a one-line message naming it, for a path that does not exist', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const result = await lint(['bad.json', 'missing.json'], cwd);
      assert.deepEqual(result, {
        code: 2,
        stdout: '',
        stderr: `ce-instance lint: 'missing.json' does not exist; check the path (it is taken relative to ${cwd}) (see 'ce-instance lint --help')\n`,
      });
    });

    it('is 2 for a glob that matches nothing and for a directory without JSON', async () => {
      const cwd = tempProject({ 'empty/readme.txt': 'x' });
      const glob = await lint(['src/**/*.json'], cwd);
      assert.equal(glob.code, 2);
      assert.match(glob.stderr, /no files match the pattern 'src\/\*\*\/\*\.json'/);
      const directory = await lint(['empty'], cwd);
      assert.equal(directory.code, 2);
      assert.match(directory.stderr, /no \*\.json files in 'empty'/);
    });

    it('is 2 for a bad option, with a suggestion', async () => {
      const cwd = tempProject();
      const cases: [string[], string][] = [
        [['--formt', 'json'], "unknown option '--formt' (did you mean '--format'?)"],
        [['--format', 'xml'], "unknown format 'xml': use stylish, json, sarif, junit, github"],
        [['--max-warnings', 'many'], "--max-warnings needs a whole number of 0 or more, not 'many'"],
        [['--rule', 'no-comments'], "--rule takes ID:LEVEL, such as no-comments:warning, not 'no-comments'"],
        [['--rule', 'no-comments:warn'], "--rule no-comments:warn: unknown level 'warn' (did you mean 'warning'?); use off, info, warning or error"],
      ];
      for (const [args, message] of cases) {
        const result = await runCli(['lint', ...args], { cwd });
        assert.deepEqual(result, { code: 2, stdout: '', stderr: `ce-instance lint: ${message} (see 'ce-instance lint --help')\n` }, args.join(' '));
      }
    });

    it('is 2 for an unknown rule id, with the closest one', async () => {
      const result = await runCli(['lint', '--rule', 'no-coments:off'], { cwd: tempProject({ 'a.json': CLEAN_INSTANCE }) });
      assert.deepEqual(result, { code: 2, stdout: '', stderr: 'ce-instance: --rule: Unknown rule "no-coments". Did you mean "no-comments"?\n' });
    });

    it('is 2 for a config error, naming the config file', async () => {
      const cwd = tempProject({ 'a.json': CLEAN_INSTANCE, '.ce-instance.json': '{"rules": {"no-comments": "loud"}}' });
      const result = await lint(['a.json'], cwd);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.ok(result.stderr.startsWith(`ce-instance: ${path.join(cwd, '.ce-instance.json')}`), result.stderr);
      assert.equal(result.stderr.split('\n').length, 2, 'one line');
    });

    it('is 2 when --config names a file that does not exist', async () => {
      const cwd = tempProject({ 'a.json': CLEAN_INSTANCE });
      const result = await lint(['--config', 'nope.json', 'a.json'], cwd);
      assert.equal(result.code, 2);
      assert.ok(result.stderr.includes('nope.json'), result.stderr);
    });

    it('is 2 for a file that is not UTF-8 or has NUL bytes, and still reports the others', async () => {
      const cwd = tempProject({
        'bad.json': BROKEN_INSTANCE,
        'latin1.json': Buffer.from('{"name": "caf\xe9"}', 'latin1'),
        'nul.json': Buffer.from([0x7b, 0x00, 0x7d]),
        'utf16.json': Buffer.from('\ufeff{}', 'utf16le'),
        'junk.json': Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37) % 256)),
      });
      const result = await lint(['-f', 'json'], cwd);
      assert.equal(result.code, 2);
      assert.equal(
        result.stderr,
        'ce-instance: junk.json: the file has NUL bytes, so it is binary, not JSON text; leave it out or save it as UTF-8 JSON\n' +
          'ce-instance: latin1.json: the file is not valid UTF-8 text (the first bad byte, 0xe9, is on line 1); save it as UTF-8\n' +
          'ce-instance: nul.json: the file has NUL bytes, so it is binary, not JSON text; leave it out or save it as UTF-8 JSON\n' +
          'ce-instance: utf16.json: the file is UTF-16 text; save it as UTF-8\n',
      );
      assert.deepEqual(JSON.parse(result.stdout).map((file: { filePath: string }) => path.basename(file.filePath)), ['bad.json']);
    });

    it('is 2 for a file it may not read', async function () {
      if (isRoot) this.skip(); // root reads any file
      const cwd = tempProject({ 'secret.json': CLEAN_INSTANCE, 'bad.json': BROKEN_INSTANCE });
      fs.chmodSync(path.join(cwd, 'secret.json'), 0o000);
      const result = await lint([], cwd);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, 'ce-instance: secret.json: cannot read the file (permission denied); check it and its permissions\n');
      assert.ok(result.stdout.startsWith('bad.json\n'));
    });

    it('is 2 for a file whose reading fails, and goes on with the rest', async function () {
      if (process.platform !== 'linux') this.skip(); // reading /proc/self/mem from offset 0 fails with EIO, even for root
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const result = await lint(['/proc/self/mem', 'bad.json'], cwd);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, `ce-instance: ${path.relative(cwd, '/proc/self/mem')}: cannot read the file (EIO); check it and its permissions\n`);
      assert.ok(result.stdout.startsWith('bad.json\n'));
    });

    it('is 2, once per rule, when a rule fails inside the engine', async () => {
      const failing: Rule = {
        meta: { id: 'test-failing-rule', severity: 'error', description: 'Throws.', fixable: 'none', scope: 'json' },
        check: () => {
          throw new Error('boom');
        },
      };
      const syntaxOnly = onlySyntaxRules();
      (RULES as Rule[]).push(failing);
      try {
        const cwd = tempProject({ 'a.json': CLEAN_INSTANCE, 'b.json': CLEAN_INSTANCE });
        const result = await runCli(['lint', ...syntaxOnly], { cwd });
        assert.equal(result.code, 2);
        assert.equal(
          result.stderr,
          'ce-instance: a.json: internal error in rule test-failing-rule: boom; please report it at https://github.com/ce-instance/ce-instance/issues\n',
        );
      } finally {
        (RULES as Rule[]).splice(RULES.indexOf(failing), 1);
      }
    });
  });

  describe('--max-warnings and --quiet', () => {
    const asWarning = ['--rule', 'no-comments:warning', '--rule', 'no-trailing-commas:warning', '--rule', 'no-duplicate-keys:off'];

    it('fails when the warnings are more than allowed', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const over = await lint([...asWarning, '--max-warnings', '1', '-f', 'json'], cwd);
      assert.equal(over.code, 1);
      assert.equal(over.stderr, 'ce-instance: 2 warnings, more than --max-warnings 1 allows\n');
      assert.equal((await lint([...asWarning, '--max-warnings', '2'], cwd)).code, 0);
      assert.equal((await lint([...asWarning, '--max-warnings=0'], cwd)).code, 1);
    });

    it('--quiet reports errors only, but still counts warnings for --max-warnings', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const quiet = await lint(['--rule', 'no-comments:warning', '--rule', 'no-trailing-commas:info', '-q', '-f', 'json'], cwd);
      const [file] = JSON.parse(quiet.stdout);
      assert.deepEqual(file.diagnostics.map((diagnostic: { ruleId: string }) => diagnostic.ruleId), ['no-duplicate-keys']);
      assert.equal(quiet.code, 1);

      const onlyWarnings = await lint([...asWarning, '--quiet', '--max-warnings', '0'], cwd);
      assert.deepEqual(onlyWarnings, { code: 1, stdout: '', stderr: 'ce-instance: 2 warnings, more than --max-warnings 0 allows\n' });
    });
  });

  describe('--fix', () => {
    it('writes the fixed text to files that changed, and reports what is left', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'clean.json': CLEAN_INSTANCE });
      const clean = path.join(cwd, 'clean.json');
      const before = new Date('2020-01-01T00:00:00Z');
      fs.utimesSync(clean, before, before);
      const result = await lint(['--fix', '-f', 'json'], cwd);
      assert.equal(fs.readFileSync(path.join(cwd, 'bad.json'), 'utf8'), FIXED_INSTANCE);
      assert.equal(fs.statSync(clean).mtime.getTime(), before.getTime(), 'an unchanged file is not written');
      const [bad] = JSON.parse(result.stdout);
      assert.deepEqual(bad.diagnostics.map((diagnostic: { ruleId: string }) => diagnostic.ruleId), ['no-duplicate-keys']);
      assert.equal(result.code, 1, 'the duplicate key has no safe fix and stays an error');
      assert.deepEqual(fs.readdirSync(cwd).sort(), ['bad.json', 'clean.json'], 'no temporary file is left behind');
    });

    it('exits 0 when the fixes leave no error', async () => {
      const cwd = tempProject({ 'a.json': '{"element": {"key": "box",}, /* note */ "name": "a"}' });
      const result = await lint(['--fix'], cwd);
      assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
      assert.equal(fs.readFileSync(path.join(cwd, 'a.json'), 'utf8'), '{"element": {"key": "box"},  "name": "a"}');
    });

    it('keeps CRLF line breaks, the byte order mark and the file mode', async () => {
      const crlf = BROKEN_INSTANCE.replace(/\n/g, '\r\n');
      const cwd = tempProject({ 'crlf.json': `\ufeff${crlf}` });
      const file = path.join(cwd, 'crlf.json');
      fs.chmodSync(file, 0o640);
      await lint(['--fix'], cwd);
      assert.equal(fs.readFileSync(file, 'utf8'), `\ufeff${FIXED_INSTANCE.replace(/\n/g, '\r\n')}`);
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    });

    it('reports positions relative to the text without its byte order mark', async () => {
      const cwd = tempProject({ 'bom.json': `\ufeff${BROKEN_INSTANCE}` });
      const [file] = JSON.parse((await lint(['-f', 'json'], cwd)).stdout);
      assert.deepEqual(file.diagnostics[0].range.start, { line: 1, character: 2 });
    });

    it('writes through a symbolic link to the file it points to', async () => {
      const cwd = tempProject({ 'real/a.json': BROKEN_INSTANCE });
      fs.mkdirSync(path.join(cwd, 'linked'));
      fs.symlinkSync(path.join(cwd, 'real/a.json'), path.join(cwd, 'linked/a.json'));
      await lint(['--fix', 'linked/a.json'], cwd);
      assert.ok(fs.lstatSync(path.join(cwd, 'linked/a.json')).isSymbolicLink());
      assert.equal(fs.readFileSync(path.join(cwd, 'real/a.json'), 'utf8'), FIXED_INSTANCE);
    });

    it('--fix-dry-run writes nothing', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const result = await lint(['--fix-dry-run'], cwd);
      assert.equal(fs.readFileSync(path.join(cwd, 'bad.json'), 'utf8'), BROKEN_INSTANCE);
      assert.equal(JSON.parse(result.stdout)[0].output, FIXED_INSTANCE);
    });

    it('refuses --fix with --fix-dry-run, and --fix-dry-run with a format other than json', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      assert.equal((await lint(['--fix', '--fix-dry-run'], cwd)).code, 2);
      const stylish = await lint(['--fix-dry-run', '-f', 'stylish'], cwd);
      assert.equal(stylish.code, 2);
      assert.match(stylish.stderr, /--fix-dry-run prints a json report; drop --format stylish/);
    });
  });

  describe('--stdin', () => {
    it('checks standard input and names it <stdin>', async () => {
      const cwd = tempProject();
      const result = await lint(['--stdin', '-f', 'json'], cwd, BROKEN_INSTANCE);
      const [file] = JSON.parse(result.stdout);
      assert.equal(file.filePath, '<stdin>');
      assert.equal(file.diagnostics.length, 3);
      assert.equal(result.code, 1);
    });

    it('uses --stdin-filename for the report and for finding the config', async () => {
      const cwd = tempProject({ 'team/.ce-instance.json': '{"rules": {"no-comments": "warning"}}' });
      const result = await lint(['--stdin', '--stdin-filename', 'team/new.json', '--rule', 'no-trailing-commas:off', '--rule', 'no-duplicate-keys:off'], cwd, BROKEN_INSTANCE);
      assert.ok(result.stdout.startsWith('team/new.json\n  2:3  warning  '), result.stdout);
      assert.equal(result.code, 0);
      assert.equal(fs.existsSync(path.join(cwd, 'team/new.json')), false);
    });

    it('gives the fixed text with --fix-dry-run', async () => {
      const result = await lint(['--stdin', '--fix-dry-run'], tempProject(), BROKEN_INSTANCE);
      assert.equal(JSON.parse(result.stdout)[0].output, FIXED_INSTANCE);
    });

    it('refuses a directory as --stdin-filename, file arguments, and --fix', async () => {
      const cwd = tempProject({ 'dir/a.json': CLEAN_INSTANCE });
      const directory = await lint(['--stdin', '--stdin-filename', 'dir'], cwd, CLEAN_INSTANCE);
      assert.equal(directory.code, 2);
      assert.match(directory.stderr, /--stdin-filename 'dir' is a directory/);
      assert.equal((await lint(['--stdin', 'dir/a.json'], cwd, CLEAN_INSTANCE)).code, 2);
      assert.equal((await lint(['--stdin', '--fix'], cwd, CLEAN_INSTANCE)).code, 2);
      assert.equal((await lint(['--stdin-filename', 'a.json'], cwd, CLEAN_INSTANCE)).code, 2);
    });

    it('reports binary input as a run error', async () => {
      const result = await lint(['--stdin'], tempProject(), Buffer.from([0xff, 0x00, 0xfe]));
      assert.deepEqual(result, { code: 2, stdout: '', stderr: 'ce-instance: <stdin>: the file has NUL bytes, so it is binary, not JSON text; leave it out or save it as UTF-8 JSON\n' });
    });
  });

  describe('--output-file', () => {
    it('writes the report there, creating its directory, and prints nothing', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const result = await lint(['-f', 'json', '-o', 'reports/lint.json'], cwd);
      assert.deepEqual(result, { code: 1, stdout: '', stderr: '' });
      const [file] = JSON.parse(fs.readFileSync(path.join(cwd, 'reports/lint.json'), 'utf8'));
      assert.equal(file.diagnostics.length, 3);
    });

    it('writes stylish without colours even for a terminal', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      await runCli(['lint', ...onlySyntaxRules(), '--output-file', 'out.txt'], { cwd, isTTY: true });
      const text = fs.readFileSync(path.join(cwd, 'out.txt'), 'utf8');
      assert.ok(text.startsWith('bad.json\n') && !text.includes('\u001b'));
    });

    it('is 2 when the report cannot be written', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'out/keep.txt': '' });
      const result = await lint(['-o', 'out'], cwd);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, 'ce-instance: out: cannot write the report (it is a directory); choose another --output-file\n');
    });
  });

  describe('which files', () => {
    it('searches directories for *.json, skipping node_modules and .git, and takes named files of any extension', async () => {
      const cwd = tempProject({
        'a.json': CLEAN_INSTANCE,
        'nested/deep/b.JSON': CLEAN_INSTANCE,
        'nested/notes.txt': BROKEN_INSTANCE,
        'node_modules/pkg/c.json': BROKEN_INSTANCE,
        '.git/d.json': BROKEN_INSTANCE,
        'body.jsonc': CLEAN_INSTANCE,
      });
      const result = await lint(['-f', 'json', '.', 'body.jsonc'], cwd);
      const names = JSON.parse(result.stdout).map((file: { filePath: string }) => path.relative(cwd, file.filePath));
      assert.deepEqual(names, ['a.json', path.join('nested', 'deep', 'b.JSON'), 'body.jsonc']);
      assert.equal(result.code, 0);
    });

    it('lints the current directory when given no paths', async () => {
      const cwd = tempProject({ 'x/bad.json': BROKEN_INSTANCE });
      const result = await lint([], cwd);
      assert.ok(result.stdout.startsWith('x/bad.json\n'), result.stdout);
    });

    it('expands globs, and checks each file once', async () => {
      const cwd = tempProject({ 'src/a.json': CLEAN_INSTANCE, 'src/sub/b.json': CLEAN_INSTANCE, 'other/c.json': CLEAN_INSTANCE });
      const result = await lint(['-f', 'json', 'src/**/*.json', 'src/a.json', 'src'], cwd);
      const names = JSON.parse(result.stdout).map((file: { filePath: string }) => path.relative(cwd, file.filePath));
      assert.deepEqual(names, [path.join('src', 'a.json'), path.join('src', 'sub', 'b.json')]);
    });

    it('checks a file once when it is named through a linked directory and found in its real one', async () => {
      const cwd = tempProject({ 'real/a.json': CLEAN_INSTANCE, 'real/b.json': CLEAN_INSTANCE });
      fs.symlinkSync(path.join(cwd, 'real'), path.join(cwd, 'linked'));
      const result = await lint(['-f', 'json', 'linked/a.json', 'real', 'linked'], cwd);
      const names = JSON.parse(result.stdout).map((file: { filePath: string }) => path.relative(cwd, file.filePath));
      assert.deepEqual(names, [path.join('linked', 'a.json'), path.join('real', 'b.json')]);
    });

    it('follows symbolic links to directories without looping', async () => {
      const cwd = tempProject({ 'a/x.json': CLEAN_INSTANCE, 'a/b/y.json': CLEAN_INSTANCE, 'tsconfig.json': NOT_AN_INSTANCE });
      fs.symlinkSync('..', path.join(cwd, 'a/b/loop'));
      fs.symlinkSync(path.join(cwd, 'missing'), path.join(cwd, 'a/dangling.json'));
      const result = await lint(['-f', 'json'], cwd);
      const names = JSON.parse(result.stdout).map((file: { filePath: string }) => path.relative(cwd, file.filePath));
      assert.deepEqual(names, [path.join('a', 'b', 'y.json'), path.join('a', 'x.json'), 'tsconfig.json']);
      const globbed = await lint(['-f', 'json', '**/*.json'], cwd);
      assert.equal(JSON.parse(globbed.stdout).length, 3);
    });

    it('is 2 for a directory it may not read, and goes on with the rest', async function () {
      if (isRoot) this.skip(); // root reads any directory
      const cwd = tempProject({ 'locked/a.json': CLEAN_INSTANCE, 'bad.json': BROKEN_INSTANCE });
      fs.chmodSync(path.join(cwd, 'locked'), 0o000);
      try {
        const result = await lint([], cwd);
        assert.equal(result.code, 2);
        assert.match(result.stderr, /locked: cannot read the directory \(permission denied\)/);
        assert.ok(result.stdout.startsWith('bad.json\n'));
      } finally {
        fs.chmodSync(path.join(cwd, 'locked'), 0o755);
      }
    });
  });

  describe('--config and --rule', () => {
    it('uses the config file given, and --rule over it', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'strict.json': '{"rules": {"no-comments": "off", "no-trailing-commas": "warning"}}' });
      const result = await lint(['--config', 'strict.json', '--rule', 'no-duplicate-keys:off', '-f', 'json'], cwd);
      const [file] = JSON.parse(result.stdout);
      assert.deepEqual(file.diagnostics.map((diagnostic: { ruleId: string; severity: string }) => `${diagnostic.ruleId}:${diagnostic.severity}`), ['no-trailing-commas:warning']);
      assert.equal(result.code, 0);
    });

    it('lets a later --rule win over an earlier one', async () => {
      const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE });
      const result = await lint(['--rule', 'no-comments:off', '--rule', 'no-comments:warning', '-f', 'json'], cwd);
      const [file] = JSON.parse(result.stdout);
      assert.equal(file.diagnostics[0].severity, 'warning');
    });
  });

  it('--help prints the lint usage', async () => {
    const result = await runCli(['lint', '--help'], { cwd: tempProject() });
    assert.equal(result.code, 0);
    assert.ok(result.stdout.startsWith('Usage: ce-instance lint [options]'));
    for (const option of ['--format', '--output-file', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--config', '--rule', '--stdin', '--stdin-filename', '--refresh-remote', '--no-color']) {
      assert.ok(result.stdout.includes(`${option} `), option);
    }
  });
});
