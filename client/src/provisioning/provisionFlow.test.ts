import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closedPort, FakeCloudElements, UNAUTHORIZED_MESSAGE } from '../../../test/fakeCloudElements/fakeApi';
import { useFakeCloudElements } from '../../../test/fakeCloudElements/fakeSuite';
import { assertNoSecrets, FAKE_BODY_PASSWORD, FAKE_SECRETS } from '../../../test/fakeCloudElements/fakeSecrets';
import { ConfigResolver } from '../../../server/src/config';
import { howToCheck, likelyCause } from '../../../server/src/provision';
import { ACTIONS, ProvisionFlow, type ProvisionSettings } from './provisionFlow';
import { secretKeyFor } from './secretVault';
import { FakePorts } from './testing/fakePorts';
import { BODY_WITH_ERROR, BODY_WITH_WARNING, CLEAN_BODY } from '../../../test/fakeCloudElements/instanceBodies';


const WARNING_LINE =
  `Line 4:81 'event.notification.enabled' is not set and defaults to false, yet 1 event setting is present ('event.vendor.type'): no events will be delivered. ` +
  `Add "event.notification.enabled": true to turn events on. (events-not-enabled).`;
const ERROR_LINE =
  "Line 4:102 Unknown vendor type 'pollin': 'event.vendor.type' takes 'polling' (the platform asks the provider for changes) or 'webhook'/'webhooks' " +
  "(the provider calls the platform). Did you mean 'polling'? (vendor-type).";

