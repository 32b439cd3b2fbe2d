import type { CliIo } from './cliIo';
import type { Command } from './command';
import { ISSUES_URL, TOOL_HOMEPAGE, TOOL_VERSION } from '../packageInfo';
// A lint thread runs this same file (the bundle); parallelLint serves it from its top level, so it
// is loaded here and not only with the lint command.
import './parallelLint';

export type { CliIo, OutputStream } from './cliIo';

/**
 * The subcommands, in the order the help lists them. Each is loaded when it runs: `lint` should not
 * pay at every start for the HTTP and crypto modules that `provision` needs.
 */
const COMMANDS: readonly { readonly name: string; load(): Promise<Command> }[] = [
  { name: 'lint', load: async () => (await import('./lintCommand.js')).lintCommand },
  { name: 'rules', load: async () => (await import('./rulesCommand.js')).rulesCommand },
  { name: 'provision', load: async () => (await import('./provisionCommand.js')).provisionCommand },
  { name: 'schema', load: async () => (await import('./schemaCommand.js')).schemaCommand },
];

async function globalHelp(): Promise<string> {
  const loaded = await Promise.all(COMMANDS.map((command) => command.load()));
  const width = Math.max(...loaded.map((command) => command.name.length));
  const commands = loaded.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: ce-instance <command> [options]

Checks Cloud Elements instance bodies (the JSON of POST /instances) and their event settings.

Commands:
${commands}

Options:
  -h, --help     show this help; 'ce-instance <command> --help' shows a command's
  -v, --version  print the version

Documentation: ${TOOL_HOMEPAGE}
`;
}

/** Runs one command line and resolves to its exit code; it never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
      io.stdout.write(await globalHelp());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
      const hint = name.startsWith('-') || !/[./\\*]/.test(name) ? '' : ` (to check it, run 'ce-instance lint ${name}')`;
      io.stderr.write(`ce-instance: unknown command '${name}'${hint}; see 'ce-instance --help'\n`);
      return 2;
    }
    return await (await command.load()).run(rest, io);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`ce-instance: internal error: ${detail}; please report it at ${ISSUES_URL}\n`);
    return 2;
  }
}

/** The `ce-instance` binary: real stdio; the exit code is set, not forced, so stdout drains first. */
export function main(argv: string[]): void {
  // A reader that goes away (`| head`) is not an error of ours; other write failures are.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`ce-instance: cannot write to stdout (${error.code ?? error.message})\n`);
    process.exitCode = 2;
  });
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    // Opened only when read: an unused stdin must not keep the process waiting.
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  };
  void run(argv, io).then((code) => {
    // A failed stdout write may have set 2 already; keep the worse code.
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
  });
}
