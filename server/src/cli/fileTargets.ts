import fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
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
  const add = async (file: string) => {
    const real = await fs.realpath(file).catch(() => file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stats = await statOrUndefined(absolute);
    if (stats?.isDirectory()) {
      const found = await searchDirectory(absolute, errors);
      // An unreadable subdirectory was already reported; "no files" would then be misleading.
      if (found.length === 0 && !errors.some((error) => error.filePath?.startsWith(absolute))) {
        throw new UsageError(`no *.json files in '${arg}' (node_modules and .git are skipped); name the files or a glob instead`);
      }
      for (const file of found) await add(file);
    } else if (stats) {
      await add(absolute);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        expandDirectories: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      if (matches.length === 0) throw new UsageError(`no files match the pattern '${arg}'; check it, and quote it so the shell does not expand it`);
      for (const match of matches.map((file) => path.resolve(file)).sort(byCodeUnits)) await add(match);
    } else {
      throw new UsageError(`'${arg}' does not exist; check the path (it is taken relative to ${cwd})`);
    }
  }
  return { files, errors };
}

/** `*.json` below `root`, sorted per directory; each real directory is entered once, so symlink loops end. */
async function searchDirectory(root: string, errors: RunError[]): Promise<string[]> {
  const found: string[] = [];
  const entered = new Set<string>();
  const visit = async (directory: string): Promise<void> => {
    let real: string;
    let entries: string[];
    try {
      real = await fs.realpath(directory);
      if (entered.has(real)) return;
      entered.add(real);
      entries = (await fs.readdir(directory)).sort(byCodeUnits);
    } catch (error) {
      errors.push({ filePath: directory, message: `cannot read the directory (${describeFsError(error)}); check its permissions` });
      return;
    }
    for (const name of entries) {
      const entry = path.join(directory, name);
      // stat follows symlinks: a link to a directory is searched, a dangling one is passed over.
      const stats = await statOrUndefined(entry);
      if (!stats) continue;
      if (stats.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name)) await visit(entry);
      } else if (stats.isFile() && name.toLowerCase().endsWith('.json')) {
        found.push(entry);
      }
    }
  };
  await visit(root);
  return found;
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
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
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
