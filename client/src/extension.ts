/**
 * The VS Code extension: starts the ce-instance language server (`dist/server.js`) for instance
 * bodies, which stay in the `json` language so that every JSON editing feature (formatting,
 * folding, bracket matching, breadcrumbs, VS Code's own validation) keeps working on them.
 *
 * When it runs. The manifest activates the extension on `onLanguage:json` (and on its commands).
 * Any JSON document may be an instance body: its content decides, in a file of any name or an
 * unsaved editor, and `ceInstance.files` can name any path. `workspaceContains:` of the default
 * globs would not do instead: it misses all of those, and it activates at start-up in a
 * workspace that merely holds instance files, before any is opened. Activating is cheap: this
 * module registers commands and listeners and starts nothing. The server (a Node process) starts
 * only when an open document is an instance document (`InstanceScope`: named by the globs, or an
 * instance body), and then stays for the session. `jsonc` documents are handed to the server too,
 * once it runs; they do not activate the extension, as every VS Code settings file is `jsonc`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentFindings } from './documentFindings';
import { InstanceScope } from './instanceScope';
import { LanguageServer, type ServerState } from './languageServer';
import { CLIENT_NAME, COMMANDS, SETTINGS_SECTION } from './manifest';
import { affectsJsonValidation, jsonExtensionEnabled } from './middleware';
import { registerProvisioningCommands } from './provisioning/commands';
import { scopedDocument, scopeSettings } from './scopeSettings';
import { StatusItem } from './statusItem';

/**
 * What `activate` returns, for tests and other extensions
 * (`vscode.extensions.getExtension('ce-instance.ce-instance')!.activate()`):
 * - `languageClient`: the client once the server has been started, else undefined. It is the same
 *   object across restarts (by the command or after a crash) unless its first start failed.
 * - `ready`: resolves when the server first runs (it starts when an instance document is open,
 *   so open one first); rejects if that first start fails.
 * - `serverState`: 'not started', 'starting', 'running' or 'stopped'.
 */
export interface CeInstanceApi {
  readonly languageClient: LanguageClient | undefined;
  readonly ready: Promise<void>;
  readonly serverState: ServerState;
}

/** How long an edit rests before the document is looked at again (it may have become an instance body). */
const EDIT_PAUSE_MS = 300;

let server: LanguageServer | undefined;

export function activate(context: vscode.ExtensionContext): CeInstanceApi {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const findings = new DocumentFindings<vscode.Diagnostic>();
  const scope = new InstanceScope();
  const languageServer = new LanguageServer(context, output, findings);
  server = languageServer;
  const status = new StatusItem(scope, findings, languageServer);
  context.subscriptions.push(output, status);

  const startFor = (documents: readonly vscode.TextDocument[]): void => {
    if (languageServer.state !== 'not started') return;
    if (documents.some((document) => scope.includes(scopedDocument(document), scopeSettings(document)))) void languageServer.start();
  };
  let pendingEdit: NodeJS.Timeout | undefined;
  let jsonExtension = jsonExtensionEnabled();
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.restartServer, () => languageServer.restart()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    ...registerProvisioningCommands(context, output),
    vscode.workspace.onDidOpenTextDocument((document) => startFor([document])),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (languageServer.state !== 'not started' || event.contentChanges.length === 0) return;
      clearTimeout(pendingEdit);
      pendingEdit = setTimeout(() => startFor([event.document]), EDIT_PAUSE_MS);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      findings.delete(document.uri.toString());
      scope.forget(document.uri.toString());
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTINGS_SECTION)) {
        startFor(vscode.workspace.textDocuments);
        status.update();
      }
      if (affectsJsonValidation(event)) languageServer.jsonValidationChanged();
    }),
    // Enabling or disabling VS Code's JSON extension changes what it reports.
    vscode.extensions.onDidChange(() => {
      if (jsonExtension === jsonExtensionEnabled()) return;
      jsonExtension = !jsonExtension;
      languageServer.jsonValidationChanged();
    }),
    { dispose: () => clearTimeout(pendingEdit) },
  );
  startFor(vscode.workspace.textDocuments);

  return {
    get languageClient() {
      return languageServer.languageClient;
    },
    ready: languageServer.ready,
    get serverState() {
      return languageServer.state;
    },
  };
}

export async function deactivate(): Promise<void> {
  const stopping = server;
  server = undefined;
  await stopping?.dispose();
}
