import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findingOf, openCheckedExample, revertActiveEditor, waitForOwnDiagnostics } from './workspace';

const TYPOS = 'broken/typos.instance.json';

/** The position `delta` characters into the first `needle` of the document. */
function positionOf(document: vscode.TextDocument, needle: string, delta: number): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in ${document.fileName}`);
  return document.positionAt(offset + delta);
}

function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

describe('language features in the editor', () => {
  afterEach(revertActiveEditor);

  it('completes the event keys inside an event.* key, leaving out those already set', async () => {
    const editor = await openCheckedExample(TYPOS);
    const inKey = positionOf(editor.document, '"event.vendor.type"', 7);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, inKey);
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const key of ['event.vendor.type', 'event.notification.signature.key', 'event.poller.urls', 'event.objects', 'event.metadata']) {
      assert.ok(labels.includes(key), `${key} is offered (got ${labels.join(', ')})`);
    }
    // Set elsewhere in this configuration, so not offered again.
    for (const key of ['event.notification.enabled', 'event.poller.configuration']) assert.ok(!labels.includes(key), `${key} is not offered`);
    const objects = list.items.find((item) => item.label === 'event.objects');
    const replaced = objects?.range instanceof vscode.Range ? objects.range : objects?.range?.replacing;
    assert.deepEqual(replaced && [replaced.start.line, replaced.start.character, replaced.end.line, replaced.end.character], [5, 5, 5, 22], 'it replaces the key between its quotes');
  });

  it('explains a key on hover', async () => {
    const editor = await openCheckedExample(TYPOS);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '"event.vendor.type"', 3));
    assert.ok(
      hovers.some((hover) => hoverText(hover) === "How events reach Cloud Elements: `polling`, or the provider's `webhook`/`webhooks`. "
        + 'String, optional; the element picks a default. Both webhook spellings occur in Cloud Elements\' own docs.\n\nExample: `"polling"`'),
      `the key's documentation (got ${hovers.map(hoverText).join(' | ')})`,
    );
  });

  it('applies a quick fix through the editor, and the finding goes away', async () => {
    const editor = await openCheckedExample(TYPOS);
    const uri = editor.document.uri;
    const before = editor.document.getText();
    const vendorType = (await waitForOwnDiagnostics(uri)).find((diagnostic) => findingOf(diagnostic).code === 'vendor-type');
    assert.ok(vendorType, 'a vendor-type finding');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, vendorType.range, vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => action.title === "Replace with 'polling'");
    assert.ok(fix?.edit, `a quick fix with an edit (got ${actions.map((action) => action.title).join(', ')})`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the editor applies the edit');

    assert.equal(editor.document.getText(), before.replace('"event.vendor.type": "Pooling"', '"event.vendor.type": "polling"'));
    const after = await waitForOwnDiagnostics(uri, (found) => !found.some((diagnostic) => findingOf(diagnostic).code === 'vendor-type'));
    assert.equal(after.length, 15, 'the other findings stay');
  });
});
