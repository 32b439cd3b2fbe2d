import type { ProvisioningPorts } from './ports';
import { describeTarget, type ProvisioningSettings, provisioningTarget } from './provisioningTarget';
import { SecretVault } from './secretVault';

/**
 * "Cloud Elements: Forget Provisioning Secrets": removes the stored user and organization secrets
 * of the current environment, or of every environment, as the user picks. The next provisioning
 * asks for them again.
 */

export type ForgetResult = { readonly kind: 'forgotten'; readonly baseUrls: readonly string[] } | { readonly kind: 'none-stored' | 'dismissed' };

export async function forgetSecrets(ports: Pick<ProvisioningPorts, 'secrets' | 'prompts' | 'notifier' | 'log'>, settings: ProvisioningSettings): Promise<ForgetResult> {
  const vault = new SecretVault(ports.secrets);
  const stored = await vault.storedBaseUrls();
  if (stored.length === 0) {
    void ports.notifier.info('No provisioning secrets are stored.', []);
    return { kind: 'none-stored' };
  }
  const targetRead = provisioningTarget(settings);
  const current = 'target' in targetRead && stored.includes(targetRead.target.baseUrl) ? targetRead.target : undefined;
  const choice = await ports.prompts.pick<'current' | 'all'>({
    title: 'Cloud Elements: Forget Provisioning Secrets',
    items: [
      ...(current ? [{ id: 'current' as const, label: `Forget the secrets for ${describeTarget(current)}`, detail: 'The environment the settings name now.' }] : []),
      { id: 'all', label: `Forget the secrets for every environment (${stored.length})`, detail: stored.join(', ') },
    ],
  });
  if (choice === undefined) return { kind: 'dismissed' };
  const forgotten = choice === 'current' && current ? [current.baseUrl] : stored;
  if (choice === 'current' && current) await vault.forget(current.baseUrl);
  else await vault.forgetAll();
  const which = forgotten.length === 1 ? forgotten[0] : `${forgotten.length} environments`;
  ports.log.info(`Forgot the provisioning secrets for ${which}.`);
  void ports.notifier.info(`Forgot the provisioning secrets for ${which}. They are asked for again on the next provisioning.`, []);
  return { kind: 'forgotten', baseUrls: forgotten };
}
