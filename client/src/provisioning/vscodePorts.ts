import * as path from 'node:path';
import * as vscode from 'vscode';
import { SHOW_PROBLEMS_COMMAND } from '../manifest';
import type { ProvisioningPorts } from './ports';

/** How long a status bar note ("copied") stays. */
const STATUS_MS = 5_000;

/** The ports of the provisioning flows, on the VS Code API: nothing but translation here. */
export function vscodePorts(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): ProvisioningPorts {
  return {
    secrets: {
      get: async (key) => context.secrets.get(key),
      store: async (key, value) => context.secrets.store(key, value),
      delete: async (key) => context.secrets.delete(key),
    },
    prompts: {
      secret: async ({ title, prompt, validate }) => vscode.window.showInputBox({ title, prompt, password: true, ignoreFocusOut: true, validateInput: validate }),
      text: async ({ title, prompt, value, validate }) => vscode.window.showInputBox({ title, prompt, value, ignoreFocusOut: true, validateInput: validate }),
      // A modal message has a Cancel button of its own.
      confirm: async ({ message, detail, confirm }) => (await vscode.window.showWarningMessage(message, { modal: true, detail }, confirm)) === confirm,
      pick: async ({ title, items }) => (await vscode.window.showQuickPick(items.map((item) => ({ label: item.label, detail: item.detail, id: item.id })), { title }))?.id,
    },
    notifier: {
      info: async (message, actions) => vscode.window.showInformationMessage(message, ...actions),
      warning: async (message, actions) => vscode.window.showWarningMessage(message, ...actions),
      error: async (message, actions) => vscode.window.showErrorMessage(message, ...actions),
      status: (message) => void vscode.window.setStatusBarMessage(message, STATUS_MS),
    },
    log: {
      info: (line) => output.info(line),
      warn: (line) => output.warn(line),
      error: (line) => output.error(line),
    },
    progress: {
      run: async (title, task) =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
          const controller = new AbortController();
          if (token.isCancellationRequested) controller.abort();
          const subscription = token.onCancellationRequested(() => controller.abort());
          return task(controller.signal).finally(() => subscription.dispose());
        }),
    },
    workbench: {
      revealProblems: async () => {
        await vscode.commands.executeCommand(SHOW_PROBLEMS_COMMAND);
      },
      showOutput: () => output.show(true),
      openUntitledJson: async (content) => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content }));
      },
      openFile: async (filePath) => {
        await vscode.window.showTextDocument(vscode.Uri.file(filePath));
      },
      openSettings: async (query) => {
        await vscode.commands.executeCommand('workbench.action.openSettings', query);
      },
    },
    clipboard: {
      writeText: async (text) => vscode.env.clipboard.writeText(text),
    },
    files: {
      kindOf: async (filePath) => {
        try {
          const stat = await vscode.workspace.fs.stat(vscode.Uri.file(filePath));
          return stat.type & vscode.FileType.Directory ? 'directory' : 'file';
        } catch {
          return undefined;
        }
      },
      readText: async (filePath) => {
        try {
          return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(vscode.Uri.file(filePath)));
        } catch {
          return undefined;
        }
      },
      write: async (filePath, text) => {
        await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(filePath)));
        await vscode.workspace.fs.writeFile(vscode.Uri.file(filePath), Buffer.from(text, 'utf8'));
      },
    },
  };
}
