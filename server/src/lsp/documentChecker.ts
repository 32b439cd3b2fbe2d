import path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Finding, type InstanceBody, LineIndex, lintText, type LintOptions, type LintResult } from '../engine';
import { ConfigError, type ResolvedConfig } from '../config';
import type { ConfigWatcher } from './configWatcher';
import { documentLocation, type DocumentLocation } from './documentLocation';
import { FileGlobs, isJsonLanguage } from './documentScope';
import type { ServerLog } from './serverLog';
import type { Settings, SettingsStore } from './settings';

/** The part of ConfigResolver the server uses; tests give their own. */
export interface ConfigSource {
  /** `configPath`, when given, replaces discovery (the `ceInstance.configPath` setting). */
  resolve(filePath: string, configPath?: string): Promise<ResolvedConfig>;
  clear(): void;
}

/** The findings for one version of a document, and what produced them. */
export interface DocumentCheck {
  readonly uri: string;
  readonly version: number;
  /**
   * The text the findings' offsets are for (`lines.text`), with its lines, found once for every
   * request on this version (a 1 MB text takes milliseconds).
   */
  readonly lines: LineIndex;
  /** False when the document is not ours (not JSON, not named by the globs, not an instance body, or turned off). */
  readonly applies: boolean;
  /** Empty unless `applies`. */
  readonly findings: readonly Finding[];
  /** The model the findings came from, for hover, completion and symbols; only when `applies` and the text is an instance body. */
  readonly body: InstanceBody | undefined;
  readonly options: LintOptions;
  /** Which settings-and-config generation the check used. */
  readonly generation: number;
}

/**
 * Checks open documents with the config for their path and the settings for their URI, and
 * keeps the last check of each, so code actions and repeated pulls of an unchanged version do
 * not check again.
 */
export class DocumentChecker {
  private generationCount = 0;
  private readonly lastChecks = new Map<string, DocumentCheck>();
  private readonly globs = new FileGlobs();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly configs: ConfigSource,
    private readonly watcher: ConfigWatcher,
    private readonly log: ServerLog,
  ) {}

  /** Settings or a config file changed: every check made so far is stale. */
  invalidate(): void {
    this.generationCount++;
    this.lastChecks.clear();
  }

  forget(uri: string): void {
    this.lastChecks.delete(uri);
    this.settings.forget(uri);
  }

  /**
   * Checks the document as it is once its settings and config are known (both may take a while);
   * undefined when it closed meanwhile or `stillWanted` says a newer request took over.
   */
  async check(uri: string, stillWanted: () => boolean = () => true): Promise<DocumentCheck | undefined> {
    const known = this.lastCheck(uri);
    if (known) return known;
    const opened = this.documents.get(uri);
    if (!opened) return undefined;
    const generation = this.generationCount;
    const location = documentLocation(uri);
    const settings = isJsonLanguage(opened.languageId) ? await this.settings.get(uri) : undefined;
    const options = settings?.enable ? await this.lintOptions(location, settings) : undefined;

    const document = this.documents.get(uri);
    if (!document || !stillWanted()) return undefined;
    const text = document.getText();
    const result = settings && options ? this.lint(text, options, location, settings) : undefined;
    const check: DocumentCheck = {
      uri,
      version: document.version,
      lines: new LineIndex(text),
      applies: result !== undefined,
      findings: result?.findings ?? [],
      body: result?.body,
      options: options ?? {},
      generation,
    };
    if (generation === this.generationCount) this.lastChecks.set(uri, check);
    return check;
  }

  /** The kept check when it is for the document's current version and the current settings. */
  private lastCheck(uri: string): DocumentCheck | undefined {
    const check = this.lastChecks.get(uri);
    const document = this.documents.get(uri);
    return check && document && check.version === document.version && check.generation === this.generationCount ? check : undefined;
  }

  /** The lint result, or undefined when the document is neither named by the globs nor an instance body. */
  private lint(text: string, options: LintOptions, location: DocumentLocation, settings: Settings): LintResult | undefined {
    const result = lintText(text, options);
    for (const { ruleId, error } of result.internalErrors) this.log.internalError(`rule ${ruleId}`, error);
    return result.isInstance || this.globs.matches(location, settings.files) ? result : undefined;
  }

  /** The config for the file (none for other schemes: its globs need a path) under the settings' rule levels. */
  private async lintOptions(location: DocumentLocation, settings: Settings): Promise<LintOptions> {
    const config = location.filePath === undefined ? undefined : await this.config(location.filePath, settings.configPath);
    return {
      rules: { ...config?.rules, ...settings.rules },
      schemaChecks: config?.schemaChecks ?? [],
    };
  }

  /** A broken config is shown to the user and the file is checked without it meanwhile. */
  private async config(filePath: string, configPath: string | undefined): Promise<ResolvedConfig | undefined> {
    try {
      const config = await this.configs.resolve(filePath, configPath);
      this.watcher.watch(config.dependencies);
      for (const warning of config.warnings) this.log.warning(warning);
      return config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // Fixing the broken file must bring the findings back, also when it is an extended one.
      if (error.source !== undefined && path.isAbsolute(error.source)) this.watcher.watch([error.source]);
      this.log.userProblem(`${error.message} (files below it are checked with the default rules until it is fixed)`);
      return undefined;
    }
  }
}
