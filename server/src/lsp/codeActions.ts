import {
  type CodeAction,
  type CodeActionContext,
  CodeActionKind,
  CodeActionTriggerKind,
  type Diagnostic,
  type Range,
  type SnippetTextEdit,
  TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { applyFixes, type Fix, fixText, type TextEdit } from '../engine';
import { snippetPlainText } from '../engine/text/snippets';
import { keepLineBreaks } from '../engine/text/lineBreaks';
import { FIX_ALL_KIND } from './capabilities';
import { changedSpan, toLspEdits, toLspRange } from './conversions';
import { DIAGNOSTIC_SOURCE, diagnosticData } from './diagnostics';
import type { DocumentCheck } from './documentChecker';
import { refactorings } from './refactorings';

export const FIX_ALL_TITLE = 'Fix all auto-fixable ce-instance problems';

function fixAllByRuleTitle(ruleId: string): string {
  return `Fix all '${ruleId}' problems in this file`;
}

/**
 * The code actions for the diagnostics in `context` and the members `range` touches, with edits for
 * `check`, which must be the check of the document's current version: its text is what the edit
 * positions count in.
 */
export function codeActions(context: CodeActionContext, range: Range, check: DocumentCheck, features: EditFeatures): CodeAction[] {
  const edits = new EditBuilder(check, features);
  const actions: CodeAction[] = [];
  if (wants(context, CodeActionKind.QuickFix)) {
    actions.push(...quickFixes(context.diagnostics, check, edits), ...fixAllByRule(context.diagnostics, check, edits));
  }
  // Fix-all re-checks the text up to ten times; the light bulb asks on every cursor move, so it is left for explicit requests.
  const explicit = context.only !== undefined || context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (check.applies && explicit && wants(context, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(check, edits);
    if (fixAll) actions.push(fixAll);
  }
  if (check.body && wants(context, CodeActionKind.RefactorRewrite)) {
    const lines = check.lines;
    const offsets = { start: lines.offset(range.start), end: lines.offset(range.end) };
    for (const rewrite of refactorings(check.body, lines.text, offsets)) {
      actions.push({ title: rewrite.title, kind: CodeActionKind.RefactorRewrite, edit: edits.fixEdit(rewrite.edits) });
    }
  }
  return actions;
}

/** Kinds are hierarchical: asking for `source.fixAll` includes `source.fixAll.ceInstance`. */
function wants(context: CodeActionContext, kind: string): boolean {
  return context.only === undefined || context.only.some((only) => only === '' || kind === only || kind.startsWith(`${only}.`));
}

/** Each diagnostic's safe fix (preferred) and suggestions; none for diagnostics made for an older version. */
function quickFixes(diagnostics: readonly Diagnostic[], check: DocumentCheck, edits: EditBuilder): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnosticData(diagnostic);
    if (!data || data.version !== check.version) continue;
    if (data.fix) actions.push(quickFix(data.fix, [diagnostic], edits, true));
    for (const suggestion of data.suggestions ?? []) actions.push(quickFix(suggestion, [diagnostic], edits, false));
  }
  return actions;
}

/** For each rule among the diagnostics with two or more safe fixes in the document, one action for them all. */
function fixAllByRule(diagnostics: readonly Diagnostic[], check: DocumentCheck, edits: EditBuilder): CodeAction[] {
  const ours = diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string');
  const ruleIds = [...new Set(ours.map((diagnostic) => diagnostic.code as string))];
  const actions: CodeAction[] = [];
  for (const ruleId of ruleIds) {
    const fixes = check.findings.flatMap((finding) => (finding.ruleId === ruleId && finding.fix ? [finding.fix] : []));
    if (fixes.length < 2) continue;
    // Fixes that overlap an earlier one wait for the next run, as with `--fix`.
    const { applied } = applyFixes(check.lines.text, fixes);
    const fix: Fix = { title: fixAllByRuleTitle(ruleId), edits: applied.flatMap((one) => one.edits) };
    actions.push(quickFix(fix, ours.filter((diagnostic) => diagnostic.code === ruleId), edits, false));
  }
  return actions;
}

function quickFix(fix: Fix, diagnostics: Diagnostic[], edits: EditBuilder, isPreferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred, edit: fix.snippet ? edits.snippetEdit(fix.edits) : edits.fixEdit(fix.edits) };
}

/** Every safe fix, as `--fix` applies them (in passes, never breaking the JSON): what fix-on-save runs. */
function fixAllAction(check: DocumentCheck, edits: EditBuilder): CodeAction | undefined {
  const { text } = check.lines;
  const fixed = fixText(text, check.options);
  const span = changedSpan(text, keepLineBreaks(text, fixed.text));
  if (!span) return undefined;
  return { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: edits.spanEdit(span) };
}

/** What the client takes in workspace edits. */
export interface EditFeatures {
  /** Edits may name the document version (`documentChanges`). */
  readonly versionedEdits: boolean;
  /** Edits may be snippets (LSP 3.18 `SnippetTextEdit`). */
  readonly snippetEdits: boolean;
}

/** Workspace edits for the checked text, versioned when the client takes that. */
class EditBuilder {
  constructor(
    private readonly check: DocumentCheck,
    private readonly features: EditFeatures,
  ) {}

  fixEdit(edits: readonly TextEdit[]): WorkspaceEdit {
    return this.workspaceEdit(toLspEdits(this.check.lines, edits));
  }

  /** Edits in snippet syntax: as snippets where the client takes them, else as their plain text (the defaults). */
  snippetEdit(edits: readonly TextEdit[]): WorkspaceEdit {
    const lspEdits = toLspEdits(this.check.lines, edits);
    if (!this.features.snippetEdits) return this.workspaceEdit(lspEdits.map((edit) => ({ ...edit, newText: snippetPlainText(edit.newText) })));
    const snippets = lspEdits.map((edit): SnippetTextEdit => ({ range: edit.range, snippet: { kind: 'snippet', value: edit.newText } }));
    const { uri, version } = this.check;
    return { documentChanges: [{ textDocument: { uri, version }, edits: snippets }] };
  }

  /** One replacement whose text already has the document's line breaks. */
  spanEdit(span: TextEdit): WorkspaceEdit {
    return this.workspaceEdit([{ range: toLspRange(this.check.lines, span), newText: span.newText }]);
  }

  private workspaceEdit(edits: LspTextEdit[]): WorkspaceEdit {
    const { uri, version } = this.check;
    return this.features.versionedEdits ? { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] } : { changes: { [uri]: edits } };
  }
}
