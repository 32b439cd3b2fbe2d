import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type CacheEntry, defaultCacheDirectory, RemoteCache, type RemoteText } from './remoteCache';
import { displayEntry, displayUrl, isUrlReference, remoteUrlProblem } from './remoteUrl';
import { TestDocumentServer } from './testDocumentServer';

describe('remote cache', () => {
  let directory: string;
  let server: TestDocumentServer;

  beforeEach(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-config-'));
    server = await TestDocumentServer.start();
  });
  afterEach(async () => {
    await server.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const cache = (refresh = false, timeoutMs = 5000) => new RemoteCache({ directory, fetch, refresh, timeoutMs });
  const entryOf = (url: URL): CacheEntry => JSON.parse(fs.readFileSync(cache().entryPath(url), 'utf8')) as CacheEntry;
  const ok = (text: string, warnings: string[] = []): RemoteText => ({ ok: true, text, warnings });

  it('fetches once and stores the body with its ETag, URL and time', async () => {
    server.serve('/team.json', { body: '{"rules": {}}', etag: '"v1"' });
    const url = new URL(server.url('/team.json'));
    const before = Date.now();
    assert.deepEqual(await cache().get(url), ok('{"rules": {}}'));
    const entry = entryOf(url);
    assert.deepEqual({ ...entry, fetchedAt: undefined }, { url: url.href, etag: '"v1"', fetchedAt: undefined, body: '{"rules": {}}' });
    assert.ok(Date.parse(entry.fetchedAt) >= before - 1000);
    assert.deepEqual(server.requests, [{ path: '/team.json', ifNoneMatch: undefined }]);
  });

  it('uses the cached copy without a request', async () => {
    server.serve('/team.json', { body: 'one', etag: '"v1"' });
    const url = new URL(server.url('/team.json'));
    await cache().get(url);
    server.serve('/team.json', { body: 'two', etag: '"v2"' });
    assert.deepEqual(await cache().get(url), ok('one'));
    assert.equal(server.requests.length, 1);
  });

  it('asks for a URL once per cache, however many callers', async () => {
    server.serve('/team.json', { body: 'one' });
    const url = new URL(server.url('/team.json'));
    const remote = cache(true);
    await Promise.all([remote.get(url), remote.get(url)]);
    await remote.get(url);
    assert.equal(server.requests.length, 1);
  });

  it('on refresh, revalidates with If-None-Match and keeps the copy on 304', async () => {
    server.serve('/team.json', { body: 'one', etag: '"v1"' });
    const url = new URL(server.url('/team.json'));
    await cache().get(url);
    const first = entryOf(url);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(await cache(true).get(url), ok('one'));
    assert.deepEqual(server.requests.map((request) => request.ifNoneMatch), [undefined, '"v1"']);
    const second = entryOf(url);
    assert.equal(second.body, 'one');
    assert.equal(second.etag, '"v1"');
    assert.ok(second.fetchedAt > first.fetchedAt, 'the revalidation time is recorded');
  });

  it('on refresh, replaces the copy on 200', async () => {
    server.serve('/team.json', { body: 'one', etag: '"v1"' });
    const url = new URL(server.url('/team.json'));
    await cache().get(url);
    server.serve('/team.json', { body: 'two', etag: '"v2"' });
    assert.deepEqual(await cache(true).get(url), ok('two'));
    assert.deepEqual(server.requests.map((request) => request.ifNoneMatch), [undefined, '"v1"']);
    assert.equal(entryOf(url).body, 'two');
    assert.equal(entryOf(url).etag, '"v2"');
    assert.deepEqual(await cache().get(url), ok('two'));
  });

  it('without an ETag, refresh fetches the whole document again', async () => {
    server.serve('/team.json', { body: 'one' });
    const url = new URL(server.url('/team.json'));
    await cache().get(url);
    assert.equal(entryOf(url).etag, undefined);
    server.serve('/team.json', { body: 'two' });
    assert.deepEqual(await cache(true).get(url), ok('two'));
    assert.deepEqual(server.requests.map((request) => request.ifNoneMatch), [undefined, undefined]);
  });

  it('when the server is down, uses the cached copy with a warning', async () => {
    server.serve('/team.json', { body: 'one', etag: '"v1"' });
    const url = new URL(server.url('/team.json'));
    await cache().get(url);
    const { fetchedAt } = entryOf(url);
    await server.stop();
    assert.deepEqual(await cache(true).get(url), ok('one', [`Could not refresh ${url.href} (ECONNREFUSED); using the cached copy fetched ${fetchedAt}.`]));
  });

  it('when refresh gets an HTTP error, uses the cached copy with a warning', async () => {
    server.serve('/team.json', { body: 'one' });
    const url = new URL(server.url('/team.json'));
    await cache().get(url);
    const { fetchedAt } = entryOf(url);
    server.serve('/team.json', { status: 500, body: 'oops' });
    assert.deepEqual(await cache(true).get(url), ok('one', [`Could not refresh ${url.href} (HTTP 500 Internal Server Error); using the cached copy fetched ${fetchedAt}.`]));
    assert.equal(entryOf(url).body, 'one');
  });

  it('when the server is down and nothing is cached, fails with the reason', async () => {
    const url = new URL(server.url('/team.json'));
    await server.stop();
    assert.deepEqual(await cache().get(url), { ok: false, reason: 'ECONNREFUSED' });
    assert.equal(fs.existsSync(cache().entryPath(url)), false);
  });

  it('fails on an HTTP error, and caches nothing', async () => {
    const url = new URL(server.url('/missing.json'));
    assert.deepEqual(await cache().get(url), { ok: false, reason: 'HTTP 404 Not Found' });
    assert.equal(fs.existsSync(path.join(directory, 'remote')), false);
  });

  it('gives up after the timeout', async () => {
    server.serve('/slow.json', { hang: true });
    assert.deepEqual(await cache(false, 200).get(new URL(server.url('/slow.json'))), { ok: false, reason: 'no answer within 0.2 s' });
  });

  it('remembers a failure, so many files do not each wait for a server that is down', async () => {
    const url = new URL(server.url('/late.json'));
    const remote = cache();
    assert.equal((await remote.get(url)).ok, false);
    server.serve('/late.json', { body: 'here' });
    assert.equal((await remote.get(url)).ok, false);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(await cache().get(url), ok('here'));
  });

  it('refuses a redirect to a URL that is not allowed', async () => {
    const redirected = { redirected: true, url: 'http://example.com/team.json', status: 200, ok: true, statusText: 'OK', body: null, headers: new Headers() };
    const remote = new RemoteCache({ directory, fetch: (async () => redirected) as unknown as typeof fetch, refresh: false, timeoutMs: 1000 });
    assert.deepEqual(await remote.get(new URL('https://config.example/team.json')), {
      ok: false,
      reason: 'redirected to a URL that is not allowed: http://example.com/team.json: plain http is only allowed for localhost, 127.0.0.1 and ::1. Use an https URL.',
    });
  });

  it('ignores a damaged cache entry', async () => {
    server.serve('/team.json', { body: 'fresh' });
    const url = new URL(server.url('/team.json'));
    fs.mkdirSync(path.dirname(cache().entryPath(url)), { recursive: true });
    fs.writeFileSync(cache().entryPath(url), '{"url": "x", "bo');
    assert.deepEqual(await cache().get(url), ok('fresh'));
  });

  describe('writes', () => {
    const promises = fsPromises as { rename: typeof fsPromises.rename };
    const realRename = promises.rename;
    afterEach(() => {
      promises.rename = realRename;
    });

    it('go to a temporary file in the same folder, renamed over the entry', async () => {
      server.serve('/team.json', { body: 'one' });
      const url = new URL(server.url('/team.json'));
      const entry = cache().entryPath(url);
      const renames: [string, string][] = [];
      promises.rename = async (from, to) => {
        renames.push([String(from), String(to)]);
        assert.equal(JSON.parse(fs.readFileSync(from, 'utf8')).body, 'one', 'the temporary file is complete before the rename');
        return realRename(from, to);
      };
      await cache().get(url);
      assert.equal(renames.length, 1);
      const [from, to] = renames[0];
      assert.equal(to, entry);
      assert.equal(path.dirname(from), path.dirname(entry));
      assert.match(path.basename(from), /^\.[0-9a-f]{64}\.json\.\d+\.[0-9a-f]{8}\.tmp$/);
      assert.deepEqual(fs.readdirSync(path.dirname(entry)), [path.basename(entry)]);
    });

    it('that fail leave the old entry whole, no temporary file, and a warning', async () => {
      server.serve('/team.json', { body: 'one' });
      const url = new URL(server.url('/team.json'));
      await cache().get(url);
      const before = fs.readFileSync(cache().entryPath(url), 'utf8');
      server.serve('/team.json', { body: 'two' });
      promises.rename = async () => {
        throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      };
      assert.deepEqual(await cache(true).get(url), ok('two', [
        `Could not cache ${url.href} in ${directory} (ENOSPC): it will be fetched again next time. Make the directory writable or set CE_INSTANCE_CACHE_DIR.`,
      ]));
      assert.equal(fs.readFileSync(cache().entryPath(url), 'utf8'), before);
      assert.deepEqual(fs.readdirSync(path.dirname(cache().entryPath(url))), [path.basename(cache().entryPath(url))]);
    });
  });

  it('names entries by a hash and stores no secret', async () => {
    server.serve('/team.json?token=s3cr3t&v=2', { body: 'one' });
    const url = new URL(server.url('/team.json?token=s3cr3t&v=2'));
    await cache().get(url);
    const [name] = fs.readdirSync(path.join(directory, 'remote'));
    assert.match(name, /^[0-9a-f]{64}\.json$/);
    const stored = fs.readFileSync(path.join(directory, 'remote', name), 'utf8');
    assert.equal(stored.includes('s3cr3t'), false);
    assert.equal(entryOf(url).url, server.url('/team.json?token=***&v=2'));
  });
});

describe('cache directory', () => {
  const home = path.join(path.sep, 'home', 'me');
  it('is $CE_INSTANCE_CACHE_DIR when set', () => {
    assert.equal(defaultCacheDirectory({ CE_INSTANCE_CACHE_DIR: path.join(path.sep, 'c'), XDG_CACHE_HOME: path.join(path.sep, 'x') }, home), path.join(path.sep, 'c'));
  });
  it('else $XDG_CACHE_HOME/ce-instance', () => {
    assert.equal(defaultCacheDirectory({ XDG_CACHE_HOME: path.join(path.sep, 'x') }, home), path.join(path.sep, 'x', 'ce-instance'));
  });
  it('else ~/.cache/ce-instance', () => {
    assert.equal(defaultCacheDirectory({ CE_INSTANCE_CACHE_DIR: '' }, home), path.join(home, '.cache', 'ce-instance'));
  });
});

describe('remote URLs', () => {
  const problem = (url: string) => remoteUrlProblem(new URL(url));

  it('accepts https anywhere and http to loopback hosts', () => {
    for (const url of ['https://example.com/a.json', 'http://127.0.0.1:8080/a.json', 'http://localhost/a.json', 'http://[::1]:9/a.json']) {
      assert.equal(problem(url), undefined, url);
    }
  });
  it('refuses plain http to other hosts', () => {
    assert.equal(problem('http://example.com/a.json'), 'http://example.com/a.json: plain http is only allowed for localhost, 127.0.0.1 and ::1. Use an https URL.');
    assert.equal(problem('http://127.0.0.2/a.json'), 'http://127.0.0.2/a.json: plain http is only allowed for localhost, 127.0.0.1 and ::1. Use an https URL.');
  });
  it('refuses other schemes', () => {
    assert.equal(problem('file:///etc/a.json'), 'file:///etc/a.json: only https URLs are supported. Use an https URL, a file path or an npm package.');
  });
  it('refuses credentials in the URL, without showing them', () => {
    assert.equal(problem('https://me:hunter2@example.com/a.json'), 'https://***:***@example.com/a.json: URLs with a user name or password are not supported (they would end up in messages and in the cache). Publish the file without credentials, or use a local file or an npm package.');
  });
  it('masks secret-looking query values when shown', () => {
    assert.equal(displayUrl(new URL('https://example.com/a.json?access_token=abc&api-key=def&v=1&sig=x')), 'https://example.com/a.json?access_token=***&api-key=***&v=1&sig=***');
  });
  it('masks config entries that are URLs, even unparseable ones', () => {
    assert.equal(displayEntry('./base.json'), './base.json');
    assert.equal(displayEntry('https://x.example/a.json?token=abc'), 'https://x.example/a.json?token=***');
    assert.equal(displayEntry('https://x:y:z/a.json?token=abc'), 'https://x:y:z/a.json…');
  });
  it('tells URLs from paths and package names', () => {
    assert.deepEqual(['https://x/a', 'http://localhost/a', './a.json', '@acme/config', 'C:\\a.json', 'acme'].map(isUrlReference), [true, true, false, false, false, false]);
  });
});
