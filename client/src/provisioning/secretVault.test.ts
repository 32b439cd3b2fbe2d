import assert from 'node:assert/strict';
import { ENVIRONMENTS } from '../../../server/src/provision';
import { assertNoSecrets, FAKE_SECRETS } from '../../../test/fakeCloudElements/fakeSecrets';
import { forgetSecrets } from './forgetSecretsFlow';
import type { ProvisioningTarget } from './provisioningTarget';
import { SecretVault, secretKeyFor, secretProblem } from './secretVault';
import { FakePorts } from './testing/fakePorts';

const US: ProvisioningTarget = { baseUrl: ENVIRONMENTS.us, environment: 'us', label: 'US' };
const EU: ProvisioningTarget = { baseUrl: ENVIRONMENTS.eu, environment: 'eu', label: 'EU' };
const LOCAL: ProvisioningTarget = { baseUrl: 'http://127.0.0.1:8080/elements/api-v2', environment: 'custom', label: 'custom' };
const OTHER = { user: 'FAKEotherUserSecret', organization: 'fakeotherorgsecret' };

describe('client: provisioning secrets', () => {
  let ports: FakePorts;
  let vault: SecretVault;
  beforeEach(() => {
    ports = new FakePorts();
    vault = new SecretVault(ports.secrets);
  });
  afterEach(() => assertNoSecrets(ports.texts(), [OTHER.user, OTHER.organization]));

  it('asks with two password boxes that name the environment, stores both under the base URL, and asks no more', async () => {
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    assert.deepEqual(await vault.obtain(US, ports.prompts), FAKE_SECRETS);
    assert.deepEqual(await vault.obtain(US, ports.prompts), FAKE_SECRETS);
    assert.deepEqual(ports.secretRequests, [
      {
        title: 'Cloud Elements: User Secret (1/2)',
        prompt: `The user secret for the US platform (${ENVIRONMENTS.us}). Kept in VS Code's secret storage, never in settings; "Cloud Elements: Forget Provisioning Secrets" removes it.`,
      },
      {
        title: 'Cloud Elements: Organization Secret (2/2)',
        prompt: `The organization secret for the US platform (${ENVIRONMENTS.us}). Kept in VS Code's secret storage, never in settings; "Cloud Elements: Forget Provisioning Secrets" removes it.`,
      },
    ]);
    assert.deepEqual([...ports.secretEntries.keys()].sort(), ['ceInstance.provisioning.secretIndex', secretKeyFor(ENVIRONMENTS.us)]);
  });

  it('keeps the secrets of each base URL apart', async () => {
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization, OTHER.user, OTHER.organization);
    await vault.obtain(US, ports.prompts);
    assert.deepEqual(await vault.obtain(LOCAL, ports.prompts), OTHER);
    assert.deepEqual(await vault.stored(US.baseUrl), FAKE_SECRETS);
    assert.equal(await vault.stored(EU.baseUrl), undefined);
    assert.deepEqual(await vault.storedBaseUrls(), [ENVIRONMENTS.us, LOCAL.baseUrl]);
  });

  it('forgets one base URL, or all of them (custom URLs included)', async () => {
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization, OTHER.user, OTHER.organization, FAKE_SECRETS.user, FAKE_SECRETS.organization);
    await vault.obtain(US, ports.prompts);
    await vault.obtain(LOCAL, ports.prompts);
    await vault.obtain(EU, ports.prompts);
    assert.equal(await vault.forget(US.baseUrl), true);
    assert.equal(await vault.forget(US.baseUrl), false);
    assert.equal(await vault.stored(US.baseUrl), undefined);
    assert.equal(await vault.forgetAll(), 2);
    assert.equal(ports.secretEntries.size, 0);
  });

  it('validates what is typed without repeating it', () => {
    assert.equal(secretProblem('  ', 'user secret'), 'Enter the user secret.');
    assert.equal(secretProblem('abc\tdef', 'organization secret'), 'The organization secret cannot hold a line break, a tab or another control character.');
    assert.equal(secretProblem(` ${FAKE_SECRETS.user}\n`, 'user secret'), undefined);
  });

  it('an entry it did not write is asked for again, and replaced', async () => {
    ports.secretEntries.set(secretKeyFor(US.baseUrl), 'not json');
    ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
    assert.deepEqual(await vault.obtain(US, ports.prompts), FAKE_SECRETS);
    assert.equal(ports.secretRequests.length, 2);
  });

  describe('Forget Provisioning Secrets', () => {
    async function storeFor(...targets: ProvisioningTarget[]): Promise<void> {
      for (const target of targets) {
        ports.secretAnswers.push(FAKE_SECRETS.user, FAKE_SECRETS.organization);
        await vault.obtain(target, ports.prompts);
      }
    }

    it('says so when nothing is stored, and asks nothing', async () => {
      assert.deepEqual(await forgetSecrets(ports, { environment: 'us', baseUrl: '' }), { kind: 'none-stored' });
      assert.deepEqual(ports.notifications(), [{ channel: 'info', text: 'No provisioning secrets are stored.', actions: [] }]);
      assert.equal(ports.pickRequests.length, 0);
    });

    it('offers the current environment and all; "current" forgets only that one', async () => {
      await storeFor(US, LOCAL);
      ports.pickAnswers.push('current');
      assert.deepEqual(await forgetSecrets(ports, { environment: 'custom', baseUrl: `${LOCAL.baseUrl}/` }), { kind: 'forgotten', baseUrls: [LOCAL.baseUrl] });
      assert.deepEqual(ports.pickRequests[0].items, [
        { id: 'current', label: `Forget the secrets for ${LOCAL.baseUrl}`, detail: 'The environment the settings name now.' },
        { id: 'all', label: 'Forget the secrets for every environment (2)', detail: `${ENVIRONMENTS.us}, ${LOCAL.baseUrl}` },
      ]);
      assert.equal(await vault.stored(LOCAL.baseUrl), undefined);
      assert.deepEqual(await vault.stored(US.baseUrl), FAKE_SECRETS);
      assert.equal(ports.notifications()[0].text, `Forgot the provisioning secrets for ${LOCAL.baseUrl}. They are asked for again on the next provisioning.`);
    });

    it('"all" forgets every environment; without secrets for the current one, only "all" is offered', async () => {
      await storeFor(US, EU);
      ports.pickAnswers.push('all');
      assert.deepEqual(await forgetSecrets(ports, { environment: 'staging', baseUrl: '' }), { kind: 'forgotten', baseUrls: [ENVIRONMENTS.us, ENVIRONMENTS.eu] });
      assert.deepEqual(ports.pickRequests[0].items.map((item) => item.id), ['all']);
      assert.equal(ports.secretEntries.size, 0);
      assert.equal(ports.notifications()[0].text, 'Forgot the provisioning secrets for 2 environments. They are asked for again on the next provisioning.');
    });

    it('a dismissed pick forgets nothing', async () => {
      await storeFor(US);
      assert.deepEqual(await forgetSecrets(ports, { environment: 'us', baseUrl: '' }), { kind: 'dismissed' });
      assert.deepEqual(await vault.stored(US.baseUrl), FAKE_SECRETS);
    });
  });
});
