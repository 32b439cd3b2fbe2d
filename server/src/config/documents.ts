import fs from 'node:fs/promises';
import { ConfigError } from './configError';
import type { Located } from './configFile';
import type { RemoteCache } from './remoteCache';
import { displayUrl } from './remoteUrl';

/** Where a config or schema is read from. */
export type DocumentLocation =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: URL };

/** An entry of a config that names another document, for errors that point at it. */
export interface Reference {
  readonly role: 'config' | 'schema';
  readonly entry: Located;
  /** The naming config, as messages show it. */
  readonly declaredIn: string;
}

export interface DocumentContent {
  readonly text: string;
  readonly warnings: readonly string[];
  /** The local file read, for the language server to watch. */
  readonly file?: string;
}

/** The identity of a document: one load per key. */
export function locationKey(location: DocumentLocation): string {
  return location.kind === 'file' ? location.path : location.url.href;
}

/** The document as messages name it. */
export function locationName(location: DocumentLocation): string {
  return location.kind === 'file' ? location.path : displayUrl(location.url);
}

export function referenceError(reference: Reference, detail: string): ConfigError {
  return new ConfigError(detail, reference.declaredIn, reference.entry.position);
}

/** Reads local files and remote documents, turning failures into errors at the entry that named them. */
export class DocumentReader {
  constructor(private readonly remote: RemoteCache) {}

  /** The project's own config file, found by discovery or given with --config or the editor's setting. */
  async readConfigFile(file: string): Promise<DocumentContent> {
    try {
      return { text: await fs.readFile(file, 'utf8'), warnings: [], file };
    } catch (error) {
      const code = errorCode(error);
      throw new ConfigError(code === 'ENOENT' ? 'Config file not found. Check the path given with --config or the ceInstance.configPath setting.' : `Cannot read the config file (${code}).`, file);
    }
  }

  /** A document that `reference` names. */
  async read(location: DocumentLocation, reference: Reference): Promise<DocumentContent> {
    if (location.kind === 'url') {
      const remote = await this.remote.get(location.url);
      if (remote.ok) return { text: remote.text, warnings: remote.warnings };
      throw referenceError(reference, `Cannot fetch ${displayUrl(location.url)} (${remote.reason}). Check the URL and the network; once fetched, it is cached for offline use.`);
    }
    try {
      return { text: await fs.readFile(location.path, 'utf8'), warnings: [], file: location.path };
    } catch (error) {
      const code = errorCode(error);
      const what = reference.role === 'config' ? 'extended config' : 'schema';
      throw referenceError(reference, code === 'ENOENT'
        ? `Cannot read the ${what} "${reference.entry.value}": ${location.path} does not exist. Paths are relative to the config that names them.`
        : `Cannot read the ${what} "${reference.entry.value}" at ${location.path} (${code}).`);
    }
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
