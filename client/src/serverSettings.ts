import path from 'node:path';

/**
 * The `ceInstance` section as the server is given it (`workspace/configuration`). The server reads
 * `enable`, `rules`, `files` and `configPath` and reports wrong values itself, so they pass as they
 * are, but for `configPath`, which VS Code users write relative to their workspace folder while
 * the server, which also serves other editors, takes it relative to its working directory. The
 * other keys (trace, provisioning) are the client's business and are not sent.
 */
export interface SettingsPlace {
  /** The workspace folder of the document the settings are for (else the first folder), if any. */
  readonly folder: string | undefined;
  readonly home: string;
}

const SERVER_KEYS = ['enable', 'rules', 'files'] as const;

export function toServerSettings(section: unknown, place: SettingsPlace): unknown {
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return section;
  const raw = section as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    if (raw[key] !== undefined) settings[key] = raw[key];
  }
  const configPath = resolveConfigPath(raw.configPath, place);
  if (configPath !== undefined) settings.configPath = configPath;
  return settings;
}

/**
 * An absolute path for a config path setting: `${workspaceFolder}` and `~` expanded, relative paths
 * taken from the workspace folder. Empty means unset; a value that is not a string goes to the
 * server as it is, which reports it. A relative path with no folder open is left for the server.
 */
export function resolveConfigPath(value: unknown, place: SettingsPlace): unknown {
  if (typeof value !== 'string') return value;
  let configPath = value.trim();
  if (configPath === '') return undefined;
  if (place.folder !== undefined) configPath = configPath.split('${workspaceFolder}').join(place.folder);
  if (configPath === '~' || configPath.startsWith('~/') || configPath.startsWith('~\\')) configPath = path.join(place.home, configPath.slice(1));
  if (path.isAbsolute(configPath)) return path.normalize(configPath);
  return place.folder === undefined ? configPath : path.resolve(place.folder, configPath);
}
