import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { closedPort, FakeCloudElements } from '../../../test/fakeCloudElements/fakeApi';
import { useFakeCloudElements } from '../../../test/fakeCloudElements/fakeSuite';
import { assertNoSecrets, FAKE_SECRETS, secretEnv } from '../../../test/fakeCloudElements/fakeSecrets';
import { likelyCause } from '../provision';
import { type CliResult, removeTempProjects, runCli, tempProject } from './testing/cliHarness';

const SCHEMA_FILE = 'schemas/elements/quickbasedb.schema.json';

describe('ce-instance schema pull', () => {
  let fake: FakeCloudElements;
  useFakeCloudElements((started) => {
    fake = started;
  });
  after(removeTempProjects);

  /** Runs `ce-instance ...args` in `cwd` with the secrets; every output is checked for secrets. */
  async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = secretEnv(cwd)): Promise<CliResult> {
    const result = await runCli(args, { cwd, env });
    assertNoSecrets([result.stdout, result.stderr]);
    return result;
  }
  const pull = (args: string[], cwd: string, env?: NodeJS.ProcessEnv) => cli(['schema', 'pull', ...args], cwd, env);

  it('writes the schema where the team keeps it and says how to name it in the config', async () => {
    const cwd = tempProject();
    const result = await pull(['quickbasedb', '--base-url', fake.baseUrl], cwd);
    assert.deepEqual(result, {
      code: 0,
      stdout: [
        `Wrote ${SCHEMA_FILE}: 13 configuration keys, 3 required (quickbase.password, quickbase.user, subdomain).`,
        'To check instance bodies against it, add this entry to "schemas" in a new .ce-instance.json in this folder:',
        `  { "files": ["**/*.json"], "schema": "./${SCHEMA_FILE}" }`,
        'It applies only to bodies whose element.key is "quickbasedb", so "files" may select every instance file.',
        '',
      ].join('\n'),
      stderr: '',
    });
    const text = fs.readFileSync(path.join(cwd, SCHEMA_FILE), 'utf8');
    const schema = JSON.parse(text) as { description: string };
    assert.ok(text.endsWith('}\n'));
    assert.match(schema.description, new RegExp(`Written by ce-instance schema pull quickbasedb --base-url ${fake.baseUrl.replace(/\./g, '\\.')};`));
    const ajv = new Ajv({ strict: true });
    assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
    assert.equal(fs.readdirSync(path.join(cwd, 'schemas/elements')).length, 1, 'no temporary file left');
  });

  it('gives the same bytes on a second pull', async () => {
    const cwd = tempProject();
    await pull(['quickbasedb', '--base-url', fake.baseUrl], cwd);
    const first = fs.readFileSync(path.join(cwd, SCHEMA_FILE));
    await pull(['quickbasedb', '--base-url', fake.baseUrl], cwd);
    assert.deepEqual(fs.readFileSync(path.join(cwd, SCHEMA_FILE)), first);
  });

  it('names the path relative to the config that applies', async () => {
    const cwd = tempProject({ 'project/.ce-instance.json': '{}' });
    const result = await pull(['quickbasedb', '--base-url', fake.baseUrl, '-o', 'project/team/qb.json'], cwd);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /\nTo check instance bodies against it, add this entry to "schemas" in project\/\.ce-instance\.json:\n {2}\{ "files": \["\*\*\/\*\.json"\], "schema": "\.\/team\/qb\.json" \}\n/);
    assert.ok(fs.existsSync(path.join(cwd, 'project/team/qb.json')));
  });

  it('named in the config, the schema checks instance bodies of its element in lint and provision', async () => {
    const cwd = tempProject({
      'instances/qb.json': '{\n  "element": {"key": "quickbasedb"},\n  "configuration": {\n    "subdomain": "a-subdomain-much-longer-than-thirty-two-characters",\n    "quickbase.user": "ann"\n  }\n}\n',
      'instances/shopify.json': '{"element": {"key": "shopify"}, "configuration": {"shopify.site.address": "acme"}}\n',
    });
    assert.equal((await pull(['quickbasedb', '--base-url', fake.baseUrl], cwd)).code, 0);
    fs.writeFileSync(path.join(cwd, '.ce-instance.json'), `{"schemas": [{ "files": ["**/*.json"], "schema": "./${SCHEMA_FILE}" }]}`);
    const lint = await cli(['lint', 'instances'], cwd);
    assert.equal(lint.code, 1);
    assert.equal(
      lint.stdout,
      [
        'instances/qb.json',
        "  3:20  error  quickbasedb.schema.json: Missing required property 'quickbase.password'.  custom-schema",
        "  4:18  error  quickbasedb.schema.json: 'subdomain' must be a string of at most 32 characters, a number or a boolean.  custom-schema",
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 infos)',
        '',
      ].join('\n'),
      'the shopify body is not checked against the quickbasedb schema',
    );
    const provision = await cli(['provision', 'instances/qb.json', '--base-url', fake.baseUrl], cwd);
    assert.equal(provision.code, 2);
    assert.match(provision.stderr, /\nce-instance provision: instances\/qb\.json has 2 errors; nothing was sent\./);
    assert.equal(fake.requestsTo('POST', '/instances').length, 0);
  });

  it('an unknown element: exit 1, with the message, the requestId and the likely cause; nothing written', async () => {
    const cwd = tempProject();
    const result = await pull(['nosuchelement', '--base-url', fake.baseUrl], cwd);
    assert.deepEqual(result, {
      code: 1,
      stdout: '',
      stderr: [
        "The platform refused to give the configuration (status 404): No element found with key or id 'nosuchelement'.",
        '  requestId: 5e1f00000000000000000001',
        `  Likely cause: ${likelyCause(404, 'read-element-configuration')}`,
        '',
      ].join('\n'),
    });
    assert.ok(!fs.existsSync(path.join(cwd, 'schemas')));
  });

  it('wrong secrets: exit 1', async () => {
    const cwd = tempProject();
    const result = await pull(['quickbasedb', '--base-url', fake.baseUrl], cwd, secretEnv(cwd, { user: 'FAKEuserSECRET-not-this-one', organization: FAKE_SECRETS.organization }));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^The platform refused to give the configuration \(status 401\)/);
    assert.ok(!result.stderr.includes('FAKEuserSECRET-not-this-one'));
  });

  it('no answer: exit 2 for a timeout, a dropped connection and a server that is not there', async () => {
    const cwd = tempProject();
    fake.behave({ kind: 'hang' });
    const timeout = await pull(['quickbasedb', '--base-url', fake.baseUrl, '--timeout', '1.5'], cwd);
    assert.deepEqual([timeout.code, timeout.stderr], [2, `No answer from ${fake.baseUrl} within 1.5 s.\n  Reading is harmless: try again, perhaps with a longer timeout.\n`]);
    fake.behave({ kind: 'drop', when: 'after-body' });
    const dropped = await pull(['quickbasedb', '--base-url', fake.baseUrl], cwd);
    assert.equal(dropped.code, 2);
    assert.match(dropped.stderr, /^The connection was lost: /);
    const baseUrl = `http://127.0.0.1:${await closedPort()}/elements/api-v2`;
    const absent = await pull(['quickbasedb', '--base-url', baseUrl], cwd);
    assert.equal(absent.code, 2);
    assert.ok(!fs.existsSync(path.join(cwd, 'schemas')));
  });

  it('an output that cannot be written: exit 2', async () => {
    const cwd = tempProject({ 'taken/readme.txt': 'x' });
    const result = await pull(['quickbasedb', '--base-url', fake.baseUrl, '--output', 'taken'], cwd);
    assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', 'ce-instance schema pull: cannot write taken (it is a directory); choose another --output\n']);
  });

  it('usage errors: exit 2, nothing requested', async () => {
    const cwd = tempProject();
    const cases: [string[], string][] = [
      [['schema'], "ce-instance schema: a subcommand is missing: use 'ce-instance schema pull ELEMENT_KEY' (see 'ce-instance schema --help')"],
      [['schema', 'push', 'x'], "ce-instance schema: unknown subcommand 'push': use 'ce-instance schema pull ELEMENT_KEY' (see 'ce-instance schema --help')"],
      [['schema', 'pull'], "ce-instance schema pull: give the element key: ce-instance schema pull ELEMENT_KEY (see 'ce-instance schema --help')"],
      [['schema', 'pull', '../instances'], "ce-instance schema pull: an element key is made of letters, digits, dots, dashes and underscores, such as hubspotcrm or sfdc (see 'ce-instance schema --help')"],
      [['schema', 'pull', 'sfdc', '--password=hunter2'], "ce-instance schema pull: --password looks like a secret, and secrets are never taken from the command line (other processes and the shell history can see it); set CE_USER_SECRET and CE_ORG_SECRET in the environment instead (see 'ce-instance schema --help')"],
      [['schema', 'pull', 'sfdc', '--base-url', 'http://ce.example.com/elements/api-v2'], "ce-instance schema pull: --base-url: plain http is only allowed for localhost, 127.0.0.1 and ::1 (the secrets would cross the network unencrypted); use https://ce.example.com/elements/api-v2 (see 'ce-instance schema --help')"],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args, cwd);
      assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', `${message}\n`], args.join(' '));
    }
    const missing = await pull(['quickbasedb', '--base-url', fake.baseUrl], cwd, {});
    assert.deepEqual([missing.code, missing.stderr], [2, 'ce-instance schema pull: CE_USER_SECRET and CE_ORG_SECRET are not set: set CE_USER_SECRET and CE_ORG_SECRET to the user and organization secrets of the environment; nothing was read\n']);
    assert.equal(fake.requests.length, 0);
  });

  it('--help', async () => {
    const cwd = tempProject();
    for (const args of [['schema', '--help'], ['schema', 'pull', '--help']]) {
      const result = await cli(args, cwd);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /^Usage: ce-instance schema pull ELEMENT_KEY \[options\]\n/);
    }
  });
});
