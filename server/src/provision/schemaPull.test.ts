import assert from 'node:assert/strict';
import { QUICKBASE_CONFIGURATION } from '../../../test/fakeCloudElements/elementConfigurations';
import { FakeCloudElements, UNAUTHORIZED_MESSAGE } from '../../../test/fakeCloudElements/fakeApi';
import { useFakeCloudElements } from '../../../test/fakeCloudElements/fakeSuite';
import { assertNoSecrets, FAKE_SECRETS } from '../../../test/fakeCloudElements/fakeSecrets';
import { elementConfigurationSchema, readConfigurationEntries } from './elementSchema';
import { describeSchemaPullFailure, elementConfigurationUrl, isElementKey, pullElementSchema, type SchemaPullOutcome } from './schemaPull';

describe('pullElementSchema', () => {
  let fake: FakeCloudElements;
  useFakeCloudElements((started) => {
    fake = started;
  });

  async function pull(elementKey: string, secrets = FAKE_SECRETS, timeoutMs = 10_000): Promise<SchemaPullOutcome> {
    const outcome = await pullElementSchema({ baseUrl: fake.baseUrl, secrets, elementKey, command: `ce-instance schema pull ${elementKey}`, timeoutMs });
    assertNoSecrets([JSON.stringify(outcome), ...(outcome.kind === 'pulled' ? [] : Object.values(describeSchemaPullFailure(outcome, fake.baseUrl)).flat())]);
    return outcome;
  }

  it('reads GET /elements/{key}/configuration and makes the schema text', async () => {
    const outcome = await pull('quickbasedb');
    assert.ok(outcome.kind === 'pulled');
    const read = readConfigurationEntries(JSON.parse(JSON.stringify(QUICKBASE_CONFIGURATION)));
    assert.ok('entries' in read);
    const expected = elementConfigurationSchema(read.entries, { elementKey: 'quickbasedb', command: 'ce-instance schema pull quickbasedb' });
    assert.equal(outcome.text, `${JSON.stringify(expected.schema, null, 2)}\n`);
    assert.equal(outcome.skippedEntries, 0);
    const [request] = fake.requests;
    assert.deepEqual({ method: request.method, path: request.path }, { method: 'GET', path: '/elements/quickbasedb/configuration' });
    assert.equal(request.headers.authorization, `User ${FAKE_SECRETS.user}, Organization ${FAKE_SECRETS.organization}`);
  });

  it('reports an unknown element as refused, with its requestId', async () => {
    const outcome = await pull('nosuchelement');
    assert.ok(outcome.kind === 'refused');
    assert.equal(outcome.status, 404);
    assert.equal(outcome.error.message, "No element found with key or id 'nosuchelement'.");
    const text = describeSchemaPullFailure(outcome, fake.baseUrl);
    assert.equal(text.headline, "The platform refused to give the configuration (status 404): No element found with key or id 'nosuchelement'.");
    assert.deepEqual(text.details, [
      `requestId: ${outcome.error.requestId}`,
      'Likely cause: Not found: no element has this key in this environment (keys are lowercase, such as hubspotcrm), or the base URL is not the platform API (it ends in /elements/api-v2).',
    ]);
  });

  it('reports wrong secrets', async () => {
    const outcome = await pull('quickbasedb', { user: 'nobody', organization: FAKE_SECRETS.organization });
    assert.ok(outcome.kind === 'refused');
    assert.equal(outcome.error.message, UNAUTHORIZED_MESSAGE);
  });

  it('reports an answer that is not JSON, one that is no list, and a timeout', async () => {
    fake.behave({ kind: 'not-json', status: 200, body: 'hello', contentType: 'text/plain' });
    assert.deepEqual(await pull('quickbasedb'), { kind: 'not-json', status: 200, contentType: 'text/plain', excerpt: 'hello' });
    fake.behave({ kind: 'error', status: 200, message: 'not a list' });
    assert.deepEqual(await pull('quickbasedb'), { kind: 'unexpected-response', status: 200, problem: 'the answer is not a JSON array of configuration definitions' });
    fake.behave({ kind: 'hang' });
    assert.deepEqual(await pull('quickbasedb', FAKE_SECRETS, 1500), { kind: 'timeout', timeoutMs: 1500 });
  });

  it('takes only element keys that are safe in a URL path as they are', () => {
    for (const key of ['sfdc', 'hubspotcrm', 'quickbooks-sandbox', 'my_element.v2', '801']) assert.ok(isElementKey(key), key);
    for (const key of ['', '../instances', 'a/b', 'a b', '-x', 'a?b']) assert.ok(!isElementKey(key), key);
    assert.equal(elementConfigurationUrl('https://x.example/elements/api-v2', 'sfdc'), 'https://x.example/elements/api-v2/elements/sfdc/configuration');
  });
});
