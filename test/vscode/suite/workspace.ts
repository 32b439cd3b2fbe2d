/** What the extension-host tests share: the examples in the opened workspace, waits, and the CLI as the reference. */
import path from 'node:path';
import * as vscode from 'vscode';
import { cliFindings, type Finding } from '../cliReport';

export type { Finding } from '../cliReport';

export const EXTENSION_ID = 'ce-instance.ce-instance';
export const SOURCE = 'ce-instance';
const WAIT_MS = 20_000;

/** A file of the workspace (the runner opens a copy of examples/). */
export function exampleUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the examples folder open as the workspace');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens `relativePath` in an editor, as a user does (pull diagnostics follow the open tabs). */
export async function openExample(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Opens a broken example once the server has checked it: its features answer from then on. */
export async function openCheckedExample(relativePath: string): Promise<vscode.TextEditor> {
  const editor = await openExample(relativePath);
  await waitForOwnDiagnostics(editor.document.uri);
  return editor;
}

/** Throws away unsaved edits of the active editor, so the next test finds the file as it is on disk. */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Resolves with `probe()`'s first non-undefined answer, re-asked whenever diagnostics change; fails after a bound. */
export function waitForDiagnostics<T>(what: string, probe: () => T | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const settle = (): boolean => {
      const answer = probe();
      if (answer === undefined) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve(answer);
      return true;
    };
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, WAIT_MS);
    const subscription = vscode.languages.onDidChangeDiagnostics(() => settle());
    settle();
  });
}

/** Ours alone: the diagnostics of the language server. */
export function ownDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** Our diagnostics of `uri` once the server has published some; `accept` can ask for a particular state. */
export function waitForOwnDiagnostics(uri: vscode.Uri, accept: (found: vscode.Diagnostic[]) => boolean = (found) => found.length > 0): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(`ce-instance diagnostics of ${path.basename(uri.fsPath)}`, () => {
    const found = ownDiagnostics(uri);
    return accept(found) ? found : undefined;
  });
}

/** The CLI's findings for the file behind `uri`. */
export function cliFindingsOf(uri: vscode.Uri): Finding[] {
  return cliFindings(uri.fsPath);
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function findingOf(diagnostic: vscode.Diagnostic): Finding {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const { start, end } = diagnostic.range;
  return {
    code: String(code),
    severity: SEVERITY_NAMES[diagnostic.severity],
    message: diagnostic.message,
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
  };
}

export function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}

const OUTPUT_CHANNEL = 'Cloud Elements Instance';
const OUTPUT_WAIT_MS = 20_000;

/**
 * The text of our output channel once `accept` takes it. The channel is a document of the `output`
 * scheme once shown, so it is shown first.
 */
export async function waitForOutput(accept: (text: string) => boolean): Promise<string> {
  await vscode.commands.executeCommand('ceInstance.showOutput');
  const deadline = Date.now() + OUTPUT_WAIT_MS;
  for (;;) {
    const channel = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'output' && document.uri.path.includes(OUTPUT_CHANNEL));
    const text = channel?.getText() ?? '';
    if (accept(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the output channel '${OUTPUT_CHANNEL}' (${channel ? `${text.length} characters` : 'not shown'})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
