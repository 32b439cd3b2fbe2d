/**
 * What the platform says when it refuses a request: `{"requestId", "message", "providerMessage"?}`
 * (domain.md §1.5), and what each status most likely means for the call that got it.
 */

export interface ApiError {
  readonly message?: string;
  /** Support finds the request by it. */
  readonly requestId?: string;
  /** The vendor's own words, when the element passed them on. */
  readonly providerMessage?: string;
}

/** The error fields of a parsed JSON answer; fields of other types are left out. */
export function apiErrorOf(value: unknown): ApiError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined);
  return { message: text('message'), requestId: text('requestId'), providerMessage: text('providerMessage') };
}

/** The call the status answers: the same status has different usual causes. */
export type ApiOperation = 'create-instance' | 'read-element-configuration';

/** One sentence: the usual cause of `status` for `operation`, and what to do about it. */
export function likelyCause(status: number, operation: ApiOperation): string {
  const creating = operation === 'create-instance';
  switch (status) {
    case 400:
      return creating
        ? 'The platform found the body wrong: usually a configuration value the element requires is missing or invalid, or the element could not log in to the vendor with the credentials given. The message says which; ce-instance schema pull ELEMENT_KEY lists what the element takes.'
        : 'The platform found the request wrong: check the element key.';
    case 401:
      return 'The user or organization secret is wrong, or belongs to another environment (US, EU and staging each have their own secrets). Check the user and organization secrets and the environment.';
    case 403:
      return creating
        ? 'The secrets are valid, but this user may not do this: the element may be private to another organization, or the account may lack the right to create instances.'
        : 'The secrets are valid, but this user may not read this element: it may be private to another organization.';
    case 404:
      return creating
        ? "Not found: the element key in the body is not known in this environment, or the base URL is not the platform API (it ends in /elements/api-v2)."
        : 'Not found: no element has this key in this environment (keys are lowercase, such as hubspotcrm), or the base URL is not the platform API (it ends in /elements/api-v2).';
    case 409:
      return 'Conflict: the instance already exists, perhaps created by an earlier attempt. List the instances before sending the body again.';
    case 429:
      return 'Too many requests: the platform is limiting this account. Wait a while, then try again.';
    default:
      if (status >= 500) {
        return creating
          ? 'The platform failed on its side, after it may have begun creating the instance. Check whether it exists before sending again, and quote the requestId to support.'
          : 'The platform failed on its side. Try again later, and quote the requestId to support if it persists.';
      }
      return `The platform refused the request with status ${status}.`;
  }
}
