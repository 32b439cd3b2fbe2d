import { createConnection } from 'vscode-languageserver/node';
import { TOOL_VERSION } from '../packageInfo';
import { createServer } from './server';
import { describeError } from './serverLog';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

const USAGE = `Usage: ce-instance-language-server --stdio | --node-ipc

The ce-instance language server: diagnostics and fixes for Cloud Elements instance JSON in any
editor that speaks the Language Server Protocol. Editors start it; see docs/language-server.md.
`;

/** The `ce-instance-language-server` binary: the transport comes from the command line. */
export function start(argv: readonly string[] = process.argv.slice(2)): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (!argv.some((arg) => TRANSPORTS.some((name) => arg === name || arg.startsWith(`${name}=`)))) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  // Reads the transport from process.argv; over stdio it also sends console output to the client's log.
  const connection = createConnection();
  // Last resort: a stray error from a timer or stream is logged, and the server keeps serving.
  const report = (kind: string, error: unknown): void => {
    try {
      connection.console.error(`ce-instance: ${kind} ${describeError(error)}`);
    } catch {
      // The client is gone: there is no one left to tell.
    }
  };
  process.on('uncaughtException', (error) => report('uncaught', error));
  process.on('unhandledRejection', (error) => report('unhandled', error));
  createServer(connection);
  connection.listen();
}

if (require.main === module) start();
