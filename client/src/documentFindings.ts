/**
 * The server's last full report for each document: every finding (the status item counts them)
 * and those held back because VS Code's JSON validation shows them (code actions add them back).
 * Generic over the diagnostic type so it runs outside VS Code.
 */
export interface DocumentReport<D> {
  readonly all: readonly D[];
  readonly hidden: readonly D[];
}

export class DocumentFindings<D> {
  private readonly reports = new Map<string, DocumentReport<D>>();
  private readonly listeners = new Set<(uri: string | undefined) => void>();

  get(uri: string): DocumentReport<D> | undefined {
    return this.reports.get(uri);
  }

  set(uri: string, report: DocumentReport<D>): void {
    this.reports.set(uri, report);
    this.changed(uri);
  }

  delete(uri: string): void {
    if (this.reports.delete(uri)) this.changed(uri);
  }

  /** The server stopped: its reports no longer stand. */
  clear(): void {
    if (this.reports.size === 0) return;
    this.reports.clear();
    this.changed(undefined);
  }

  /** `uri` is undefined when every document changed. */
  onDidChange(listener: (uri: string | undefined) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(uri: string | undefined): void {
    for (const listener of this.listeners) listener(uri);
  }
}
