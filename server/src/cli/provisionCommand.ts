import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, ConfigResolver, defaultCacheDirectory } from '../config';
import type { Finding } from '../engine';
import {
  type BodyCheck,
  bodySummary,
  canSend,
  checkBody,
  describeProvisionOutcome,
  maskBodySecrets,
  MASK,
  type ProvisionOutcome,
  provisionInstance,
  provisionRequest,
  Redactor,
  searchableBodySecrets,
  SECRET_VARIABLES,
  secretsFromEnvironment,
  type SecretValue,
} from '../provision';
import { writeFileAtomic } from '../atomicWrite';
import { ISSUES_URL } from '../packageInfo';
import { type CliIo, UsageError } from './cliIo';
import { type Command, readOptions } from './command';
import { describeFsError } from './fileTargets';
import { formatStylish } from './formatters/stylish';
import { API_OPTIONS, apiOptionsHelp, type ApiTarget, apiTarget, parseArgs, SECRETS_HELP, timeoutMs } from './apiCommandArgs';
import { positionsOf, relativePath } from './report';
import { decodeSource } from './sourceText';

const DEFAULT_TIMEOUT_SECONDS = 60;

const FORMATS = ['stylish', 'json'] as const;
type ProvisionFormat = (typeof FORMATS)[number];

export const PROVISION_HELP = `Usage: ce-instance provision FILE [options]

Creates a Cloud Elements instance from the body in FILE (POST {base}/instances).
The body is checked first, with the rules and team schemas of its config as
'ce-instance lint' checks it: errors stop it, warnings are shown. It is sent as
written, byte for byte (a leading byte order mark is left out), and only once:
after a timeout or a lost connection it is never sent again, as the instance
may exist; the message says how to check.

Options:
${apiOptionsHelp(DEFAULT_TIMEOUT_SECONDS)}      --dry-run            print the request (secrets masked) and send nothing
      --token-file FILE    write the new instance's token to FILE, readable by you only
                           (it is a secret: ce-instance never prints it)
  -f, --format NAME        stylish (default) or json (one JSON document on stdout)
  -c, --config FILE        use this config file instead of the nearest .ce-instance.json
  -h, --help               show this help

${SECRETS_HELP}
Exit codes: 0 created (or a dry run), 1 the platform refused the instance, 2 a usage
error, an invalid body, missing secrets, or no answer (network, timeout).
`;

export const provisionCommand: Command = {
  name: 'provision',
  summary: 'create an instance from a body file (POST /instances), after checking it',
  run: runProvision,
};

interface ProvisionCliOptions {
  readonly file: string;
  readonly target: ApiTarget;
  readonly timeoutMs: number;
  readonly dryRun: boolean;
  readonly format: ProvisionFormat;
  readonly configPath?: string;
  /** Where to write the instance token (absolute); never printed. */
  readonly tokenFile?: string;
}

function parseProvisionOptions(argv: readonly string[]): ProvisionCliOptions | 'help' {
  const args = parseArgs(argv, [
    ...API_OPTIONS,
    { name: '--dry-run', valued: false },
    { name: '--format', alias: '-f', valued: true },
    { name: '--config', alias: '-c', valued: true },
    { name: '--token-file', valued: true },
  ]);
  if (args.flags.has('--help')) return 'help';
  // Extra arguments are counted, not shown: one of them may be a secret typed in the wrong place.
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'give the file with the instance body: ce-instance provision FILE' : `takes one FILE, but got ${args.positionals.length} arguments`);
  }
  const format = args.values.get('--format') ?? 'stylish';
  if (!FORMATS.some((name) => name === format)) throw new UsageError(`unknown format '${format}': use stylish or json`);
  const configPath = args.values.get('--config');
  if (configPath === '') throw new UsageError('--config needs a file name');
  const tokenFile = args.values.get('--token-file');
  if (tokenFile === '') throw new UsageError('--token-file needs a file name');
  return {
    file: args.positionals[0],
    target: apiTarget(args),
    timeoutMs: timeoutMs(args, DEFAULT_TIMEOUT_SECONDS),
    dryRun: args.flags.has('--dry-run'),
    format: format as ProvisionFormat,
    configPath,
    tokenFile,
  };
}

