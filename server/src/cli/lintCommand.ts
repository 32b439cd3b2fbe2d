import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, ConfigResolver, type ConfigResolverOptions, defaultCacheDirectory } from '../config';
import { writeFileAtomic } from '../atomicWrite';
import { type CliIo, UsageError } from './cliIo';
import type { Command } from './command';
import { type CheckSettings, checkFile, type FileCheck, fileInput, type Input, type RunEvent } from './fileCheck';
import { describeFsError, findFileTargets } from './fileTargets';
import { FORMATTERS } from './formatters';
import { LINT_HELP, type LintCliOptions, parseLintOptions } from './lintOptions';
import { automaticThreads, checkFilesInParallel } from './parallelLint';
import { ISSUES_URL } from '../packageInfo';
import { countFindings, type FileReport, relativePath, type Report, type RunError, STDIN_NAME } from './report';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check instance JSON files and report problems',
  run: runLint,
};

async function runLint(argv: readonly string[], io: CliIo): Promise<number> {
  const run = new RunLog(io);
  try {
    const options = parseLintOptions(argv);
    if (options.help) {
      io.stdout.write(LINT_HELP);
      return 0;
    }
    const resolverOptions = {
      configPath: options.configPath === undefined ? undefined : path.resolve(io.cwd, options.configPath),
      ruleOverrides: options.ruleOverrides,
      refreshRemote: options.refreshRemote,
      cacheDir: defaultCacheDirectory(io.env),
    };
    const settings: CheckSettings = { fix: options.fix, fixDryRun: options.fixDryRun };
    let checks: FileCheck[];
    if (options.stdin) {
      checks = [await checkFile(await stdinInput(options, io), settings, new ConfigResolver(resolverOptions))];
    } else {
      const targets = await findFileTargets(options.patterns.length > 0 ? options.patterns : ['.'], io.cwd);
      for (const error of targets.errors) run.error(error);
      // Threads revalidating the same remote documents at once would fetch them once each.
      const threads = options.refreshRemote ? 1 : (options.concurrency ?? automaticThreads(targets.files.length));
      checks = threads > 1 && targets.files.length > 1
        ? await checkOnThreads(targets.files, settings, resolverOptions, Math.min(threads, targets.files.length))
        : await checkInTurn(targets.files.map(fileInput), settings, new ConfigResolver(resolverOptions));
    }
    const files: FileReport[] = [];
    for (const check of checks) {
      run.replay(check.events);
      if (check.file) files.push(check.file);
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

async function stdinInput(options: LintCliOptions, io: CliIo): Promise<Input> {
  const named = options.stdinFilename === undefined ? undefined : path.resolve(io.cwd, options.stdinFilename);
  if (named && (await fs.stat(named).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`--stdin-filename '${options.stdinFilename}' is a directory; give the name of the file the text belongs to`);
  }
  return { filePath: named ?? STDIN_NAME, configFor: named ?? path.join(io.cwd, STDIN_NAME), read: () => readAll(io.stdin) };
}

/**
 * On worker threads, exactly as `checkInTurn` would: a one-thread run stops at the first file whose
 * config is broken, so the threads get only the files up to it (with `--fix`, no file after it may be
 * written). Configs are resolved here first, once per folder, which costs little.
 */
async function checkOnThreads(files: readonly string[], settings: CheckSettings, resolverOptions: ConfigResolverOptions, threads: number): Promise<FileCheck[]> {
  const resolver = new ConfigResolver(resolverOptions);
  let end = files.length;
  for (let i = 0; i < files.length; i++) {
    try {
      await resolver.resolve(files[i]);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // That file is still checked: it may be unreadable, which a one-thread run reports before its config.
      end = i + 1;
      break;
    }
  }
  return checkFilesInParallel(files.slice(0, end), settings, resolverOptions, Math.min(threads, end));
}

/** One file after the other on this thread, stopping at a broken config. */
async function checkInTurn(inputs: readonly Input[], settings: CheckSettings, resolver: ConfigResolver): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const input of inputs) {
    const check = await checkFile(input, settings, resolver);
    checks.push(check);
    if (check.events.some((event) => event.kind === 'config-error')) break;
  }
  return checks;
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

  /** Tells what a check had to say; a broken config stops the run. A rule that threw is a bug in the tool: said once per rule. */
  replay(events: readonly RunEvent[]): void {
    for (const event of events) {
      switch (event.kind) {
        case 'error':
          this.error(event.error);
          break;
        case 'warning':
          this.warning(event.message);
          break;
        case 'config-error':
          throw new ConfigError(event.message);
        case 'rule-failed':
          if (this.failedRules.has(event.ruleId)) break;
          this.failedRules.add(event.ruleId);
          this.error({ filePath: event.filePath, message: `internal error in rule ${event.ruleId}: ${event.detail}; please report it at ${ISSUES_URL}` });
          break;
      }
    }
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
