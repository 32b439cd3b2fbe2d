import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root, found upward from the compiled test (out/test/...) or the working folder. */
export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      // out/ holds a copy of package.json too; only the real root has tsconfig.json.
      if (existsSync(path.join(dir, 'tsconfig.json')) && existsSync(path.join(dir, 'server/src/engine'))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`cannot find the repository root above ${__dirname}`);
}

/** `../shared/corpus/devportal` beside the clone (CE_SHARED_DIR overrides), or undefined. */
export function corpusDir(): string | undefined {
  const shared = process.env.CE_SHARED_DIR ?? path.resolve(repoRoot(), '../shared');
  const dir = path.join(shared, 'corpus/devportal');
  return existsSync(dir) ? dir : undefined;
}
