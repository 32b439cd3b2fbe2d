import * as path from 'node:path';
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, LanguageClient, type LanguageClientOptions, RevealOutputChannelOn, type ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { CrashHandler } from './crashHandler';
import type { DocumentFindings } from './documentFindings';
import { DOCUMENT_SELECTOR } from './instanceScope';
import { CLIENT_ID, CLIENT_NAME, COMMANDS } from './manifest';
import { createMiddleware } from './middleware';
import { RestartBudget } from './restartBudget';
import { TraceChannel } from './traceChannel';

/** Where the server is in its life, as the status item and the API see it. */
export type ServerState = 'not started' | 'starting' | 'running' | 'stopped';

/**
 * The language client and the server process it runs (`dist/server.js`, over Node IPC). Created
 * on the first `start()`, which the extension calls when an instance document is open; restarted
 * by the crash handler within its budget and by the restart command at any time.
 */
export class LanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly budget = new RestartBudget();
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.stateChanged.event;
  /** What belongs to the current client: a client that failed to start is replaced, with these. */
  private clientDisposables: vscode.Disposable[] = [];
  private resolveReady: () => void = () => undefined;
  private rejectReady: (error: unknown) => void = () => undefined;
  /** Settles when the server first runs, or fails to start the first time. */
  readonly ready = new Promise<void>((resolve, reject) => {
    this.resolveReady = resolve;
    this.rejectReady = reject;
  });

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly findings: DocumentFindings<vscode.Diagnostic>,
  ) {
    // Nobody may be waiting for `ready`; a failed start is also in the output and a message.
    this.ready.catch(() => undefined);
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  get state(): ServerState {
    if (!this.client) return 'not started';
    switch (this.client.state) {
      case State.Starting:
        return 'starting';
      case State.Running:
        return 'running';
      default:
        return 'stopped';
    }
  }

  /**
   * Starts the server unless it runs or is starting. A failure is logged, not thrown; the client
   * has already told the user. A client whose start failed cannot start again, so it is replaced.
   */
  async start(): Promise<void> {
    if (this.client?.state === State.StartFailed) await this.discardClient();
    const client = (this.client ??= this.createClient());
    if (client.state !== State.Stopped) return;
    try {
      await client.start();
      this.resolveReady();
    } catch (error) {
      this.rejectReady(error);
      this.output.error(`The Cloud Elements language server did not start: ${describe(error)}`);
    }
  }

  /** The restart command: a fresh server and a fresh crash budget, whatever the state. */
  async restart(): Promise<void> {
    this.budget.reset();
    const client = this.client;
    if (!client || client.state === State.Stopped || client.state === State.StartFailed) return this.start();
    try {
      if (client.state === State.Starting) await client.start();
      await client.restart();
      this.output.info('The Cloud Elements language server was restarted.');
    } catch (error) {
      this.output.error(`Restarting the Cloud Elements language server failed: ${describe(error)}`);
      void this.offerRestart('Restarting the Cloud Elements language server failed. The output may say why.');
    }
  }

  /**
   * VS Code's JSON validation was turned on or off: the server's settings-changed notification makes
   * it ask VS Code to pull every document's diagnostics again, which the middleware splits anew.
   */
  jsonValidationChanged(): void {
    if (this.client?.state !== State.Running) return;
    void this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null }).catch((error: unknown) => this.output.error(`Telling the server about a settings change failed: ${describe(error)}`));
  }

  async dispose(): Promise<void> {
    await this.discardClient();
    this.stateChanged.dispose();
  }

  private async discardClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    for (const disposable of this.clientDisposables.splice(0)) disposable.dispose();
    try {
      await client?.dispose();
    } catch {
      // A client that never ran has nothing to stop.
    }
    this.findings.clear();
  }

  private createClient(): LanguageClient {
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const traceChannel = new TraceChannel(this.output);
    this.clientDisposables.push(traceChannel);
    const clientOptions: LanguageClientOptions = {
      documentSelector: [...DOCUMENT_SELECTOR],
      diagnosticCollectionName: 'ce-instance',
      // VS Code's hover already shows the diagnostics under the cursor: the server leaves them out of its own.
      initializationOptions: { findingsInHover: false },
      // The server checks on request; without this the client pulls on open only.
      diagnosticPullOptions: { onChange: true, onSave: false },
      outputChannel: this.output,
      traceOutputChannel: traceChannel,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: new CrashHandler(this.budget, {
        restarting: (message) => this.output.warn(message),
        gaveUp: (message) => void this.offerRestart(message),
      }),
      middleware: createMiddleware(this.findings),
    };
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.clientDisposables.push(
      client.onDidChangeState(() => {
        // A stopped server's findings are gone from the Problems view; the status item must not keep them.
        if (client.state !== State.Running) this.findings.clear();
        this.stateChanged.fire(this.state);
      }),
    );
    return client;
  }

  private async offerRestart(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Show Output', 'Restart');
    if (choice === 'Show Output') await vscode.commands.executeCommand(COMMANDS.showOutput);
    if (choice === 'Restart') await vscode.commands.executeCommand(COMMANDS.restartServer);
  }
}

/** An error for the log: its message is ours or the client's, never a document's. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
