import { type ApiSecrets, ENVIRONMENTS } from '../../../server/src/provision';
import type { Prompts, SecretStore } from './ports';
import { describeTarget, type ProvisioningTarget } from './provisioningTarget';

/**
 * The platform secrets (user and organization) in the editor's secret storage, one entry per base
 * URL: US, EU, staging and each custom URL have secrets of their own. Asked for once per base URL
 * with password input boxes, then reused until forgotten. Never in settings or any other file.
 *
 * SecretStorage cannot list its keys, so an index entry (itself in the secret store, as custom base
 * URLs may be private) remembers which base URLs have secrets, for "forget all".
 */

const ENTRY_PREFIX = 'ceInstance.provisioning.secrets:';
const INDEX_KEY = 'ceInstance.provisioning.secretIndex';

export function secretKeyFor(baseUrl: string): string {
  return `${ENTRY_PREFIX}${baseUrl}`;
}

/** What is wrong with a typed secret, in words that never repeat it. */
export function secretProblem(value: string, what: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return `Enter the ${what}.`;
  if (/[\x00-\x1f\x7f]/.test(trimmed)) return `The ${what} cannot hold a line break, a tab or another control character.`;
  return undefined;
}

export class SecretVault {
  constructor(private readonly store: SecretStore) {}

  /** The stored secrets for the base URL, if both are there. */
  async stored(baseUrl: string): Promise<ApiSecrets | undefined> {
    const text = await this.store.get(secretKeyFor(baseUrl));
    if (text === undefined) return undefined;
    try {
      const value = JSON.parse(text) as Partial<ApiSecrets>;
      if (typeof value.user === 'string' && value.user !== '' && typeof value.organization === 'string' && value.organization !== '') {
        return { user: value.user, organization: value.organization };
      }
    } catch {
      // An entry this code did not write: asked for again, and replaced.
    }
    return undefined;
  }

  /**
   * The secrets for the target: the stored ones, else asked for (user, then organization) and
   * stored. Undefined when either box is dismissed; then nothing is stored.
   */
  async obtain(target: ProvisioningTarget, prompts: Prompts): Promise<ApiSecrets | undefined> {
    const known = await this.stored(target.baseUrl);
    if (known) return known;
    const where = describeTarget(target);
    const kept = 'Kept in VS Code\'s secret storage, never in settings; "Cloud Elements: Forget Provisioning Secrets" removes it.';
    const user = await prompts.secret({
      title: 'Cloud Elements: User Secret (1/2)',
      prompt: `The user secret for ${where}. ${kept}`,
      validate: (value) => secretProblem(value, 'user secret'),
    });
    if (user === undefined) return undefined;
    const organization = await prompts.secret({
      title: 'Cloud Elements: Organization Secret (2/2)',
      prompt: `The organization secret for ${where}. ${kept}`,
      validate: (value) => secretProblem(value, 'organization secret'),
    });
    if (organization === undefined) return undefined;
    const secrets: ApiSecrets = { user: user.trim(), organization: organization.trim() };
    await this.store.store(secretKeyFor(target.baseUrl), JSON.stringify(secrets));
    await this.writeIndex([...(await this.readIndex()).filter((url) => url !== target.baseUrl), target.baseUrl]);
    return secrets;
  }

  /** The base URLs that have secrets stored. */
  async storedBaseUrls(): Promise<string[]> {
    const candidates = new Set([...(await this.readIndex()), ...Object.values(ENVIRONMENTS)]);
    const found: string[] = [];
    for (const baseUrl of candidates) if ((await this.store.get(secretKeyFor(baseUrl))) !== undefined) found.push(baseUrl);
    return found;
  }

  /** Removes the secrets of one base URL; true when there were some. */
  async forget(baseUrl: string): Promise<boolean> {
    const had = (await this.store.get(secretKeyFor(baseUrl))) !== undefined;
    await this.store.delete(secretKeyFor(baseUrl));
    await this.writeIndex((await this.readIndex()).filter((url) => url !== baseUrl));
    return had;
  }

  /** Removes every stored secret; the number of base URLs that had some. */
  async forgetAll(): Promise<number> {
    const baseUrls = await this.storedBaseUrls();
    for (const baseUrl of baseUrls) await this.store.delete(secretKeyFor(baseUrl));
    await this.store.delete(INDEX_KEY);
    return baseUrls.length;
  }

  private async readIndex(): Promise<string[]> {
    const text = await this.store.get(INDEX_KEY);
    if (text === undefined) return [];
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }

  private async writeIndex(baseUrls: readonly string[]): Promise<void> {
    if (baseUrls.length === 0) await this.store.delete(INDEX_KEY);
    else await this.store.store(INDEX_KEY, JSON.stringify(baseUrls));
  }
}
