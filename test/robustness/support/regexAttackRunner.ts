import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Attack } from './regexAttacks';

/** One worker thread that runs regexes against attacks; replaced after a job that never ended. */
export class RegexAttackRunner {
  private worker: Worker | undefined;
  private jobs = 0;
  private readonly pending = new Map<number, { resolve: (matches: number) => void; reject: (error: Error) => void }>();

  run(source: string, flags: string, attacks: readonly Attack[]): Promise<number> {
    const worker = this.ensureWorker();
    const id = ++this.jobs;
    return new Promise<number>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, source, flags, attacks });
    });
  }

  /** Ends the worker (a stuck job with it); the next run starts a new one. */
  async restart(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('the regex worker was stopped'));
    this.pending.clear();
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(__dirname, 'regexAttackWorker.js'));
    worker.on('message', ({ id, matches }: { id: number; matches: number }) => {
      this.pending.get(id)?.resolve(matches);
      this.pending.delete(id);
    });
    worker.on('error', (error) => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
    // Not kept alive for mocha: a stuck worker must not hold the test process open.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
