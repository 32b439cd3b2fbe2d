import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';

/** One HTTP request, with everything it needs; the transport adds nothing but `Content-Length`. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent as these bytes, unchanged. */
  readonly body?: Uint8Array;
  /** For the whole exchange, from the first byte to the last of the response. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * How an exchange ended. `reachedServer` is true once the connection was made, when the request
 * may have been read and acted on even if no answer came: such a request must not be sent again
 * without a person checking first.
 */
export type HttpExchange =
  | { readonly kind: 'response'; readonly status: number; readonly contentType: string | undefined; readonly text: string }
  | { readonly kind: 'timeout'; readonly reachedServer: boolean }
  /** The connection broke after it was made (reset, closed, or an answer cut short). */
  | { readonly kind: 'dropped'; readonly code: string | undefined; readonly message: string }
  /** No connection: name resolution, a refused connection, TLS. Nothing reached the server. */
  | { readonly kind: 'unreachable'; readonly code: string | undefined; readonly message: string }
  | { readonly kind: 'cancelled'; readonly reachedServer: boolean };

export type HttpTransport = (request: HttpRequest) => Promise<HttpExchange>;

/** An answer this large is not the API's: a wrong base URL pointing at a download, say. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * Sends one request with Node's http/https, on a connection of its own (no keep-alive: a reused
 * connection the server has closed fails after sending, which would look like "may have reached").
 * Never retries; never throws.
 */
export const sendHttpRequest: HttpTransport = (request) =>
  new Promise((resolve) => {
    if (request.signal?.aborted) {
      resolve({ kind: 'cancelled', reachedServer: false });
      return;
    }
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    let reachedServer = false;
    let settled = false;
    let outgoing: http.ClientRequest | undefined;

    const finish = (exchange: HttpExchange): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      outgoing?.destroy();
      resolve(exchange);
    };
    const onAbort = () => finish({ kind: 'cancelled', reachedServer });
    const timer = setTimeout(() => finish({ kind: 'timeout', reachedServer }), request.timeoutMs);
    request.signal?.addEventListener('abort', onAbort, { once: true });

    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body) headers['Content-Length'] = request.body.byteLength;
    try {
      outgoing = (secure ? https : http).request(url, { method: request.method, headers, agent: false });
    } catch (error) {
      // Node refuses some header values before connecting; its message names the header, not the value.
      finish({ kind: 'unreachable', ...errorParts(error) });
      return;
    }
    outgoing.on('socket', (socket: Socket) => {
      // TLS: nothing of the request leaves before the handshake is done.
      if (!secure && !socket.connecting) reachedServer = true;
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        reachedServer = true;
      });
    });
    outgoing.on('error', (error) => finish({ kind: reachedServer ? 'dropped' : 'unreachable', ...errorParts(error) }));
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) finish({ kind: 'dropped', code: undefined, message: `the answer was larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB and was not read` });
        else chunks.push(chunk);
      });
      response.on('end', () => {
        finish({ kind: 'response', status: response.statusCode ?? 0, contentType: response.headers['content-type'], text: Buffer.concat(chunks).toString('utf8') });
      });
      response.on('error', (error) => finish({ kind: 'dropped', ...errorParts(error) }));
      response.on('close', () => {
        if (!response.complete) finish({ kind: 'dropped', code: undefined, message: 'the connection closed in the middle of the answer' });
      });
    });
    outgoing.end(request.body);
  });

function errorParts(error: unknown): { code: string | undefined; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return { code, message: error instanceof Error ? error.message : String(error) };
}
