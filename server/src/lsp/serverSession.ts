import {
  type CodeAction,
  type CodeActionParams,
  type CompletionList,
  type CompletionParams,
  type Connection,
  DidChangeConfigurationNotification,
  type DocumentDiagnosticParams,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  type FileEvent,
  type FoldingRange,
  type FoldingRangeParams,
  type Hover,
  type HoverParams,
  type SelectionRange,
  type SelectionRangeParams,
  type SemanticTokens,
  type SemanticTokensParams,
  type SymbolInformation,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFeatures } from './capabilities';
import { CheckScheduler } from './checkScheduler';
import { codeActions } from './codeActions';
import { completion } from './completion';
import { ConfigWatcher } from './configWatcher';
import { toDiagnostics } from './diagnostics';
import { type ConfigSource, type DocumentCheck, DocumentChecker } from './documentChecker';
import { hover } from './hover';
import { isJsonLanguage } from './documentScope';
import { guarded, type ServerLog } from './serverLog';
import { SETTINGS_SECTION, SettingsStore } from './settings';
import { foldingRanges } from './folding';
import { selectionRanges } from './selectionRanges';
import { semanticTokens } from './semanticTokens';
import { documentSymbols, symbolInformation } from './symbols';
import { forgetRememberedStrings } from '../engine';

/**
 * The server after `initialize`, when the client's features are known: turns document, settings
 * and file events into checks, and answers diagnostic and code action requests from them.
 */
export class ServerSession {
  private readonly settings: SettingsStore;
  private readonly watcher: ConfigWatcher;
  private readonly checker: DocumentChecker;
  private readonly scheduler: CheckScheduler;
  /** Pull results are named per session, so a restarted server never answers "unchanged" to an old id. */
  private readonly resultPrefix = Math.random().toString(36).slice(2, 8);

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly features: ClientFeatures,
    private readonly configs: ConfigSource,
    log: ServerLog,
    debounceMs: number,
    private readonly now: () => number,
  ) {
    this.settings = new SettingsStore(connection, features, log);
    this.watcher = new ConfigWatcher(connection, features, log);
    this.checker = new DocumentChecker(documents, this.settings, configs, this.watcher, log);
    // Checks run from timers, outside any handler, so they need a guard of their own.
    this.scheduler = new CheckScheduler(debounceMs, guarded(log, 'checking a document', undefined, (uri: string, isLatest: () => boolean) => this.publish(uri, isLatest)));
  }

  initialized(): void {
    if (this.features.dynamicConfigurationChange) {
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    }
    this.watcher.start();
  }

  /** Opened or edited. Pull clients ask when they want the findings; others get them pushed after a pause. */
  changed(document: TextDocument): void {
    if (this.features.pullDiagnostics || !isJsonLanguage(document.languageId)) return;
    this.scheduler.schedule(document.uri);
  }

  closed(document: TextDocument): void {
    this.scheduler.cancel(document.uri);
    this.checker.forget(document.uri);
    if (!this.features.pullDiagnostics && isJsonLanguage(document.languageId)) {
      void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }
    // With no document open, nothing remembered from their text (secrets among it) is kept.
    if (this.documents.all().length === 0) forgetRememberedStrings();
  }

  configurationChanged(settings: unknown): void {
    this.settings.changed(settings);
    this.recheckAll();
  }

  watchedFilesChanged(changes: readonly FileEvent[]): void {
    if (!this.watcher.affectsConfig(changes)) return;
    this.configs.clear();
    this.recheckAll();
  }

  async pullDiagnostics(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
    const check = await this.checker.check(params.textDocument.uri);
    if (!check) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${this.resultPrefix}:${check.generation}:${check.version}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: toDiagnostics(check.findings, check.lines, check.version) };
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    // The edits count positions in the checked text: if the document moved on meanwhile, they would land wrong.
    const check = await this.currentCheck(params.textDocument.uri);
    if (!check) return [];
    return codeActions(params.context, params.range, check, this.features);
  }

  /**
   * The last check when it is for the document's current version (checked now if it is not): the
   * position in a request counts in the current text, and the model is read, never re-linted.
   */
  private async currentCheck(uri: string): Promise<DocumentCheck | undefined> {
    const check = await this.checker.check(uri);
    return check && check.version === this.documents.get(uri)?.version ? check : undefined;
  }

  async completion(params: CompletionParams): Promise<CompletionList | null> {
    const check = await this.currentCheck(params.textDocument.uri);
    if (!check?.body) return null;
    return completion(check.body, check.lines, params.position, { now: this.now(), snippets: this.features.snippets, schemaChecks: check.options.schemaChecks });
  }

  async documentSymbols(params: DocumentSymbolParams): Promise<DocumentSymbol[] | SymbolInformation[]> {
    const check = await this.currentCheck(params.textDocument.uri);
    if (!check?.body) return [];
    return this.features.hierarchicalSymbols ? documentSymbols(check.body, check.lines) : symbolInformation(check.body, check.lines, check.uri);
  }

  async hover(params: HoverParams): Promise<Hover | null> {
    const check = await this.currentCheck(params.textDocument.uri);
    return check?.applies ? hover(check.body, this.features.findingsInHover ? check.findings : [], check.lines, params.position, this.now()) : null;
  }

  async foldingRanges(params: FoldingRangeParams): Promise<FoldingRange[]> {
    const check = await this.currentCheck(params.textDocument.uri);
    return check?.body ? foldingRanges(check.body.tree, check.lines) : [];
  }

  async selectionRanges(params: SelectionRangeParams): Promise<SelectionRange[]> {
    const check = await this.currentCheck(params.textDocument.uri);
    return check?.body ? selectionRanges(check.body, check.lines, params.positions) : [];
  }

  async semanticTokens(params: SemanticTokensParams): Promise<SemanticTokens> {
    const check = await this.currentCheck(params.textDocument.uri);
    return check?.body ? semanticTokens(check.body, check.lines) : { data: [] };
  }

  shutdown(): void {
    this.scheduler.dispose();
  }

  private async publish(uri: string, isLatest: () => boolean): Promise<void> {
    const check = await this.checker.check(uri, isLatest);
    if (!check || !isLatest()) return;
    await this.connection.sendDiagnostics({ uri, version: check.version, diagnostics: toDiagnostics(check.findings, check.lines, check.version) });
  }

  /** Settings or a config changed: every open document's findings may differ. */
  private recheckAll(): void {
    this.checker.invalidate();
    if (this.features.pullDiagnostics) {
      if (this.features.diagnosticRefresh) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const document of this.documents.all()) this.changed(document);
  }
}
