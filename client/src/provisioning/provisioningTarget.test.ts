import assert from 'node:assert/strict';
import { ENVIRONMENTS } from '../../../server/src/provision';
import { describeTarget, provisioningTarget } from './provisioningTarget';

describe('client: where provisioning sends', () => {
  it('the three environments, US when unset', () => {
    assert.deepEqual(provisioningTarget({ environment: undefined, baseUrl: undefined }), { target: { baseUrl: ENVIRONMENTS.us, environment: 'us', label: 'US' } });
    assert.deepEqual(provisioningTarget({ environment: 'eu', baseUrl: 'https://ignored.example.com' }), { target: { baseUrl: ENVIRONMENTS.eu, environment: 'eu', label: 'EU' } });
    assert.deepEqual(provisioningTarget({ environment: 'staging', baseUrl: '' }), { target: { baseUrl: ENVIRONMENTS.staging, environment: 'staging', label: 'staging' } });
  });

  it('custom: https anywhere, plain http on loopback only, without a trailing slash', () => {
    assert.deepEqual(provisioningTarget({ environment: 'custom', baseUrl: ' https://ce.example.com/elements/api-v2/ ' }), {
      target: { baseUrl: 'https://ce.example.com/elements/api-v2', environment: 'custom', label: 'custom' },
    });
    assert.deepEqual(provisioningTarget({ environment: 'custom', baseUrl: 'http://127.0.0.1:4010/elements/api-v2' }), {
      target: { baseUrl: 'http://127.0.0.1:4010/elements/api-v2', environment: 'custom', label: 'custom' },
    });
    const refused = provisioningTarget({ environment: 'custom', baseUrl: 'http://ce.example.com/elements/api-v2' });
    assert.ok('problem' in refused);
    assert.match(refused.problem, /^The setting ceInstance\.provisioning\.baseUrl cannot be used: plain http is only allowed for localhost, 127\.0\.0\.1 and ::1/);
  });

  it('names the setting to fix, and never repeats a password written into the URL', () => {
    assert.deepEqual(provisioningTarget({ environment: 'custom', baseUrl: '' }), {
      problem: 'ceInstance.provisioning.environment is "custom", but ceInstance.provisioning.baseUrl is empty: set it to the API root, such as https://api.cloud-elements.com/elements/api-v2.',
    });
    assert.deepEqual(provisioningTarget({ environment: 'mars', baseUrl: '' }), { problem: 'The setting ceInstance.provisioning.environment must be "us", "eu", "staging" or "custom".' });
    const withPassword = provisioningTarget({ environment: 'custom', baseUrl: 'https://ann:FAKE-pass-123@ce.example.com/' });
    assert.ok('problem' in withPassword);
    assert.ok(!withPassword.problem.includes('FAKE-pass-123'));
  });

  it('describes a target for messages', () => {
    assert.equal(describeTarget({ baseUrl: ENVIRONMENTS.eu, environment: 'eu', label: 'EU' }), `the EU platform (${ENVIRONMENTS.eu})`);
    assert.equal(describeTarget({ baseUrl: 'https://ce.example.com', environment: 'custom', label: 'custom' }), 'https://ce.example.com');
  });
});
