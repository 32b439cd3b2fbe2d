import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, findingOf, openExample, revertActiveEditor, waitForOutput, waitForOwnDiagnostics } from './workspace';

const COMMANDS = ['ceInstance.restartServer', 'ceInstance.showOutput'];

/** The part of the extension's API (client/src/extension.ts) these tests read. */
interface ExtensionApi {
  readonly ready: Promise<void>;
  readonly serverState: string;
}

describe('the extension and its commands', () => {
  afterEach(revertActiveEditor);

  it('runs its server once an instance file is open, and registers its commands', async () => {
    await openExample('polling.instance.json');
    const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const contributed = (extension.packageJSON.contributes?.commands ?? []).map((command: { command: string }) => command.command);
    for (const command of COMMANDS) assert.ok(contributed.includes(command), `the manifest contributes ${command}`);
    const api = await extension.activate();
    await api.ready;
    assert.equal(api.serverState, 'running');
    const registered = await vscode.commands.getCommands(true);
    for (const command of COMMANDS) assert.ok(registered.includes(command), `${command} is registered`);
  });

  it('ceInstance.showOutput shows the server log, whose protocol trace never holds a secret of the body', async () => {
    const settings = vscode.workspace.getConfiguration('ceInstance');
    await settings.update('trace.server', 'verbose', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openExample('polling.instance.json');
      await vscode.commands.executeCommand('ceInstance.showOutput');
      // The only edit while the trace is on: its didChange carries the typed password to the server.
      const password = 'hunter2-typed-while-tracing';
      const configuration = editor.document.getText().indexOf('"configuration": {') + '"configuration": {'.length;
      await editor.edit((edit) => edit.insert(editor.document.positionAt(configuration), `\n    "event.notification.basic.password": "${password}",`));
      const log = await waitForOutput((text) => text.includes("[trace] Sending notification 'textDocument/didChange'"));
      for (const secret of [password, 'c2VjcmV0LWZvci1leGFtcGxlLW9ubHk=', 'rotate-me-every-90-days']) assert.ok(!log.includes(secret), `the log does not show ${secret}`);
    } finally {
      await settings.update('trace.server', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('ceInstance.restartServer restarts the server, which then checks the file again', async () => {
    const editor = await openExample('broken/webhooks-with-poller.instance.json');
    const uri = editor.document.uri;
    const before = (await waitForOwnDiagnostics(uri)).map(findingOf);
    await vscode.commands.executeCommand('ceInstance.restartServer');
    // The new server answers for an edit made after the restart: a finding for it appears.
    await editor.edit((edit) => edit.replace(editor.document.lineAt(4).range, '    "event.vendor.type": "Pooling",'));
    const after = await waitForOwnDiagnostics(uri, (found) => found.some((diagnostic) => findingOf(diagnostic).code === 'vendor-type'));
    assert.ok(before.every((finding) => finding.code !== 'vendor-type'));
    const vendorType = after.map(findingOf).find((finding) => finding.code === 'vendor-type');
    assert.deepEqual(vendorType?.range, { start: { line: 4, character: 25 }, end: { line: 4, character: 34 } });
  });
});
