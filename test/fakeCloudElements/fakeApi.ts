/**
 * A local stand-in for the Cloud Elements platform API (domain.md §1), for tests of the CLI and
 * the extension: `POST /instances` and `GET /elements/{key}/configuration` under
 * `/elements/api-v2`, the `User ..., Organization ...` header check, errors in the platform's shape,
 * and misbehaviour on demand (no answer, a dropped connection, an error status, a non-JSON page).
 * It listens on 127.0.0.1 only, on a free port, and records every request it gets.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_ELEMENTS, type FakeConfigurationEntry } from './elementConfigurations';

export const API_PATH = '/elements/api-v2';

export interface FakeSecrets {
  readonly user: string;
  readonly organization: string;
}

/** A request as it arrived. */
export interface RecordedRequest {
  readonly method: string;
  /** Below the API path, with the query: `/instances`. */
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  /** The bytes as received; undefined when the connection was dropped before the body was read. */
  body: Buffer | undefined;
}

/** What to do with the requests that come, instead of answering them properly. */
export type FakeBehaviour =
  | { readonly kind: 'normal' }
  /** Read the request, then never answer (until the fake is closed): the client's timeout runs out. */
  | { readonly kind: 'hang' }
  /** Answer normally after a delay. */
  | { readonly kind: 'slow'; readonly delayMs: number }
  /** Close the connection without an answer, before or after reading the body. */
  | { readonly kind: 'drop'; readonly when: 'before-body' | 'after-body' }
  /** Answer `status` with the platform's error body. */
  | { readonly kind: 'error'; readonly status: number; readonly message: string; readonly providerMessage?: string; readonly requestId?: string }
  /** Answer `status` with a body that is not JSON (an HTML error page by default). */
  | { readonly kind: 'not-json'; readonly status: number; readonly body?: string; readonly contentType?: string };

export interface FakeApiOptions {
  readonly secrets: FakeSecrets;
  readonly elements?: Readonly<Record<string, readonly FakeConfigurationEntry[]>>;
}

/** The platform's message for a wrong Authorization header. */
export const UNAUTHORIZED_MESSAGE = 'Invalid Organization or User secret, or invalid Element token provided.';

const FIRST_INSTANCE_ID = 4200;

export class FakeCloudElements {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  /** The tokens of the instances created, in order: secrets that must never be printed. */
  readonly issuedTokens: string[] = [];
  private behaviour: FakeBehaviour = { kind: 'normal' };
  private nextInstanceId = FIRST_INSTANCE_ID;
  private nextRequestNumber = 1;
  private readonly elements: Readonly<Record<string, readonly FakeConfigurationEntry[]>>;

  private constructor(
    private readonly server: http.Server,
    private readonly secrets: FakeSecrets,
    elements: Readonly<Record<string, readonly FakeConfigurationEntry[]>> | undefined,
  ) {
    this.elements = elements ?? FAKE_ELEMENTS;
  }

  static async start(options: FakeApiOptions): Promise<FakeCloudElements> {
    const server = http.createServer();
    const fake = new FakeCloudElements(server, options.secrets, options.elements);
    // A client that goes away mid-request fails the body read: nothing to answer then.
    server.on('request', (request, response) => fake.handle(request, response).catch(() => request.socket.destroy()));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return fake;
  }

