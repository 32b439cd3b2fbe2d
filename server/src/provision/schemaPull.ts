import { type ApiError, apiErrorOf, likelyCause } from './apiErrors';
import { elementConfigurationSchema, type ElementSchema, readConfigurationEntries } from './elementSchema';
import { type HttpTransport, sendHttpRequest } from './httpTransport';
import { connectionDetail, excerptOf } from './provision';
import { Redactor } from './redaction';
import { type ApiSecrets, authorizationHeader } from './secrets';
import { TOOL_NAME, TOOL_VERSION } from '../packageInfo';

/** Element keys and ids as they may stand in a URL path: no slashes, no escapes to get wrong. */
const ELEMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function isElementKey(text: string): boolean {
  return ELEMENT_KEY.test(text);
}

export interface SchemaPullOptions {
  readonly baseUrl: string;
  readonly secrets: ApiSecrets;
  /** Checked with `isElementKey`. */
  readonly elementKey: string;
  /** The command line that pulls it again, named in the schema's description. */
  readonly command: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly transport?: HttpTransport;
}

export type SchemaPullOutcome =
  | { readonly kind: 'pulled'; readonly schema: ElementSchema; readonly skippedEntries: number; readonly text: string }
  | { readonly kind: 'refused'; readonly status: number; readonly error: ApiError; readonly likelyCause: string }
  | { readonly kind: 'not-json'; readonly status: number; readonly contentType: string | undefined; readonly excerpt: string }
  | { readonly kind: 'unexpected-response'; readonly status: number; readonly problem: string }
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  | { readonly kind: 'dropped' | 'unreachable'; readonly detail: string }
  | { readonly kind: 'cancelled' };

export function elementConfigurationUrl(baseUrl: string, elementKey: string): string {
  return `${baseUrl}/elements/${encodeURIComponent(elementKey)}/configuration`;
}

/** Reads the element's configuration definitions and makes the schema text. Never throws. */
export async function pullElementSchema(options: SchemaPullOptions): Promise<SchemaPullOutcome> {
  const redactor = new Redactor([options.secrets.user, options.secrets.organization]);
  const exchange = await (options.transport ?? sendHttpRequest)({
    method: 'GET',
    url: elementConfigurationUrl(options.baseUrl, options.elementKey),
    headers: { Authorization: authorizationHeader(options.secrets), Accept: 'application/json', 'User-Agent': `${TOOL_NAME}/${TOOL_VERSION}` },
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
  switch (exchange.kind) {
    case 'timeout':
      return { kind: 'timeout', timeoutMs: options.timeoutMs };
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'dropped':
    case 'unreachable':
      return { kind: exchange.kind, detail: redactor.text(connectionDetail(exchange)) };
    case 'response':
      break;
  }
  const { status } = exchange;
  let value: unknown;
  try {
    value = JSON.parse(exchange.text);
  } catch {
    return { kind: 'not-json', status, contentType: exchange.contentType, excerpt: excerptOf(redactor.text(exchange.text)) };
  }
  if (status < 200 || status >= 300) {
    const error = apiErrorOf(value);
    return {
      kind: 'refused',
      status,
      error: { ...error, message: error.message && redactor.text(error.message), providerMessage: error.providerMessage && redactor.text(error.providerMessage) },
      likelyCause: likelyCause(status, 'read-element-configuration'),
    };
  }
  const read = readConfigurationEntries(value);
  if ('problem' in read) return { kind: 'unexpected-response', status, problem: read.problem };
  const schema = elementConfigurationSchema(read.entries, { elementKey: options.elementKey, command: options.command });
  return { kind: 'pulled', schema, skippedEntries: read.skipped, text: `${JSON.stringify(schema.schema, null, 2)}\n` };
}

/** A failed pull in words: one headline and the lines under it. */
export function describeSchemaPullFailure(outcome: Exclude<SchemaPullOutcome, { kind: 'pulled' }>, baseUrl: string): { headline: string; details: string[] } {
  switch (outcome.kind) {
    case 'refused':
      return {
        headline: `The platform refused to give the configuration (status ${outcome.status})${outcome.error.message === undefined ? '.' : `: ${outcome.error.message}`}`,
        details: [`requestId: ${outcome.error.requestId ?? '(none given)'}`, `Likely cause: ${outcome.likelyCause}`],
      };
    case 'not-json':
      return {
        headline: `The answer (status ${outcome.status}${outcome.contentType ? `, ${outcome.contentType}` : ''}) is not JSON, so it is not the platform API's: ${outcome.excerpt === '' ? '(empty)' : `"${outcome.excerpt}"`}`,
        details: ['Check the base URL (it ends in /elements/api-v2).'],
      };
    case 'unexpected-response':
      return { headline: `The platform answered with status ${outcome.status}, but ${outcome.problem}.`, details: [] };
    case 'timeout':
      return { headline: `No answer from ${baseUrl} within ${outcome.timeoutMs / 1000} s.`, details: ['Reading is harmless: try again, perhaps with a longer timeout.'] };
    case 'dropped':
      return { headline: `The connection was lost: ${outcome.detail}.`, details: ['Reading is harmless: try again.'] };
    case 'unreachable':
      return { headline: `Cannot reach ${baseUrl}: ${outcome.detail}.`, details: [] };
    case 'cancelled':
      return { headline: 'Cancelled.', details: [] };
  }
}
