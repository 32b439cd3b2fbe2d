import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { closedPort, FakeCloudElements, UNAUTHORIZED_MESSAGE } from '../../../test/fakeCloudElements/fakeApi';
import { useFakeCloudElements } from '../../../test/fakeCloudElements/fakeSuite';
import { assertNoSecrets, FAKE_BODY_PASSWORD, FAKE_SECRETS, secretEnv } from '../../../test/fakeCloudElements/fakeSecrets';
import { likelyCause } from '../provision';
import { type CliResult, removeTempProjects, runCli, tempProject } from './testing/cliHarness';
import { BODY_WITH_ERROR, BODY_WITH_WARNING, CLEAN_BODY } from '../../../test/fakeCloudElements/instanceBodies';


const WARNING_MESSAGE = `'event.notification.enabled' is not set and defaults to false, yet 1 event setting is present ('event.vendor.type'): no events will be delivered. Add "event.notification.enabled": true to turn events on.`;
const WARNING_LINE = `  4:81  warning  'event.notification.enabled' is not set and defaults to false, yet 1 event setting is present ('event.vendor.type'): no events will be delivered. Add "event.notification.enabled": true to turn events on.  events-not-enabled`;

describe('ce-instance provision', () => {
  let fake: FakeCloudElements;
  useFakeCloudElements((started) => {
    fake = started;
  });
  after(removeTempProjects);

  /** Runs the CLI in a project holding `files`; every output is checked for secrets, whatever the test. */
  async function provision(args: string[], files: Record<string, string | Buffer> = { 'body.json': CLEAN_BODY }, env?: (cwd: string) => NodeJS.ProcessEnv): Promise<CliResult & { cwd: string }> {
    const cwd = tempProject(files);
    const result = await runCli(['provision', ...args], { cwd, env: env ? env(cwd) : secretEnv(cwd) });
    assertNoSecrets([result.stdout, result.stderr], fake.issuedTokens);
    return { ...result, cwd };
  }
  const posts = () => fake.requestsTo('POST', '/instances');

  it('creates the instance: exit 0, the id and name on stdout, the token never shown', async () => {
    const result = await provision(['body.json', '--base-url', fake.baseUrl]);
    assert.deepEqual(result, {
      code: 0,
      cwd: result.cwd,
      stdout: `Created instance 4200 'Acme QuickBase' (element quickbasedb) at ${fake.baseUrl}.\n  The instance token is a secret and is not shown.\n`,
      stderr: `ce-instance provision: sending body.json to ${fake.baseUrl}/instances (custom)\n`,
    });
    assert.equal(posts().length, 1);
    assert.equal(fake.issuedTokens.length, 1);
  });

  describe('--token-file', () => {
    it('writes the token there for the owner only, and says where, never what', async () => {
      const result = await provision(['body.json', '--base-url', fake.baseUrl, '--token-file', 'secrets/token.txt'], { 'body.json': CLEAN_BODY, 'secrets/.keep': '' });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, `Created instance 4200 'Acme QuickBase' (element quickbasedb) at ${fake.baseUrl}.\n  The instance token is a secret and is not shown.\n  It was written to secrets/token.txt, readable by you only.\n`);
      const file = path.join(result.cwd, 'secrets/token.txt');
      assert.equal(fs.readFileSync(file, 'utf8'), `${fake.issuedTokens[0]}\n`);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    });

    it('names the file in the json report', async () => {
      const result = await provision(['body.json', '--base-url', fake.baseUrl, '--token-file', 'token.txt', '--format', 'json']);
      assert.equal(result.code, 0, result.stderr);
      assert.equal((JSON.parse(result.stdout) as { tokenFile?: string }).tokenFile, 'token.txt');
    });

    it('sends nothing when the token could not be written where asked', async () => {
      for (const [target, problem] of [['no/such/folder/token.txt', "its folder '"], ['.', 'is a directory'], ['body.json', 'it names the body file itself']]) {
        const result = await provision(['body.json', '--base-url', fake.baseUrl, '--token-file', target]);
        assert.equal(result.code, 2, target);
        assert.match(result.stderr, new RegExp(`^ce-instance provision: --token-file: .*${problem.replace(/[.*]/g, '\\$&')}.*; nothing was sent\n$`), target);
        assert.equal(posts().length, 0, target);
      }
    });
  });

  it('sends the file byte for byte: CRLF line breaks and non-ASCII kept, the byte order mark left out', async () => {
    const text = CLEAN_BODY.replace(/\n/g, '\r\n').replace('Acme QuickBase', 'Acme – Zürich ✓');
    const result = await provision(['body.json', '--base-url', fake.baseUrl], { 'body.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(posts()[0].body, Buffer.from(text, 'utf8'));
  });

  it('prints warnings and still sends', async () => {
    const result = await provision(['body.json', '--base-url', fake.baseUrl], { 'body.json': BODY_WITH_WARNING });
    assert.equal(result.code, 0);
    assert.equal(result.stderr, `body.json\n${WARNING_LINE}\n\n✖ 1 problem (0 errors, 1 warning, 0 infos)\nce-instance provision: sending body.json to ${fake.baseUrl}/instances (custom)\n`);
    assert.equal(posts().length, 1);
  });

  it('refuses a body with errors: prints them like lint, sends nothing, exit 2', async () => {
    const result = await provision(['body.json', '--base-url', fake.baseUrl], { 'body.json': BODY_WITH_ERROR });
    assert.deepEqual(result, {
      code: 2,
      cwd: result.cwd,
      stdout: '',
      stderr: [
        'body.json',
        `  4:81   warning  ${WARNING_MESSAGE}  events-not-enabled`,
        "  4:102  error    Unknown vendor type 'pollin': 'event.vendor.type' takes 'polling' (the platform asks the provider for changes) or 'webhook'/'webhooks' (the provider calls the platform). Did you mean 'polling'?  vendor-type",
        '',
        '✖ 2 problems (1 error, 1 warning, 0 infos)',
        '  1 fixable with --fix',
        'ce-instance provision: body.json has 1 error; nothing was sent. Fix it (ce-instance lint --fix fixes some) and run again',
        '',
      ].join('\n'),
    });
    assert.equal(fake.requests.length, 0);
  });

  it('refuses text that is not an instance body, and invalid JSON', async () => {
    const notInstance = await provision(['body.json', '--base-url', fake.baseUrl], { 'body.json': '{"compilerOptions": {}}\n' });
    assert.deepEqual([notInstance.code, notInstance.stderr], [2, 'ce-instance provision: body.json is not an instance body (it has neither "element" nor "configuration"); nothing was sent\n']);
    const broken = await provision(['body.json', '--base-url', fake.baseUrl], { 'body.json': '{"element": {"key": "quickbasedb"},}\n' });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /no-trailing-commas\n/);
    assert.equal(fake.requests.length, 0);
  });

  it('applies the team schemas of the config: a body that breaks one is not sent', async () => {
    const files = {
      'body.json': CLEAN_BODY,
      '.ce-instance.json': '{"schemas": [{"files": ["*.json"], "schema": "./team.schema.json"}]}',
      'team.schema.json': '{"type": "object", "required": ["tags"], "properties": {"tags": {"type": "array"}}}',
    };
    const result = await provision(['body.json', '--base-url', fake.baseUrl], files);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^body\.json\n {2}1:1 {2}error {2}team\.schema\.json: Missing required property 'tags'\. {2}custom-schema\n/);
    assert.equal(fake.requests.length, 0);
    const withConfigOption = await provision(['body.json', '--base-url', fake.baseUrl, '--config', 'other.json'], { ...files, 'other.json': '{}' });
    assert.equal(withConfigOption.code, 0, '--config replaces the config found');
  });

  describe('the platform refuses', () => {
    it('wrong secrets: 401, exit 1, with the message, the requestId and the likely cause', async () => {
      const result = await provision(['body.json', '--base-url', fake.baseUrl], undefined, (cwd) => secretEnv(cwd, { user: FAKE_SECRETS.user, organization: 'fakeorgsecret-wrong-one' }));
      assert.equal(result.code, 1);
      assert.equal(
        result.stderr,
        [
          `ce-instance provision: sending body.json to ${fake.baseUrl}/instances (custom)`,
          `The platform refused the instance (status 401): ${UNAUTHORIZED_MESSAGE}`,
          '  requestId: 5e1f00000000000000000001',
          `  Likely cause: ${likelyCause(401, 'create-instance')}`,
          '',
        ].join('\n'),
      );
      assert.doesNotMatch(result.stderr, /fakeorgsecret-wrong-one/, 'a wrong secret is a secret too');
    });

    for (const status of [400, 403, 404, 409, 500]) {
      it(`${status}: exit 1, and the json report has the status, message, requestId and likely cause`, async () => {
        fake.behave({ kind: 'error', status, message: `Refused with ${status}.`, requestId: '0123456789abcdef01234567' });
        const result = await provision(['body.json', '--base-url', fake.baseUrl, '--format', 'json']);
        assert.equal(result.code, 1);
        assert.equal(result.stderr, '');
        const report = JSON.parse(result.stdout) as Record<string, unknown>;
        assert.deepEqual(
          { outcome: report.outcome, status: report.status, error: report.error, likelyCause: report.likelyCause, mayExist: report.mayExist },
          { outcome: 'refused', status, error: { message: `Refused with ${status}.`, requestId: '0123456789abcdef01234567' }, likelyCause: likelyCause(status, 'create-instance'), mayExist: status >= 500 },
        );
        assert.equal(posts().length, 1);
      });
    }
  });

  describe('no answer', () => {
    it('a timeout: exit 2, one POST only, and the message says the instance may exist and how to check', async () => {
      fake.behave({ kind: 'hang' });
      const result = await provision(['body.json', '--base-url', fake.baseUrl, '--timeout', '1.5']);
      assert.equal(result.code, 2);
      assert.equal(
        result.stderr,
        [
          `ce-instance provision: sending body.json to ${fake.baseUrl}/instances (custom)`,
          'No answer within 1.5 s.',
          '  The request may have reached the platform, so the instance may have been created; it was not sent again.',
          `  Check before sending it again: GET ${fake.baseUrl}/instances (with the same Authorization header) lists the instances; look for an instance named 'Acme QuickBase' of element quickbasedb. If two were created, remove one with DELETE ${fake.baseUrl}/instances/{id}.`,
          `  For example: curl -H "Authorization: User $CE_USER_SECRET, Organization $CE_ORG_SECRET" ${fake.baseUrl}/instances`,
          '',
        ].join('\n'),
      );
      assert.equal(posts().length, 1);
    });

    it('a dropped connection: exit 2, one POST only, the instance may exist', async () => {
      fake.behave({ kind: 'drop', when: 'after-body' });
      const result = await provision(['body.json', '--base-url', fake.baseUrl, '--format', 'json']);
      assert.equal(result.code, 2);
      const report = JSON.parse(result.stdout) as { outcome: string; mayExist: boolean; details: string[] };
      assert.deepEqual([report.outcome, report.mayExist], ['dropped', true]);
      assert.match(report.details[1], /^Check before sending it again: GET /);
      assert.equal(posts().length, 1);
    });

    it('an answer that is not JSON: exit 2', async () => {
      fake.behave({ kind: 'not-json', status: 502 });
      const result = await provision(['body.json', '--base-url', fake.baseUrl]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /\nThe answer \(status 502, text\/html\) is not JSON, so it is not the platform API's: "<html><body><h1>502 Bad Gateway<\/h1><\/body><\/html>"\n/);
    });

    it('a server that is not there: exit 2, nothing sent', async () => {
      const baseUrl = `http://127.0.0.1:${await closedPort()}/elements/api-v2`;
      const result = await provision(['body.json', '--base-url', baseUrl]);
      assert.equal(result.code, 2);
      assert.ok(
        result.stderr.endsWith(`\nCannot reach ${baseUrl}: the server refused the connection (ECONNREFUSED): check the base URL, and that the server runs.\n  Nothing was sent: it is safe to try again.\n`),
        result.stderr,
      );
    });
  });

  describe('--dry-run', () => {
    it('prints the request with the secrets masked and sends nothing', async () => {
      const result = await provision(['body.json', '--base-url', fake.baseUrl, '--dry-run']);
      assert.deepEqual(result, {
        code: 0,
        cwd: result.cwd,
        stdout: [
          `POST ${fake.baseUrl}/instances`,
          'Authorization: User ********, Organization ********',
          'Content-Type: application/json',
          'Accept: application/json',
          'User-Agent: ce-instance/0.1.0',
          `Content-Length: ${Buffer.byteLength(CLEAN_BODY)}`,
          '',
          CLEAN_BODY.replace(FAKE_BODY_PASSWORD, '********'),
        ].join('\n'),
        stderr: 'ce-instance provision: dry run: nothing was sent (1 secret value of the body shown as ********)\n',
      });
      assert.equal(fake.requests.length, 0);
    });

    it('json: the request as a document; without secrets it warns that a real run would stop', async () => {
      const result = await provision(['body.json', '--dry-run', '--format', 'json', '--env', 'eu'], undefined, () => ({}));
      assert.equal(result.code, 0);
      assert.equal(result.stderr, 'ce-instance provision: warning: CE_USER_SECRET and CE_ORG_SECRET are not set: set CE_USER_SECRET and CE_ORG_SECRET to the user and organization secrets of the environment; a real run would stop here\n');
      const report = JSON.parse(result.stdout) as Record<string, unknown>;
      assert.deepEqual(report, {
        outcome: 'dry-run',
        summary: 'dry run: nothing was sent (1 secret value of the body shown as ********)',
        request: {
          method: 'POST',
          url: 'https://api.cloud-elements.co.uk/elements/api-v2/instances',
          headers: {
            Authorization: 'User ********, Organization ********',
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'User-Agent': 'ce-instance/0.1.0',
            'Content-Length': String(Buffer.byteLength(CLEAN_BODY)),
          },
          body: CLEAN_BODY.replace(FAKE_BODY_PASSWORD, '********'),
        },
        file: 'body.json',
        baseUrl: 'https://api.cloud-elements.co.uk/elements/api-v2',
        environment: 'eu',
        findings: [],
      });
    });
  });

  describe('json format', () => {
    it('one document on stdout, with the findings and the instance (token masked)', async () => {
      const result = await provision(['body.json', '--base-url', fake.baseUrl, '-f', 'json'], { 'body.json': BODY_WITH_WARNING });
      assert.equal(result.code, 0);
      assert.equal(result.stderr, '');
      assert.deepEqual(JSON.parse(result.stdout), {
        outcome: 'created',
        summary: `Created instance 4200 'Acme QuickBase' (element quickbasedb) at ${fake.baseUrl}.`,
        details: ['The instance token is a secret and is not shown.'],
        status: 200,
        instance: { id: 4200, name: 'Acme QuickBase', elementKey: 'quickbasedb', token: '********' },
        file: 'body.json',
        baseUrl: fake.baseUrl,
        environment: 'custom',
        findings: [
          {
            ruleId: 'events-not-enabled',
            severity: 'warning',
            message: WARNING_MESSAGE,
            range: { start: { line: 3, character: 80 }, end: { line: 3, character: 99 } },
            path: ['configuration', 'event.vendor.type'],
          },
        ],
      });
    });

    it('an invalid body: outcome invalid-body with the findings, exit 2', async () => {
      const result = await provision(['body.json', '--base-url', fake.baseUrl, '--format=json'], { 'body.json': BODY_WITH_ERROR });
      assert.equal(result.code, 2);
      const report = JSON.parse(result.stdout) as { outcome: string; summary: string; findings: { ruleId: string }[] };
      assert.equal(report.outcome, 'invalid-body');
      assert.equal(report.summary, 'body.json has 1 error; nothing was sent. Fix it (ce-instance lint --fix fixes some) and run again');
      assert.deepEqual(report.findings.map((finding) => finding.ruleId), ['events-not-enabled', 'vendor-type']);
    });
  });

  describe('usage', () => {
    it('missing secrets: exit 2, nothing sent', async () => {
      const result = await provision(['body.json', '--base-url', fake.baseUrl], undefined, () => ({ CE_USER_SECRET: FAKE_SECRETS.user }));
      assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', 'ce-instance provision: CE_ORG_SECRET is not set: set CE_USER_SECRET and CE_ORG_SECRET to the user and organization secrets of the environment; nothing was sent\n']);
      assert.equal(fake.requests.length, 0);
    });

    it('refuses plain http to another host before reading anything', async () => {
      const result = await provision(['body.json', '--base-url', 'http://ce.example.com/elements/api-v2']);
      assert.deepEqual([result.code, result.stdout], [2, '']);
      assert.equal(result.stderr, "ce-instance provision: --base-url: plain http is only allowed for localhost, 127.0.0.1 and ::1 (the secrets would cross the network unencrypted); use https://ce.example.com/elements/api-v2 (see 'ce-instance provision --help')\n");
    });

    it('refuses options that look like secrets, without repeating their value', async () => {
      const cases: [string[], string][] = [
        [['--user-secret=s3cr3t-value'], '--user-secret'],
        [['--token', 's3cr3t-value'], '--token'],
        [['--org', 's3cr3t-value'], '--org'],
        [['-us3cr3t-value'], '-u'],
      ];
      for (const [args, name] of cases) {
        const result = await provision(['body.json', ...args]);
        assert.equal(result.code, 2, args.join(' '));
        assert.ok(!result.stderr.includes('s3cr3t'));
        assert.equal(
          result.stderr,
          `ce-instance provision: ${name} looks like a secret, and secrets are never taken from the command line (other processes and the shell history can see it); set CE_USER_SECRET and CE_ORG_SECRET in the environment instead (see 'ce-instance provision --help')\n`,
        );
      }
    });

    it('counts extra arguments without showing them (one may be a secret typed in the wrong place)', async () => {
      const result = await provision(['body.json', 's3cr3t-value']);
      assert.ok(!result.stderr.includes('s3cr3t'));
      assert.deepEqual([result.code, result.stderr], [2, "ce-instance provision: takes one FILE, but got 2 arguments (see 'ce-instance provision --help')\n"]);
    });

    it('other usage errors', async () => {
      const cases: [string[], string][] = [
        [[], 'give the file with the instance body: ce-instance provision FILE'],
        [['body.json', '--env', 'eu', '--base-url', 'https://x.example'], 'use either --env or --base-url, not both'],
        [['body.json', '--env', 'stagin'], "unknown environment 'stagin' (did you mean 'staging'?): use us, eu, staging, or --base-url URL"],
        [['body.json', '--timeout', '0'], "--timeout needs a number of seconds above 0 and at most 3600, such as 60 or 2.5, not '0'"],
        [['body.json', '--format', 'sarif'], "unknown format 'sarif': use stylish or json"],
        [['body.json', '--dry-rn'], "unknown option '--dry-rn' (did you mean '--dry-run'?)"],
        [['body.json', '--dry-run=yes'], '--dry-run takes no value'],
      ];
      for (const [args, message] of cases) {
        const result = await provision(args);
        assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', `ce-instance provision: ${message} (see 'ce-instance provision --help')\n`], args.join(' '));
      }
    });

    it('a file that cannot be read', async () => {
      const result = await provision(['missing.json']);
      assert.deepEqual([result.code, result.stderr], [2, 'ce-instance provision: cannot read missing.json (it does not exist); nothing was sent\n']);
    });

    it('--help', async () => {
      const result = await provision(['--help']);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /^Usage: ce-instance provision FILE \[options\]\n/);
      assert.match(result.stdout, /\nExit codes: 0 created \(or a dry run\), 1 the platform refused the instance, 2 a usage\n/);
    });
  });
});
