/**
 * "Cloud Elements: Provision Instance" in a real VS Code, against the fake platform started here,
 * in the extension host, on loopback. The settings point the extension at it (`custom` and
 * `http://127.0.0.1:<port>/elements/api-v2`).
 *
 * How the secrets get in: the test plays the user at the input boxes. It replaces
 * `vscode.window.showInputBox` (and the notification functions, to read and answer them) for the
 * length of each test. The extension and these tests share one `vscode` API object (VS Code makes
 * one per extension and loads the tests from the extension's folder), so the extension's own calls
 * reach the replacements. Nothing in the extension exists for tests: no hook, no environment
 * variable, no command or API that takes or gives a secret. The secrets land in VS Code's real
 * SecretStorage through the production path. (The UI test types them into the real boxes.)
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeCloudElements } from '../../fakeCloudElements/fakeApi';
import { assertNoSecrets, FAKE_SECRETS } from '../../fakeCloudElements/fakeSecrets';
import { openExample, revertActiveEditor, waitForOutput } from './workspace';

const WAIT_MS = 20_000;
/** The secret values of webhooks.instance.json: the OAuth code and the signature key. */
const BODY_SECRETS = ['9d2f1c7e3b', 'rotate-me-every-90-days'];

type Window = typeof vscode.window;

/** Replaces `vscode.window[name]` until the returned function puts it back. */
function replaceWindowFunction<K extends keyof Window>(name: K, replacement: Window[K]): () => void {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window[name];
  window[name] = replacement;
  if (vscode.window[name] !== replacement) throw new Error(`vscode.window.${name} cannot be replaced in this VS Code`);
  return () => {
    window[name] = original;
  };
}

interface Notification {
  readonly kind: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly actions: readonly string[];
}

/** The user: answers input boxes from a list, records every notification, clicks what `click` says. */
class ScriptedUser {
  readonly inputBoxes: vscode.InputBoxOptions[] = [];
  readonly notifications: Notification[] = [];
  private readonly restores: (() => void)[] = [];
  private notified: () => void = () => undefined;

  constructor(
    private readonly answers: string[],
    private readonly click: (notification: Notification) => string | undefined = () => undefined,
  ) {
    this.restores.push(
      replaceWindowFunction('showInputBox', (async (options?: vscode.InputBoxOptions) => {
        this.inputBoxes.push(options ?? {});
        const answer = this.answers.shift();
        if (answer !== undefined) assert.equal(options?.validateInput?.(answer), undefined, 'the box accepts the answer');
        return answer;
      }) as Window['showInputBox']),
      replaceWindowFunction('showInformationMessage', this.notification('info') as Window['showInformationMessage']),
      replaceWindowFunction('showWarningMessage', this.notification('warning') as Window['showWarningMessage']),
      replaceWindowFunction('showErrorMessage', this.notification('error') as Window['showErrorMessage']),
    );
  }

