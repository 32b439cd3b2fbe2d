import fs from 'node:fs/promises';
import { constants as fsConstants, readFileSync } from 'node:fs';
import { fixText, lintText, type LintOptions, type LintResult } from '../engine';
import { ConfigError, type ConfigResolver } from '../config';
import { keepLineBreaks } from '../engine/text/lineBreaks';
import { writeFileAtomic } from '../atomicWrite';
import { describeFsError } from './fileTargets';
import type { FileReport, RunError } from './report';
import { decodeSource, encodeFixed } from './sourceText';

/** A text to check: a file, or standard input under the name it was given. */
export interface Input {
  /** Absolute, or `<stdin>`: what the report shows. */
  readonly filePath: string;
  /** The path whose config applies. */
  readonly configFor: string;
  read(): Promise<Uint8Array>;
}

/** What a check does besides reading: the part of the command line a worker thread needs too. */
export interface CheckSettings {
  readonly fix: boolean;
  readonly fixDryRun: boolean;
}

/**
 * What a check has to tell besides its report, in the order it happened. Kept as data so that a
 * worker thread can hand it to the main thread, which tells it exactly as a sequential run would.
 */
export type RunEvent =
  | { readonly kind: 'error'; readonly error: RunError }
  | { readonly kind: 'warning'; readonly message: string }
  | { readonly kind: 'rule-failed'; readonly ruleId: string; readonly filePath: string; readonly detail: string }
  /** The config is broken: the whole run stops, as it does without threads. */
  | { readonly kind: 'config-error'; readonly message: string };

export interface FileCheck {
  /** Undefined when the file could not be read or decoded (an `error` event says why). */
  readonly file?: FileReport;
  readonly events: readonly RunEvent[];
}

/** A file on disk as an input. Synchronous reads: for thousands of small files the thread-pool round trips of fs/promises cost more than the reads. */
export function fileInput(file: string): Input {
  return { filePath: file, configFor: file, read: async () => readFileSync(file) };
}

/** Reads, checks and (with `--fix`) fixes one input. Never throws for a problem of the input. */
export async function checkFile(input: Input, settings: CheckSettings, resolver: ConfigResolver): Promise<FileCheck> {
  const events: RunEvent[] = [];
  let bytes: Uint8Array;
  try {
    bytes = await input.read();
  } catch (error) {
    events.push({ kind: 'error', error: { filePath: input.filePath, message: `cannot read the file (${describeFsError(error)}); check it and its permissions` } });
    return { events };
  }
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) {
    events.push({ kind: 'error', error: { filePath: input.filePath, message: decoded.problem } });
    return { events };
  }
  const source = decoded.source;
  let config;
  try {
    config = await resolver.resolve(input.configFor);
  } catch (error) {
    if (error instanceof ConfigError) return { events: [...events, { kind: 'config-error', message: error.message }] };
    throw error;
  }
  for (const warning of config.warnings) events.push({ kind: 'warning', message: warning });
  const lintOptions: LintOptions = { rules: config.rules, schemaChecks: config.schemaChecks };

  let result: LintResult;
  let text = source.text;
  let output: string | undefined;
  if (settings.fix || settings.fixDryRun) {
    const fixed = fixText(source.text, lintOptions);
    result = fixed.result;
    if (fixed.text !== source.text) {
      text = fixed.text;
      if (settings.fixDryRun) {
        output = keepLineBreaks(source.text, fixed.text);
      } else if (!(await writeFixed(input.filePath, encodeFixed(source, fixed.text), events))) {
        // Nothing was written: report the file as it still is on disk.
        text = source.text;
        result = lintText(source.text, lintOptions);
      }
    }
  } else {
    result = lintText(source.text, lintOptions);
  }
  for (const { ruleId, error } of result.internalErrors) {
    events.push({ kind: 'rule-failed', ruleId, filePath: input.filePath, detail: error instanceof Error ? error.message : String(error) });
  }
  return { file: { filePath: input.filePath, text, findings: result.findings, isInstance: result.isInstance, output }, events };
}

/**
 * Writes over the file a link points to (not the link), keeping the file's mode; false when it could
 * not. A read-only file is left alone, as `eslint --fix` and `prettier --write` do: the atomic
 * rename would otherwise replace it, since that needs only a writable directory.
 */
async function writeFixed(file: string, data: string, events: RunEvent[]): Promise<boolean> {
  try {
    const real = await fs.realpath(file);
    const { mode } = await fs.stat(real);
    await fs.access(real, fsConstants.W_OK);
    await writeFileAtomic(real, data, mode & 0o7777);
    return true;
  } catch (error) {
    events.push({ kind: 'error', error: { filePath: file, message: `cannot write the fixed file (${describeFsError(error)}); nothing was changed in it` } });
    return false;
  }
}
