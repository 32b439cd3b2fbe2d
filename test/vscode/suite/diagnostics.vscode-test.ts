import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LEFT_TO_VSCODE_JSON } from '../cliReport';
import {
  byPosition,
  cliFindingsOf,
  type Finding,
  findingOf,
  openExample,
  revertActiveEditor,
  SOURCE,
  waitForDiagnostics,
  waitForOwnDiagnostics,
} from './workspace';

const BROKEN_EXAMPLES = ['broken/copied-from-docs.instance.json', 'broken/typos.instance.json', 'broken/webhooks-with-poller.instance.json'];
const CLEAN_EXAMPLES = ['polling.instance.json', 'stringified-poller.instance.json', 'webhooks.instance.json'];
/** The one example with a JSON syntax slip (a trailing comma, on the line before the last). */
const TYPOS = 'broken/typos.instance.json';
const TYPOS_TRAILING_COMMA = { start: { line: 24, character: 31 }, end: { line: 24, character: 32 } };

/**
 * What the Problems view must show of the CLI's findings under our name: all of them, except the
 * syntax slips that VS Code's own JSON check reports already (the extension holds those back).
 */
function expectedOwn(cli: readonly Finding[]): Finding[] {
  return cli.filter((finding) => !(finding.code in LEFT_TO_VSCODE_JSON)).sort(byPosition);
}

function rangeKey(range: vscode.Range | Finding['range']): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

describe('diagnostics in the editor', () => {
  afterEach(revertActiveEditor);

  for (const example of BROKEN_EXAMPLES) {
    it(`${example}: the CLI's findings, with the same ranges, codes, severities and messages`, async () => {
      const editor = await openExample(example);
      const expected = expectedOwn(cliFindingsOf(editor.document.uri));
      assert.ok(expected.length > 0, 'a broken example has findings');
      const shown = await waitForOwnDiagnostics(editor.document.uri, (found) => found.length >= expected.length);
      assert.deepEqual(shown.map(findingOf).sort(byPosition), expected);
    });
  }

  it(`${TYPOS}: the findings written out, so that the CLI comparison cannot pass by both being wrong alike`, async () => {
    const editor = await openExample(TYPOS);
    const shown = (await waitForOwnDiagnostics(editor.document.uri, (found) => found.length >= 16)).map(findingOf).sort(byPosition);
    assert.equal(shown.length, 16);
    assert.deepEqual(shown[0], {
      code: 'unknown-event-key',
      severity: 'warning',
      message: "Unknown event key 'event.notification.enable'. Did you mean 'event.notification.enabled'? 'event.notification.enabled' is also set: keep one of them.",
      range: { start: { line: 3, character: 4 }, end: { line: 3, character: 31 } },
    });
    assert.deepEqual(shown[2], {
      code: 'vendor-type',
      severity: 'error',
      message: "Unknown vendor type 'Pooling': 'event.vendor.type' takes 'polling' (the platform asks the provider for changes) or 'webhook'/'webhooks' (the provider calls the platform). Did you mean 'polling'?",
      range: { start: { line: 5, character: 25 }, end: { line: 5, character: 34 } },
    });
  });

  for (const example of CLEAN_EXAMPLES) {
    it(`${example}: no problem at all, once the server has checked it`, async () => {
      const editor = await openExample(example);
      const uri = editor.document.uri;
      // Prove the server checks this file: a wrong vendor type is reported, and gone once undone.
      const vendorType = editor.document.getText().indexOf('"event.vendor.type": "') + '"event.vendor.type": "'.length;
      assert.ok(vendorType > 30, 'the example sets event.vendor.type');
      await editor.edit((edit) => edit.insert(editor.document.positionAt(vendorType), 'x'));
      const broken = await waitForOwnDiagnostics(uri);
      assert.deepEqual(broken.map((diagnostic) => findingOf(diagnostic).code), ['vendor-type']);
      await vscode.commands.executeCommand('undo');
      await waitForOwnDiagnostics(uri, (found) => found.length === 0);
      assert.equal(editor.document.isDirty, false);
      assert.deepEqual(vscode.languages.getDiagnostics(uri), [], 'no problem from any source');
    });
  }

  it(`${TYPOS}: each problem is shown once, the trailing comma by VS Code's JSON check alone`, async () => {
    const editor = await openExample(TYPOS);
    const uri = editor.document.uri;
    const cli = cliFindingsOf(uri);
    // Both sources have reported: VS Code's JSON check its trailing comma, and we all of ours.
    const all = await waitForDiagnostics('the findings of both VS Code and ce-instance', () => {
      const found = vscode.languages.getDiagnostics(uri);
      const own = found.filter((diagnostic) => diagnostic.source === SOURCE);
      const json = found.filter((diagnostic) => diagnostic.source !== SOURCE);
      return own.length >= cli.length - 1 && json.length > 0 ? found : undefined;
    });
    const json = all.filter((diagnostic) => diagnostic.source !== SOURCE);
    assert.deepEqual(json.map((diagnostic) => [diagnostic.source, diagnostic.message, rangeKey(diagnostic.range)]), [['json', 'Trailing comma', rangeKey(TYPOS_TRAILING_COMMA)]]);
    // One diagnostic for each of the CLI's findings, wherever it comes from, and nothing else.
    assert.deepEqual(all.map((diagnostic) => rangeKey(diagnostic.range)).sort(), cli.map((finding) => rangeKey(finding.range)).sort());
  });

  it(`${TYPOS}: the finding VS Code shows keeps our quick fix`, async () => {
    const editor = await openExample(TYPOS);
    const uri = editor.document.uri;
    const comma = new vscode.Range(TYPOS_TRAILING_COMMA.start.line, TYPOS_TRAILING_COMMA.start.character, TYPOS_TRAILING_COMMA.end.line, TYPOS_TRAILING_COMMA.end.character);
    await waitForOwnDiagnostics(uri, (found) => found.length >= 16);
    await waitForDiagnostics("VS Code's trailing comma", () => vscode.languages.getDiagnostics(uri).find((diagnostic) => diagnostic.range.isEqual(comma)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, comma, vscode.CodeActionKind.QuickFix.value);
    // The title is the no-trailing-commas rule's: VS Code's JSON support offers no fix of its own.
    const fix = actions.find((action) => action.title === 'Remove the trailing comma');
    assert.ok(fix?.edit, `our quick fix for the comma (got ${actions.map((action) => action.title).join(', ')})`);
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), before.replace('"Zoho CRM with typos",\n}', '"Zoho CRM with typos"\n}'));
  });
});
