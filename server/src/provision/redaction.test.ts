import assert from 'node:assert/strict';
import { bodySecrets, maskBodySecrets, Redactor, searchableBodySecrets } from './redaction';

describe('provision redaction', () => {
  it('masks every occurrence of each secret, also JSON-escaped and URL-encoded', () => {
    const redactor = new Redactor(['s3cr"et/x', 'tok']);
    assert.equal(redactor.text('a s3cr"et/x b s3cr"et/x'), 'a ******** b ********');
    assert.equal(redactor.text('{"v":"s3cr\\"et/x"}'), '{"v":"********"}');
    assert.equal(redactor.text('?q=s3cr%22et%2Fx'), '?q=********');
    assert.equal(redactor.text('token'), '********en');
  });

  it('masks a secret that holds another one whole', () => {
    assert.equal(new Redactor(['abcd', 'xxabcdxx']).text('1 xxabcdxx 2 abcd'), '1 ******** 2 ********');
    assert.equal(new Redactor(['abcd']).with(['xxabcdxx']).text('1 xxabcdxx'), '1 ********');
  });

  it('ignores empty secrets and the mask itself', () => {
    assert.equal(new Redactor(['', '********']).text('a ******** b'), 'a ******** b');
  });

  const BODY = [
    '{',
    '  "element": {"key": "shopify"},',
    '  "providerData": {"code": "9d2f1c7e3b", "nested": {"state": 4711}},',
    '  "configuration": {',
    '    "shopify.site.address": "acme-store",',
    '    "oauth.api.key": "key-123456",',
    '    "oauth.api.secret": "shh-secret",',
    '    "quickbase.password": "pw",',
    '    "event.notification.signature.key": "rotate-me",',
    '    "event.notification.callback.url": "https://hooks.example.com/x"',
    '  }',
    '}',
  ].join('\r\n');

  it('finds the secret values of a body: providerData and credential keys', () => {
    assert.deepEqual(
      bodySecrets(BODY).map((secret) => secret.value),
      ['9d2f1c7e3b', '4711', 'key-123456', 'shh-secret', 'pw', 'rotate-me'],
    );
    const first = bodySecrets(BODY)[0];
    assert.equal(BODY.slice(first.offset, first.offset + first.length), '"9d2f1c7e3b"');
    assert.deepEqual(searchableBodySecrets(BODY), ['9d2f1c7e3b', '4711', 'key-123456', 'shh-secret', 'rotate-me'], 'values under 4 characters are not searched for');
  });

  it('masks the secret values in the body and keeps everything else as written', () => {
    const masked = maskBodySecrets(BODY);
    assert.equal(masked.maskedCount, 6);
    assert.equal(
      masked.text,
      BODY.replace('"9d2f1c7e3b"', '"********"')
        .replace('4711', '"********"')
        .replace('"key-123456"', '"********"')
        .replace('"shh-secret"', '"********"')
        .replace('"pw"', '"********"')
        .replace('"rotate-me"', '"********"'),
    );
    assert.ok(masked.text.includes('\r\n'), 'line breaks kept');
  });

  it('walks deep nesting without recursion, and gives up quietly on a body too deep to parse', () => {
    const nested = (depth: number) => `{"providerData": {"code": "deep-secret-1", "more": ${'['.repeat(depth)}"deep-secret-2"${']'.repeat(depth)}}, "configuration": {}}`;
    assert.deepEqual(bodySecrets(nested(2_000)).map((secret) => secret.value), ['deep-secret-1', 'deep-secret-2']);
    // The engine reports "nested too deeply" for it, so the body check stops it before anything is sent.
    assert.deepEqual(bodySecrets(nested(100_000)), []);
  });

  it('finds what parses in a broken body, and nothing in text that is no object', () => {
    assert.deepEqual(bodySecrets('{"configuration": {"password": "abcd", // note\n "x": }').map((secret) => secret.value), ['abcd']);
    assert.deepEqual(bodySecrets('not json'), []);
    assert.deepEqual(bodySecrets('["password"]'), []);
  });
});
