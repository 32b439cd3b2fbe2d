import { type CliIo, UsageError } from './cliIo';

/** A subcommand: `ce-instance <name> ...` runs it with the arguments after its name. */
export interface Command {
  readonly name: string;
  /** One line for the global help. */
  readonly summary: string;
  /** Resolves to the exit code; prints its own `--help`. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** How a command introduces itself when its arguments are wrong. */
export interface CommandUsage {
  /** `ce-instance provision`, `ce-instance schema pull`: what starts the error line. */
  readonly prefix: string;
  /** The command whose `--help` the error line points at. */
  readonly helpCommand: string;
  readonly help: string;
}

/**
 * A command's options from its arguments, or its exit code once it has printed its help (0) or a
 * one-line usage error pointing at that help (2).
 */
export function readOptions<T>(io: CliIo, usage: CommandUsage, parse: () => T | 'help'): { readonly options: T } | { readonly exitCode: number } {
  try {
    const parsed = parse();
    if (parsed !== 'help') return { options: parsed };
    io.stdout.write(usage.help);
    return { exitCode: 0 };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${usage.prefix}: ${error.message} (see '${usage.helpCommand} --help')\n`);
    return { exitCode: 2 };
  }
}
