/** The CLI's findings for one file: what the editor must show, in both the extension-host and the UI tests. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../support/repo';

/** A finding as both the CLI and the editor can give it (zero-based lines and characters). */
export interface Finding {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface CliReport {
  readonly diagnostics: readonly { ruleId: string; severity: string; message: string; range: Finding['range'] }[];
}

/** `ce-instance lint <file> --format json`. */
export function cliFindings(file: string): Finding[] {
  const cli = path.join(repoRoot(), 'bin/ce-instance.js');
  let output: string;
  try {
    output = execFileSync(process.execPath, [cli, 'lint', file, '--format', 'json'], { encoding: 'utf8' });
  } catch (error) {
    // Exit code 1 means findings; the report is on stdout all the same.
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    if (failed.status !== 1 || failed.stdout === undefined) throw new Error(`the CLI failed (${failed.status}): ${failed.stderr}`);
    output = failed.stdout;
  }
  const [report] = JSON.parse(output) as CliReport[];
  return report.diagnostics.map((found) => ({ code: found.ruleId, severity: found.severity, message: found.message, range: found.range }));
}

/**
 * The syntax slips that VS Code's own JSON check reports in a `json` document (with its own message):
 * the extension leaves those to it, so each problem is shown once.
 */
export const LEFT_TO_VSCODE_JSON: Readonly<Record<string, string>> = { 'no-trailing-commas': 'Trailing comma' };
