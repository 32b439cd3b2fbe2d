import { maskBodySecrets } from '../../../server/src/provision';

/**
 * The platform's answer to `POST /instances` as "Open Response" shows it: the core has masked the
 * platform secrets, the body's secret values and the token already; the configuration values whose
 * keys name a credential and everything under `providerData` are masked here as well, however
 * short (the answer echoes the configuration). Indented, as the API answers on one line.
 */
export function responseDocumentText(redactedResponse: string): string {
  const masked = maskBodySecrets(redactedResponse).text;
  try {
    return `${JSON.stringify(JSON.parse(masked), null, 2)}\n`;
  } catch {
    return masked;
  }
}
