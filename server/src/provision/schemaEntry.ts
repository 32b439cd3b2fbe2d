/**
 * What the CLI and the VS Code command both say about a pulled schema: the command line that pulls
 * it again (written into the schema, so both must write the same bytes) and the `schemas` entry
 * that names it in `.ce-instance.json` (docs/configuration.md).
 */
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../config';
import type { EnvironmentName } from './environments';

/** `ce-instance schema pull KEY`, with the environment when it is not the default (us). */
export function pullCommandLine(elementKey: string, environment: EnvironmentName | 'custom', baseUrl: string): string {
  const where = environment === 'custom' ? ` --base-url ${baseUrl}` : environment === 'us' ? '' : ` --env ${environment}`;
  return `ce-instance schema pull ${elementKey}${where}`;
}

/** The config that applies to files in `directory`: the nearest `.ce-instance.json` upward. */
export async function nearestConfigFile(directory: string, isFile: (candidate: string) => Promise<boolean>): Promise<string | undefined> {
  for (let current = directory; ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/** The `schemas` entry for `schemaFile` in `configFile` (or in a new config in `fallbackFolder`). */
export function schemasEntry(schemaFile: string, configFile: string | undefined, fallbackFolder: string): string {
  const relative = path.relative(configFile ? path.dirname(configFile) : fallbackFolder, schemaFile).split(path.sep).join('/');
  return `{ "files": ["**/*.json"], "schema": ${JSON.stringify(relative.startsWith('../') ? relative : `./${relative}`)} }`;
}