describe('client: Provision Instance', () => {
  let fake: FakeCloudElements;
  let ports: FakePorts;
  let scratch: string;
  useFakeCloudElements((started) => {
    fake = started;
  });
  beforeEach(() => {
    ports = new FakePorts();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-provision-flow-'));
  });
  afterEach(() => {
    // Whatever the test, nothing shown, logged, asked or opened holds a secret or a token.
    assertNoSecrets(ports.texts(), fake.issuedTokens);
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const posts = () => fake.requestsTo('POST', '/instances');

  function flow(timeoutMs = 10_000): ProvisionFlow {
    return new ProvisionFlow({ ports, configs: () => new ConfigResolver({ cacheDir: path.join(scratch, '.cache') }), timeoutMs });
  }

  function settings(overrides: Partial<ProvisionSettings> = {}): () => ProvisionSettings {
    return () => ({ provisioning: { environment: 'custom', baseUrl: fake.baseUrl }, configPath: undefined, rules: {}, ...overrides });
  }

  /** A document as the editor has it: `text` may differ from the file on disk (unsaved edits). */
  function document(text: string, fileText: string | undefined = text) {
    const filePath = path.join(scratch, 'body.instance.json');
    if (fileText !== undefined) fs.writeFileSync(filePath, fileText);
    return { name: 'body.instance.json', filePath, getText: () => text };
  }

  function answerSecrets(secrets = FAKE_SECRETS): void {
    ports.secretAnswers.push(secrets.user, secrets.organization);
  }

  describe('success', () => {
    it('asks for the secrets with password boxes, sends one POST, and shows the id and name with the three actions', async () => {
      answerSecrets();
      const run = await flow().run(document(CLEAN_BODY), settings());
      await run.followUp;
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'created', mayExist: true });
      assert.deepEqual(ports.secretRequests.map((request) => request.title), ['Cloud Elements: User Secret (1/2)', 'Cloud Elements: Organization Secret (2/2)']);
      assert.equal(posts().length, 1);
      assert.equal(posts()[0].headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
      assert.deepEqual(ports.notifications(), [
        { channel: 'info', text: `Created instance 4200 'Acme QuickBase' (element quickbasedb) at ${fake.baseUrl}.`, actions: [ACTIONS.copyId, ACTIONS.copyToken, ACTIONS.openResponse] },
      ]);
      assert.deepEqual(ports.logLines(), [
        `Sending body.instance.json to ${fake.baseUrl}/instances (custom).`,
        `Created instance 4200 'Acme QuickBase' (element quickbasedb) at ${fake.baseUrl}.`,
        '  The instance token is a secret and is not shown.',
      ]);
    });

    it('sends the editor text as written: unsaved edits, CRLF line breaks and non-ASCII, never the file or a reformatted copy', async () => {
      answerSecrets();
      const edited = CLEAN_BODY.replace(/\n/g, '\r\n').replace('Acme QuickBase', 'Acme – Zürich ✓').replace('{"key"', '{ "key"');
      await flow().run(document(edited, CLEAN_BODY), settings());
      assert.equal(posts().length, 1);
      assert.deepEqual(posts()[0].body, Buffer.from(edited, 'utf8'));
    });

    it('Copy Id and Copy Token copy the real values, and the notification comes back after each copy', async () => {
      answerSecrets();
      ports.notificationAnswers.push(ACTIONS.copyId, ACTIONS.copyToken);
      const run = await flow().run(document(CLEAN_BODY), settings());
      await run.followUp;
      assert.deepEqual(ports.clipboardWrites, ['4200', fake.issuedTokens[0]]);
      assert.equal(ports.notifications().length, 3);
      assert.deepEqual(
        ports.shown.filter((entry) => entry.channel === 'status' && !entry.text.startsWith('progress:')).map((entry) => entry.text),
        ['Copied the instance id 4200.', 'Copied the instance token to the clipboard: it is a secret.'],
      );
    });

    it('Open Response opens the answer as JSON with the token and the body secrets masked', async () => {
      answerSecrets();
      ports.notificationAnswers.push(ACTIONS.openResponse);
      await (await flow().run(document(CLEAN_BODY), settings())).followUp;
      assert.equal(ports.untitledDocuments.length, 1);
      const response = JSON.parse(ports.untitledDocuments[0]) as { id: number; token: string; configuration: Record<string, string> };
      assert.equal(response.id, 4200);
      assert.equal(response.token, '********');
      assert.equal(response.configuration['quickbase.password'], '********');
      assert.equal(response.configuration['quickbase.user'], 'ann');
      assert.match(ports.untitledDocuments[0], /^\{\n {2}"id": 4200,\n/);
    });
  });

  describe('secrets', () => {
    it('are asked for once per base URL, kept in the secret store (not elsewhere), and reused', async () => {
      answerSecrets();
      await flow().run(document(CLEAN_BODY), settings());
      await flow().run(document(CLEAN_BODY), settings());
      assert.equal(ports.secretRequests.length, 2, 'two boxes, the first time only');
      assert.equal(posts().length, 2);
      for (const post of posts()) assert.equal(post.headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
      assert.deepEqual(JSON.parse(ports.secretEntries.get(secretKeyFor(fake.baseUrl)) ?? ''), FAKE_SECRETS);
    });

    it('trims what is typed (a pasted secret often ends in a line break)', async () => {
      ports.secretAnswers.push(` ${FAKE_SECRETS.user}\n`, `${FAKE_SECRETS.organization} `);
      await flow().run(document(CLEAN_BODY), settings());
      assert.equal(posts()[0].headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
    });

    it('a dismissed box sends nothing and stores nothing', async () => {
      ports.secretAnswers.push(FAKE_SECRETS.user, undefined);
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'no-secrets' });
      assert.equal(fake.requests.length, 0);
      assert.equal(ports.secretEntries.size, 0);
    });
  });

  describe('the check before sending', () => {
    it('errors stop it before anything is asked: the Problems view is revealed and the errors are named', async () => {
      const run = await flow().run(document(BODY_WITH_ERROR), settings());
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'errors' });
      assert.equal(fake.requests.length, 0);
      assert.equal(ports.secretRequests.length, 0);
      assert.equal(ports.revealedProblems, 1);
      assert.deepEqual(ports.notifications(), [
        { channel: 'error', text: `body.instance.json has 1 error; nothing was sent. Fix it (see the Problems view), then provision again. ${ERROR_LINE}`, actions: [] },
      ]);
      assert.deepEqual(ports.logLines(), ['Not sent: body.instance.json has 1 error.', `  warning ${WARNING_LINE.slice('Line '.length, -1)}`, `  error ${ERROR_LINE.slice('Line '.length, -1)}`]);
    });

    it('warnings ask in a modal; Cancel sends nothing', async () => {
      ports.confirmAnswers.push(false);
      const run = await flow().run(document(BODY_WITH_WARNING), settings());
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'warnings-declined' });
      assert.deepEqual(ports.shown.find((entry) => entry.channel === 'confirm'), {
        channel: 'confirm',
        text: `body.instance.json has 1 warning. Provision it anyway?\n${WARNING_LINE}`,
        actions: [ACTIONS.provisionAnyway],
      });
      assert.equal(fake.requests.length, 0);
    });

    it('warnings ask in a modal; "Provision anyway" sends', async () => {
      ports.confirmAnswers.push(true);
      answerSecrets();
      const run = await flow().run(document(BODY_WITH_WARNING), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'created', mayExist: true });
      assert.deepEqual(posts()[0].body, Buffer.from(BODY_WITH_WARNING));
    });

    it('uses the rule levels of ceInstance.rules over the config, as the server does: a warning turned off asks nothing', async () => {
      answerSecrets();
      await flow().run(document(BODY_WITH_WARNING), settings({ rules: { 'events-not-enabled': 'off' } }));
      assert.equal(ports.shown.filter((entry) => entry.channel === 'confirm').length, 0);
      assert.equal(posts().length, 1);
    });

    it('uses the config of ceInstance.configPath: a rule it makes an error stops the body', async () => {
      const configPath = path.join(scratch, 'strict.json');
      fs.writeFileSync(configPath, '{"rules": {"events-not-enabled": "error"}}');
      const run = await flow().run(document(BODY_WITH_WARNING), settings({ configPath }));
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'errors' });
      assert.equal(fake.requests.length, 0);
    });

    it('a config that cannot be read stops it, naming the file', async () => {
      fs.writeFileSync(path.join(scratch, '.ce-instance.json'), '{"rules": {"no-such-rule": "off"}}');
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'config-error' });
      const [notification] = ports.notifications();
      assert.match(notification.text, /^The config for body\.instance\.json cannot be read, so its rules and team schemas cannot be applied; nothing was sent\. .*\.ce-instance\.json.*no-such-rule/);
      assert.equal(fake.requests.length, 0);
    });

    it('JSON that is no instance body is not sent', async () => {
      const run = await flow().run(document('{"name": "just a name"}\n'), settings());
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'not-an-instance' });
      assert.deepEqual(ports.notifications().map((notification) => notification.text), ['body.instance.json is not an instance body (it has neither "element" nor "configuration" at the top); nothing was sent.']);
    });
  });

  describe('settings', () => {
    it('a custom base URL over plain http to another host is refused before the secrets are asked for', async () => {
      ports.notificationAnswers.push(ACTIONS.openSettings);
      const run = await flow().run(document(CLEAN_BODY), settings({ provisioning: { environment: 'custom', baseUrl: 'http://api.example.com/elements/api-v2' } }));
      await run.followUp;
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'settings' });
      assert.equal(ports.secretRequests.length, 0);
      assert.match(ports.notifications()[0].text, /^The setting ceInstance\.provisioning\.baseUrl cannot be used: plain http is only allowed for localhost/);
      assert.deepEqual(ports.settingsOpened, ['ceInstance.provisioning']);
    });

    it('unusable settings stop it before the warnings are asked about', async () => {
      const run = await flow().run(document(BODY_WITH_WARNING), settings({ provisioning: { environment: 'custom', baseUrl: '' } }));
      assert.deepEqual(run.result, { kind: 'stopped', reason: 'settings' });
      assert.equal(ports.shown.filter((entry) => entry.channel === 'confirm').length, 0);
      assert.equal(
        ports.notifications()[0].text,
        'ceInstance.provisioning.environment is "custom", but ceInstance.provisioning.baseUrl is empty: set it to the API root, such as https://api.cloud-elements.com/elements/api-v2. Nothing was sent.',
      );
    });
  });

  describe('failures', () => {
    const refusal = (status: number, message: string, requestId: string) => ({
      channel: 'error',
      text: `The platform refused the instance (status ${status}): ${message} requestId: ${requestId} Likely cause: ${likelyCause(status, 'create-instance')}`,
    });

    it('401: status, message, requestId and likely cause; "Forget Secrets and Retry" forgets them, asks again and sends again only on that click', async () => {
      answerSecrets({ user: 'FAKEwrongUserSecret', organization: FAKE_SECRETS.organization });
      answerSecrets();
      ports.notificationAnswers.push(ACTIONS.forgetAndRetry);
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'refused', mayExist: false });
      assert.equal(posts().length, 1, 'nothing is sent again before the click is handled');
      await run.followUp;
      const [first, second] = ports.notifications();
      assert.deepEqual(first, { ...refusal(401, UNAUTHORIZED_MESSAGE, '5e1f00000000000000000001'), actions: [ACTIONS.forgetAndRetry, ACTIONS.showOutput] });
      assert.equal(second.text, `Created instance 4200 'Acme QuickBase' (element quickbasedb) at ${fake.baseUrl}.`);
      assert.equal(ports.secretRequests.length, 4);
      assert.equal(posts().length, 2);
      assertNoSecrets(ports.texts(), ['FAKEwrongUserSecret']);
    });

    it('403 offers "Forget Secrets and Retry" too: the platform created nothing', async () => {
      answerSecrets();
      fake.behave({ kind: 'error', status: 403, message: 'Forbidden.', requestId: '0123456789abcdef01234567' });
      await (await flow().run(document(CLEAN_BODY), settings())).followUp;
      assert.deepEqual(ports.notifications(), [{ ...refusal(403, 'Forbidden.', '0123456789abcdef01234567'), actions: [ACTIONS.forgetAndRetry, ACTIONS.showOutput] }]);
    });

    for (const status of [400, 404, 409]) {
      it(`${status}: the message, the requestId and the likely cause; no retry offered`, async () => {
        answerSecrets();
        fake.behave({ kind: 'error', status, message: `Refused with ${status}.`, requestId: '0123456789abcdef01234567' });
        const run = await flow().run(document(CLEAN_BODY), settings());
        assert.deepEqual(run.result, { kind: 'sent', outcome: 'refused', mayExist: false });
        assert.deepEqual(ports.notifications(), [{ ...refusal(status, `Refused with ${status}.`, '0123456789abcdef01234567'), actions: [ACTIONS.showOutput] }]);
        assert.equal(posts().length, 1);
      });
    }

    it('500: the instance may exist, so the message says how to check and nothing is offered to send it again', async () => {
      answerSecrets();
      fake.behave({ kind: 'error', status: 500, message: 'Internal error.', requestId: '0123456789abcdef01234567' });
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'refused', mayExist: true });
      const check = howToCheck({ baseUrl: fake.baseUrl, elementKey: 'quickbasedb', instanceName: 'Acme QuickBase' });
      assert.deepEqual(ports.notifications(), [
        {
          channel: 'error',
          text:
            `The platform refused the instance (status 500): Internal error. requestId: 0123456789abcdef01234567 Likely cause: ${likelyCause(500, 'create-instance')} ` +
            `The request may have reached the platform, so the instance may have been created; it was not sent again. ${check}`,
          actions: [ACTIONS.showOutput],
        },
      ]);
    });

    it('a body secret that an error message repeats is masked', async () => {
      answerSecrets();
      fake.behave({ kind: 'error', status: 400, message: `Login failed for ann with password ${FAKE_BODY_PASSWORD}.` });
      await flow().run(document(CLEAN_BODY), settings());
      assert.match(ports.notifications()[0].text, /^The platform refused the instance \(status 400\): Login failed for ann with password \*{8}\. /);
    });

    it('a timeout: sent once, never again; says the instance may exist and how to check', async () => {
      answerSecrets();
      fake.behave({ kind: 'hang' });
      const run = await flow(1500).run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'timeout', mayExist: true });
      const check = howToCheck({ baseUrl: fake.baseUrl, elementKey: 'quickbasedb', instanceName: 'Acme QuickBase' });
      assert.deepEqual(ports.notifications(), [
        { channel: 'error', text: `No answer within 1.5 s. The request may have reached the platform, so the instance may have been created; it was not sent again. ${check}`, actions: [ACTIONS.showOutput] },
      ]);
      assert.equal(posts().length, 1);
    });

    it('a dropped connection: sent once, the instance may exist', async () => {
      answerSecrets();
      fake.behave({ kind: 'drop', when: 'after-body' });
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'dropped', mayExist: true });
      assert.match(ports.notifications()[0].text, /^The connection was lost: .* The request may have reached the platform, so the instance may have been created; it was not sent again\. Check before sending it again: /);
      assert.deepEqual(ports.notifications()[0].actions, [ACTIONS.showOutput]);
      assert.equal(posts().length, 1);
    });

    it('an answer that is not JSON, with a 5xx status: the instance may exist', async () => {
      answerSecrets();
      fake.behave({ kind: 'not-json', status: 502 });
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'not-json', mayExist: true });
      const check = howToCheck({ baseUrl: fake.baseUrl, elementKey: 'quickbasedb', instanceName: 'Acme QuickBase' });
      assert.deepEqual(ports.notifications(), [
        {
          channel: 'error',
          text:
            'The answer (status 502, text/html) is not JSON, so it is not the platform API\'s: "<html><body><h1>502 Bad Gateway</h1></body></html>" ' +
            'Check the base URL (it ends in /elements/api-v2); a proxy or gateway may have answered instead. ' +
            `The request may have reached the platform, so the instance may have been created; it was not sent again. ${check}`,
          actions: [ACTIONS.showOutput],
        },
      ]);
    });

    it('a server that is not there: nothing was sent, and "Try Again" is offered', async () => {
      const port = await closedPort();
      const baseUrl = `http://127.0.0.1:${port}/elements/api-v2`;
      answerSecrets();
      const run = await flow().run(document(CLEAN_BODY), settings({ provisioning: { environment: 'custom', baseUrl } }));
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'unreachable', mayExist: false });
      assert.match(ports.notifications()[0].text, new RegExp(`^Cannot reach ${baseUrl.replace(/[./]/g, '\\$&')}: the server refused the connection \\(ECONNREFUSED\\).* Nothing was sent: it is safe to try again\\.$`));
      assert.deepEqual(ports.notifications()[0].actions, [ACTIONS.tryAgain, ACTIONS.showOutput]);
    });
  });

  describe('cancellation', () => {
    it('before the request is sent: nothing was sent, and the message says so', async () => {
      answerSecrets();
      ports.cancel = { kind: 'before' };
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'cancelled', mayExist: false });
      assert.equal(fake.requests.length, 0);
      assert.deepEqual(ports.notifications(), [{ channel: 'info', text: 'Cancelled. Nothing was sent.', actions: [] }]);
    });

    it('after the request reached the platform: the instance may exist, and how to check', async () => {
      answerSecrets();
      fake.behave({ kind: 'hang' });
      ports.cancel = { kind: 'when', when: () => until(() => fake.requests[0]?.body !== undefined) };
      const run = await flow().run(document(CLEAN_BODY), settings());
      assert.deepEqual(run.result, { kind: 'sent', outcome: 'cancelled', mayExist: true });
      const check = howToCheck({ baseUrl: fake.baseUrl, elementKey: 'quickbasedb', instanceName: 'Acme QuickBase' });
      assert.deepEqual(ports.notifications(), [
        { channel: 'error', text: `Cancelled. The request may have reached the platform, so the instance may have been created; it was not sent again. ${check}`, actions: [ACTIONS.showOutput] },
      ]);
      assert.equal(posts().length, 1);
    });

    it('one provisioning at a time: a second run while one is out sends nothing', async () => {
      answerSecrets();
      fake.behave({ kind: 'hang' });
      const provision = flow();
      ports.cancel = { kind: 'when', when: () => until(() => fake.requests[0]?.body !== undefined).then(async () => {
        const second = await provision.run(document(CLEAN_BODY), settings());
        assert.deepEqual(second.result, { kind: 'stopped', reason: 'busy' });
      }) };
      await provision.run(document(CLEAN_BODY), settings());
      assert.equal(posts().length, 1);
      assert.equal(ports.notifications()[0].text, 'Provisioning is under way already: wait for its outcome before starting another.');
    });
  });
});

/** Resolves once `condition` holds; the test's own timeout bounds the wait. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
