import assert from 'node:assert/strict';
import { type CodeAction, CodeActionKind, CodeActionTriggerKind, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fixText } from '../engine';
import { FIX_ALL_TITLE } from './codeActions';
import { applyWorkspaceEdit, BROKEN_BODY, FIXED_BODY, initializedServer, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/box.instance.json';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } };

describe('language server: code actions', () => {
  let server: InProcessServer;
  let diagnostics: Diagnostic[];

  async function open(text: string, capabilities = PUSH_CLIENT): Promise<void> {
    server = await initializedServer(capabilities);
    await server.client.open(URI, text);
    diagnostics = (await server.client.diagnostics(URI)).diagnostics;
  }

  async function actionsFor(diagnostic: Diagnostic[], only?: string[], triggerKind?: CodeActionTriggerKind): Promise<CodeAction[]> {
    const range = diagnostic[0]?.range ?? WHOLE;
    return ((await server.client.codeActions(URI, range, diagnostic, only, triggerKind)) ?? []) as CodeAction[];
  }

  afterEach(() => server.dispose());

  it("offers a finding's safe fix as the preferred quick fix, with its diagnostic", async () => {
    await open(BROKEN_BODY);
    const comment = diagnostics.find((diagnostic) => diagnostic.code === 'no-comments')!;
    const actions = await actionsFor([comment], undefined, CodeActionTriggerKind.Automatic);
    assert.deepEqual(actions.map((action) => [action.title, action.kind, action.isPreferred]), [['Remove the comment', CodeActionKind.QuickFix, true]]);
    assert.deepEqual(actions[0].diagnostics, [comment]);
    assert.equal(applyWorkspaceEdit(BROKEN_BODY, URI, actions[0].edit), BROKEN_BODY.replace('  // the element\n', ''));
  });

  it('offers each suggestion as a quick fix that is not preferred', async () => {
    await open(BROKEN_BODY);
    const duplicate = diagnostics.find((diagnostic) => diagnostic.code === 'no-duplicate-keys')!;
    const actions = await actionsFor([duplicate]);
    const suggestion = actions.find((action) => action.title === "Remove the earlier 'name' (line 5)")!;
    assert.equal(suggestion.kind, CodeActionKind.QuickFix);
    assert.equal(suggestion.isPreferred, false);
    // The engine's suggestion takes the indentation with the earlier member.
    assert.equal(applyWorkspaceEdit(BROKEN_BODY, URI, suggestion.edit), BROKEN_BODY.replace('  "name": "a", ', ''));
  });

  describe('a missing key added as a snippet', () => {
    const NO_URL = '{\n  "element": {"key": "box"},\n  "configuration": {\n    "event.notification.enabled": true\n  }\n}\n';
    const WITH_URL = NO_URL.replace('true\n', 'true,\n    "event.notification.callback.url": ""\n');

    async function addUrlAction(capabilities: typeof PUSH_CLIENT): Promise<CodeAction> {
      await open(NO_URL, capabilities);
      const missing = diagnostics.find((diagnostic) => diagnostic.code === 'callback-url-missing')!;
      const actions = await actionsFor([missing], [CodeActionKind.QuickFix]);
      assert.deepEqual(actions.map((action) => [action.title, action.isPreferred]), [["Add 'event.notification.callback.url'", false]]);
      return actions[0];
    }

    it('is a snippet edit with its tab stop for a client that takes snippet edits', async () => {
      const action = await addUrlAction({ workspace: { configuration: true, workspaceEdit: { documentChanges: true, snippetEditSupport: true } } });
      assert.deepEqual(action.edit, {
        documentChanges: [{
          textDocument: { uri: URI, version: 1 },
          edits: [{ range: { start: { line: 3, character: 38 }, end: { line: 3, character: 38 } }, snippet: { kind: 'snippet', value: ',\n    "event.notification.callback.url": "${1}"' } }],
        }],
      });
    });

    it('is the plain text (the defaults) for a client without snippet edits', async () => {
      const action = await addUrlAction(PUSH_CLIENT);
      assert.equal(applyWorkspaceEdit(NO_URL, URI, action.edit), WITH_URL);
      assert.doesNotMatch(JSON.stringify(action.edit), /\$\{1/);
    });
  });

  it("fixes all of a rule's problems in the file when it has two or more safe fixes", async () => {
    await open(BROKEN_BODY);
    const comma = diagnostics.find((diagnostic) => diagnostic.code === 'no-trailing-commas')!;
    const actions = await actionsFor([comma], [CodeActionKind.QuickFix]);
    assert.deepEqual(actions.map((action) => [action.title, action.isPreferred]), [
      ['Remove the trailing comma', true],
      ["Fix all 'no-trailing-commas' problems in this file", false],
    ]);
    assert.equal(applyWorkspaceEdit(BROKEN_BODY, URI, actions[1].edit), BROKEN_BODY.replace('"box",}', '"box"}').replace('1,}', '1}'));
    // One comment only: no fix-all for it.
    const comment = await actionsFor([diagnostics[0]], [CodeActionKind.QuickFix]);
    assert.equal(comment.length, 1);
  });

  for (const only of [['source.fixAll'], ['source.fixAll.ceInstance'], ['source']]) {
    it(`applies every safe fix for ${JSON.stringify(only)}, as fix-on-save asks`, async () => {
      await open(BROKEN_BODY);
      const actions = await actionsFor([], only);
      assert.deepEqual(actions.map((action) => [action.title, action.kind]), [[FIX_ALL_TITLE, 'source.fixAll.ceInstance']]);
      assert.equal(applyWorkspaceEdit(BROKEN_BODY, URI, actions[0].edit), FIXED_BODY);
    });
  }

  it('offers fix-all with the quick fixes when asked explicitly, not to the light bulb', async () => {
    await open(BROKEN_BODY);
    const invoked = await actionsFor([diagnostics[0]], undefined, CodeActionTriggerKind.Invoked);
    assert.deepEqual(invoked.map((action) => action.kind), [CodeActionKind.QuickFix, 'source.fixAll.ceInstance']);
    const automatic = await actionsFor([diagnostics[0]], undefined, CodeActionTriggerKind.Automatic);
    assert.deepEqual(automatic.map((action) => action.kind), [CodeActionKind.QuickFix]);
    assert.deepEqual(await actionsFor([diagnostics[0]], [CodeActionKind.Refactor]), []);
  });

  it('fixes all in passes, as --fix does, and keeps CRLF line breaks', async () => {
    const crlf = '{\r\n  "element": {"key": "box",},\r\n  // note\r\n  "configuration": {"a": [1,],},\r\n}\r\n';
    await open(crlf);
    const [fixAll] = await actionsFor([], ['source.fixAll']);
    const fixed = applyWorkspaceEdit(crlf, URI, fixAll.edit);
    assert.equal(fixed, fixText(crlf).text);
    assert.doesNotMatch(fixed, /[^\r]\n/);
  });

  it('drops the quick fixes of diagnostics made for an older version', async () => {
    await open(BROKEN_BODY);
    await server.client.change(URI, 2, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\n' }]);
    const comment = diagnostics.find((diagnostic) => diagnostic.code === 'no-comments')!;
    assert.deepEqual(await actionsFor([comment], [CodeActionKind.QuickFix]), []);
    // Fix-all works from the current text, so it is still right.
    const [fixAll] = await actionsFor([], ['source.fixAll']);
    assert.equal(applyWorkspaceEdit(`{\n${BROKEN_BODY.slice(1)}`, URI, fixAll.edit), `{\n${FIXED_BODY.slice(1)}`);
  });

  it('names the document version in the edit when the client takes versioned edits', async () => {
    await open(BROKEN_BODY, { ...PUSH_CLIENT, workspace: { ...PUSH_CLIENT.workspace, workspaceEdit: { documentChanges: true } } });
    const [fix] = await actionsFor([diagnostics[0]], [CodeActionKind.QuickFix]);
    assert.equal(fix.edit?.changes, undefined);
    assert.deepEqual(fix.edit?.documentChanges?.map((change) => 'textDocument' in change && change.textDocument), [{ uri: URI, version: 1 }]);
    assert.equal(applyWorkspaceEdit(BROKEN_BODY, URI, fix.edit), BROKEN_BODY.replace('  // the element\n', ''));
  });

  it('never fixes JSON that is not an instance file', async () => {
    server = await initializedServer(PUSH_CLIENT);
    const tsconfig = 'file:///work/project/tsconfig.json';
    await server.client.open(tsconfig, '{\n  // comment\n  "strict": true,\n}\n', 'jsonc');
    await server.client.diagnostics(tsconfig);
    assert.deepEqual(await server.client.codeActions(tsconfig, WHOLE, [], ['source.fixAll']), []);
  });

  it('ignores diagnostics of other tools', async () => {
    await open(BROKEN_BODY);
    const foreign: Diagnostic = { ...diagnostics[0], source: 'json' };
    assert.deepEqual(await actionsFor([foreign], [CodeActionKind.QuickFix]), []);
  });
});
