import { inspect } from 'node:util';

/** What every display shows in place of a secret. */
export const MASK = '********';

/** The two platform secrets that authorize `/instances` and `/elements` calls (domain.md §1.2). */
export interface ApiSecrets {
  readonly user: string;
  readonly organization: string;
}

/**
 * A secret carried in a result, such as the new instance's token: it prints, stringifies and
 * inspects as the mask, so a result that ends up in a log or an error shows no secret. Only
 * `reveal()` gives the value, for the one place that needs it (copying it to the clipboard).
 */
export class SecretValue {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return MASK;
  }

  toJSON(): string {
    return MASK;
  }

  [inspect.custom](): string {
    return `SecretValue(${MASK})`;
  }
}

/** `User <secret>, Organization <secret>`: the order and separator the documentation uses. */
export function authorizationHeader(secrets: ApiSecrets): string {
  return `User ${secrets.user}, Organization ${secrets.organization}`;
}

/** The environment variables the CLI reads the secrets from; never from its arguments. */
export const SECRET_VARIABLES = { user: 'CE_USER_SECRET', organization: 'CE_ORG_SECRET' } as const;

/**
 * The secrets from the environment, trimmed (a value read from a file often ends in a line break),
 * or what is wrong with them: variables missing or empty, or holding characters no header may carry.
 * A problem names the variable, never its value.
 */
export function secretsFromEnvironment(env: NodeJS.ProcessEnv): { readonly secrets: ApiSecrets } | { readonly problem: string } {
  const secrets: ApiSecrets = {
    user: (env[SECRET_VARIABLES.user] ?? '').trim(),
    organization: (env[SECRET_VARIABLES.organization] ?? '').trim(),
  };
  const variablesWhere = (test: (value: string) => boolean) => SECRET_PARTS.filter((part) => test(secrets[part])).map((part) => SECRET_VARIABLES[part]);
  const missing = variablesWhere((value) => value === '');
  if (missing.length > 0) {
    return { problem: `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set: set ${SECRET_VARIABLES.user} and ${SECRET_VARIABLES.organization} to the user and organization secrets of the environment` };
  }
  const unusable = variablesWhere((value) => /[\x00-\x1f\x7f]/.test(value));
  if (unusable.length > 0) {
    return { problem: `${unusable.join(' and ')} ${unusable.length === 1 ? 'holds' : 'hold'} a control character (a line break or tab inside the value); set it to the secret alone` };
  }
  return { secrets };
}

const SECRET_PARTS = ['user', 'organization'] as const;