async function runProvision(argv: readonly string[], io: CliIo): Promise<number> {
  const read = readOptions(io, { prefix: 'ce-instance provision', helpCommand: 'ce-instance provision', help: PROVISION_HELP }, () => parseProvisionOptions(argv));
  if ('exitCode' in read) return read.exitCode;
  const { options } = read;
  const say = (line: string) => io.stderr.write(`ce-instance provision: ${line}\n`);
  const filePath = path.resolve(io.cwd, options.file);
  const tokenFile = options.tokenFile === undefined ? undefined : path.resolve(io.cwd, options.tokenFile);
  // Found out before sending: once the instance exists, a token with nowhere to go is a worse problem.
  const tokenFileProblem = tokenFile === undefined ? undefined : await tokenFileTargetProblem(tokenFile, filePath);
  if (tokenFileProblem) {
    say(`--token-file: ${tokenFileProblem}; nothing was sent`);
    return 2;
  }
  const body = await readBody(filePath, relativePath(filePath, io.cwd), say);
  if (body === undefined) return 2;

  const secretsRead = secretsFromEnvironment(io.env);
  const secrets = 'secrets' in secretsRead ? secretsRead.secrets : undefined;
  // Everything printed from here on goes through it, lint messages included.
  const redactor = new Redactor([...(secrets ? [secrets.user, secrets.organization] : []), ...searchableBodySecrets(body)]);
  const check = await checkWithConfig(body, filePath, options, io, redactor);
  if (check === undefined) return 2;

  const output = new ProvisionOutput(io, options, filePath, body, check.result.findings, redactor);
  if (!canSend(check)) {
    output.invalidBody(check);
    return 2;
  }
  output.findingsOnStderr();
  if (options.dryRun) {
    if ('problem' in secretsRead) say(`warning: ${secretsRead.problem}; a real run would stop here`);
    output.dryRun(provisionRequest({ baseUrl: options.target.baseUrl, secrets: { user: MASK, organization: MASK }, body }));
    return 0;
  }
  if ('problem' in secretsRead) {
    say(`${secretsRead.problem}; nothing was sent`);
    return 2;
  }
  if (options.format === 'stylish') say(`sending ${relativePath(filePath, io.cwd)} to ${options.target.baseUrl}/instances (${options.target.label})`);
  const outcome = await provisionInstance({ baseUrl: options.target.baseUrl, secrets: secretsRead.secrets, body, timeoutMs: options.timeoutMs });
  const tokenWrite = outcome.kind === 'created' && tokenFile !== undefined ? await writeToken(tokenFile, outcome.instance.token) : undefined;
  output.outcome(outcome, tokenWrite && { file: relativePath(tokenWrite.file, io.cwd), problem: tokenWrite.problem });
  return tokenWrite?.problem ? 2 : exitCode(outcome);
}

/** Why the token could not go to `file`, told before anything is sent; undefined when it can. */
async function tokenFileTargetProblem(file: string, bodyFile: string): Promise<string | undefined> {
  if (file === bodyFile) return 'it names the body file itself';
  const existing = await fs.stat(file).catch(() => undefined);
  if (existing?.isDirectory()) return `'${file}' is a directory`;
  const folder = await fs.stat(path.dirname(file)).catch(() => undefined);
  if (!folder?.isDirectory()) return `its folder '${path.dirname(file)}' does not exist`;
  return undefined;
}

/** Writes the token for the owner only (mode 600), atomically; the problem, in words, when it cannot. */
async function writeToken(file: string, token: SecretValue): Promise<{ file: string; problem?: string }> {
  try {
    await writeFileAtomic(file, `${token.reveal()}\n`, 0o600);
    return { file };
  } catch (error) {
    return { file, problem: describeFsError(error) };
  }
}

/** The body text (strict UTF-8, without a byte order mark), or undefined once the problem is told. */
async function readBody(filePath: string, shownPath: string, say: (line: string) => void): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    say(`cannot read ${shownPath} (${describeFsError(error)}); nothing was sent`);
    return undefined;
  }
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) {
    say(`${shownPath}: ${decoded.problem}; nothing was sent`);
    return undefined;
  }
  return decoded.source.text;
}

/** The engine's verdict with the file's config, as `lint` resolves it; undefined once a config error is told. */
async function checkWithConfig(body: string, filePath: string, options: ProvisionCliOptions, io: CliIo, redactor: Redactor): Promise<BodyCheck | undefined> {
  let check: BodyCheck;
  try {
    const resolver = new ConfigResolver({
      configPath: options.configPath === undefined ? undefined : path.resolve(io.cwd, options.configPath),
      cacheDir: defaultCacheDirectory(io.env),
    });
    const config = await resolver.resolve(filePath);
    for (const warning of config.warnings) io.stderr.write(`ce-instance provision: warning: ${redactor.text(warning)}\n`);
    check = checkBody(body, { rules: config.rules, schemaChecks: config.schemaChecks });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`ce-instance: ${redactor.text(error.message)}\n`);
    return undefined;
  }
  for (const { ruleId, error } of check.result.internalErrors) {
    const detail = redactor.text(error instanceof Error ? error.message : String(error));
    io.stderr.write(`ce-instance provision: internal error in rule ${ruleId}: ${detail}; please report it at ${ISSUES_URL}\n`);
  }
  return check;
}

/** An outcome's fields for the JSON document: its kind is the `outcome`, and the raw answer stays out. */
function outcomeFields(outcome: ProvisionOutcome): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...outcome };
  delete fields.kind;
  delete fields.responseText;
  return fields;
}

