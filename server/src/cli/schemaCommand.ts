import fs from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../config';
import { describeSchemaPullFailure, isElementKey, nearestConfigFile, pullCommandLine, pullElementSchema, Redactor, schemasEntry, secretsFromEnvironment } from '../provision';
import { writeFileAtomic } from '../atomicWrite';
import { type CliIo, UsageError } from './cliIo';
import { type Command, readOptions } from './command';
import { describeFsError } from './fileTargets';
import { API_OPTIONS, apiOptionsHelp, type ApiTarget, apiTarget, parseArgs, SECRETS_HELP, timeoutMs } from './apiCommandArgs';
import { relativePath } from './report';

const DEFAULT_TIMEOUT_SECONDS = 30;

export const SCHEMA_HELP = `Usage: ce-instance schema pull ELEMENT_KEY [options]

Reads an element's configuration definitions (GET {base}/elements/ELEMENT_KEY/configuration)
and writes a JSON Schema for the "configuration" of its instance bodies: the keys the
element requires, text lengths (TEXTFIELD_N), true/false values, and the options of a
choice (COMBO). Name the file in the "schemas" of .ce-instance.json, and commit it, so
the whole team checks bodies against what the element accepts. The schema applies
only to bodies whose element.key is ELEMENT_KEY.

Options:
  -o, --output FILE        where to write it (default schemas/elements/ELEMENT_KEY.schema.json);
                           the file is replaced atomically
${apiOptionsHelp(DEFAULT_TIMEOUT_SECONDS)}  -h, --help               show this help

${SECRETS_HELP}
Exit codes: 0 written, 1 the platform refused (such as an unknown element), 2 a usage
error, missing secrets, no answer (network, timeout) or a file that cannot be written.
`;

export const schemaCommand: Command = {
  name: 'schema',
  summary: "pull an element's configuration schema from the API ('schema pull KEY')",
  run: runSchema,
};

interface PullOptions {
  readonly elementKey: string;
  readonly output: string;
  readonly target: ApiTarget;
  readonly timeoutMs: number;
}

function parsePullOptions(argv: readonly string[]): PullOptions | 'help' {
  const args = parseArgs(argv, [...API_OPTIONS, { name: '--output', alias: '-o', valued: true }]);
  if (args.flags.has('--help')) return 'help';
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'give the element key: ce-instance schema pull ELEMENT_KEY' : `takes one ELEMENT_KEY, but got ${args.positionals.length} arguments`);
  }
  const elementKey = args.positionals[0];
  if (!isElementKey(elementKey)) {
    throw new UsageError('an element key is made of letters, digits, dots, dashes and underscores, such as hubspotcrm or sfdc');
  }
  const output = args.values.get('--output') ?? `schemas/elements/${elementKey}.schema.json`;
  if (output === '') throw new UsageError('--output needs a file name');
  return { elementKey, output, target: apiTarget(args), timeoutMs: timeoutMs(args, DEFAULT_TIMEOUT_SECONDS) };
}

async function runSchema(argv: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === '--help' || subcommand === '-h') {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  if (subcommand !== 'pull') {
    const what = subcommand === undefined ? 'a subcommand is missing' : `unknown subcommand '${subcommand.startsWith('-') ? subcommand.slice(0, 2) : subcommand}'`;
    io.stderr.write(`ce-instance schema: ${what}: use 'ce-instance schema pull ELEMENT_KEY' (see 'ce-instance schema --help')\n`);
    return 2;
  }
  const read = readOptions(io, { prefix: 'ce-instance schema pull', helpCommand: 'ce-instance schema', help: SCHEMA_HELP }, () => parsePullOptions(rest));
  return 'exitCode' in read ? read.exitCode : pull(read.options, io);
}

async function pull(options: PullOptions, io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr.write(`ce-instance schema pull: ${line}\n`);
  const secretsRead = secretsFromEnvironment(io.env);
  if ('problem' in secretsRead) {
    say(`${secretsRead.problem}; nothing was read`);
    return 2;
  }
  const { secrets } = secretsRead;
  const redactor = new Redactor([secrets.user, secrets.organization]);
  const outcome = await pullElementSchema({
    baseUrl: options.target.baseUrl,
    secrets,
    elementKey: options.elementKey,
    command: pullCommandLine(options.elementKey, options.target.label, options.target.baseUrl),
    timeoutMs: options.timeoutMs,
  });
  if (outcome.kind !== 'pulled') {
    const { headline, details } = describeSchemaPullFailure(outcome, options.target.baseUrl);
    io.stderr.write(redactor.text([headline, ...details.map((line) => `  ${line}`)].join('\n')) + '\n');
    return outcome.kind === 'refused' ? 1 : 2;
  }

  const target = path.resolve(io.cwd, options.output);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    await writeFileAtomic(target, outcome.text, existing ? existing.mode & 0o7777 : undefined);
  } catch (error) {
    say(`cannot write ${relativePath(target, io.cwd)} (${describeFsError(error)}); choose another --output`);
    return 2;
  }
  if (outcome.skippedEntries > 0) say(`warning: ${outcome.skippedEntries} configuration ${outcome.skippedEntries === 1 ? 'entry has' : 'entries have'} no key and ${outcome.skippedEntries === 1 ? 'was' : 'were'} left out`);
  const { keyCount, requiredKeys } = outcome.schema;
  const lines = [
    `Wrote ${relativePath(target, io.cwd)}: ${keyCount} configuration ${keyCount === 1 ? 'key' : 'keys'}, ${requiredKeys.length} required${requiredKeys.length > 0 ? ` (${requiredKeys.join(', ')})` : ''}.`,
    ...(await namingHint(target, io.cwd)),
    `It applies only to bodies whose element.key is ${JSON.stringify(options.elementKey)}, so "files" may select every instance file.`,
  ];
  io.stdout.write(`${redactor.text(lines.join('\n'))}\n`);
  return 0;
}

/** How to name the schema in the config that applies where it was written (`docs/configuration.md`, "schemas"). */
async function namingHint(schemaFile: string, cwd: string): Promise<string[]> {
  const config = await nearestConfigFile(path.dirname(schemaFile), async (candidate) => (await fs.stat(candidate).catch(() => undefined))?.isFile() === true);
  return [
    `To check instance bodies against it, add this entry to "schemas" in ${config ? relativePath(config, cwd) : `a new ${CONFIG_FILE_NAME} in this folder`}:`,
    `  ${schemasEntry(schemaFile, config, cwd)}`,
  ];
}
