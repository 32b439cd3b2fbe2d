import { CloseAction, type CloseHandlerResult, ErrorAction, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import type { RestartBudget } from './restartBudget';

/** What the crash handler tells; the extension shows it. */
export interface CrashReporter {
  /** The server stopped and is restarted: a line in the output is enough. */
  restarting(message: string): void;
  /** The server stopped once too often and stays stopped: the user is told, with a way out. */
  gaveUp(message: string): void;
}

/**
 * Restarts the server when it stops on its own, within the budget; past it, stops trying and says
 * so once, in the extension's words (with "Show Output" and "Restart"). The client's own
 * notifications are turned off (`handled`), so nothing is said twice.
 */
export class CrashHandler implements ErrorHandler {
  constructor(
    private readonly budget: RestartBudget,
    private readonly reporter: CrashReporter,
  ) {}

  /**
   * Messages sent to a server that has just died fail ("Channel closed") until the close event
   * arrives. Shutting down on them (the client's default after three) would stop the server for
   * good without a word; the close handler decides instead. Logged, not shown.
   */
  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const { restart, message } = this.budget.crashed();
    if (restart) {
      this.reporter.restarting(message);
      return { action: CloseAction.Restart, message, handled: true };
    }
    this.reporter.gaveUp(message);
    return { action: CloseAction.DoNotRestart, message, handled: true };
  }
}
