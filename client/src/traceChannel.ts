import * as vscode from 'vscode';
import { SETTINGS_SECTION } from './manifest';
import { redactTrace } from './traceRedaction';

const TRACE_SETTING = 'trace.server';

/**
 * The channel the language client writes its protocol trace to: the output channel, with every
 * message redacted. The client traces only while its trace channel's log level is Trace; this
 * channel reports Trace exactly while `ceInstance.trace.server` is not "off", so that setting
 * alone turns the trace on and off (the output channel's own level can stay at Info).
 */
export class TraceChannel implements vscode.LogOutputChannel {
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  readonly onDidChangeLogLevel = this.levelChanged.event;
  private readonly settingWatch: vscode.Disposable;

  constructor(private readonly output: vscode.LogOutputChannel) {
    this.settingWatch = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.${TRACE_SETTING}`)) this.levelChanged.fire(this.logLevel);
    });
  }

  get name(): string {
    return this.output.name;
  }

  get logLevel(): vscode.LogLevel {
    const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>(TRACE_SETTING, 'off');
    return setting === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace;
  }

  trace(message: string): void {
    this.output.info(`[trace] ${redactTrace(message)}`);
  }

  // The client writes nothing but traces here; the rest is the output channel's, redacted all the same.
  debug(message: string): void {
    this.output.debug(redactTrace(message));
  }

  info(message: string): void {
    this.output.info(redactTrace(message));
  }

  warn(message: string): void {
    this.output.warn(redactTrace(message));
  }

  error(error: string | Error): void {
    // An error's message may quote the document: only its kind goes into the trace.
    this.output.error(typeof error === 'string' ? redactTrace(error) : `${error.name}: [message not shown]`);
  }

  append(value: string): void {
    this.output.append(redactTrace(value));
  }

  appendLine(value: string): void {
    this.output.appendLine(redactTrace(value));
  }

  replace(value: string): void {
    this.output.replace(redactTrace(value));
  }

  clear(): void {
    this.output.clear();
  }

  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) this.output.show(columnOrPreserveFocus);
    else this.output.show(columnOrPreserveFocus, preserveFocus);
  }

  hide(): void {
    this.output.hide();
  }

  /** The output channel outlives the client that disposes this. */
  dispose(): void {
    this.settingWatch.dispose();
    this.levelChanged.dispose();
  }
}
