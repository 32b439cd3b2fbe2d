import type { Connection } from 'vscode-languageserver/node';
import type { RuleLevel } from '../engine';
import { unknownRuleProblem } from '../config';
import type { ClientFeatures } from './capabilities';
import type { ServerLog } from './serverLog';

/** The `ceInstance` settings section. */
export interface Settings {
  readonly enable: boolean;
  /** Levels by rule id, applied over the config file's. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Documents these globs name are checked even when their content is not (yet) an instance body. */
  readonly files: readonly string[];
  /**
   * The config file to use instead of the nearest `.ce-instance.json`; relative paths resolve
   * against the server's working directory (the VS Code extension sends them absolute).
   * Absent when not set.
   */
  readonly configPath?: string;
}

export const SETTINGS_SECTION = 'ceInstance';

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rules: {},
  files: ['**/*.instance.json', '**/instances/**/*.json'],
};

// Editors show hints, so settings may use them, unlike the config file that CI also reads.
const SETTING_LEVELS: readonly RuleLevel[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * Reads the section as the client sent it. A wrong entry is reported and left out; the rest
 * still applies. Problems name the setting, never its value.
 */
export function readSettings(raw: unknown, report: (problem: string) => void): Settings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) {
    report(`the setting '${SETTINGS_SECTION}' must be an object; the defaults apply`);
    return DEFAULT_SETTINGS;
  }
  const settings: Settings = {
    enable: readEnable(raw.enable, report),
    rules: readRules(raw.rules, report),
    files: readFiles(raw.files, report),
  };
  const configPath = readConfigPath(raw.configPath, report);
  return configPath === undefined ? settings : { ...settings, configPath };
}

function readEnable(value: unknown, report: (problem: string) => void): boolean {
  if (value === undefined) return DEFAULT_SETTINGS.enable;
  if (typeof value === 'boolean') return value;
  report(`the setting '${SETTINGS_SECTION}.enable' must be true or false; it is taken as true`);
  return DEFAULT_SETTINGS.enable;
}

function readRules(value: unknown, report: (problem: string) => void): Record<string, RuleLevel> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    report(`the setting '${SETTINGS_SECTION}.rules' must be an object of rule ids and levels; it is ignored`);
    return {};
  }
  const rules: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(value)) {
    const unknown = unknownRuleProblem(id);
    if (unknown) {
      report(`in the setting '${SETTINGS_SECTION}.rules': ${unknown}`);
    } else if (!SETTING_LEVELS.includes(level as RuleLevel)) {
      report(`the setting '${SETTINGS_SECTION}.rules' gives rule "${id}" an invalid level; use ${SETTING_LEVELS.map((name) => `"${name}"`).join(', ')}`);
    } else {
      rules[id] = level as RuleLevel;
    }
  }
  return rules;
}

function readFiles(value: unknown, report: (problem: string) => void): readonly string[] {
  if (value === undefined) return DEFAULT_SETTINGS.files;
  if (Array.isArray(value) && value.every((glob) => typeof glob === 'string')) return value;
  report(`the setting '${SETTINGS_SECTION}.files' must be a list of glob strings; the default globs apply`);
  return DEFAULT_SETTINGS.files;
}

/** An empty string is how an editor's settings UI leaves a path unset. */
function readConfigPath(value: unknown, report: (problem: string) => void): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  report(`the setting '${SETTINGS_SECTION}.configPath' must be the path of a config file (a string); the nearest .ce-instance.json applies`);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The settings for each document. Clients with `workspace/configuration` are asked per document
 * (a multi-root workspace can set them per folder); others send them with
 * `didChangeConfiguration`. Answers are kept until the settings change.
 */
export class SettingsStore {
  private readonly byDocument = new Map<string, Promise<Settings>>();
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly features: ClientFeatures,
    private readonly log: ServerLog,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.features.configuration) return Promise.resolve(this.read(this.pushed));
    let settings = this.byDocument.get(uri);
    if (!settings) {
      settings = this.ask(uri);
      this.byDocument.set(uri, settings);
    }
    return settings;
  }

  /** `workspace/didChangeConfiguration`: forget every answer; `settings` is what a push client sent. */
  changed(settings: unknown): void {
    this.byDocument.clear();
    this.pushed = isRecord(settings) ? settings[SETTINGS_SECTION] : undefined;
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  private async ask(uri: string): Promise<Settings> {
    try {
      const [section] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: SETTINGS_SECTION }]);
      return this.read(section);
    } catch (error) {
      this.log.internalError('reading the settings', error);
      this.byDocument.delete(uri);
      return DEFAULT_SETTINGS;
    }
  }

  private read(raw: unknown): Settings {
    return readSettings(raw, (problem) => this.log.userProblem(problem));
  }
}
