import type { ProvisionOutcome } from './provision';

/** What the request was about, for sentences that tell a person how to check. */
export interface ProvisionContext {
  readonly baseUrl: string;
  readonly elementKey?: string;
  readonly instanceName?: string;
}

/** An outcome in words: one headline and the lines under it. Every face shows the same text. */
export interface OutcomeText {
  readonly headline: string;
  readonly details: readonly string[];
}

const NOT_SENT_AGAIN = 'The request may have reached the platform, so the instance may have been created; it was not sent again.';

export function describeProvisionOutcome(outcome: ProvisionOutcome, context: ProvisionContext): OutcomeText {
  const check = outcome.kind !== 'created' && outcome.mayExist ? [NOT_SENT_AGAIN, howToCheck(context)] : [];
  switch (outcome.kind) {
    case 'created': {
      const { id, name, elementKey } = outcome.instance;
      return {
        headline: `Created instance ${id}${name === undefined ? '' : ` '${name}'`}${elementKey === undefined ? '' : ` (element ${elementKey})`} at ${context.baseUrl}.`,
        details: ['The instance token is a secret and is not shown.'],
      };
    }
    case 'refused': {
      const { message, requestId, providerMessage } = outcome.error;
      return {
        headline: `The platform refused the instance (status ${outcome.status})${message === undefined ? '.' : `: ${message}`}`,
        details: [
          ...(providerMessage === undefined ? [] : [`Vendor message: ${providerMessage}`]),
          `requestId: ${requestId ?? '(none given)'}`,
          `Likely cause: ${outcome.likelyCause}`,
          ...check,
        ],
      };
    }
    case 'not-json':
      return {
        headline: `The answer (status ${outcome.status}${outcome.contentType ? `, ${outcome.contentType}` : ''}) is not JSON, so it is not the platform API's: ${outcome.excerpt === '' ? '(empty)' : `"${outcome.excerpt}"`}`,
        details: ['Check the base URL (it ends in /elements/api-v2); a proxy or gateway may have answered instead.', ...check],
      };
    case 'unexpected-response':
      return { headline: `The platform answered with status ${outcome.status}, but ${outcome.problem}.`, details: check };
    case 'timeout':
      return outcome.mayExist
        ? { headline: `No answer within ${seconds(outcome.timeoutMs)}.`, details: check }
        : { headline: `No connection to ${context.baseUrl} within ${seconds(outcome.timeoutMs)}.`, details: ['Nothing was sent: it is safe to try again.'] };
    case 'dropped':
      return { headline: `The connection was lost: ${outcome.detail}.`, details: check };
    case 'unreachable':
      return { headline: `Cannot reach ${context.baseUrl}: ${outcome.detail}.`, details: ['Nothing was sent: it is safe to try again.'] };
    case 'cancelled':
      return { headline: 'Cancelled.', details: outcome.mayExist ? check : ['Nothing was sent.'] };
  }
}

/** How to find out whether an instance exists (domain.md §1.6), and how to remove a duplicate. */
export function howToCheck(context: ProvisionContext): string {
  const which = context.instanceName === undefined ? 'the newest instance' : `an instance named '${context.instanceName}'`;
  const element = context.elementKey === undefined ? '' : ` of element ${context.elementKey}`;
  return (
    `Check before sending it again: GET ${context.baseUrl}/instances (with the same Authorization header) lists the instances; ` +
    `look for ${which}${element}. If two were created, remove one with DELETE ${context.baseUrl}/instances/{id}.`
  );
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}
