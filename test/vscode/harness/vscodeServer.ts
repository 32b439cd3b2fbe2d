import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { serverMainPath } from './vscodeInstall';

/** The folders one VS Code server owns; all of them live in a scratch folder the caller removes. */
export interface ServerFolders {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** TMPDIR of the server and everything it starts, so its `vscode-*.sock` files go away with it. */
  readonly tempDir: string;
  /** The server's own output, read when something goes wrong. */
  readonly logFile: string;
}

export interface VSCodeServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The remote authority the workbench uses for files on this machine. */
  readonly authority: string;
  /** Settles when the server exits, with its exit code (or the signal that ended it). */
  readonly exited: Promise<string>;
  /** Stops the server and everything it started (extension host, language servers). */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const LISTENING = /Extension host agent listening on (\d+)/;

function serverFlags(folders: ServerFolders): string[] {
  return [
    '--host', '127.0.0.1',
    '--port', '0', // the server picks a free port and prints it: no race for a port
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--user-data-dir', folders.userDataDir,
    '--extensions-dir', folders.extensionsDir,
  ];
}

function serverEnv(folders: ServerFolders, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Sockets (TMPDIR, XDG_RUNTIME_DIR) and the device id file (XDG_CACHE_HOME) land in the scratch folder, not in ~ or /tmp.
  const scratch = folders.tempDir;
  return { ...process.env, ...extra, TMPDIR: scratch, XDG_RUNTIME_DIR: scratch, XDG_CACHE_HOME: scratch };
}

function makeFolders(folders: ServerFolders): void {
  for (const dir of [folders.userDataDir, folders.extensionsDir, folders.tempDir]) mkdirSync(dir, { recursive: true });
}

/** Starts VS Code's server on a free loopback port, in its own process group so that stopping it leaves nothing behind. */
export async function startVSCodeServer(folders: ServerFolders, env: NodeJS.ProcessEnv = {}): Promise<VSCodeServer> {
  makeFolders(folders);
  const log = createWriteStream(folders.logFile);
  const child = spawn(process.execPath, [serverMainPath(), ...serverFlags(folders)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnv(folders, env),
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  // Should this process end first (Ctrl+C in mocha, an uncaught error), the server's group goes with it.
  const killOnExit = (): void => signalGroup(child, 'SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => {
    process.removeListener('exit', killOnExit);
    log.end();
    resolve(String(code ?? signal));
  }));
  const stop = (): Promise<void> => stopGroup(child, exited);

  try {
    const port = await listeningPort(child, exited);
    return { origin: `http://127.0.0.1:${port}`, authority: `127.0.0.1:${port}`, exited, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} (server log: ${folders.logFile})`);
  }
}

function listeningPort(child: ChildProcess, exited: Promise<string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the VS Code server did not listen within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the VS Code server exited (${code}) before it listened`));
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is gone already.
  }
}

/** SIGTERM to the whole group, SIGKILL to whatever is left after a grace period. */
async function stopGroup(child: ChildProcess, exited: Promise<string>): Promise<void> {
  signalGroup(child, 'SIGTERM');
  const graceOver = new Promise<void>((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
  await Promise.race([exited, graceOver]);
  // Children (extension host, language servers) may outlive the server's own exit.
  signalGroup(child, 'SIGKILL');
  await exited;
}

/** `server-main.js --install-extension`: puts a packaged extension into `folders.extensionsDir`, as a user would. */
export function installExtension(vsix: string, folders: ServerFolders): void {
  makeFolders(folders);
  const result = spawnSync(
    process.execPath,
    [serverMainPath(), '--install-extension', path.resolve(vsix), '--force', '--accept-server-license-terms',
      '--user-data-dir', folders.userDataDir, '--extensions-dir', folders.extensionsDir],
    { encoding: 'utf8', env: serverEnv(folders, {}), timeout: START_TIMEOUT_MS },
  );
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (${result.status ?? result.signal}): ${result.stderr}${result.stdout}`);
  }
}
