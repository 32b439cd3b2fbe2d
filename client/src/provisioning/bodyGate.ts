import { ConfigError, type ConfigResolver, type ResolvedConfig } from '../../../server/src/config';
import { type Finding, LineIndex } from '../../../server/src/engine';
import { readSettings } from '../../../server/src/lsp/settings';
import { checkBody } from '../../../server/src/provision';

/**
 * The check before sending: the engine on the exact text that would be sent, with the config and
 * rule levels the language server uses for the document (the `.ce-instance.json` found for its
 * file or `ceInstance.configPath`, then `ceInstance.rules`), so what stops provisioning is what the
 * Problems view shows. The engine runs here rather than the server's published diagnostics being
 * read, as those may be for an older version of the text, held back as duplicates of VS Code's own
 * JSON problems, or missing while the server is off for the document.
 */

/** A finding as the messages show it: 1-based line and column. */
export interface FindingLine {
  readonly line: number;
  readonly column: number;
  readonly severity: Finding['severity'];
  readonly ruleId: string;
  readonly message: string;
}

export function findingLineText(finding: FindingLine): string {
  return `${finding.line}:${finding.column} ${finding.message} (${finding.ruleId})`;
}

export type BodyVerdict =
  /** The config cannot be read: the team schemas could not be applied, so nothing is sent. */
  | { readonly kind: 'config-error'; readonly message: string }
  | { readonly kind: 'not-an-instance' }
  | { readonly kind: 'errors'; readonly errors: readonly FindingLine[]; readonly warnings: readonly FindingLine[] }
  /** May be sent once the user agrees. */
  | { readonly kind: 'warnings'; readonly warnings: readonly FindingLine[] }
  /** May be sent; infos and hints ask nothing. */
  | { readonly kind: 'clean' };

export interface BodyGateInput {
  readonly text: string;
  /** The document's file; undefined for an unsaved editor, which (as in the server) gets no config. */
  readonly filePath: string | undefined;
  /** `ceInstance.configPath`, resolved as the client resolves it for the server (absolute, or unset). */
  readonly configPath: string | undefined;
  /** `ceInstance.rules` as written; invalid entries are left out, as the server does (it reports them). */
  readonly ruleSettings: unknown;
}

/** The part of ConfigResolver the gate uses; tests may give another. */
export type ConfigSource = Pick<ConfigResolver, 'resolve'>;

export interface GateResult {
  readonly verdict: BodyVerdict;
  /** Warnings of the config resolution (such as a cached remote schema used offline), for the log. */
  readonly configWarnings: readonly string[];
}

export async function checkBeforeSending(input: BodyGateInput, configs: ConfigSource): Promise<GateResult> {
  let config: ResolvedConfig | undefined;
  try {
    config = input.filePath === undefined ? undefined : await configs.resolve(input.filePath, input.configPath);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { verdict: { kind: 'config-error', message: error.message }, configWarnings: [] };
  }
  const settings = readSettings({ rules: input.ruleSettings }, () => undefined);
  const check = checkBody(input.text, { rules: { ...config?.rules, ...settings.rules }, schemaChecks: config?.schemaChecks ?? [] });
  const lines = new LineIndex(input.text);
  const lineOf = (finding: Finding): FindingLine => {
    const { line, character } = lines.position(finding.range.start);
    return { line: line + 1, column: character + 1, severity: finding.severity, ruleId: finding.ruleId, message: finding.message };
  };
  const warnings = check.others.filter((finding) => finding.severity === 'warning').map(lineOf);
  const configWarnings = config?.warnings ?? [];
  if (check.errors.length > 0) return { verdict: { kind: 'errors', errors: check.errors.map(lineOf), warnings }, configWarnings };
  if (check.notAnInstance) return { verdict: { kind: 'not-an-instance' }, configWarnings };
  return { verdict: warnings.length > 0 ? { kind: 'warnings', warnings } : { kind: 'clean' }, configWarnings };
}
