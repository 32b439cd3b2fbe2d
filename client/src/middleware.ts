import * as os from 'node:os';
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { DocumentFindings } from './documentFindings';
import { type JsonValidation, ruleIdOf, splitDuplicates } from './duplicateFilter';
import { SETTINGS_SECTION } from './manifest';
import { toServerSettings } from './serverSettings';

/** The built-in extension whose validation reports JSON syntax errors. */
const JSON_EXTENSION_ID = 'vscode.json-language-features';

/**
 * The client's hooks between VS Code and the server: diagnostics that VS Code's JSON validation
 * already shows are held back (and kept for quick fixes), and the settings the server asks for
 * have their config path resolved against the workspace folder.
 */
export function createMiddleware(findings: DocumentFindings<vscode.Diagnostic>): Middleware {
  return {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      // An unchanged report keeps the diagnostics shown before, and so the last split.
      if (!report || !('items' in report)) return report;
      const uri = document instanceof vscode.Uri ? document : document.uri;
      const textDocument = document instanceof vscode.Uri ? openDocument(uri) : document;
      const { shown, hidden } = textDocument
        ? splitDuplicates(report.items, jsonValidation(textDocument), (diagnostic) => ({
            ruleId: ruleIdOf(diagnostic.code),
            message: diagnostic.message,
            coveredText: textDocument.getText(diagnostic.range),
          }))
        : { shown: report.items, hidden: [] };
      findings.set(uri.toString(), { all: report.items, hidden });
      return { ...report, items: shown };
    },

    // The held-back diagnostics under the range go to the server with VS Code's, so their quick fixes are offered.
    provideCodeActions: (document, range, context, token, next) => {
      const hidden = findings.get(document.uri.toString())?.hidden.filter((diagnostic) => diagnostic.range.intersection(range) !== undefined) ?? [];
      if (hidden.length === 0) return next(document, range, context, token);
      return next(document, range, { ...context, diagnostics: [...context.diagnostics, ...hidden] }, token);
    },

    workspace: {
      configuration: async (params, token, next) => {
        const answers = await next(params, token);
        if (!Array.isArray(answers)) return answers;
        return answers.map((answer: unknown, index) => {
          const item = params.items[index];
          return item?.section === SETTINGS_SECTION ? toServerSettings(answer, { folder: folderFor(item.scopeUri), home: os.homedir() }) : answer;
        });
      },
    },
  };
}

/** How VS Code validates the document, read when its report arrives. */
export function jsonValidation(document: vscode.TextDocument): JsonValidation {
  return {
    enabled: vscode.extensions.getExtension(JSON_EXTENSION_ID) !== undefined && vscode.workspace.getConfiguration('json', document).get<boolean>('validate.enable', true),
    languageId: document.languageId,
    documentIsEmpty: document.getText().length === 0,
  };
}

/** Whether a configuration change may change what VS Code's JSON validation shows. */
export function affectsJsonValidation(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('json.validate.enable');
}

export function jsonExtensionEnabled(): boolean {
  return vscode.extensions.getExtension(JSON_EXTENSION_ID) !== undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

/** The folder a relative config path is taken from: the document's workspace folder, else the first one. */
function folderFor(scopeUri: string | undefined): string | undefined {
  const folder = (scopeUri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(scopeUri)) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}
