import type { Severity } from '../../engine';
import { countFindings, type FormatContext, positionsOf, relativePath, type Report } from '../report';

/** ANSI styles; identity functions when colour is off so widths are computed on plain text. */
interface Palette {
  readonly file: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly severity: (severity: Severity, text: string) => string;
  readonly summary: (hasErrors: boolean, text: string) => string;
}

const plain: Palette = {
  file: (text) => text,
  dim: (text) => text,
  severity: (_severity, text) => text,
  summary: (_hasErrors, text) => text,
};

const ansi = (open: string, text: string) => `\u001b[${open}m${text}\u001b[0m`;

const coloured: Palette = {
  file: (text) => ansi('4', text),
  dim: (text) => ansi('2', text),
  severity: (severity, text) => ansi(severity === 'error' ? '31' : severity === 'warning' ? '33' : '36', text),
  summary: (hasErrors, text) => ansi(hasErrors ? '1;31' : '1;33', text),
};

/** ESLint-like: findings grouped under each file, position and severity aligned, then a summary. */
export function formatStylish(report: Report, context: FormatContext): string {
  const paint = context.color ? coloured : plain;
  let out = '';
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const positionOf = positionsOf(file);
    const rows = file.findings.map((finding) => {
      const { start } = positionOf(finding.range);
      return { place: `${start.line + 1}:${start.character + 1}`, finding };
    });
    // reduce, not Math.max(...): a file can have more findings than a call takes arguments.
    const placeWidth = rows.reduce((widest, row) => Math.max(widest, row.place.length), 0);
    const severityWidth = rows.reduce((widest, row) => Math.max(widest, row.finding.severity.length), 0);
    out += `${paint.file(relativePath(file.filePath, context.cwd))}\n`;
    for (const { place, finding } of rows) {
      out += `  ${paint.dim(place.padEnd(placeWidth))}  ${paint.severity(finding.severity, finding.severity.padEnd(severityWidth))}`;
      // Messages are whole sentences and often wrap: padding them to one width would only add blank runs.
      out += `  ${finding.message}  ${paint.dim(finding.ruleId)}\n`;
    }
    out += '\n';
  }

  const counts = countFindings(report.files.flatMap((file) => file.findings));
  const total = counts.errors + counts.warnings + counts.infos;
  if (total > 0) {
    const line = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
    out += `${paint.summary(counts.errors > 0, line)}\n`;
    if (counts.fixable > 0) out += `${paint.summary(counts.errors > 0, `  ${counts.fixable} fixable with --fix`)}\n`;
  }
  if (report.skippedCount > 0) {
    out += `${plural(report.skippedCount, 'file')} skipped: not an instance body\n`;
  }
  return out;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
