import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** A full garbage collection, without starting node with --expose-gc. */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  collect();
}

/** The heap in use after a full collection, in MB. */
export function heapUsedMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}
