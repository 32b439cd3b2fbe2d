import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Connection, DidChangeWatchedFilesNotification, type FileEvent, type FileSystemWatcher } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../config';
import type { ClientFeatures } from './capabilities';
import { documentLocation } from './documentLocation';
import type { ServerLog } from './serverLog';

/**
 * Knows which files the findings depend on besides the document: every `.ce-instance.json`, and
 * each file a resolved config was read from (extended configs, package manifests, schemas).
 * Clients that allow it are asked to report changes to them.
 */
export class ConfigWatcher {
  private readonly watched = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly features: ClientFeatures,
    private readonly log: ServerLog,
  ) {}

  /** Config files anywhere in the workspace: a new one can change the findings of files below it. */
  start(): void {
    this.register([{ globPattern: `**/${CONFIG_FILE_NAME}` }]);
  }

  watch(files: readonly string[]): void {
    const added = files.filter((file) => !this.watched.has(file));
    if (added.length === 0) return;
    for (const file of added) this.watched.add(file);
    // These may lie outside the workspace (an extended file in a parent folder), so each is named.
    this.register(added.map((file) => ({ globPattern: this.patternFor(file) })));
  }

  affectsConfig(changes: readonly FileEvent[]): boolean {
    return changes.some((change) => {
      const { filePath } = documentLocation(change.uri);
      return filePath !== undefined && (path.basename(filePath) === CONFIG_FILE_NAME || this.watched.has(filePath));
    });
  }

  private patternFor(file: string): FileSystemWatcher['globPattern'] {
    if (this.features.relativePatterns) {
      return { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) };
    }
    return file.split(path.sep).join('/');
  }

  private register(watchers: FileSystemWatcher[]): void {
    if (!this.features.dynamicWatchedFiles) return;
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .catch((error: unknown) => this.log.internalError('registering file watchers', error));
  }
}
