import path from 'node:path';
import { type Finding, LineIndex, type LineCharacter, type OffsetRange } from '../engine';

/** What one checked file contributes to a report. */
export interface FileReport {
  /** An absolute path, or `<stdin>` for unnamed standard input. */
  readonly filePath: string;
  /** The text that finding offsets refer to: the file without its byte order mark (after `--fix`, the fixed text). */
  readonly text: string;
  readonly findings: readonly Finding[];
  /** False when the file is JSON but not an instance body (only the JSON rules ran). */
  readonly isInstance: boolean;
  /** `--fix-dry-run`: the fixed text, when fixing changed it. */
  readonly output?: string;
}

export interface Report {
  readonly files: readonly FileReport[];
  /** Files that were valid JSON but no instance body and had no findings. */
  readonly skippedCount: number;
  /** What kept the run from checking everything (already told on stderr); SARIF records it too. */
  readonly runErrors: readonly RunError[];
}

export interface RunError {
  /** The file it concerns (absolute), when it concerns one. */
  readonly filePath?: string;
  /** One line: what went wrong and what to do; the file is named apart. */
  readonly message: string;
}

/** What the formatters may know about the run besides the report. */
export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
}

export const STDIN_NAME = '<stdin>';

export interface LineRange {
  readonly start: LineCharacter;
  readonly end: LineCharacter;
}

/** Zero-based lines and UTF-16 characters for a file's ranges; line starts are found on first use. */
export function positionsOf(file: FileReport): (range: OffsetRange) => LineRange {
  let lines: LineIndex | undefined;
  return (range) => {
    lines ??= new LineIndex(file.text);
    return { start: lines.position(range.start), end: lines.position(range.end) };
  };
}

/** The path as people and CI systems want it: relative to the working directory, with `/`. */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath === STDIN_NAME) return filePath;
  return path.relative(cwd, filePath).split(path.sep).join('/');
}

export function isSafelyFixable(finding: Finding): boolean {
  return finding.fix !== undefined;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  /** Infos and hints: neither fails a run. */
  infos: number;
  fixable: number;
}

export function countFindings(findings: Iterable<Finding>): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
    if (isSafelyFixable(finding)) counts.fixable++;
  }
  return counts;
}
