import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as hostileTexts from './hostileTexts';

/** Which generator of hostileTexts.ts makes the text, and what to do with it. */
export interface EngineJob {
  readonly recipe: keyof typeof hostileTexts;
  readonly args: readonly unknown[];
  /** Text put before the generated one (a byte order mark, say). */
  readonly prefix?: string;
  readonly task: 'lint' | 'fix';
}

export interface FindingSummary {
  readonly ruleId: string;
  /** At most 300 characters of it. */
  readonly message: string;
  readonly messageLength: number;
  readonly start: number;
  readonly end: number;
}

export interface EngineSummary {
  readonly textLength: number;
  readonly countsByRule: Readonly<Record<string, number>>;
  /** The first 20 findings. */
  readonly first: readonly FindingSummary[];
  readonly longestMessage: number;
  /** How many findings have a range outside the text or backwards. */
  readonly rangesOutside: number;
  readonly internalErrors: readonly string[];
  /** For `fix`: how many fixes went in, and the text when it is at most 1 MB. */
  readonly fixed?: { readonly count: number; readonly changed: boolean; readonly text?: string };
}

const running = new Set<Worker>();

/** Lints (or fixes) the text in a worker thread; rejects when the worker fails. */
export function runEngineInWorker(job: EngineJob): Promise<EngineSummary> {
  const worker = new Worker(path.join(__dirname, 'engineWorker.js'), { workerData: job });
  running.add(worker);
  return new Promise<EngineSummary>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      running.delete(worker);
      reject(new Error(`the engine worker exited with code ${code} before answering`));
    });
  });
}

/** For an `afterEach`: ends the workers a timed-out test left running. */
export async function stopEngineWorkers(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.terminate()));
  running.clear();
}
