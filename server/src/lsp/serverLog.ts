import { type Connection, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import { ISSUES_URL } from '../packageInfo';

/**
 * What the server tells the client's output channel and the user. Every message is said once:
 * a broken rule or config would otherwise repeat on each keystroke. Nothing here ever quotes a
 * document or a config value, which may hold secrets.
 */
export class ServerLog {
  private readonly said = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** A bug of ours (a rule or handler that threw): logged with its stack frames, once per place. */
  internalError(where: string, error: unknown): void {
    if (!this.first(`internal:${where}`)) return;
    this.connection.console.error(`ce-instance: internal error in ${where}: ${describeError(error)}. Please report it at ${ISSUES_URL}`);
  }

  warning(message: string): void {
    if (this.first(`warning:${message}`)) this.connection.console.warn(`ce-instance: ${message}`);
  }

  /** A problem the user has to act on (a broken config file, a wrong setting): shown, not only logged. */
  userProblem(message: string): void {
    if (!this.first(`user:${message}`)) return;
    this.connection.console.error(`ce-instance: ${message}`);
    // A notification, not window/showMessageRequest: there is nothing to choose, so nothing to wait for.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `ce-instance: ${message}` });
  }

  private first(key: string): boolean {
    if (this.said.has(key)) return false;
    this.said.add(key);
    return true;
  }
}

/**
 * The error's type and where it was thrown, without its message: messages (from JSON.parse, for
 * one) can quote the text being checked.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 6);
  return [error.name, ...frames.map((frame) => frame.trim())].join('\n    ');
}

/**
 * Wraps a handler so that nothing it throws reaches the connection: the error is logged once and
 * the client gets `fallback`, so one bad document never takes the server down.
 */
export function guarded<P extends unknown[], R>(log: ServerLog, where: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.internalError(where, error);
      return fallback;
    }
  };
}
