/**
 * Stands in for the VS Code executable that `@vscode/test-electron`'s `runTests` spawns: it reads the
 * same command line, runs the extension tests in VS Code's server with the workbench in headless
 * chromium, relays the test output and exits with the tests' exit code. Started through
 * test/vscode/code-server-bridge (an executable file, as runTests needs).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium, remoteUri, workbenchUrl } from './workbench';
import { startVSCodeServer, type ServerFolders, type VSCodeServer } from './vscodeServer';

/** The part of desktop VS Code's command line that runTests uses. */
export interface TestLaunch {
  readonly folder: string | undefined;
  readonly extensionDevelopmentPaths: readonly string[];
  readonly extensionTestsPath: string;
  readonly userDataDir: string | undefined;
  readonly extensionsDir: string | undefined;
}

/** Flags of desktop VS Code that mean nothing here (no Electron, no updates, no welcome page in test runs). */
const IGNORED_FLAGS = new Set(['--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust', '--disable-gpu']);

export function parseLaunch(argv: readonly string[]): TestLaunch {
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (IGNORED_FLAGS.has(arg)) continue;
    const equals = arg.indexOf('=');
    const [name, value] = equals >= 0 ? [arg.slice(2, equals), arg.slice(equals + 1)] : [arg.slice(2), argv[++i]];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const known = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'];
  const unknown = [...values.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`unsupported flags: ${unknown.map((name) => `--${name}`).join(', ')}`);
  if (positional.length > 1) throw new Error(`one folder to open, not ${positional.length}: ${positional.join(' ')}`);
  const [extensionTestsPath] = values.get('extensionTestsPath') ?? [];
  if (extensionTestsPath === undefined) throw new Error('--extensionTestsPath is missing');
  return {
    folder: positional[0],
    extensionDevelopmentPaths: values.get('extensionDevelopmentPath') ?? [],
    extensionTestsPath,
    userDataDir: values.get('user-data-dir')?.at(-1),
    extensionsDir: values.get('extensions-dir')?.at(-1),
  };
}

/** A log file that the workbench hands over with the exit code. */
interface WorkbenchLog {
  readonly relativePath: string;
  readonly contents: string;
}

const DEFAULT_TIMEOUT_S = 300;

/** Workbench messages that only say this machine is offline or serves no service worker: not the tests' business. */
const OFFLINE_NOISE = [/ENOTFOUND/, /^\[Service Worker\]/];
const FAILURE_LOG_LINES = 60;

function timeoutSeconds(): number {
  const value = Number(process.env.CE_VSCODE_TIMEOUT_S ?? DEFAULT_TIMEOUT_S);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_S;
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** The first way a run ends wins (tests done, timeout, server gone, page crashed); later ones say nothing. */
class RunOutcome {
  private settled = false;
  private settle: (code: number) => void = () => undefined;
  readonly code = new Promise<number>((resolve) => (this.settle = resolve));

  end(code: number, why?: string): void {
    if (this.settled) return;
    this.settled = true;
    if (why !== undefined) console.error(`code-server-bridge: ${why}`);
    this.settle(code);
  }
}

/** Runs the tests; resolves with the exit code for runTests (0 when every test passed). */
export async function runBridge(launch: TestLaunch): Promise<number> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ce-vscode-'));
  const folders: ServerFolders = {
    userDataDir: launch.userDataDir ?? path.join(scratch, 'user-data'),
    extensionsDir: launch.extensionsDir ?? path.join(scratch, 'extensions'),
    tempDir: path.join(scratch, 'tmp'),
    logFile: path.join(scratch, 'server.log'),
  };
  const outcome = new RunOutcome();
  const seconds = timeoutSeconds();
  const timer = setTimeout(() => outcome.end(124, `the tests did not finish within ${seconds} s (CE_VSCODE_TIMEOUT_S)`), seconds * 1000);
  // runTests stops "VS Code" with SIGINT on Ctrl+C: clean up all the same.
  const onSignal = (signal: NodeJS.Signals): void => outcome.end(signal === 'SIGINT' ? 130 : 143, `stopped by ${signal}`);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let server: VSCodeServer | undefined;
  let browser: Browser | undefined;
  let workbenchLogs: WorkbenchLog[] = [];
  const start = async (): Promise<void> => {
    server = await startVSCodeServer(folders);
    void server.exited.then((code) => outcome.end(1, `the VS Code server exited (${code}) during the tests`));
    browser = await launchChromium(path.join(scratch, 'chromium'));
    const page = await browser.newPage();
    page.on('crash', () => outcome.end(1, 'the workbench page crashed'));
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => relayLog(level, message));
    await page.exposeFunction('codeAutomationExit', (code: number, logs?: WorkbenchLog[]) => {
      workbenchLogs = logs ?? [];
      outcome.end(code);
    });
    const remote = server;
    const payload = [
      ...launch.extensionDevelopmentPaths.map((devPath) => ['extensionDevelopmentPath', remoteUri(remote, devPath)] as const),
      ['extensionTestsPath', remoteUri(remote, launch.extensionTestsPath)] as const,
    ];
    await page.goto(workbenchUrl(remote, launch.folder ?? scratch, payload));
  };
  const started = start().catch((error: unknown) => outcome.end(1, error instanceof Error ? error.message : String(error)));

  const code = await outcome.code;
  // A start still under way (each of its steps is bounded) must finish, or what it starts would be left behind.
  await started;
  clearTimeout(timer);
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  if (code !== 0) reportFailure(folders, workbenchLogs);
  await browser?.close().catch(() => undefined);
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
  return code;
}

/** The workbench's log, test output included: console arguments arrive as an array (format string first). */
function relayLog(level: string, message: unknown): void {
  const text = Array.isArray(message) ? format(...(message as unknown[])) : String(message);
  if (OFFLINE_NOISE.some((pattern) => pattern.test(text))) return;
  if (level === 'error') console.error(text);
  else console.log(text);
}

/** On failure, the ends of the server's and the workbench's logs say why: they go with the scratch folder. */
function reportFailure(folders: ServerFolders, logs: readonly WorkbenchLog[]): void {
  const sections: [string, string][] = [['server', safeRead(folders.logFile)], ...logs.map((log) => [log.relativePath, log.contents] as [string, string])];
  for (const [name, contents] of sections) {
    if (contents.trim() === '') continue;
    console.error(`---- ${name} (last ${FAILURE_LOG_LINES} lines) ----\n${tail(contents, FAILURE_LOG_LINES)}`);
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

if (require.main === module) {
  runBridge(parseLaunch(process.argv.slice(2))).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`code-server-bridge: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
