import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closedPort, type FakeCloudElements } from '../../../test/fakeCloudElements/fakeApi';
import { useFakeCloudElements } from '../../../test/fakeCloudElements/fakeSuite';
import { type HttpRequest, sendHttpRequest } from './httpTransport';

describe('provision HTTP transport', () => {
  let fake: FakeCloudElements;
  useFakeCloudElements((started) => {
    fake = started;
  });

  const post = (body: Uint8Array, extra: Partial<HttpRequest> = {}) =>
    sendHttpRequest({ method: 'POST', url: `${fake.baseUrl}/instances`, headers: { 'Content-Type': 'application/json' }, body, timeoutMs: 10_000, ...extra });

  it('sends the body bytes as given, with their length, and reads the answer', async () => {
    const body = Buffer.from('{"element": {"key": "nope"}}\r\n', 'utf8');
    const exchange = await post(body);
    assert.equal(exchange.kind, 'response');
    assert.ok(exchange.kind === 'response');
    assert.equal(exchange.status, 401, 'no Authorization header');
    assert.equal(exchange.contentType, 'application/json;charset=UTF-8');
    assert.deepEqual(Object.keys(JSON.parse(exchange.text)), ['requestId', 'message']);
    const [request] = fake.requests;
    assert.deepEqual(request.body, body);
    assert.equal(request.headers['content-length'], String(body.byteLength));
  });

  it('gives up after the timeout, knowing that the request reached the server', async () => {
    fake.behave({ kind: 'hang' });
    assert.deepEqual(await post(Buffer.from('{}'), { timeoutMs: 1500 }), { kind: 'timeout', reachedServer: true });
    assert.equal(fake.requests.length, 1);
  });

  it('tells a connection dropped before or after the body was read', async () => {
    for (const when of ['before-body', 'after-body'] as const) {
      fake.reset();
      fake.behave({ kind: 'drop', when });
      const exchange = await post(Buffer.from('{"a": 1}'));
      assert.equal(exchange.kind, 'dropped', when);
      assert.equal(fake.requests.length, 1, when);
    }
  });

  it('tells a refused connection, which nothing reached', async () => {
    const port = await closedPort();
    const exchange = await sendHttpRequest({ method: 'GET', url: `http://127.0.0.1:${port}/x`, headers: {}, timeoutMs: 10_000 });
    assert.deepEqual(exchange, { kind: 'unreachable', code: 'ECONNREFUSED', message: `connect ECONNREFUSED 127.0.0.1:${port}` });
  });

  it('is cancelled by its signal, before it starts or while it waits', async () => {
    assert.deepEqual(await post(Buffer.from('{}'), { signal: AbortSignal.abort() }), { kind: 'cancelled', reachedServer: false });
    assert.equal(fake.requests.length, 0, 'nothing was sent');
    fake.behave({ kind: 'hang' });
    const controller = new AbortController();
    const pending = post(Buffer.from('{}'), { signal: controller.signal });
    await until(() => fake.requests.length === 1);
    controller.abort();
    assert.deepEqual(await pending, { kind: 'cancelled', reachedServer: true });
  });

  it('tells an answer cut short from a whole one', async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      response.write('{"id": 1');
      setImmediate(() => response.socket?.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const exchange = await sendHttpRequest({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {}, timeoutMs: 10_000 });
      assert.equal(exchange.kind, 'dropped');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

/** Waits for a condition that another party makes true, checking on each turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
