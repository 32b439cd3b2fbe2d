import type { Diagnostic } from 'vscode-languageserver/node';
import { type Finding, type Fix, type LineIndex, ruleDocsUrl } from '../engine';
import { toLspRange, toLspSeverity } from './conversions';

export const DIAGNOSTIC_SOURCE = 'ce-instance';

/**
 * What a diagnostic carries for its code actions: its fixes in document offsets, and the
 * version they are for. A client hands it back with the code action request, so quick fixes
 * need no second check; fixes for an older version are dropped.
 */
export interface DiagnosticData {
  readonly version: number;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
}

export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, version: number): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, lines, version));
}

function toDiagnostic(finding: Finding, lines: LineIndex, version: number): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(lines, finding.range),
    severity: toLspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
  };
  if (finding.fix || finding.suggestions?.length) {
    const data: DiagnosticData = { version, fix: finding.fix, suggestions: finding.suggestions };
    diagnostic.data = data;
  }
  return diagnostic;
}

/** The data of one of our diagnostics as the client sent it back; undefined when it is not ours or not whole. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data: unknown = diagnostic.data;
  if (!isRecord(data) || typeof data.version !== 'number') return undefined;
  const fix = data.fix === undefined || isFix(data.fix) ? data.fix : undefined;
  const suggestions = Array.isArray(data.suggestions) ? data.suggestions.filter(isFix) : undefined;
  return { version: data.version, fix, suggestions };
}

function isFix(value: unknown): value is Fix {
  return isRecord(value) && typeof value.title === 'string' && Array.isArray(value.edits) && value.edits.every(isEdit);
}

function isEdit(value: unknown): boolean {
  return isRecord(value) && Number.isInteger(value.start) && Number.isInteger(value.end) && typeof value.newText === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
