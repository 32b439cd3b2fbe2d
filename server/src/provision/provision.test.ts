import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { FakeCloudElements, UNAUTHORIZED_MESSAGE } from '../../../test/fakeCloudElements/fakeApi';
import { useFakeCloudElements } from '../../../test/fakeCloudElements/fakeSuite';
import { assertNoSecrets, FAKE_BODY_PASSWORD, FAKE_SECRETS } from '../../../test/fakeCloudElements/fakeSecrets';
import { likelyCause } from './apiErrors';
import type { HttpExchange } from './httpTransport';
import { describeProvisionOutcome } from './outcomeText';
import { provisionInstance, type ProvisionOutcome, provisionRequest } from './provision';
import { MASK } from './secrets';

const BODY = `{\r\n  "element": {"key": "quickbasedb"},\r\n  "name": "Acme QuickBase – prod",\r\n  "configuration": {"subdomain": "acme.quickbase.com", "quickbase.user": "ann", "quickbase.password": "${FAKE_BODY_PASSWORD}", "pagination.max": 100}\r\n}\r\n`;

describe('provisionInstance', () => {
  let fake: FakeCloudElements;
  useFakeCloudElements((started) => {
    fake = started;
  });

  /** Provisions BODY against the fake and checks that no secret shows in the outcome, whatever it is. */
  async function provision(options: { body?: string; timeoutMs?: number; secrets?: typeof FAKE_SECRETS } = {}): Promise<ProvisionOutcome> {
    const outcome = await provisionInstance({ baseUrl: fake.baseUrl, secrets: options.secrets ?? FAKE_SECRETS, body: options.body ?? BODY, timeoutMs: options.timeoutMs ?? 10_000 });
    const text = describeProvisionOutcome(outcome, { baseUrl: fake.baseUrl });
    assertNoSecrets([JSON.stringify(outcome), inspect(outcome, { depth: 10 }), text.headline, ...text.details], fake.issuedTokens);
    return outcome;
  }

  it('creates the instance: id, name, element key, and the token as a secret', async () => {
    const outcome = await provision();
    assert.equal(outcome.kind, 'created');
    assert.ok(outcome.kind === 'created');
    assert.equal(outcome.status, 200);
    assert.deepEqual({ ...outcome.instance, token: outcome.instance.token.reveal() }, {
      id: 4200,
      name: 'Acme QuickBase – prod',
      elementKey: 'quickbasedb',
      token: fake.issuedTokens[0],
    });
    const response = JSON.parse(outcome.responseText) as { token: string; configuration: Record<string, string> };
    assert.equal(response.token, MASK, 'the token is masked in the answer kept for display');
    assert.deepEqual(response.configuration, { subdomain: 'acme.quickbase.com', 'quickbase.user': 'ann', 'quickbase.password': MASK, 'pagination.max': '100' });
    assert.deepEqual(describeProvisionOutcome(outcome, { baseUrl: fake.baseUrl }), {
      headline: `Created instance 4200 'Acme QuickBase – prod' (element quickbasedb) at ${fake.baseUrl}.`,
      details: ['The instance token is a secret and is not shown.'],
    });
  });

  it('sends one POST with the platform headers and the body byte for byte, less a byte order mark', async () => {
    await provision({ body: `\ufeff${BODY}` });
    const posts = fake.requestsTo('POST', '/instances');
    assert.equal(posts.length, 1);
    assert.deepEqual(posts[0].body, Buffer.from(BODY, 'utf8'));
    assert.equal(posts[0].headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
    assert.equal(posts[0].headers['content-type'], 'application/json');
    assert.equal(posts[0].headers.accept, 'application/json');
    assert.deepEqual(provisionRequest({ baseUrl: 'https://x.example/elements/api-v2', secrets: FAKE_SECRETS, body: BODY }).url, 'https://x.example/elements/api-v2/instances');
  });

  it('reports a wrong secret as refused, with the message, the requestId and the likely cause', async () => {
    const outcome = await provision({ secrets: { user: FAKE_SECRETS.user, organization: 'wrong' } });
    assert.ok(outcome.kind === 'refused');
    assert.equal(outcome.status, 401);
    assert.equal(outcome.error.message, UNAUTHORIZED_MESSAGE);
    assert.match(outcome.error.requestId ?? '', /^[0-9a-f]{24}$/);
    assert.equal(outcome.mayExist, false);
    assert.match(outcome.likelyCause, /^The user or organization secret is wrong, or belongs to another environment/);
  });

  const REQUEST_ID = '5f2b3c4d5e6f708192a3b4c5';
  const STATUSES: [number, RegExp, boolean][] = [
    [400, /^The platform found the body wrong: usually a configuration value the element requires is missing or invalid/, false],
    [403, /^The secrets are valid, but this user may not do this/, false],
    [404, /^Not found: the element key in the body is not known in this environment, or the base URL is not the platform API/, false],
    [409, /^Conflict: the instance already exists, perhaps created by an earlier attempt/, false],
    [500, /^The platform failed on its side, after it may have begun creating the instance/, true],
    [503, /^The platform failed on its side/, true],
  ];
  for (const [status, cause, mayExist] of STATUSES) {
    it(`reports ${status} with the API's message, its requestId and the likely cause`, async () => {
      fake.behave({ kind: 'error', status, message: `Status ${status} from the fake.`, requestId: REQUEST_ID, providerMessage: 'Vendor says no.' });
      const outcome = await provision();
      assert.ok(outcome.kind === 'refused');
      assert.deepEqual(
        { status: outcome.status, error: outcome.error, mayExist: outcome.mayExist },
        { status, error: { message: `Status ${status} from the fake.`, requestId: REQUEST_ID, providerMessage: 'Vendor says no.' }, mayExist },
      );
      assert.match(outcome.likelyCause, cause);
      assert.equal(outcome.likelyCause, likelyCause(status, 'create-instance'));
      const text = describeProvisionOutcome(outcome, { baseUrl: fake.baseUrl, instanceName: 'Acme', elementKey: 'quickbasedb' });
      assert.equal(text.headline, `The platform refused the instance (status ${status}): Status ${status} from the fake.`);
      assert.deepEqual(text.details.slice(0, 3), ['Vendor message: Vendor says no.', `requestId: ${REQUEST_ID}`, `Likely cause: ${outcome.likelyCause}`]);
      assert.equal(text.details.some((line) => line.startsWith('Check before sending it again')), mayExist);
    });
  }

  it('masks a body secret that an error message repeats', async () => {
    fake.behave({ kind: 'error', status: 400, message: `Login failed for ann with password ${FAKE_BODY_PASSWORD}.` });
    const outcome = await provision();
    assert.ok(outcome.kind === 'refused');
    assert.equal(outcome.error.message, `Login failed for ann with password ${MASK}.`);
  });

  it('tells an answer that is not JSON, and whether the instance may exist', async () => {
    const cases: [number, boolean][] = [[502, true], [404, false], [200, true]];
    for (const [status, mayExist] of cases) {
      fake.behave({ kind: 'not-json', status, body: '<html>\n<h1>Oops</h1>\n</html>' });
      const outcome = await provision();
      assert.deepEqual(outcome, { kind: 'not-json', status, contentType: 'text/html', excerpt: '<html> <h1>Oops</h1> </html>', mayExist }, String(status));
    }
  });

  it('masks a secret the error page echoes before cutting the excerpt, also one the cut would split', async () => {
    const secret = FAKE_SECRETS.user;
    // The secret starts 190 characters in: an excerpt of 200 cut before masking would show its first 10.
    const page = `<p>${'x'.repeat(187)}${secret} was refused</p>`;
    fake.behave({ kind: 'not-json', status: 502, body: page });
    const outcome = await provision();
    assert.ok(outcome.kind === 'not-json');
    assert.equal(outcome.excerpt, `${`<p>${'x'.repeat(187)}${MASK} was refused</p>`.slice(0, 200)}…`);
    assert.ok(!outcome.excerpt.includes(secret.slice(0, 4)), outcome.excerpt);
  });

  it('on a timeout, sends nothing again and says the instance may exist and how to check', async () => {
    fake.behave({ kind: 'hang' });
    const outcome = await provision({ timeoutMs: 1500 });
    assert.deepEqual(outcome, { kind: 'timeout', timeoutMs: 1500, mayExist: true });
    assert.equal(fake.requestsTo('POST', '/instances').length, 1);
    assert.deepEqual(describeProvisionOutcome(outcome, { baseUrl: fake.baseUrl, instanceName: 'Acme', elementKey: 'quickbasedb' }), {
      headline: 'No answer within 1.5 s.',
      details: [
        'The request may have reached the platform, so the instance may have been created; it was not sent again.',
        `Check before sending it again: GET ${fake.baseUrl}/instances (with the same Authorization header) lists the instances; look for an instance named 'Acme' of element quickbasedb. If two were created, remove one with DELETE ${fake.baseUrl}/instances/{id}.`,
      ],
    });
  });

  it('on a dropped connection, sends nothing again and says the instance may exist', async () => {
    for (const when of ['before-body', 'after-body'] as const) {
      fake.reset();
      fake.behave({ kind: 'drop', when });
      const outcome = await provision();
      assert.equal(outcome.kind, 'dropped', when);
      assert.ok(outcome.kind === 'dropped');
      assert.equal(outcome.mayExist, true);
      assert.equal(fake.requestsTo('POST', '/instances').length, 1, when);
    }
  });

  it('an answer that comes after a delay within the timeout is taken', async () => {
    fake.behave({ kind: 'slow', delayMs: 50 });
    assert.equal((await provision()).kind, 'created');
  });

  describe('outcomes of the exchange (a stand-in transport)', () => {
    const withExchange = (exchange: HttpExchange) =>
      provisionInstance({ baseUrl: 'https://ce.example/elements/api-v2', secrets: FAKE_SECRETS, body: BODY, timeoutMs: 1000, transport: async () => exchange });

    it('a timeout before the connection was made is safe to retry', async () => {
      const outcome = await withExchange({ kind: 'timeout', reachedServer: false });
      assert.deepEqual(outcome, { kind: 'timeout', timeoutMs: 1000, mayExist: false });
      assert.deepEqual(describeProvisionOutcome(outcome, { baseUrl: 'https://ce.example/elements/api-v2' }), {
        headline: 'No connection to https://ce.example/elements/api-v2 within 1 s.',
        details: ['Nothing was sent: it is safe to try again.'],
      });
    });

    it('an unreachable server', async () => {
      const outcome = await withExchange({ kind: 'unreachable', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND ce.example' });
      assert.deepEqual(outcome, { kind: 'unreachable', detail: 'the host name could not be resolved (ENOTFOUND): check the base URL and the network', mayExist: false });
    });

    it('a success answer without an instance in it', async () => {
      const outcome = await withExchange({ kind: 'response', status: 200, contentType: 'application/json', text: '{"id": 5, "name": "x"}' });
      assert.deepEqual(outcome, { kind: 'unexpected-response', status: 200, problem: 'the answer has no instance token', mayExist: true, responseText: '{"id": 5, "name": "x"}' });
      const array = await withExchange({ kind: 'response', status: 201, contentType: 'application/json', text: '[]' });
      assert.equal(array.kind === 'unexpected-response' && array.problem, 'the answer is not a JSON object');
    });

    it('an error answer in JSON but not the platform shape', async () => {
      const outcome = await withExchange({ kind: 'response', status: 400, contentType: 'application/json', text: '{"error": "bad"}' });
      assert.ok(outcome.kind === 'refused');
      assert.deepEqual(outcome.error, { message: undefined, requestId: undefined, providerMessage: undefined });
      assert.deepEqual(describeProvisionOutcome(outcome, { baseUrl: 'https://ce.example/elements/api-v2' }).details[0], 'requestId: (none given)');
    });

    it('a cancellation', async () => {
      assert.deepEqual(await withExchange({ kind: 'cancelled', reachedServer: false }), { kind: 'cancelled', mayExist: false });
    });
  });
});
