import { closestMatch } from '../engine/rules/support/suggest';
import { UsageError } from './cliIo';

/**
 * The one command-line parser of the CLI's commands: `--name VALUE`, `--name=VALUE`, flags, short
 * aliases, `--` before paths, and "did you mean" for a misspelt option. Each command gives its
 * options and reads what came back.
 */

export interface OptionSpec {
  readonly name: string;
  readonly alias?: string;
  /** Takes a value (`--name VALUE` or `--name=VALUE`); otherwise a flag. */
  readonly valued: boolean;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  /** By option name; a repeated option keeps its last value. */
  readonly values: ReadonlyMap<string, string>;
  /** By option name, every value in order (for repeatable options such as `--rule`). */
  readonly allValues: ReadonlyMap<string, readonly string[]>;
}

export interface ParseSettings {
  /** A message refusing an option by its written name (before it is looked up), or undefined to go on. */
  readonly refuse?: (written: string) => string | undefined;
}

/** Parses `argv` against `specs`; throws a UsageError for anything it cannot take. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], settings: ParseSettings = {}): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const allValues = new Map<string, string[]>();
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const long = arg.startsWith('--');
    const equals = long ? arg.indexOf('=') : -1;
    // `-xVALUE` holds its value in the same word: only the first two characters are a name.
    const written = long ? (equals === -1 ? arg : arg.slice(0, equals)) : arg.slice(0, 2);
    const refusal = settings.refuse?.(written);
    if (refusal) throw new UsageError(refusal);
    const spec = specs.find((option) => option.name === written || option.alias === written);
    if (!spec || (!long && arg.length > 2)) throw new UsageError(unknownOptionMessage(long ? written : arg, specs));
    if (!spec.valued) {
      if (equals !== -1) throw new UsageError(`${spec.name} takes no value`);
      flags.add(spec.name);
      continue;
    }
    let value: string;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new UsageError(`${spec.name} needs a value`);
    allValues.set(spec.name, [...(allValues.get(spec.name) ?? []), value]);
  }
  const values = new Map([...allValues].map(([name, list]) => [name, list[list.length - 1]]));
  return { positionals, flags, values, allValues };
}

function unknownOptionMessage(written: string, specs: readonly OptionSpec[]): string {
  const suggestion = closestMatch(written.replace(/^-+/, ''), specs.map((option) => option.name.slice(2)));
  return `unknown option '${written}'${suggestion ? ` (did you mean '--${suggestion}'?)` : ''}`;
}
