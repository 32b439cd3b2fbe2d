import assert from 'node:assert/strict';
import path from 'node:path';
import type { FakeSecrets } from './fakeApi';

/**
 * Secrets for tests: distinctive, so a leak into any output is found by a plain search. The user
 * secret is base64-like as real ones are; the organization secret is hex-like.
 */
export const FAKE_SECRETS: FakeSecrets = {
  user: 'FAKEuserSECRETzq8Wm3Xr7Tn2Lk5Vb9Hc4Yd1Pf6Qs0=',
  organization: 'fakeorgsecret5a7d0c3e9b1f4a6d8c2e',
};

/** A password in test bodies: a body secret that the platform's answers may echo. */
export const FAKE_BODY_PASSWORD = 'FAKE-body-password-Xk29';

/** The environment a CLI run gets: the secrets, and a cache directory inside the test project. */
export function secretEnv(cwd: string, secrets: FakeSecrets = FAKE_SECRETS): NodeJS.ProcessEnv {
  return { CE_USER_SECRET: secrets.user, CE_ORG_SECRET: secrets.organization, CE_INSTANCE_CACHE_DIR: path.join(cwd, '.cache') };
}

/** Fails when any of `texts` holds a test secret, a body password or one of `extraSecrets` (instance tokens). */
export function assertNoSecrets(texts: readonly string[], extraSecrets: readonly string[] = []): void {
  const secrets = [FAKE_SECRETS.user, FAKE_SECRETS.organization, FAKE_BODY_PASSWORD, ...extraSecrets];
  texts.forEach((text, index) => {
    secrets.forEach((secret, which) => {
      // The message names the place, not the secret or the text around it.
      assert.ok(!text.includes(secret), `test secret #${which} appears in output #${index} at offset ${text.indexOf(secret)}`);
    });
  });
}
