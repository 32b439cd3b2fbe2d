import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test server serves at one path. */
export interface ServedDocument {
  readonly body?: string;
  readonly etag?: string;
  readonly status?: number;
  /** Accept the request and never answer, to test timeouts. */
  readonly hang?: boolean;
}

/** For tests: a real HTTP server on 127.0.0.1 that serves documents with ETags and counts requests. */
export class TestDocumentServer {
  readonly requests: { readonly path: string; readonly ifNoneMatch: string | undefined }[] = [];
  private readonly documents = new Map<string, ServedDocument>();

  private constructor(private readonly server: http.Server) {
    server.on('request', (request, response) => this.answer(request, response));
  }

  static async start(): Promise<TestDocumentServer> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new TestDocumentServer(server);
  }

  serve(path: string, document: ServedDocument): void {
    this.documents.set(path, document);
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** Stops listening: requests to it are then refused, as when a host is down. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const path = request.url ?? '/';
    const ifNoneMatch = request.headers['if-none-match'];
    this.requests.push({ path, ifNoneMatch });
    const document = this.documents.get(path);
    if (document?.hang) return;
    if (!document) {
      response.writeHead(404).end();
      return;
    }
    if (document.etag !== undefined && ifNoneMatch === document.etag) {
      response.writeHead(304, { etag: document.etag }).end();
      return;
    }
    response.writeHead(document.status ?? 200, { 'content-type': 'application/json', ...(document.etag !== undefined && { etag: document.etag }) });
    response.end(document.body ?? '');
  }
}
