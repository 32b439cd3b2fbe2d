import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createProtocolConnection as createClientConnection } from 'vscode-languageserver-protocol/node';
import { createServer, type ServerOptions } from '../server';
import { TestClient } from './testClient';

export interface InProcessServer {
  readonly client: TestClient;
  /** The code the server asks to exit with when it gets `exit`. */
  readonly exited: Promise<number>;
  dispose(): void;
}

/**
 * The server and a test client in this process, joined by two PassThrough streams. The server's
 * connection gets a watchdog of its own: the Node one would end the test process on `exit` and
 * poll the client's process id.
 */
export function startInProcess(options: ServerOptions = {}): InProcessServer {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  const watchDog = { shutdownReceived: false, initialize: () => undefined, exit };
  const connection = createConnection(
    (logger) => createProtocolConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), logger),
    watchDog,
  );
  createServer(connection, { debounceMs: 10, ...options });
  connection.listen();
  const client = new TestClient(createClientConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
  return {
    client,
    exited,
    dispose: () => {
      client.connection.dispose();
      connection.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}
