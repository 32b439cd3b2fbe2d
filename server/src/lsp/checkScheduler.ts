/** Runs a check of one document; `isLatest` turns false once a newer request for it exists. */
export type CheckRun = (uri: string, isLatest: () => boolean) => Promise<void>;

/**
 * Debounces checks per document: a burst of keystrokes gives one check, of the last version.
 * Each request gets a ticket; a run whose ticket is no longer the document's latest gives up at
 * its next step, so stale work never publishes over newer results. Documents never wait for
 * each other.
 */
export class CheckScheduler {
  private readonly latest = new Map<string, { ticket: number; timer: NodeJS.Timeout | undefined }>();
  private tickets = 0;

  constructor(
    private readonly delayMs: number,
    private readonly run: CheckRun,
  ) {}

  schedule(uri: string): void {
    this.cancel(uri);
    const ticket = ++this.tickets;
    const entry = { ticket, timer: undefined as NodeJS.Timeout | undefined };
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.run(uri, () => this.latest.get(uri)?.ticket === ticket);
    }, this.delayMs);
    this.latest.set(uri, entry);
  }

  /** Drops the pending check and makes any running one stale. */
  cancel(uri: string): void {
    const entry = this.latest.get(uri);
    if (entry?.timer) clearTimeout(entry.timer);
    this.latest.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.latest.keys()]) this.cancel(uri);
  }
}
