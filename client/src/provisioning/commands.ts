import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ConfigResolver, defaultCacheDirectory } from '../../../server/src/config';
import { COMMANDS, SETTINGS_SECTION } from '../manifest';
import { resolveConfigPath } from '../serverSettings';
import { forgetSecrets } from './forgetSecretsFlow';
import type { ProvisionDocument, ProvisionSettings } from './provisionFlow';
import { ProvisionFlow } from './provisionFlow';
import type { ProvisioningSettings } from './provisioningTarget';
import { SchemaPullFlow } from './schemaPullFlow';
import { vscodePorts } from './vscodePorts';

/** As the CLI: long enough for a slow platform, short enough that a lost answer is noticed. */
const PROVISION_TIMEOUT_MS = 60_000;
const SCHEMA_PULL_TIMEOUT_MS = 30_000;

/** The three provisioning commands; the extension registers them at activation. */
export function registerProvisioningCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): vscode.Disposable[] {
  const ports = vscodePorts(context, output);
  const provision = new ProvisionFlow({
    ports,
    configs: () => new ConfigResolver({ cacheDir: defaultCacheDirectory(process.env) }),
    timeoutMs: PROVISION_TIMEOUT_MS,
  });
  const schemaPull = new SchemaPullFlow({ ports, timeoutMs: SCHEMA_PULL_TIMEOUT_MS });

  return [
    // From the editor's title or context menu VS Code passes the document's URI; from the palette, nothing.
    vscode.commands.registerCommand(COMMANDS.provision, async (uri?: unknown) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || (document.languageId !== 'json' && document.languageId !== 'jsonc')) {
        void vscode.window.showErrorMessage('Open the instance body (a JSON file or an unsaved JSON editor) first: "Provision Instance" sends the active editor\'s text.');
        return;
      }
      const run = await provision.run(provisionDocument(document), () => provisionSettings(document));
      run.followUp.catch((error: unknown) => followUpFailed(output, 'Provision Instance', error));
    }),
    vscode.commands.registerCommand(COMMANDS.forgetSecrets, async () => {
      const scope = vscode.window.activeTextEditor?.document.uri;
      await forgetSecrets(ports, provisioningSettings(scope));
    }),
    vscode.commands.registerCommand(COMMANDS.pullElementSchema, async () => {
      const active = vscode.window.activeTextEditor?.document;
      const folder = active ? vscode.workspace.getWorkspaceFolder(active.uri) : undefined;
      const chosen = folder ?? (vscode.workspace.workspaceFolders?.length === 1 ? vscode.workspace.workspaceFolders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'The folder to write the schema into' }));
      const jsonText = active && (active.languageId === 'json' || active.languageId === 'jsonc') ? active.getText() : undefined;
      const run = await schemaPull.run({
        activeText: jsonText,
        folder: chosen?.uri.scheme === 'file' ? chosen.uri.fsPath : undefined,
        provisioning: provisioningSettings(active?.uri),
      });
      run.followUp.catch((error: unknown) => followUpFailed(output, 'Pull Element Schema', error));
    }),
  ];
}

/**
 * An action after the result (copy, open the response, retry) failed. Only the error's kind is
 * logged: its message could quote what the action handled, which may be a secret.
 */
function followUpFailed(output: vscode.LogOutputChannel, command: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  output.error(`${command}: an action on the result failed (${kind}). Run the command again if you still need it.`);
}

function provisionDocument(document: vscode.TextDocument): ProvisionDocument {
  const isFile = document.uri.scheme === 'file';
  return {
    name: isFile ? path.basename(document.uri.fsPath) : document.uri.path,
    filePath: isFile ? document.uri.fsPath : undefined,
    getText: () => document.getText(),
  };
}

function provisioningSettings(scope: vscode.Uri | undefined): ProvisioningSettings {
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return { environment: settings.get<unknown>('provisioning.environment'), baseUrl: settings.get<unknown>('provisioning.baseUrl') };
}

/** The settings as the server would read them for this document (the config path resolved as the client resolves it for the server). */
function provisionSettings(document: vscode.TextDocument): ProvisionSettings {
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri);
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  const configPath = resolveConfigPath(settings.get<unknown>('configPath'), { folder: folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined, home: os.homedir() });
  return {
    provisioning: provisioningSettings(document.uri),
    configPath: typeof configPath === 'string' ? configPath : undefined,
    rules: settings.get<unknown>('rules'),
  };
}
