import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { removeTempProjects, runCli, tempProject } from '../../server/src/cli/testing/cliHarness';
import { assertCliBuilt, giveTo, spawnCli, stopChildren, unprivilegedUser, type User } from './support/cliProcess';

/**
 * The CLI when the file system works against it. Permission cases run as a user for whom
 * permissions apply: this one, or `nobody` when the tests run as root (CI does). Every run must
 * say clearly what went wrong, exit 2 when the run itself failed, still report the other files,
 * and never leave a file half-written or a temporary file behind.
 */
const BAD = '{\n  "element": {"key": "box"},\n  "configuration": {"x": 1,}\n}\n';
const FIXED = BAD.replace('1,}', '1}');
const BAD_REPORT = (name: string) => new RegExp(`^${name.replace('.', '\\.')}\\n\\s+3:27\\s+error\\s+Trailing comma`, 'm');

/** The names in `dir` (dot files too), sorted: a temporary file left behind shows up here. */
function namesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name !== '.cache').sort();
}

describe('robustness: CLI faults', function () {
  this.timeout(20_000);
  afterEach(stopChildren);
  after(removeTempProjects);

  describe('permissions (as a user they apply to)', () => {
    let user: User | 'self' | undefined;
    before(function () {
      assertCliBuilt();
      user = unprivilegedUser();
      if (!user) {
        const reason = ' [skipped: running as root, which reads and writes any file, and user nobody cannot run the CLI from this checkout]';
        for (const test of this.test?.parent?.tests ?? []) test.title += reason;
        this.skip();
      }
    });
    const lint = (args: string[], cwd: string) => {
      giveTo(cwd, user!);
      return spawnCli(['lint', ...args], { cwd, user: user === 'self' ? undefined : user });
    };

    it('an unreadable file: a clear error, exit 2, the other file still reported', async () => {
      const cwd = tempProject({ 'secret.json': BAD, 'bad.json': BAD });
      fs.chmodSync(path.join(cwd, 'secret.json'), 0o000);
      const result = await lint([], cwd);
      assert.equal(result.stderr, 'ce-instance: secret.json: cannot read the file (permission denied); check it and its permissions\n');
      assert.match(result.stdout, BAD_REPORT('bad.json'));
      assert.equal(result.code, 2);
    });

    it('an unreadable directory: a clear error, exit 2, the other file still reported', async () => {
      const cwd = tempProject({ 'locked/a.json': BAD, 'bad.json': BAD });
      fs.chmodSync(path.join(cwd, 'locked'), 0o000);
      try {
        const result = await lint([], cwd);
        assert.match(result.stderr, /^ce-instance: locked: cannot read the directory \(permission denied\); check its permissions\n$/);
        assert.match(result.stdout, BAD_REPORT('bad.json'));
        assert.equal(result.code, 2);
      } finally {
        fs.chmodSync(path.join(cwd, 'locked'), 0o755); // so that the clean-up can remove it
      }
    });

    it('--fix of a read-only file: left as it was, said so, exit 2; the writable one is fixed', async () => {
      const cwd = tempProject({ 'readonly.json': BAD, 'bad.json': BAD });
      fs.chmodSync(path.join(cwd, 'readonly.json'), 0o444);
      const result = await lint(['--fix', 'readonly.json', 'bad.json'], cwd);
      // A file without write permission is one its owner protected (generated, or locked by a VCS):
      // replacing it through a rename of the directory entry goes around that, as `eslint --fix`
      // and `prettier --write` do not.
      assert.equal(fs.readFileSync(path.join(cwd, 'readonly.json'), 'utf8'), BAD, 'the read-only file was rewritten');
      assert.equal(result.stderr, 'ce-instance: readonly.json: cannot write the fixed file (permission denied); nothing was changed in it\n');
      assert.equal(fs.readFileSync(path.join(cwd, 'bad.json'), 'utf8'), FIXED);
      assert.equal(result.code, 2);
      assert.deepEqual(namesIn(cwd), ['bad.json', 'readonly.json']);
    });

    it('--fix in a read-only directory: nothing changed, no temporary file, the problems still reported, exit 2', async () => {
      const cwd = tempProject({ 'locked/bad.json': BAD, 'open/bad.json': BAD });
      giveTo(cwd, user!);
      fs.chmodSync(path.join(cwd, 'locked'), 0o555);
      const result = await lint(['--fix', 'locked/bad.json', 'open/bad.json'], cwd).finally(() => fs.chmodSync(path.join(cwd, 'locked'), 0o755));
      assert.equal(result.stderr, 'ce-instance: locked/bad.json: cannot write the fixed file (permission denied); nothing was changed in it\n');
      assert.equal(fs.readFileSync(path.join(cwd, 'locked/bad.json'), 'utf8'), BAD);
      assert.deepEqual(namesIn(path.join(cwd, 'locked')), ['bad.json']);
      assert.equal(fs.readFileSync(path.join(cwd, 'open/bad.json'), 'utf8'), FIXED);
      // The file still holds its trailing comma, so the report must still show it.
      assert.match(result.stdout, BAD_REPORT('locked/bad.json'));
      assert.equal(result.code, 2);
    });
  });

  describe('paths that are not plain files', () => {
    const lint = (args: string[], cwd: string) => runCli(['lint', ...args], { cwd });

    it('a directory named like a file is searched; one with no JSON in it is a usage error', async () => {
      const cwd = tempProject({ 'folder.json/bad.json': BAD, 'empty.json/readme.txt': 'x' });
      const searched = await lint(['folder.json'], cwd);
      assert.match(searched.stdout, BAD_REPORT('folder.json/bad.json'));
      assert.equal(searched.code, 1);
      const empty = await lint(['empty.json'], cwd);
      assert.equal(empty.stderr, "ce-instance lint: no *.json files in 'empty.json' (node_modules and .git are skipped); name the files or a glob instead (see 'ce-instance lint --help')\n");
      assert.equal(empty.code, 2);
    });

    it('a directory as --stdin-filename or as --output-file: a clear error, exit 2', async () => {
      const cwd = tempProject({ 'bad.json': BAD, 'reports/.keep': '' });
      const stdinName = await runCli(['lint', '--stdin', '--stdin-filename', 'reports'], { cwd, stdin: BAD });
      assert.match(stdinName.stderr, /--stdin-filename 'reports' is a directory/);
      assert.equal(stdinName.code, 2);
      const output = await lint(['--output-file', 'reports', 'bad.json'], cwd);
      assert.match(output.stderr, /^ce-instance: reports: cannot write the report \(it is a directory\); choose another --output-file\n$/);
      assert.equal(output.code, 2);
    });

    it('a symbolic link loop named as a file: an error that says it is a link loop, exit 2', async () => {
      const cwd = tempProject({ 'bad.json': BAD });
      fs.symlinkSync('loop-b.json', path.join(cwd, 'loop-a.json'));
      fs.symlinkSync('loop-a.json', path.join(cwd, 'loop-b.json'));
      const result = await lint(['loop-a.json', 'bad.json'], cwd);
      assert.equal(result.code, 2);
      // "does not exist" sends the user looking for a missing file; `ls` shows it is there.
      assert.match(result.stderr, /loop-a\.json.*(symbolic link|link loop|links)/);
    });

    it('symbolic link loops inside a searched directory: the search ends, each real file is checked once', async () => {
      const cwd = tempProject({ 'a/bad.json': BAD, 'b/clean.json': '{"name": "x"}\n' });
      fs.symlinkSync('..', path.join(cwd, 'a/up'));
      fs.symlinkSync('../a', path.join(cwd, 'b/to-a'));
      fs.symlinkSync('self.json', path.join(cwd, 'b/self.json'));
      const result = await lint(['-f', 'json', '.'], cwd);
      const names = JSON.parse(result.stdout).map((file: { filePath: string }) => path.relative(cwd, file.filePath));
      assert.deepEqual(names, ['a/bad.json', 'b/clean.json']);
      assert.equal(result.code, 1);
    });
  });

  describe('files that change under the run', () => {
    /** Calls `before(file)` just before the CLI reads `target`, whichever read function it uses. */
    async function withReadHook<T>(target: string, before: () => void, run: () => Promise<T>): Promise<{ result: T; hooked: number }> {
      const sync = fs.readFileSync;
      const promised = fsPromises.readFile;
      let hooked = 0;
      const hook = (file: unknown) => {
        if (typeof file === 'string' && path.resolve(file) === target) {
          hooked++;
          before();
        }
      };
      (fs as { readFileSync: unknown }).readFileSync = (file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
        hook(file);
        return (sync as (...args: unknown[]) => unknown)(file, ...rest);
      };
      (fsPromises as { readFile: unknown }).readFile = (file: unknown, ...rest: unknown[]) => {
        hook(file);
        return (promised as (...args: unknown[]) => unknown)(file, ...rest);
      };
      try {
        return { result: await run(), hooked };
      } finally {
        (fs as { readFileSync: unknown }).readFileSync = sync;
        (fsPromises as { readFile: unknown }).readFile = promised;
      }
    }

    it('a file deleted between the directory listing and its reading: a clear error, exit 2, the rest reported', async () => {
      const cwd = tempProject({ 'a-gone.json': BAD, 'bad.json': BAD });
      const gone = path.join(cwd, 'a-gone.json');
      const { result, hooked } = await withReadHook(gone, () => fs.rmSync(gone), () => runCli(['lint', '.'], { cwd }));
      assert.equal(hooked, 1, 'the CLI did not read the file through fs.readFileSync or fs.promises.readFile');
      assert.equal(result.stderr, 'ce-instance: a-gone.json: cannot read the file (it does not exist); check it and its permissions\n');
      assert.match(result.stdout, BAD_REPORT('bad.json'));
      assert.equal(result.code, 2);
    });

    it('a file replaced by a directory between listing and reading: a clear error, exit 2', async () => {
      const cwd = tempProject({ 'a-moved.json': BAD, 'bad.json': BAD });
      const moved = path.join(cwd, 'a-moved.json');
      const { result } = await withReadHook(moved, () => { fs.rmSync(moved); fs.mkdirSync(moved); }, () => runCli(['lint', '.'], { cwd }));
      assert.equal(result.stderr, 'ce-instance: a-moved.json: cannot read the file (it is a directory); check it and its permissions\n');
      assert.match(result.stdout, BAD_REPORT('bad.json'));
      assert.equal(result.code, 2);
    });
  });

  describe('--fix when writing fails', () => {
    /** Makes `fs.promises[name]` fail (after `partial`, when given) for paths in `dir`, during `run`. */
    async function failing<T>(name: 'rename' | 'writeFile', dir: string, code: string, run: () => Promise<T>, partial?: (file: string, data: string) => Promise<void>): Promise<T> {
      const original = fsPromises[name] as (...args: unknown[]) => Promise<unknown>;
      (fsPromises as Record<string, unknown>)[name] = async (file: unknown, ...rest: unknown[]) => {
        if (typeof file === 'string' && file.startsWith(dir)) {
          if (partial) await partial(file, String(rest[0]));
          throw Object.assign(new Error(`${code}: injected`), { code });
        }
        return original(file, ...rest);
      };
      try {
        return await run();
      } finally {
        (fsPromises as Record<string, unknown>)[name] = original;
      }
    }

    it('a rename that fails (EXDEV): the file keeps its old content, no temporary file, exit 2', async () => {
      const cwd = tempProject({ 'bad.json': BAD });
      const result = await failing('rename', cwd, 'EXDEV', () => runCli(['lint', '--fix', 'bad.json'], { cwd }));
      assert.equal(result.stderr, 'ce-instance: bad.json: cannot write the fixed file (EXDEV); nothing was changed in it\n');
      assert.equal(fs.readFileSync(path.join(cwd, 'bad.json'), 'utf8'), BAD);
      assert.deepEqual(namesIn(cwd), ['bad.json']);
      assert.equal(result.code, 2);
    });

    it('a disk that fills up half-way through the write (ENOSPC): the file keeps its old content, no temporary file, exit 2', async () => {
      const cwd = tempProject({ 'bad.json': BAD, 'other.json': BAD });
      const halfWrite = (file: string, data: string) => fsPromises.appendFile(file, data.slice(0, data.length >> 1));
      const result = await failing('writeFile', path.join(cwd, '.bad.json'), 'ENOSPC', () => runCli(['lint', '--fix', 'bad.json', 'other.json'], { cwd }), halfWrite);
      assert.equal(result.stderr, 'ce-instance: bad.json: cannot write the fixed file (ENOSPC); nothing was changed in it\n');
      assert.equal(fs.readFileSync(path.join(cwd, 'bad.json'), 'utf8'), BAD);
      assert.equal(fs.readFileSync(path.join(cwd, 'other.json'), 'utf8'), FIXED);
      assert.deepEqual(namesIn(cwd), ['bad.json', 'other.json']);
      assert.equal(result.code, 2);
    });
  });
});
