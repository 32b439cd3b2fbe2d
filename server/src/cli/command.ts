import type { CliIo } from './cliIo';

/** A subcommand: `ce-instance <name> ...` runs it with the arguments after its name. */
export interface Command {
  readonly name: string;
  /** One line for the global help. */
  readonly summary: string;
  /** Resolves to the exit code; prints its own `--help`. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
