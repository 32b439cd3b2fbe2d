import { checkBaseUrl, ENVIRONMENT_NAMES, ENVIRONMENTS, type EnvironmentName } from '../../../server/src/provision';

/**
 * Where the commands send requests, from the settings `ceInstance.provisioning.environment` and
 * `ceInstance.provisioning.baseUrl`. The core checks a custom URL (https, or http on loopback only).
 */

export const ENVIRONMENT_SETTING = 'ceInstance.provisioning.environment';
export const BASE_URL_SETTING = 'ceInstance.provisioning.baseUrl';

/** The two settings as VS Code gives them: any JSON a user may have written. */
export interface ProvisioningSettings {
  readonly environment: unknown;
  readonly baseUrl: unknown;
}

export interface ProvisioningTarget {
  /** Checked, without a trailing slash: `/instances` is appended as it is. */
  readonly baseUrl: string;
  readonly environment: EnvironmentName | 'custom';
  /** For messages: "US", "EU", "staging" or "custom". */
  readonly label: string;
}

const LABELS: Record<EnvironmentName | 'custom', string> = { us: 'US', eu: 'EU', staging: 'staging', custom: 'custom' };

/** The target, or a problem that names the setting to change (and never repeats a user name or password). */
export function provisioningTarget(settings: ProvisioningSettings): { readonly target: ProvisioningTarget } | { readonly problem: string } {
  const environment = settings.environment ?? 'us';
  if (environment !== 'custom') {
    const name = ENVIRONMENT_NAMES.find((candidate) => candidate === environment);
    if (name === undefined) return { problem: `The setting ${ENVIRONMENT_SETTING} must be "us", "eu", "staging" or "custom".` };
    return { target: { baseUrl: ENVIRONMENTS[name], environment: name, label: LABELS[name] } };
  }
  const written = typeof settings.baseUrl === 'string' ? settings.baseUrl.trim() : '';
  if (written === '') {
    return { problem: `${ENVIRONMENT_SETTING} is "custom", but ${BASE_URL_SETTING} is empty: set it to the API root, such as https://api.cloud-elements.com/elements/api-v2.` };
  }
  const checked = checkBaseUrl(written);
  if ('problem' in checked) return { problem: `The setting ${BASE_URL_SETTING} cannot be used: ${checked.problem}.` };
  return { target: { baseUrl: checked.baseUrl, environment: 'custom', label: LABELS.custom } };
}

/** "the US platform (https://…)": how messages name the target. */
export function describeTarget(target: ProvisioningTarget): string {
  return target.environment === 'custom' ? target.baseUrl : `the ${target.label} platform (${target.baseUrl})`;
}
