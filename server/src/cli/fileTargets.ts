import fs, { type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from './cliIo';
import type { RunError } from './report';
// A require, not an import: bundled as an import, esbuild takes tinyglobby's ESM build, whose
// fdir dependency calls createRequire(import.meta.url), which is undefined in a CJS bundle.
import tinyglobby = require('tinyglobby');

const { glob, isDynamicPattern } = tinyglobby;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface FileTargets {
  /** Absolute paths, each real file once, in the order the arguments named them. */
  readonly files: readonly string[];
  /** Directories that could not be read; the rest of the run goes on. */
  readonly errors: readonly RunError[];
}

/**
 * Turns the command line's paths into files: directories are searched for `*.json`, globs are
 * expanded, and files named explicitly are taken whatever their extension. A path that names
 * nothing is a usage error (a typo should not pass as "no problems").
 */
export async function findFileTargets(args: readonly string[], cwd: string): Promise<FileTargets> {
  const files: string[] = [];
  const errors: RunError[] = [];
  const seen = new Set<string>();
  // Synchronous file-system calls throughout: for thousands of files the thread-pool round trips
  // of fs/promises cost more than the calls themselves.
  const add = (file: string, real = realpathOr(file)) => {
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stats = statOrUndefined(absolute);
    if (stats?.isDirectory()) {
      const found = searchDirectory(absolute, errors);
      // An unreadable subdirectory was already reported; "no files" would then be misleading.
      if (found.length === 0 && !errors.some((error) => error.filePath?.startsWith(absolute))) {
        throw new UsageError(`no *.json files in '${arg}' (node_modules and .git are skipped); name the files or a glob instead`);
      }
      for (const { file, real } of found) add(file, real);
    } else if (stats) {
      add(absolute);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        expandDirectories: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      if (matches.length === 0) throw new UsageError(`no files match the pattern '${arg}'; check it, and quote it so the shell does not expand it`);
      for (const match of matches.map((file) => path.resolve(file)).sort(byCodeUnits)) add(match);
    } else if (isLinkLoop(absolute)) {
      throw new UsageError(`'${arg}' is a symbolic link that leads back to itself (a link loop); point it at a file`);
    } else {
      throw new UsageError(`'${arg}' does not exist; check the path (it is taken relative to ${cwd})`);
    }
  }
  return { files, errors };
}

/** A file found in a directory, with its real path (to take each file once). */
interface FoundFile {
  readonly file: string;
  readonly real: string;
}

/** `*.json` below `root`, sorted per directory; each real directory is entered once, so symlink loops end. */
function searchDirectory(root: string, errors: RunError[]): FoundFile[] {
  const found: FoundFile[] = [];
  const entered = new Set<string>();
  const visit = (directory: string): void => {
    let entries: fs.Dirent[];
    let real: string;
    try {
      real = fs.realpathSync(directory);
      if (entered.has(real)) return;
      entered.add(real);
      entries = fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name));
    } catch (error) {
      errors.push({ filePath: directory, message: `cannot read the directory (${describeFsError(error)}); check its permissions` });
      return;
    }
    for (const dirent of entries) {
      const entry = path.join(directory, dirent.name);
      // A link is followed (stat): to a directory it is searched, dangling it is passed over.
      const kind = dirent.isSymbolicLink() ? statOrUndefined(entry) : dirent;
      if (!kind) continue;
      if (kind.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(dirent.name)) visit(entry);
      } else if (kind.isFile() && dirent.name.toLowerCase().endsWith('.json')) {
        // A plain file's real path is its real directory's and its name: no realpath call (a stat
        // of every part of the path) per file; a link's is looked up.
        found.push({ file: entry, real: kind === dirent ? path.join(real, dirent.name) : realpathOr(entry) });
      }
    }
  };
  visit(root);
  return found;
}

/** Whether following `file` loops (ELOOP): it exists as a link, yet it cannot be resolved. */
function isLinkLoop(file: string): boolean {
  try {
    fs.statSync(file);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** The stable order of file names, whatever the locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `permission denied` rather than `EACCES: permission denied, scandir '/x'`. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it does not exist';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
