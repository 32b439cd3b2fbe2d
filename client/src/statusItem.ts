import * as vscode from 'vscode';
import type { DocumentFindings } from './documentFindings';
import type { InstanceScope } from './instanceScope';
import type { LanguageServer } from './languageServer';
import { CLIENT_NAME, SHOW_PROBLEMS_COMMAND, STATUS_ITEM_ID } from './manifest';
import { scopedDocument, scopeSettings } from './scopeSettings';
import { countFindings, type StatusState, statusPresentation } from './statusText';

/**
 * The status bar item for the active editor: its findings while it is an instance document,
 * nothing otherwise. Clicking it opens the Problems view.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly scope: InstanceScope,
    private readonly findings: DocumentFindings<vscode.Diagnostic>,
    private readonly server: LanguageServer,
  ) {
    this.item.name = CLIENT_NAME;
    this.item.command = SHOW_PROBLEMS_COMMAND;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      findings.onDidChange((uri) => {
        if (uri === undefined || uri === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      server.onDidChangeState(() => this.update()),
    );
    this.update();
  }

  /** Also called by the extension when the settings change. */
  update(): void {
    const presentation = statusPresentation(this.state());
    if (!presentation) {
      this.item.hide();
      return;
    }
    this.item.text = presentation.text;
    this.item.tooltip = presentation.tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private state(): StatusState {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.scope.includes(scopedDocument(document), scopeSettings(document))) return { kind: 'hidden' };
    if (this.server.state === 'stopped') return { kind: 'stopped' };
    const report = this.findings.get(document.uri.toString());
    if (!report) return { kind: 'checking' };
    return { kind: 'checked', counts: countFindings(report.all.map((diagnostic) => diagnostic.severity)) };
  }
}
