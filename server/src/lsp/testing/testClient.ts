import {
  type ClientCapabilities,
  type CodeAction,
  CodeActionRequest,
  type CodeActionTriggerKind,
  ConfigurationRequest,
  type Diagnostic,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  type CompletionList,
  CompletionRequest,
  type DocumentSymbol,
  DocumentSymbolRequest,
  ExitNotification,
  type FoldingRange,
  FoldingRangeRequest,
  type Hover,
  HoverRequest,
  type Position,
  type FileEvent,
  type InitializeResult,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  type ProtocolConnection,
  type SymbolInformation,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  type Range,
  type Registration,
  type SelectionRange,
  SelectionRangeRequest,
  SemanticTokensRequest,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** Answers `workspace/configuration` for the `ceInstance` section of a document. */
export type SettingsFor = (scopeUri: string | undefined) => unknown;

/**
 * An LSP client for tests: sends what an editor would, records what the server sends back,
 * and waits (with a deadline, so a broken server fails the test quickly) for expected messages.
 */
export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly shownMessages: string[] = [];
  readonly registrations: Registration[] = [];
  diagnosticRefreshes = 0;
  settingsFor: SettingsFor = () => undefined;
  private readonly waiters = new Set<() => void>();
  private failure: Error | undefined;

  constructor(readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(() => this.published.push(params)));
    connection.onNotification(LogMessageNotification.type, (params) => this.record(() => this.logs.push(params.message)));
    connection.onNotification(ShowMessageNotification.type, (params) => this.record(() => this.shownMessages.push(params.message)));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => this.settingsFor(item.scopeUri)));
    connection.onRequest(RegistrationRequest.type, (params) => this.record(() => this.registrations.push(...params.registrations)));
    connection.onRequest(DiagnosticRefreshRequest.type, () => this.record(() => this.diagnosticRefreshes++));
    connection.listen();
  }

  /** Makes every wait fail at once, with `error` (the server process died, say). */
  fail(error: Error): void {
    this.failure ??= error;
    for (const wake of this.waiters) wake();
  }

  initialize(capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<InitializeResult> {
    return this.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities, initializationOptions, workspaceFolders: null });
  }

  initialized(): Promise<void> {
    return this.connection.sendNotification(InitializedNotification.type, {});
  }

  open(uri: string, text: string, languageId = 'json', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeSettings(settings: unknown): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  changeFiles(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[], triggerKind?: CodeActionTriggerKind): Promise<(CodeAction | { command: string })[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only, triggerKind } });
  }

  async completion(uri: string, position: Position): Promise<CompletionList | null> {
    const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(result) ? { isIncomplete: false, items: result } : result;
  }

  async documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[]> {
    return (await this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [];
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async foldingRanges(uri: string): Promise<FoldingRange[]> {
    return (await this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
  }

  async selectionRanges(uri: string, positions: Position[]): Promise<SelectionRange[]> {
    return (await this.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions })) ?? [];
  }

  /** The encoded data of `textDocument/semanticTokens/full`. */
  async semanticTokens(uri: string): Promise<number[]> {
    return (await this.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.data ?? [];
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
  }

  /** The next diagnostics published for `uri` after the `count` already seen, for `version` when given. */
  diagnostics(uri: string, options: { after?: number; version?: number; timeoutMs?: number } = {}): Promise<PublishDiagnosticsParams> {
    const after = options.after ?? 0;
    return this.waitFor(`diagnostics for ${uri}${options.version === undefined ? '' : ` version ${options.version}`}`, options.timeoutMs, () =>
      this.publishedFor(uri)
        .slice(after)
        .find((params) => options.version === undefined || params.version === options.version),
    );
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((params) => params.uri === uri);
  }

  /** Resolves with the first truthy `probe()`, checked again on every message from the server. */
  waitFor<T>(what: string, timeoutMs = 5000, probe: () => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        if (this.failure) return finish(() => reject(this.failure));
        const value = probe();
        if (value) finish(() => resolve(value));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  private record(action: () => unknown): void {
    action();
    for (const wake of [...this.waiters]) wake();
  }
}
