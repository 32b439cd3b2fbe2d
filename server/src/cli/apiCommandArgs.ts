import { closestMatch } from '../engine/rules/support/suggest';
import { checkBaseUrl, ENVIRONMENT_NAMES, ENVIRONMENTS, type EnvironmentName } from '../provision';
import { UsageError } from './cliIo';

/**
 * Command-line parsing shared by the commands that call the platform (`provision`, `schema pull`):
 * the options they take, where the API is, the timeout, and the refusal of anything that looks
 * like a secret. No message repeats an argument that could be a secret.
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
}

/** Option names that would carry a secret: refused with a pointer to the environment variables. */
const SECRET_OPTION = /secret|token|passw|credential|auth|api-?key|^--?(u|user|org|organi[sz]ation)$/i;

/** Parses `argv` against `specs`; throws a UsageError for anything it cannot take. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
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
    // `-uVALUE` holds its value in the same word: only the first two characters are a name.
    const written = long ? (equals === -1 ? arg : arg.slice(0, equals)) : arg.slice(0, 2);
    if (SECRET_OPTION.test(written)) {
      throw new UsageError(`${written} looks like a secret, and secrets are never taken from the command line (other processes and the shell history can see it); set CE_USER_SECRET and CE_ORG_SECRET in the environment instead`);
    }
    const spec = specs.find((option) => option.name === written || option.alias === written);
    if (!spec || (!long && arg.length > 2)) throw new UsageError(unknownOptionMessage(written, specs));
    if (!spec.valued) {
      if (equals !== -1) throw new UsageError(`${spec.name} takes no value`);
      flags.add(spec.name);
      continue;
    }
    if (equals !== -1) values.set(spec.name, arg.slice(equals + 1));
    else if (i + 1 < argv.length) values.set(spec.name, argv[++i]);
    else throw new UsageError(`${spec.name} needs a value`);
  }
  return { positionals, flags, values };
}

function unknownOptionMessage(written: string, specs: readonly OptionSpec[]): string {
  const suggestion = closestMatch(written.replace(/^-+/, ''), specs.map((option) => option.name.slice(2)));
  return `unknown option '${written}'${suggestion ? ` (did you mean '--${suggestion}'?)` : ''}`;
}

/** The options every platform command takes. */
export const API_OPTIONS: readonly OptionSpec[] = [
  { name: '--env', valued: true },
  { name: '--base-url', valued: true },
  { name: '--timeout', valued: true },
  { name: '--help', alias: '-h', valued: false },
];

/** Where to send: a named environment, or a checked custom base URL. */
export interface ApiTarget {
  readonly baseUrl: string;
  /** `us`, `eu`, `staging`, or `custom`. */
  readonly label: EnvironmentName | 'custom';
}

export const DEFAULT_ENVIRONMENT: EnvironmentName = 'us';

export function apiTarget(args: ParsedArgs): ApiTarget {
  const env = args.values.get('--env');
  const baseUrl = args.values.get('--base-url');
  if (env !== undefined && baseUrl !== undefined) throw new UsageError('use either --env or --base-url, not both');
  if (baseUrl !== undefined) {
    const checked = checkBaseUrl(baseUrl);
    if ('problem' in checked) throw new UsageError(`--base-url: ${checked.problem}`);
    return { baseUrl: checked.baseUrl, label: 'custom' };
  }
  const name = env ?? DEFAULT_ENVIRONMENT;
  const known = ENVIRONMENT_NAMES.find((candidate) => candidate === name.toLowerCase());
  if (!known) {
    const suggestion = closestMatch(name.toLowerCase(), ENVIRONMENT_NAMES);
    throw new UsageError(`unknown environment '${name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}: use ${ENVIRONMENT_NAMES.join(', ')}, or --base-url URL`);
  }
  return { baseUrl: ENVIRONMENTS[known], label: known };
}

/** Longer than this is surely a mistake (seconds for minutes, say). */
const MAX_TIMEOUT_SECONDS = 3600;

export function timeoutMs(args: ParsedArgs, defaultSeconds: number): number {
  const text = args.values.get('--timeout');
  if (text === undefined) return defaultSeconds * 1000;
  const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UsageError(`--timeout needs a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}, such as 60 or 2.5, not '${text}'`);
  }
  return Math.round(seconds * 1000);
}

/** The help lines for API_OPTIONS but --help, aligned like the rest of a command's help. */
export function apiOptionsHelp(defaultTimeoutSeconds: number): string {
  return `      --env NAME           the environment: us (default), eu or staging
      --base-url URL       another API root, such as https://host/elements/api-v2
                           (https only; http for localhost, 127.0.0.1 and ::1)
      --timeout SECONDS    give up waiting after this long (default ${defaultTimeoutSeconds})
`;
}

export const SECRETS_HELP = `Secrets: the user and organization secrets are read from the environment variables
CE_USER_SECRET and CE_ORG_SECRET, never from arguments (other processes can see
those). They are masked (********) in everything ce-instance prints.
`;
