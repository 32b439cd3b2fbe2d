import { closestMatch } from '../engine/rules/support/suggest';
import { checkBaseUrl, ENVIRONMENT_NAMES, ENVIRONMENTS, type EnvironmentName } from '../provision';
import { type OptionSpec, parseArgs as parseCommandLine, type ParsedArgs } from './argv';
import { UsageError } from './cliIo';

export type { OptionSpec, ParsedArgs } from './argv';

/**
 * Command-line parsing shared by the commands that call the platform (`provision`, `schema pull`):
 * the options they take, where the API is, the timeout, and the refusal of anything that looks
 * like a secret. No message repeats an argument that could be a secret.
 */

/** Option names that would carry a secret: refused with a pointer to the environment variables. */
const SECRET_OPTION = /secret|token|passw|credential|auth|api-?key|^--?(u|user|org|organi[sz]ation)$/i;

/** Parses a platform command's arguments, refusing any option that looks like a secret. No message repeats its value. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  return parseCommandLine(argv, specs, {
    // An option of the command is never refused (`--token-file` names where a secret goes, not the secret).
    refuse: (written) => (!specs.some((spec) => spec.name === written || spec.alias === written) && SECRET_OPTION.test(written)
      ? `${written} looks like a secret, and secrets are never taken from the command line (other processes and the shell history can see it); set CE_USER_SECRET and CE_ORG_SECRET in the environment instead`
      : undefined),
  });
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
