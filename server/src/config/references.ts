import fs from 'node:fs/promises';
import path from 'node:path';
import { type DocumentLocation, type Reference, referenceError } from './documents';
import { displayEntry, isUrlReference, remoteUrlProblem } from './remoteUrl';

/** A resolved `extends` entry. */
export interface ExtendedConfig {
  readonly location: DocumentLocation;
  /** Reached through an npm package or a URL: its `files` globs use the extending project's directory. */
  readonly shared: boolean;
  /** Local files read to find it (a package's package.json). */
  readonly files: readonly string[];
}

/** The file name an npm package ships its config under, at its root. */
const PACKAGE_CONFIG_FILE = 'ce-instance.json';

/** Resolves a schema entry: a file path relative to the naming config, or a URL. */
export function resolveSchemaLocation(reference: Reference, from: DocumentLocation): DocumentLocation {
  const entry = reference.entry.value;
  if (isUrlReference(entry)) return urlLocation(reference, entry);
  return relativeLocation(reference, from);
}

/** Resolves an `extends` entry: a file path, an npm package name or a URL. */
export async function resolveExtends(reference: Reference, from: DocumentLocation): Promise<ExtendedConfig> {
  const entry = reference.entry.value;
  if (isUrlReference(entry)) return { location: urlLocation(reference, entry), shared: true, files: [] };
  if (isPath(entry)) return { location: relativeLocation(reference, from), shared: from.kind === 'url', files: [] };
  if (from.kind === 'url') throw remoteOnlyError(reference);
  return packageConfig(reference, path.dirname(from.path));
}

function isPath(entry: string): boolean {
  return /^\.\.?([\\/]|$)/.test(entry) || path.isAbsolute(entry);
}

function relativeLocation(reference: Reference, from: DocumentLocation): DocumentLocation {
  const entry = reference.entry.value;
  if (from.kind === 'file') return { kind: 'file', path: path.resolve(path.dirname(from.path), entry) };
  // A remote config names its neighbours relative to its own URL; it has no business with local files.
  if (path.isAbsolute(entry)) throw remoteOnlyError(reference);
  return { kind: 'url', url: checkedUrl(reference, new URL(entry.replace(/\\/g, '/'), from.url)) };
}

function urlLocation(reference: Reference, entry: string): DocumentLocation {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw referenceError(reference, `"${displayEntry(entry)}" is not a valid URL. Check its spelling.`);
  }
  return { kind: 'url', url: checkedUrl(reference, url) };
}

function checkedUrl(reference: Reference, url: URL): URL {
  const problem = remoteUrlProblem(url);
  if (problem) throw referenceError(reference, problem);
  return url;
}

function remoteOnlyError(reference: Reference) {
  return referenceError(reference, `"${reference.entry.value}" cannot be used in a remote config: it may only name URLs and paths relative to its own URL.`);
}

/** The package's `ce-instance.json`, else its `main` when that is a JSON file. */
async function packageConfig(reference: Reference, fromDirectory: string): Promise<ExtendedConfig> {
  const name = reference.entry.value;
  let manifest: string;
  try {
    manifest = require.resolve(`${name}/package.json`, { paths: [fromDirectory] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      throw referenceError(reference, `The npm package "${name}" does not export its package.json. Add "./package.json" to the "exports" of the package.`);
    }
    throw referenceError(reference, `Cannot find the npm package "${name}" from ${fromDirectory}. Install it (npm install --save-dev ${name}), or start the entry with "./" if it is a file.`);
  }
  const packageDirectory = path.dirname(manifest);
  const shipped = path.join(packageDirectory, PACKAGE_CONFIG_FILE);
  if (await isFile(shipped)) return { location: { kind: 'file', path: shipped }, shared: true, files: [] };
  let main: unknown;
  try {
    main = (JSON.parse(await fs.readFile(manifest, 'utf8')) as { main?: unknown }).main;
  } catch {
    main = undefined;
  }
  if (typeof main === 'string' && main.endsWith('.json')) {
    return { location: { kind: 'file', path: path.resolve(packageDirectory, main) }, shared: true, files: [manifest] };
  }
  throw referenceError(reference, `The npm package "${name}" has no ${PACKAGE_CONFIG_FILE} and its "main" is not a .json file. Add a ${PACKAGE_CONFIG_FILE} at the root of the package.`);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
