import type { Severity } from '../../engine';
import { type FormatContext, positionsOf, relativePath, type Report } from '../report';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function formatGithub(report: Report, context: FormatContext): string {
  let out = '';
  for (const file of report.files) {
    const positionOf = positionsOf(file);
    const name = escapeProperty(relativePath(file.filePath, context.cwd));
    for (const finding of file.findings) {
      const { start, end } = positionOf(finding.range);
      const properties = [
        `file=${name}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ];
      out += `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    }
  }
  return out;
}

/** The runner reads `%`, CR and LF as command syntax in a message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In a property, `:` and `,` end the value too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
