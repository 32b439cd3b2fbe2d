import {
  CodeActionKind,
  type ClientCapabilities,
  type ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { SEMANTIC_TOKENS_LEGEND } from './semanticTokens';

/** The fix-all kind under our name, so a client can ask for ours alone (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ceInstance`;

/** What the client can do, read once at `initialize`; the rest of the server asks this, not the raw tree. */
export interface ClientFeatures {
  /** `textDocument/diagnostic`: the client pulls diagnostics, so the server does not push them. */
  readonly pullDiagnostics: boolean;
  /** `workspace/diagnostic/refresh`: the server may ask for a new pull after a config change. */
  readonly diagnosticRefresh: boolean;
  /** `workspace/configuration`: settings are asked for, per document. */
  readonly configuration: boolean;
  readonly dynamicConfigurationChange: boolean;
  readonly dynamicWatchedFiles: boolean;
  /** Watchers may be `{ baseUri, pattern }` instead of a glob string. */
  readonly relativePatterns: boolean;
  /** Edits can name the document version they were made for. */
  readonly versionedEdits: boolean;
  /** Completion items may be snippets with tab stops. */
  readonly snippets: boolean;
  /** Workspace edits may hold snippet edits (LSP 3.18): a quick fix can leave the cursor at a tab stop. */
  readonly snippetEdits: boolean;
  /** Document symbols may nest; otherwise they come flat, each naming its container. */
  readonly hierarchicalSymbols: boolean;
  /**
   * Hovers end with the findings under the cursor. A client that shows diagnostics in its own hovers
   * (VS Code) turns this off with the initialization option `findingsInHover: false`.
   */
  readonly findingsInHover: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities, initializationOptions?: unknown): ClientFeatures {
  const workspace = capabilities.workspace;
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: workspace?.diagnostics?.refreshSupport === true,
    configuration: workspace?.configuration === true,
    dynamicConfigurationChange: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchedFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    versionedEdits: workspace?.workspaceEdit?.documentChanges === true,
    snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    snippetEdits: workspace?.workspaceEdit?.snippetEditSupport === true && workspace.workspaceEdit.documentChanges === true,
    hierarchicalSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    findingsInHover: !(typeof initializationOptions === 'object' && initializationOptions !== null && (initializationOptions as { findingsInHover?: unknown }).findingsInHover === false),
  };
}

export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    // Whole documents only: the tokens come from the last check, which covers the whole text anyway.
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    // A quote opens a key or a value; a slash goes on to the next part of a zone id (America/...);
    // in a URL template, `{` opens the descriptor and `:` its zone or pattern.
    completionProvider: { triggerCharacters: ['"', '/', '{', ':'] },
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND, CodeActionKind.RefactorRewrite],
    },
    // Each document is checked on its own: no other file's text changes its findings.
    ...(features.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'ce-instance', interFileDependencies: false, workspaceDiagnostics: false } }
      : {}),
  };
}