function tokenFileLine(tokenFile: { file: string; problem?: string }, id: number | string, baseUrl: string): string {
  return tokenFile.problem
    ? `The token could not be written to ${tokenFile.file} (${tokenFile.problem}); the instance exists: read it, token included, with GET ${baseUrl}/instances/${id}.`
    : `It was written to ${tokenFile.file}, readable by you only.`;
}

function exitCode(outcome: ProvisionOutcome): number {
  if (outcome.kind === 'created') return 0;
  return outcome.kind === 'refused' ? 1 : 2;
}

/** Prints in the chosen format; every text passes the redactor. */
class ProvisionOutput {
  private readonly shownPath: string;

  constructor(
    private readonly io: CliIo,
    private readonly options: ProvisionCliOptions,
    private readonly filePath: string,
    private readonly body: string,
    private readonly findings: readonly Finding[],
    private readonly redactor: Redactor,
  ) {
    this.shownPath = relativePath(filePath, io.cwd);
  }

  invalidBody(check: BodyCheck): void {
    const summary = check.notAnInstance
      ? `${this.shownPath} is not an instance body (it has neither "element" nor "configuration"); nothing was sent`
      : `${this.shownPath} has ${check.errors.length} ${check.errors.length === 1 ? 'error' : 'errors'}; nothing was sent. Fix ${check.errors.length === 1 ? 'it' : 'them'} (ce-instance lint --fix fixes some) and run again`;
    if (this.options.format === 'json') {
      this.json({ outcome: 'invalid-body', summary });
      return;
    }
    this.findingsOnStderr();
    this.io.stderr.write(`ce-instance provision: ${summary}\n`);
  }

  /** Warnings and infos in the stylish layout, on stderr: stdout is for the result. */
  findingsOnStderr(): void {
    if (this.options.format !== 'stylish' || this.findings.length === 0) return;
    const report = { files: [{ filePath: this.filePath, text: this.body, findings: this.findings, isInstance: true }], skippedCount: 0, runErrors: [] };
    this.io.stderr.write(this.redactor.text(formatStylish(report, { cwd: this.io.cwd, color: false })));
  }

  dryRun(request: ReturnType<typeof provisionRequest>): void {
    const masked = maskBodySecrets(request.body);
    const headers = { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body, 'utf8')) };
    const shownHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, name === 'Authorization' ? `User ${MASK}, Organization ${MASK}` : value]));
    const note = `dry run: nothing was sent${masked.maskedCount > 0 ? ` (${masked.maskedCount} secret ${masked.maskedCount === 1 ? 'value' : 'values'} of the body shown as ${MASK})` : ''}`;
    if (this.options.format === 'json') {
      this.json({ outcome: 'dry-run', summary: note, request: { method: request.method, url: request.url, headers: shownHeaders, body: this.redactor.text(masked.text) } });
      return;
    }
    const lines = [`${request.method} ${request.url}`, ...Object.entries(shownHeaders).map(([name, value]) => `${name}: ${value}`), '', this.redactor.text(masked.text)];
    const text = lines.join('\n');
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    this.io.stderr.write(`ce-instance provision: ${note}\n`);
  }

  outcome(outcome: ProvisionOutcome, tokenFile?: { file: string; problem?: string }): void {
    const context = { baseUrl: this.options.target.baseUrl, ...bodySummary(this.body) };
    const described = describeProvisionOutcome(outcome, context);
    const { headline } = described;
    const details = tokenFile && outcome.kind === 'created' ? [...described.details, tokenFileLine(tokenFile, outcome.instance.id, context.baseUrl)] : described.details;
    const checkCommand = outcome.kind !== 'created' && outcome.mayExist
      ? [`For example: curl -H "Authorization: User $${SECRET_VARIABLES.user}, Organization $${SECRET_VARIABLES.organization}" ${context.baseUrl}/instances`]
      : [];
    if (this.options.format === 'json') {
      this.json({ outcome: outcome.kind, summary: headline, details: [...details, ...checkCommand], ...outcomeFields(outcome), ...(tokenFile && !tokenFile.problem && { tokenFile: tokenFile.file }) });
      return;
    }
    const stream = outcome.kind === 'created' && !tokenFile?.problem ? this.io.stdout : this.io.stderr;
    stream.write(this.redactor.text([headline, ...[...details, ...checkCommand].map((line) => `  ${line}`)].join('\n')) + '\n');
  }

  private json(fields: Record<string, unknown>): void {
    const positionOf = positionsOf({ filePath: this.filePath, text: this.body, findings: this.findings, isInstance: true });
    const findings = this.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: positionOf(finding.range),
      path: finding.path,
    }));
    const document = { ...fields, file: this.shownPath, baseUrl: this.options.target.baseUrl, environment: this.options.target.label, findings };
    this.io.stdout.write(`${this.redactor.text(JSON.stringify(document, null, 2))}\n`);
  }
}