  /** Resolves once `count` notifications have been shown. */
  async waitForNotifications(count: number): Promise<Notification[]> {
    const deadline = Date.now() + WAIT_MS;
    while (this.notifications.length < count) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} notifications; got ${JSON.stringify(this.notifications)}`);
      await new Promise<void>((resolve) => {
        this.notified = resolve;
        setTimeout(resolve, 200);
      });
    }
    return this.notifications;
  }

  restore(): void {
    for (const restore of this.restores.splice(0)) restore();
  }

  private notification(kind: Notification['kind']) {
    return async (message: string, ...rest: unknown[]) => {
      // (message, options?, ...items): the items are strings here.
      const actions = rest.filter((item): item is string => typeof item === 'string');
      const notification = { kind, message, actions };
      this.notifications.push(notification);
      this.notified();
      return this.click(notification);
    };
  }
}


describe('Cloud Elements: Provision Instance', () => {
  let fake: FakeCloudElements;
  let user: ScriptedUser | undefined;
  const settings = () => vscode.workspace.getConfiguration('ceInstance');

  before(async () => {
    fake = await FakeCloudElements.start({ secrets: FAKE_SECRETS });
    await settings().update('provisioning.environment', 'custom', vscode.ConfigurationTarget.Workspace);
    await settings().update('provisioning.baseUrl', fake.baseUrl, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await settings().update('provisioning.environment', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('provisioning.baseUrl', undefined, vscode.ConfigurationTarget.Workspace);
    await fake.close();
  });

  afterEach(async () => {
    user?.restore();
    user = undefined;
    await revertActiveEditor();
  });

  const posts = () => fake.requestsTo('POST', '/instances');

  it('sends the editor text once, byte for byte with its unsaved edit, after two password boxes, and shows the new id and name', async () => {
    const editor = await openExample('webhooks.instance.json');
    await editor.edit((edit) => edit.replace(editor.document.lineAt(15).range, '  "name": "Shopify store events – Zürich ✓"'));
    assert.ok(editor.document.isDirty);
    user = new ScriptedUser([FAKE_SECRETS.user, FAKE_SECRETS.organization]);

    await vscode.commands.executeCommand('ceInstance.provision');

    assert.equal(posts().length, 1);
    assert.deepEqual(posts()[0].body, Buffer.from(editor.document.getText(), 'utf8'));
    assert.equal(posts()[0].headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
    assert.deepEqual(
      user.inputBoxes.map(({ title, password, ignoreFocusOut }) => ({ title, password, ignoreFocusOut })),
      [
        { title: 'Cloud Elements: User Secret (1/2)', password: true, ignoreFocusOut: true },
        { title: 'Cloud Elements: Organization Secret (2/2)', password: true, ignoreFocusOut: true },
      ],
    );
    assert.deepEqual(await user.waitForNotifications(1), [
      { kind: 'info', message: `Created instance 4200 'Shopify store events – Zürich ✓' (element shopify) at ${fake.baseUrl}.`, actions: ['Copy Id', 'Copy Token', 'Open Response'] },
    ]);
  });

  it('reuses the stored secrets: no box the second time; Copy Token copies the token, which the output never shows', async () => {
    await openExample('webhooks.instance.json');
    user = new ScriptedUser([], (notification) => (notification.actions.includes('Copy Token') && user?.notifications.length === 1 ? 'Copy Token' : undefined));

    await vscode.commands.executeCommand('ceInstance.provision');

    assert.equal(user.inputBoxes.length, 0);
    assert.equal(posts().length, 2);
    assert.equal(posts()[1].headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
    // After the copy the notification comes back, so the other actions stay at hand.
    const [created, again] = await user.waitForNotifications(2);
    assert.equal(created.message, `Created instance 4201 'Shopify store events' (element shopify) at ${fake.baseUrl}.`);
    assert.deepEqual(again, created);
    assert.equal(await vscode.env.clipboard.readText(), fake.issuedTokens[1]);

    const log = await waitForOutput((text) => text.includes('Created instance 4201'));
    assert.ok(log.includes(`Sending webhooks.instance.json to ${fake.baseUrl}/instances (custom).`), log);
    assertNoSecrets([log, ...user.notifications.map((notification) => notification.message)], [...fake.issuedTokens, ...BODY_SECRETS]);
  });

  it('a body with an error is not sent: the error is named and nothing is asked', async () => {
    await openExample('broken/webhooks-with-poller.instance.json');
    user = new ScriptedUser([]);

    await vscode.commands.executeCommand('ceInstance.provision');

    assert.equal(posts().length, 2, 'no POST beyond those of the tests before');
    assert.equal(user.inputBoxes.length, 0);
    const [notification] = await user.waitForNotifications(1);
    assert.equal(notification.kind, 'error');
    assert.match(notification.message, /^webhooks-with-poller\.instance\.json has 1 error; nothing was sent\. Fix it \(see the Problems view\), then provision again\. Line 11:11 'tags' must be an array of strings/);
  });
});
