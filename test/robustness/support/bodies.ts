import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, repoRoot } from '../../support/repo';

/** A real instance body to mutate: one of the project's examples or a body of the shared corpus. */
export interface NamedBody {
  readonly name: string;
  readonly text: string;
}

/** `examples/**\/*.json`, sorted by path. */
export function exampleBodies(): NamedBody[] {
  const root = path.join(repoRoot(), 'examples');
  return jsonFilesBelow(root).map((file) => ({ name: path.relative(repoRoot(), file), text: readFileSync(file, 'utf8') }));
}

/** The bodies of `../shared/corpus/devportal` (read in place, never copied), or none when it is absent. */
export function corpusBodies(): NamedBody[] {
  const dir = corpusDir();
  if (!dir) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'INDEX.json')
    .sort()
    .map((name) => ({ name: `corpus/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }));
}

function jsonFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return jsonFilesBelow(full);
      return entry.name.endsWith('.json') ? [full] : [];
    });
}
