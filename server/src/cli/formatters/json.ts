import { type FormatContext, isSafelyFixable, positionsOf, type Report } from '../report';

/**
 * One entry per file with LSP-style ranges (zero-based line, UTF-16 character), so editor
 * integrations can use the positions as they are. `output` only with `--fix-dry-run`.
 */
export function formatJson(report: Report, _context: FormatContext): string {
  const entries = report.files.map((file) => {
    const positionOf = positionsOf(file);
    const diagnostics = file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: positionOf(finding.range),
      path: finding.path,
      fixable: isSafelyFixable(finding),
    }));
    return file.output === undefined ? { filePath: file.filePath, diagnostics } : { filePath: file.filePath, diagnostics, output: file.output };
  });
  return `${JSON.stringify(entries)}\n`;
}
