import { type Connection, type InitializeResult, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigResolver } from '../config';
import { TOOL_NAME, TOOL_VERSION } from '../packageInfo';
import { clientFeatures, serverCapabilities } from './capabilities';
import type { ConfigSource } from './documentChecker';
import { guarded, ServerLog } from './serverLog';
import { ServerSession } from './serverSession';

export interface ServerOptions {
  /** How long a document must rest before a pushed check; tests shorten it. */
  readonly debounceMs?: number;
  /** Where configs come from: a ConfigResolver unless a test gives another. */
  readonly configs?: ConfigSource;
  /** The current instant for the examples in hovers and completions; tests fix it. */
  readonly now?: () => number;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Wires a connection (stdio, IPC, or streams in tests) to the server. Every handler is guarded:
 * whatever goes wrong is logged and answered with an empty result.
 */
export function createServer(connection: Connection, options: ServerOptions = {}): void {
  const log = new ServerLog(connection);
  const documents = new TextDocuments(TextDocument);
  const configs = options.configs ?? new ConfigResolver();
  let session: ServerSession | undefined;

  connection.onInitialize(
    guarded(log, 'initialize', { capabilities: {} }, (params): InitializeResult => {
      const features = clientFeatures(params.capabilities, params.initializationOptions);
      session = new ServerSession(connection, documents, features, configs, log, options.debounceMs ?? DEFAULT_DEBOUNCE_MS, options.now ?? Date.now);
      return { capabilities: serverCapabilities(features), serverInfo: { name: TOOL_NAME, version: TOOL_VERSION } };
    }),
  );
  connection.onInitialized(guarded(log, 'initialized', undefined, () => session?.initialized()));

  documents.onDidChangeContent(guarded(log, 'a document change', undefined, (event) => session?.changed(event.document)));
  documents.onDidClose(guarded(log, 'closing a document', undefined, (event) => session?.closed(event.document)));
  connection.onDidChangeConfiguration(guarded(log, 'a settings change', undefined, (params) => session?.configurationChanged(params.settings)));
  connection.onDidChangeWatchedFiles(guarded(log, 'a file change', undefined, (params) => session?.watchedFilesChanged(params.changes)));

  connection.languages.diagnostics.on(
    guarded(log, 'a diagnostic request', { kind: 'full', items: [] }, async (params) => session?.pullDiagnostics(params) ?? { kind: 'full', items: [] }),
  );
  connection.onCodeAction(guarded(log, 'a code action request', [], async (params) => (await session?.codeActions(params)) ?? []));
  connection.onCompletion(guarded(log, 'a completion request', null, async (params) => (await session?.completion(params)) ?? null));
  connection.onDocumentSymbol(guarded(log, 'a document symbol request', [], async (params) => (await session?.documentSymbols(params)) ?? []));
  connection.onFoldingRanges(guarded(log, 'a folding range request', [], async (params) => (await session?.foldingRanges(params)) ?? []));
  connection.onSelectionRanges(guarded(log, 'a selection range request', [], async (params) => (await session?.selectionRanges(params)) ?? []));
  connection.languages.semanticTokens.on(
    guarded(log, 'a semantic tokens request', { data: [] }, async (params) => (await session?.semanticTokens(params)) ?? { data: [] }),
  );
  connection.onHover(guarded(log, 'a hover request', null, async (params) => (await session?.hover(params)) ?? null));

  connection.onShutdown(guarded(log, 'shutdown', undefined, () => session?.shutdown()));
  connection.onExit(guarded(log, 'exit', undefined, () => session?.shutdown()));

  documents.listen(connection);
}
