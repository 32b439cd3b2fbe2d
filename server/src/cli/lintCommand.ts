import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixText, type InternalError, lintText, type LintOptions, type LintResult } from '../engine';
import { ConfigError, ConfigResolver, defaultCacheDirectory } from '../config';
import { writeFileAtomic } from './atomicWrite';
import { type CliIo, UsageError } from './cliIo';
import type { Command } from './command';
import { describeFsError, findFileTargets } from './fileTargets';
import { FORMATTERS } from './formatters';
import { LINT_HELP, type LintCliOptions, parseLintOptions } from './lintOptions';
import { ISSUES_URL } from '../packageInfo';
import { countFindings, type FileReport, relativePath, type Report, type RunError, STDIN_NAME } from './report';
import { keepLineBreaks } from '../engine/text/lineBreaks';
import { decodeSource, encodeFixed } from './sourceText';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check instance JSON files and report problems',
  run: runLint,
};

/** A text to check: a file, or standard input under the name it was given. */
interface Input {
  /** Absolute, or `<stdin>`: what the report shows. */
  readonly filePath: string;
  /** The path whose config applies. */
  readonly configFor: string;
  read(): Promise<Uint8Array>;
}

async function runLint(argv: readonly string[], io: CliIo): Promise<number> {
  const run = new RunLog(io);
  try {
    const options = parseLintOptions(argv);
    if (options.help) {
      io.stdout.write(LINT_HELP);
      return 0;
    }
    const resolver = new ConfigResolver({
      configPath: options.configPath === undefined ? undefined : path.resolve(io.cwd, options.configPath),
      ruleOverrides: options.ruleOverrides,
      refreshRemote: options.refreshRemote,
      cacheDir: defaultCacheDirectory(io.env),
    });
    const inputs = options.stdin ? await stdinInput(options, io) : await fileInputs(options, io, run);

    const files: FileReport[] = [];
    for (const input of inputs) {
      const file = await checkInput(input, options, resolver, run);
      if (file) files.push(file);
    }
    return await finish(files, options, io, run);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ce-instance lint: ${error.message} (see 'ce-instance lint --help')\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`ce-instance: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function stdinInput(options: LintCliOptions, io: CliIo): Promise<Input[]> {
  const named = options.stdinFilename === undefined ? undefined : path.resolve(io.cwd, options.stdinFilename);
  if (named && (await fs.stat(named).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`--stdin-filename '${options.stdinFilename}' is a directory; give the name of the file the text belongs to`);
  }
  return [{ filePath: named ?? STDIN_NAME, configFor: named ?? path.join(io.cwd, STDIN_NAME), read: () => readAll(io.stdin) }];
}

async function fileInputs(options: LintCliOptions, io: CliIo, run: RunLog): Promise<Input[]> {
  const targets = await findFileTargets(options.patterns.length > 0 ? options.patterns : ['.'], io.cwd);
  for (const error of targets.errors) run.error(error);
  // Synchronous reads: for thousands of small files the thread-pool round trips of fs/promises cost more than the reads.
  return targets.files.map((file) => ({ filePath: file, configFor: file, read: async () => readFileSync(file) }));
}

async function checkInput(input: Input, options: LintCliOptions, resolver: ConfigResolver, run: RunLog): Promise<FileReport | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await input.read();
  } catch (error) {
    run.error({ filePath: input.filePath, message: `cannot read the file (${describeFsError(error)}); check it and its permissions` });
    return undefined;
  }
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) {
    run.error({ filePath: input.filePath, message: decoded.problem });
    return undefined;
  }
  const source = decoded.source;
  const config = await resolver.resolve(input.configFor);
  for (const warning of config.warnings) run.warning(warning);
  const lintOptions: LintOptions = { rules: config.rules, schemaChecks: config.schemaChecks };

  let result: LintResult;
  let text = source.text;
  let output: string | undefined;
  if (options.fix || options.fixDryRun) {
    const fixed = fixText(source.text, lintOptions);
    result = fixed.result;
    if (fixed.text !== source.text) {
      text = fixed.text;
      if (options.fixDryRun) output = keepLineBreaks(source.text, fixed.text);
      else await writeFixed(input.filePath, encodeFixed(source, fixed.text), run);
    }
  } else {
    result = lintText(source.text, lintOptions);
  }
  run.internalErrors(result.internalErrors, input.filePath);
  return { filePath: input.filePath, text, findings: result.findings, isInstance: result.isInstance, output };
}

/** Writes over the file a link points to (not the link), keeping the file's mode. */
async function writeFixed(file: string, data: string, run: RunLog): Promise<void> {
  try {
    const real = await fs.realpath(file);
    const { mode } = await fs.stat(real);
    await writeFileAtomic(real, data, mode & 0o7777);
  } catch (error) {
    run.error({ filePath: file, message: `cannot write the fixed file (${describeFsError(error)}); nothing was changed in it` });
  }
}

async function finish(files: FileReport[], options: LintCliOptions, io: CliIo, run: RunLog): Promise<number> {
  const counts = countFindings(files.flatMap((file) => file.findings));
  const report: Report = {
    files: options.quiet ? files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === 'error') })) : files,
    skippedCount: files.filter((file) => !file.isInstance && file.findings.length === 0).length,
    runErrors: run.errors,
  };
  const color = !options.noColor && !io.env.NO_COLOR && io.isTTY && options.outputFile === undefined;
  const formatted = FORMATTERS[options.format](report, { cwd: io.cwd, color });

  if (options.outputFile !== undefined) {
    const target = path.resolve(io.cwd, options.outputFile);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      const existing = await fs.stat(target).catch(() => undefined);
      if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      await writeFileAtomic(target, formatted, existing ? existing.mode & 0o7777 : undefined);
    } catch (error) {
      run.error({ filePath: target, message: `cannot write the report (${describeFsError(error)}); choose another --output-file` });
    }
  } else if (formatted !== '') {
    io.stdout.write(formatted);
  }

  const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(`ce-instance: ${counts.warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
  }
  if (run.errors.length > 0) return 2;
  return counts.errors > 0 || tooManyWarnings ? 1 : 0;
}

/** What goes to stderr: each problem once, as it happens, so the report stays clean on stdout. */
class RunLog {
  readonly errors: RunError[] = [];
  private readonly told = new Set<string>();
  private readonly failedRules = new Set<string>();

  constructor(private readonly io: CliIo) {}

  error(error: RunError): void {
    this.errors.push(error);
    const where = error.filePath === undefined ? '' : `${relativePath(error.filePath, this.io.cwd)}: `;
    this.io.stderr.write(`ce-instance: ${where}${error.message}\n`);
  }

  warning(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.io.stderr.write(`ce-instance: warning: ${message}\n`);
  }

  /** A rule that threw is a bug in the tool: said once per rule, however many files it hit. */
  internalErrors(errors: readonly InternalError[], filePath: string): void {
    for (const { ruleId, error } of errors) {
      if (this.failedRules.has(ruleId)) continue;
      this.failedRules.add(ruleId);
      const detail = error instanceof Error ? error.message : String(error);
      this.error({ filePath, message: `internal error in rule ${ruleId}: ${detail}; please report it at ${ISSUES_URL}` });
    }
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
