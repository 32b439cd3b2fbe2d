import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeCloudElements, UNAUTHORIZED_MESSAGE } from '../../../test/fakeCloudElements/fakeApi';
import { useFakeCloudElements } from '../../../test/fakeCloudElements/fakeSuite';
import { assertNoSecrets, FAKE_SECRETS, secretEnv } from '../../../test/fakeCloudElements/fakeSecrets';
import { likelyCause } from '../../../server/src/provision';
import { runCli } from '../../../server/src/cli/testing/cliHarness';
import type { ProvisioningSettings } from './provisioningTarget';
import { SCHEMA_ACTIONS, SchemaPullFlow } from './schemaPullFlow';
import { FakePorts } from './testing/fakePorts';

const BODY = '{\n  "element": {"key": "shopify"},\n  "configuration": {}\n}\n';

describe('client: Pull Element Schema', () => {
  let fake: FakeCloudElements;
  let ports: FakePorts;
  let folder: string;
  useFakeCloudElements((started) => {
    fake = started;
  });
  beforeEach(() => {
    ports = new FakePorts();
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ce-schema-flow-')));
  });
  afterEach(() => {
    assertNoSecrets(ports.texts());
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const provisioning = (): ProvisioningSettings => ({ environment: 'custom', baseUrl: fake.baseUrl });
  const flow = () => new SchemaPullFlow({ ports, timeoutMs: 10_000 });
  const schemaFile = (key: string) => path.join(folder, 'schemas', 'elements', `${key}.schema.json`);

  it("offers the open body's element key, writes the file the CLI writes, opens it, and says how to name it", async () => {
    ports.textAnswers.push('shopify');
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    ports.notificationAnswers.push(SCHEMA_ACTIONS.copyEntry);
    const run = await flow().run({ activeText: BODY, folder, provisioning: provisioning() });
    await run.followUp;
    assert.deepEqual(run.result, { kind: 'written', file: schemaFile('shopify') });
    assert.equal(ports.textRequests[0].value, 'shopify');
    assert.deepEqual(ports.openedFiles, [schemaFile('shopify')]);
    const entry = '{ "files": ["**/*.json"], "schema": "./schemas/elements/shopify.schema.json" }';
    assert.deepEqual(ports.notifications(), [
      {
        channel: 'info',
        text: `Wrote schemas/elements/shopify.schema.json: 4 configuration keys, 3 required. To check instance bodies against it, add ${entry} to "schemas" in a new .ce-instance.json at the folder's root.`,
        actions: [SCHEMA_ACTIONS.copyEntry],
      },
    ]);
    assert.deepEqual(ports.clipboardWrites, [entry]);

    // Byte for byte what `ce-instance schema pull` writes, whichever face pulled it.
    const cli = await runCli(['schema', 'pull', 'shopify', '--base-url', fake.baseUrl, '--output', 'cli.schema.json'], { cwd: folder, env: secretEnv(folder) });
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(fs.readFileSync(schemaFile('shopify'), 'utf8'), fs.readFileSync(path.join(folder, 'cli.schema.json'), 'utf8'));
  });

  it('names the nearest .ce-instance.json above the schema, with the path relative to it', async () => {
    fs.writeFileSync(path.join(folder, '.ce-instance.json'), '{}');
    ports.textAnswers.push('quickbasedb');
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    await flow().run({ activeText: undefined, folder, provisioning: provisioning() });
    assert.equal(ports.textRequests[0].value, '');
    assert.match(ports.notifications()[0].text, /add \{ "files": \["\*\*\/\*\.json"\], "schema": "\.\/schemas\/elements\/quickbasedb\.schema\.json" \} to "schemas" in \.ce-instance\.json\.$/);
  });

  it('asks before replacing a schema that changed; "Cancel" keeps the file', async () => {
    fs.mkdirSync(path.dirname(schemaFile('shopify')), { recursive: true });
    fs.writeFileSync(schemaFile('shopify'), '{"old": true}\n');
    ports.textAnswers.push('shopify');
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    ports.confirmAnswers.push(false);
    const run = await flow().run({ activeText: BODY, folder, provisioning: provisioning() });
    assert.deepEqual(run.result, { kind: 'stopped', reason: 'not-replaced' });
    assert.equal(fs.readFileSync(schemaFile('shopify'), 'utf8'), '{"old": true}\n');
    assert.deepEqual(ports.shown.find((entry) => entry.channel === 'confirm'), {
      channel: 'confirm',
      text: `schemas/elements/shopify.schema.json exists. Replace it?\nIt is replaced by what ${fake.baseUrl} says element shopify takes now.`,
      actions: [SCHEMA_ACTIONS.replace],
    });
  });

  it('asks before replacing; "Replace" writes it; the same schema again asks nothing', async () => {
    fs.mkdirSync(path.dirname(schemaFile('shopify')), { recursive: true });
    fs.writeFileSync(schemaFile('shopify'), '{"old": true}\n');
    ports.textAnswers.push('shopify', 'shopify');
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    ports.confirmAnswers.push(true);
    assert.equal((await flow().run({ activeText: BODY, folder, provisioning: provisioning() })).result.kind, 'written');
    assert.notEqual(fs.readFileSync(schemaFile('shopify'), 'utf8'), '{"old": true}\n');
    const again = await flow().run({ activeText: BODY, folder, provisioning: provisioning() });
    assert.deepEqual(again.result, { kind: 'unchanged', file: schemaFile('shopify') });
    assert.equal(ports.shown.filter((entry) => entry.channel === 'confirm').length, 1);
    assert.match(ports.notifications()[1].text, /^schemas\/elements\/shopify\.schema\.json is up to date \(4 configuration keys, 3 required\)\. /);
  });

  it('an unknown element: the status, the message, the requestId and the likely cause; no file', async () => {
    ports.textAnswers.push('nosuchelement');
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    const run = await flow().run({ activeText: undefined, folder, provisioning: provisioning() });
    assert.deepEqual(run.result, { kind: 'failed', outcome: 'refused' });
    assert.deepEqual(ports.notifications(), [
      {
        channel: 'error',
        text: `The platform refused to give the configuration (status 404): No element found with key or id 'nosuchelement'. requestId: 5e1f00000000000000000001 Likely cause: ${likelyCause(404, 'read-element-configuration')}`,
        actions: [],
      },
    ]);
    assert.equal(fs.existsSync(path.join(folder, 'schemas')), false);
  });

  it('wrong secrets: "Forget Secrets and Retry" asks for them again and reads again', async () => {
    ports.textAnswers.push('shopify', 'shopify');
    ports.secretAnswers.push('FAKEwrongUserSecret', FAKE_SECRETS.organization, FAKE_SECRETS.user, FAKE_SECRETS.organization);
    ports.notificationAnswers.push(SCHEMA_ACTIONS.forgetAndRetry);
    const run = await flow().run({ activeText: BODY, folder, provisioning: provisioning() });
    await run.followUp;
    assert.equal(ports.notifications()[0].text.startsWith(`The platform refused to give the configuration (status 401): ${UNAUTHORIZED_MESSAGE}`), true);
    assert.deepEqual(ports.notifications()[0].actions, [SCHEMA_ACTIONS.forgetAndRetry]);
    assert.equal(fs.existsSync(schemaFile('shopify')), true);
    assert.equal(fake.requests.length, 2);
    assertNoSecrets(ports.texts(), ['FAKEwrongUserSecret']);
  });

  it('refuses an element key that cannot stand in a URL path, in the input box', async () => {
    ports.textAnswers.push('../etc');
    await assert.rejects(flow().run({ activeText: undefined, folder, provisioning: provisioning() }), /An element key is made of letters, digits, dots, dashes and underscores/);
  });

  it('a schema path taken by a folder is not written over', async () => {
    fs.mkdirSync(schemaFile('shopify'), { recursive: true });
    ports.textAnswers.push('shopify');
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    const run = await flow().run({ activeText: BODY, folder, provisioning: provisioning() });
    assert.deepEqual(run.result, { kind: 'stopped', reason: 'not-writable' });
    assert.equal(ports.notifications()[0].text, 'schemas/elements/shopify.schema.json is a folder; the schema was not written.');
  });

  it('needs a folder, and sends nothing without one', async () => {
    const run = await flow().run({ activeText: BODY, folder: undefined, provisioning: provisioning() });
    assert.deepEqual(run.result, { kind: 'stopped', reason: 'no-folder' });
    assert.equal(ports.textRequests.length, 0);
    assert.equal(fake.requests.length, 0);
  });
});
