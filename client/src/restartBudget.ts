/**
 * How often the language server may stop on its own before the extension stops restarting it: a
 * server that dies on start-up would otherwise restart forever. Crashes older than the window are
 * forgotten, so a server that crashes once a day is always restarted.
 */
export class RestartBudget {
  private crashes: number[] = [];

  constructor(
    /** Restarts allowed within the window; the crash after the last one is not restarted. */
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash and says whether to restart, with what to tell the user. */
  crashed(): CrashDecision {
    const at = this.now();
    this.crashes = [...this.crashes.filter((crash) => at - crash < this.windowMs), at];
    const count = this.crashes.length;
    const window = minutes(this.windowMs);
    if (count <= this.maxRestarts) {
      return { restart: true, message: `The Cloud Elements language server stopped unexpectedly; restarting it (restart ${count} of ${this.maxRestarts} allowed in ${window}).` };
    }
    return { restart: false, message: `The Cloud Elements language server stopped ${count} times in ${window} and was not restarted. The output may say why.` };
  }

  /** The user restarted the server: start counting afresh. */
  reset(): void {
    this.crashes = [];
  }
}

export interface CrashDecision {
  readonly restart: boolean;
  readonly message: string;
}

function minutes(ms: number): string {
  const count = Math.round(ms / 60_000);
  return count === 1 ? '1 minute' : `${count} minutes`;
}
