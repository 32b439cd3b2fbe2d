import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { authorizationHeader, MASK, SecretValue, secretsFromEnvironment } from './secrets';

describe('provision secrets', () => {
  it('builds the platform Authorization header', () => {
    assert.equal(authorizationHeader({ user: 'u1', organization: 'o2' }), 'User u1, Organization o2');
  });

  it('reads both secrets from the environment, trimmed', () => {
    assert.deepEqual(secretsFromEnvironment({ CE_USER_SECRET: ' u1=\n', CE_ORG_SECRET: 'o2' }), { secrets: { user: 'u1=', organization: 'o2' } });
  });

  it('names the missing variables, and never a value', () => {
    assert.deepEqual(secretsFromEnvironment({}), {
      problem: 'CE_USER_SECRET and CE_ORG_SECRET are not set: set CE_USER_SECRET and CE_ORG_SECRET to the user and organization secrets of the environment',
    });
    assert.deepEqual(secretsFromEnvironment({ CE_USER_SECRET: 'u1', CE_ORG_SECRET: '  ' }), {
      problem: 'CE_ORG_SECRET is not set: set CE_USER_SECRET and CE_ORG_SECRET to the user and organization secrets of the environment',
    });
    const broken = secretsFromEnvironment({ CE_USER_SECRET: 'first\nsecond', CE_ORG_SECRET: 'o2' });
    assert.deepEqual(broken, { problem: 'CE_USER_SECRET holds a control character (a line break or tab inside the value); set it to the secret alone' });
  });

  it('a SecretValue shows only the mask, however it is printed', () => {
    const token = new SecretValue('tok-123');
    assert.equal(token.reveal(), 'tok-123');
    assert.equal(String(token), MASK);
    assert.equal(`${token}`, MASK);
    assert.equal(JSON.stringify({ token }), `{"token":"${MASK}"}`);
    assert.equal(inspect({ token }), `{ token: SecretValue(${MASK}) }`);
    assert.ok(!Object.keys(token).length, 'no enumerable field holds the value');
  });
});
