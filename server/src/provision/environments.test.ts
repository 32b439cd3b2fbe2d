import assert from 'node:assert/strict';
import { checkBaseUrl, environmentOf, ENVIRONMENTS } from './environments';

describe('provision environments', () => {
  it('knows the three platform base URLs of domain.md §1.1', () => {
    assert.deepEqual(ENVIRONMENTS, {
      us: 'https://api.cloud-elements.com/elements/api-v2',
      eu: 'https://api.cloud-elements.co.uk/elements/api-v2',
      staging: 'https://staging.cloud-elements.com/elements/api-v2',
    });
    assert.equal(environmentOf('https://api.cloud-elements.co.uk/elements/api-v2'), 'eu');
    assert.equal(environmentOf('https://example.com/elements/api-v2'), undefined);
  });

  it('takes https base URLs, without the trailing slash', () => {
    assert.deepEqual(checkBaseUrl('https://ce.example.com/elements/api-v2/'), { baseUrl: 'https://ce.example.com/elements/api-v2' });
    assert.deepEqual(checkBaseUrl('https://ce.example.com:8443/elements/api-v2'), { baseUrl: 'https://ce.example.com:8443/elements/api-v2' });
  });

  it('takes plain http for loopback addresses only', () => {
    assert.deepEqual(checkBaseUrl('http://127.0.0.1:8080/elements/api-v2'), { baseUrl: 'http://127.0.0.1:8080/elements/api-v2' });
    assert.deepEqual(checkBaseUrl('http://localhost:8080/elements/api-v2'), { baseUrl: 'http://localhost:8080/elements/api-v2' });
    assert.deepEqual(checkBaseUrl('http://[::1]:8080/elements/api-v2'), { baseUrl: 'http://[::1]:8080/elements/api-v2' });
    for (const url of ['http://api.cloud-elements.com/elements/api-v2', 'http://10.0.0.5/elements/api-v2', 'http://127.0.0.2/elements/api-v2', 'http://localhost.example.com/x']) {
      const check = checkBaseUrl(url);
      assert.ok('problem' in check, url);
      assert.match(check.problem, /^plain http is only allowed for localhost, 127\.0\.0\.1 and ::1 \(the secrets would cross the network unencrypted\); use https:\/\//, url);
    }
  });

  it('refuses other schemes, credentials, queries and text that is no URL, without repeating credentials', () => {
    assert.deepEqual(checkBaseUrl('ftp://ce.example.com/x'), { problem: 'the base URL must be an https URL, not ftp:' });
    assert.deepEqual(checkBaseUrl('api.cloud-elements.com/elements/api-v2'), {
      problem: 'the base URL is not a valid absolute URL; give one such as https://api.cloud-elements.com/elements/api-v2',
    });
    const withCredentials = checkBaseUrl('https://ann:hunter2@ce.example.com/elements/api-v2');
    assert.ok('problem' in withCredentials);
    assert.match(withCredentials.problem, /must not hold a user name or password/);
    assert.ok(!withCredentials.problem.includes('hunter2') && !withCredentials.problem.includes('ann'));
    assert.deepEqual(checkBaseUrl('https://ce.example.com/elements/api-v2?key=1'), {
      problem: 'the base URL must not have a query or a fragment; give the API root, such as https://api.cloud-elements.com/elements/api-v2',
    });
  });
});
