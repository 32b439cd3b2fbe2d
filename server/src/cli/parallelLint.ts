/**
 * Checks many files on several threads. Each worker thread loads this same module (in the bundle,
 * the whole CLI), builds its own config resolver and checks the chunks of paths it is handed; the
 * main thread hands out chunks as workers finish, so a slow file holds up no one, and puts the
 * results back in input order, so the report is the one a single thread would write.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ConfigResolver, type ConfigResolverOptions } from '../config';
import { type CheckSettings, checkFile, type FileCheck, fileInput } from './fileCheck';

const WORKER_KIND = 'ce-instance-lint-worker';

/**
 * Below this many files a thread's start-up and warm-up (loading the tool, compiling schemas, the JIT
 * learning the rules again in each thread) cost more than they save. Measured on 2 cores: 4,000
 * bodies took 1.7 s on one thread and 2.0 s on two; 20,000 took 5.7 s and 4.5 s.
 */
export const PARALLEL_THRESHOLD = 10_000;

/** Files per thread once threads pay. */
const FILES_PER_THREAD = 5_000;

/** What every worker needs: plain data, as it crosses threads by structured clone. */
interface WorkerJob {
  readonly kind: typeof WORKER_KIND;
  readonly settings: CheckSettings;
  readonly resolver: Pick<ConfigResolverOptions, 'configPath' | 'ruleOverrides' | 'refreshRemote' | 'cacheDir'>;
}

interface ChunkRequest {
  readonly start: number;
  readonly files: readonly string[];
}

type ChunkResponse = { readonly start: number; readonly checks: readonly FileCheck[] } | { readonly failure: string };

/** How many threads `--concurrency auto` uses for this many files: 1 means the main thread alone. */
export function automaticThreads(fileCount: number): number {
  if (fileCount < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(fileCount / FILES_PER_THREAD), MAX_THREADS));
}

const MAX_THREADS = 8;

export async function checkFilesInParallel(
  files: readonly string[],
  settings: CheckSettings,
  resolver: WorkerJob['resolver'],
  threads: number,
): Promise<FileCheck[]> {
  const results: FileCheck[] = new Array(files.length);
  // Small enough to balance the load, large enough that messages stay few.
  const chunkSize = Math.max(8, Math.min(256, Math.ceil(files.length / (threads * 8))));
  const job: WorkerJob = { kind: WORKER_KIND, settings, resolver };
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const busy = new Set<Worker>();
      let failure: Error | undefined;
      // After a failure no new chunk goes out, and the ones in flight finish (a fix being written is never cut off).
      const settle = () => {
        if (busy.size === 0) (failure ? reject(failure) : resolve());
      };
      const fail = (worker: Worker, error: Error) => {
        busy.delete(worker);
        failure ??= error;
        settle();
      };
      const feed = (worker: Worker) => {
        if (failure || next >= files.length) {
          settle();
          return;
        }
        const request: ChunkRequest = { start: next, files: files.slice(next, next + chunkSize) };
        next += request.files.length;
        busy.add(worker);
        worker.postMessage(request);
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(__filename, { workerData: job });
        workers.push(worker);
        worker.on('message', (response: ChunkResponse) => {
          if ('failure' in response) {
            fail(worker, new Error(response.failure));
            return;
          }
          busy.delete(worker);
          response.checks.forEach((check, offset) => (results[response.start + offset] = check));
          feed(worker);
        });
        worker.on('error', (error) => fail(worker, error));
        worker.on('exit', (code) => fail(worker, new Error(`a lint thread stopped unexpectedly (exit code ${code})`)));
        feed(worker);
      }
    });
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    // Every worker is idle here: stopping them cuts nothing off.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/** The worker side: check each chunk in turn and send the checks back. */
function serveChunks(job: WorkerJob): void {
  const port = parentPort!;
  const resolver = new ConfigResolver(job.resolver);
  port.on('message', (request: ChunkRequest) => {
    void checkChunk(request, job.settings, resolver).then(
      (checks) => port.postMessage({ start: request.start, checks } satisfies ChunkResponse),
      (error: unknown) => port.postMessage({ failure: error instanceof Error ? error.message : String(error) } satisfies ChunkResponse),
    );
  });
}

async function checkChunk(request: ChunkRequest, settings: CheckSettings, resolver: ConfigResolver): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const file of request.files) checks.push(withoutUnusedText(await checkFile(fileInput(file), settings, resolver)));
  return checks;
}

/** A file's text is needed only to place its findings: a clean file's text need not cross threads. */
function withoutUnusedText(check: FileCheck): FileCheck {
  const file = check.file;
  if (!file || file.findings.length > 0 || file.output !== undefined) return check;
  return { ...check, file: { ...file, text: '' } };
}

if (!isMainThread && (workerData as WorkerJob | undefined)?.kind === WORKER_KIND) serveChunks(workerData as WorkerJob);