  /** The API root: `http://127.0.0.1:<port>/elements/api-v2`. */
  get baseUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}${API_PATH}`;
  }

  /** How to treat the requests from now on, until `reset`. */
  behave(behaviour: FakeBehaviour): void {
    this.behaviour = behaviour;
  }

  /** As new: normal behaviour, nothing recorded, ids and request ids counted from the start again. */
  reset(): void {
    this.behaviour = { kind: 'normal' };
    this.requests.length = 0;
    this.issuedTokens.length = 0;
    this.nextInstanceId = FIRST_INSTANCE_ID;
    this.nextRequestNumber = 1;
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.path === path);
  }

  async close(): Promise<void> {
    // Hanging requests keep their connections open; close() alone would wait for them.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: (request.url ?? '').startsWith(API_PATH) ? (request.url ?? '').slice(API_PATH.length) : (request.url ?? ''),
      headers: request.headers,
      body: undefined,
    };
    this.requests.push(recorded);
    const behaviour = this.behaviour;
    if (behaviour.kind === 'drop' && behaviour.when === 'before-body') {
      request.socket.destroy();
      return;
    }
    recorded.body = await readBody(request);
    switch (behaviour.kind) {
      case 'drop':
        request.socket.destroy();
        return;
      case 'hang':
        return;
      case 'error':
        this.sendError(response, behaviour.status, behaviour.message, behaviour.requestId, behaviour.providerMessage);
        return;
      case 'not-json':
        response.writeHead(behaviour.status, { 'Content-Type': behaviour.contentType ?? 'text/html' });
        response.end(behaviour.body ?? `<html><body><h1>${behaviour.status} Bad Gateway</h1></body></html>`);
        return;
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
        break;
      case 'normal':
        break;
    }
    this.answer(recorded, response);
  }

  private answer(request: RecordedRequest, response: http.ServerResponse): void {
    if (!this.authorized(request.headers.authorization)) {
      this.sendError(response, 401, UNAUTHORIZED_MESSAGE);
      return;
    }
    const configurationPath = /^\/elements\/([^/?]+)\/configuration$/.exec(request.path);
    if (request.path === '/instances') {
      if (request.method !== 'POST') this.sendError(response, 405, `Method ${request.method} is not allowed on /instances in this fake.`);
      else this.createInstance(request.body ?? Buffer.alloc(0), response);
    } else if (configurationPath && request.method === 'GET') {
      const key = decodeURIComponent(configurationPath[1]);
      const entries = this.elements[key];
      if (entries) this.sendJson(response, 200, entries);
      else this.sendError(response, 404, `No element found with key or id '${key}'.`);
    } else {
      this.sendError(response, 404, `No resource at ${request.method} ${request.path}.`);
    }
  }

  /** `User <secret>, Organization <secret>` in either order, split on commas, trimmed (domain.md §1.2). */
  private authorized(header: string | undefined): boolean {
    const parts = new Map<string, string>();
    for (const part of (header ?? '').split(',')) {
      const match = /^\s*(\w+)\s+(\S+)\s*$/.exec(part);
      if (match) parts.set(match[1], match[2]);
    }
    return parts.get('User') === this.secrets.user && parts.get('Organization') === this.secrets.organization;
  }

  private createInstance(bytes: Buffer, response: http.ServerResponse): void {
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      this.sendError(response, 400, 'Malformed JSON in the request body.');
      return;
    }
    const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const element = record.element as { key?: unknown } | undefined;
    const key = typeof element?.key === 'string' ? element.key : undefined;
    if (key === undefined) {
      this.sendError(response, 400, 'An element key is required to create an instance.');
      return;
    }
    if (!this.elements[key]) {
      this.sendError(response, 404, `No element found with key or id '${key}'.`);
      return;
    }
    const id = this.nextInstanceId++;
    const token = `FAKEtoken${randomBytes(24).toString('base64')}`;
    this.issuedTokens.push(token);
    const configuration = stringValues(record.configuration);
    this.sendJson(response, 200, {
      id,
      name: typeof record.name === 'string' ? record.name : `${key} instance`,
      createdDate: '2024-05-02T10:15:00Z',
      token,
      element: { id: 801, name: key, key, description: `The ${key} element`, active: true, deleted: false, typeOauth: false, trialAccount: false, hub: 'db' },
      elementId: 801,
      provisionInteractions: [],
      valid: true,
      disabled: false,
      maxCacheSize: 0,
      cacheTimeToLive: 0,
      configuration,
      eventsEnabled: configuration['event.notification.enabled'] === 'true',
      traceLoggingEnabled: false,
      cachingEnabled: false,
      externalAuthentication: 'none',
      user: { id: 12 },
      tags: Array.isArray(record.tags) ? record.tags : [],
    });
  }

  private sendError(response: http.ServerResponse, status: number, message: string, requestId?: string, providerMessage?: string): void {
    this.sendJson(response, status, { requestId: requestId ?? this.requestId(), message, ...(providerMessage === undefined ? {} : { providerMessage }) });
  }

  /** 24 hex digits, as the platform's are; counted, so runs are repeatable. */
  private requestId(): string {
    return `5e1f${(this.nextRequestNumber++).toString(16).padStart(20, '0')}`;
  }

  private sendJson(response: http.ServerResponse, status: number, value: unknown): void {
    const text = JSON.stringify(value);
    response.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
    response.end(text);
  }
}

/**
 * The configuration as the platform returns it: every value a string (objects as their JSON text),
 * null kept. Secret values come back as sent, which real responses do not always do: a stricter
 * test of what the client shows.
 */
function stringValues(configuration: unknown): Record<string, string | null> {
  if (typeof configuration !== 'object' || configuration === null) return {};
  const values: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(configuration)) {
    values[key] = value === null ? null : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return values;
}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A loopback port that nothing listens on (taken from the system, then released): connections to it are refused. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
