import fs from 'node:fs/promises';
import path from 'node:path';
import type { SchemaCheck } from '../engine/linterOptions';
import { ConfigError } from './configError';
import { CONFIG_FILE_NAME } from './configFile';
import { DocumentReader } from './documents';
import { loadProjectConfig, type ProjectConfig, type SchemaReference } from './projectConfig';
import { PromiseCache } from './promiseCache';
import { DEFAULT_REMOTE_TIMEOUT_MS, defaultCacheDirectory, RemoteCache } from './remoteCache';
import { type ConfigRuleLevel, ruleLevelProblem, unknownRuleProblem } from './ruleSettings';
import { SchemaCheckLoader } from './schemaChecks';

/** What applies to one linted file. */
export interface ResolvedConfig {
  readonly rules: Readonly<Record<string, ConfigRuleLevel>>;
  readonly schemaChecks: readonly SchemaCheck[];
  /** The config file that applied; undefined when none was found. */
  readonly configFile: string | undefined;
  /** Every local file read (configs, package manifests, schemas): the language server watches them. */
  readonly dependencies: readonly string[];
  /** Things to tell the user that did not stop resolution, such as a cached copy used offline. */
  readonly warnings: readonly string[];
}

export interface ConfigResolverOptions {
  /** An explicit config file (CLI `--config`): replaces discovery. Relative to the working directory. */
  readonly configPath?: string;
  /** Levels applied after the config (CLI `--rule`). */
  readonly ruleOverrides?: Readonly<Record<string, ConfigRuleLevel>>;
  /** Revalidate cached remote documents instead of using them as they are. */
  readonly refreshRemote?: boolean;
  /** Where remote documents are cached; see `defaultCacheDirectory`. */
  readonly cacheDir?: string;
  readonly fetch?: typeof fetch;
  /** How long one remote request may take; 10 s unless set. */
  readonly remoteTimeoutMs?: number;
}

/** Everything the resolver has read; `clear()` drops it in one step. */
class Session {
  readonly discovered = new PromiseCache<string | undefined>();
  readonly projects = new PromiseCache<ProjectConfig>();
  readonly documents: DocumentReader;
  readonly schemas: SchemaCheckLoader;

  constructor(options: ConfigResolverOptions) {
    const remote = new RemoteCache({
      directory: options.cacheDir ? path.resolve(options.cacheDir) : defaultCacheDirectory(),
      fetch: options.fetch ?? fetch,
      refresh: options.refreshRemote ?? false,
      timeoutMs: options.remoteTimeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS,
    });
    this.documents = new DocumentReader(remote);
    this.schemas = new SchemaCheckLoader(this.documents);
  }
}

/**
 * Finds and reads the project configuration for linted files: the nearest `.ce-instance.json`
 * upward from the file (or the explicit one), with what it extends. Results are kept per directory
 * and per config file, so resolving many files of one project reads each config once.
 */
export class ConfigResolver {
  private readonly configPath: string | undefined;
  private readonly ruleOverrides: Readonly<Record<string, ConfigRuleLevel>>;
  private session: Session;

  /** Throws a ConfigError when `ruleOverrides` names an unknown rule or an invalid level. */
  constructor(private readonly options: ConfigResolverOptions = {}) {
    this.configPath = options.configPath === undefined ? undefined : path.resolve(options.configPath);
    this.ruleOverrides = checkedRuleOverrides(options.ruleOverrides ?? {});
    this.session = new Session(options);
  }

  /**
   * `configPath` (an editor's setting, per document) replaces both discovery and the resolver's own
   * `configPath`; relative to the working directory.
   */
  async resolve(filePath: string, configPath?: string): Promise<ResolvedConfig> {
    const file = path.resolve(filePath);
    const session = this.session;
    const configFile = (configPath === undefined ? undefined : path.resolve(configPath)) ?? this.configPath ?? await this.discover(session, path.dirname(file));
    if (configFile === undefined) {
      return { rules: { ...this.ruleOverrides }, schemaChecks: [], configFile: undefined, dependencies: [], warnings: [] };
    }
    const project = await session.projects.get(configFile, () => loadProjectConfig(configFile, session.documents));
    const { rules, schemas } = select(project, file);
    const loaded = await Promise.all(schemas.map((schema) => session.schemas.load(schema)));
    return {
      rules: { ...rules, ...this.ruleOverrides },
      schemaChecks: loaded.map((schema) => schema.check),
      configFile,
      dependencies: unique([...project.dependencies, ...loaded.flatMap((schema) => (schema.file ? [schema.file] : []))]),
      warnings: unique([...project.warnings, ...loaded.flatMap((schema) => schema.warnings)]),
    };
  }

  /** Forgets every config, schema and remote document read (call it when one of them changes). */
  clear(): void {
    this.session = new Session(this.options);
  }

  /** The nearest config file in `directory` or above; each directory is looked at once. */
  private discover(session: Session, directory: string): Promise<string | undefined> {
    return session.discovered.get(directory, async () => {
      const candidate = path.join(directory, CONFIG_FILE_NAME);
      if (await isFile(candidate)) return candidate;
      const parent = path.dirname(directory);
      return parent === directory ? undefined : this.discover(session, parent);
    });
  }
}

/** The project's rules with matching overrides applied in order, and the schemas for `file`. */
function select(project: ProjectConfig, file: string): { rules: Record<string, ConfigRuleLevel>; schemas: SchemaReference[] } {
  const rules = { ...project.rules };
  let schemas = project.schemas.filter((entry) => entry.selects(file)).map((entry) => entry.schema);
  for (const override of project.overrides) {
    if (!override.selects(file)) continue;
    Object.assign(rules, override.rules);
    if (override.schemas) schemas = [...override.schemas];
  }
  const byKey = new Map(schemas.map((schema) => [schema.key, schema]));
  return { rules, schemas: [...byKey.values()] };
}

function checkedRuleOverrides(overrides: Readonly<Record<string, ConfigRuleLevel>>): Readonly<Record<string, ConfigRuleLevel>> {
  for (const [id, level] of Object.entries(overrides)) {
    const problem = unknownRuleProblem(id) ?? ruleLevelProblem(id, level);
    if (problem) throw new ConfigError(problem, '--rule');
  }
  return { ...overrides };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
