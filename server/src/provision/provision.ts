import { type ApiError, apiErrorOf, likelyCause } from './apiErrors';
import { type HttpExchange, type HttpTransport, sendHttpRequest } from './httpTransport';
import { Redactor, searchableBodySecrets } from './redaction';
import { type ApiSecrets, authorizationHeader, SecretValue } from './secrets';
import { TOOL_NAME, TOOL_VERSION } from '../packageInfo';

/** `POST {base}/instances`, exactly as it will be sent. */
export interface ProvisionRequest {
  readonly method: 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body text as written, less a leading byte order mark (RFC 8259 §8.1: JSON sent over a network carries none). */
  readonly body: string;
}

export interface ProvisionInput {
  /** Checked already (`checkBaseUrl` or one of `ENVIRONMENTS`), without a trailing slash. */
  readonly baseUrl: string;
  readonly secrets: ApiSecrets;
  /** The body text as the user wrote it; it is never parsed and re-serialized for sending. */
  readonly body: string;
}

const BOM = '\ufeff';

export function provisionRequest(input: ProvisionInput): ProvisionRequest {
  return {
    method: 'POST',
    url: `${input.baseUrl}/instances`,
    headers: {
      Authorization: authorizationHeader(input.secrets),
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'User-Agent': `${TOOL_NAME}/${TOOL_VERSION}`,
    },
    body: input.body.startsWith(BOM) ? input.body.slice(BOM.length) : input.body,
  };
}

/** Masks every secret a provisioning run knows of: the platform secrets and the body's secret values. */
export function provisionRedactor(input: ProvisionInput): Redactor {
  return new Redactor([input.secrets.user, input.secrets.organization, ...searchableBodySecrets(input.body)]);
}

export interface CreatedInstance {
  readonly id: number | string;
  readonly name: string | undefined;
  readonly elementKey: string | undefined;
  /** The instance token (`Authorization: User ..., Element <token>`): a secret. */
  readonly token: SecretValue;
}

/**
 * How a provisioning request ended. `mayExist` is true when the instance may have been created
 * although no success was seen: the request must then not be sent again before a person checks
 * (`GET /instances`), as a second POST can create a second instance. Every text in an outcome is
 * redacted; the token is a SecretValue.
 */
export type ProvisionOutcome =
  | { readonly kind: 'created'; readonly status: number; readonly instance: CreatedInstance; readonly responseText: string }
  /** The API answered with an error (its JSON shape, or at least JSON). */
  | { readonly kind: 'refused'; readonly status: number; readonly error: ApiError; readonly likelyCause: string; readonly mayExist: boolean; readonly responseText: string }
  /** An answer that is not JSON: a proxy's error page, or a base URL that is not the API. */
  | { readonly kind: 'not-json'; readonly status: number; readonly contentType: string | undefined; readonly excerpt: string; readonly mayExist: boolean }
  /** A success status whose JSON is not an instance (no id or token). */
  | { readonly kind: 'unexpected-response'; readonly status: number; readonly problem: string; readonly mayExist: true; readonly responseText: string }
  | { readonly kind: 'timeout'; readonly timeoutMs: number; readonly mayExist: boolean }
  | { readonly kind: 'dropped'; readonly detail: string; readonly mayExist: true }
  | { readonly kind: 'unreachable'; readonly detail: string; readonly mayExist: false }
  | { readonly kind: 'cancelled'; readonly mayExist: boolean };

export interface ProvisionOptions extends ProvisionInput {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** The HTTP client; tests may give another. */
  readonly transport?: HttpTransport;
}

/** Sends the body once (never again, whatever happens) and says how it went. Never throws. */
export async function provisionInstance(options: ProvisionOptions): Promise<ProvisionOutcome> {
  const request = provisionRequest(options);
  const redactor = provisionRedactor(options);
  const exchange = await (options.transport ?? sendHttpRequest)({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: Buffer.from(request.body, 'utf8'),
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
  return provisionOutcome(exchange, options.timeoutMs, redactor);
}

function provisionOutcome(exchange: HttpExchange, timeoutMs: number, redactor: Redactor): ProvisionOutcome {
  switch (exchange.kind) {
    case 'timeout':
      return { kind: 'timeout', timeoutMs, mayExist: exchange.reachedServer };
    case 'cancelled':
      return { kind: 'cancelled', mayExist: exchange.reachedServer };
    case 'dropped':
      return { kind: 'dropped', detail: redactor.text(connectionDetail(exchange)), mayExist: true };
    case 'unreachable':
      return { kind: 'unreachable', detail: redactor.text(connectionDetail(exchange)), mayExist: false };
    case 'response':
      return answerOutcome(exchange, redactor);
  }
}

function answerOutcome(answer: Extract<HttpExchange, { kind: 'response' }>, redactor: Redactor): ProvisionOutcome {
  const { status } = answer;
  const succeeded = status >= 200 && status < 300;
  const json = parseJson(answer.text);
  if (json === undefined) {
    return { kind: 'not-json', status, contentType: answer.contentType, excerpt: excerptOf(redactor.text(answer.text)), mayExist: succeeded || status >= 500 };
  }
  if (!succeeded) {
    const error = apiErrorOf(json.value);
    return {
      kind: 'refused',
      status,
      error: { message: redact(redactor, error.message), requestId: error.requestId, providerMessage: redact(redactor, error.providerMessage) },
      likelyCause: likelyCause(status, 'create-instance'),
      mayExist: status >= 500,
      responseText: redactor.text(answer.text),
    };
  }
  const instance = instanceOf(json.value);
  if (typeof instance === 'string') {
    return { kind: 'unexpected-response', status, problem: instance, mayExist: true, responseText: redactor.text(answer.text) };
  }
  const withToken = redactor.with([instance.token.reveal()]);
  return {
    kind: 'created',
    status,
    instance: { ...instance, name: redact(withToken, instance.name), elementKey: redact(withToken, instance.elementKey) },
    responseText: withToken.text(answer.text),
  };
}

/** The instance in a success answer, or what is missing from it. */
function instanceOf(value: unknown): CreatedInstance | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the answer is not a JSON object';
  const record = value as Record<string, unknown>;
  const { id, token, name, element } = record;
  if (typeof id !== 'number' && (typeof id !== 'string' || id === '')) return 'the answer has no instance id';
  if (typeof token !== 'string' || token === '') return 'the answer has no instance token';
  const elementKey = typeof element === 'object' && element !== null ? (element as Record<string, unknown>).key : undefined;
  return {
    id,
    name: typeof name === 'string' ? name : undefined,
    elementKey: typeof elementKey === 'string' ? elementKey : undefined,
    token: new SecretValue(token),
  };
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function redact(redactor: Redactor, text: string | undefined): string | undefined {
  return text === undefined ? undefined : redactor.text(text);
}

/** The start of an answer that is not JSON, on one line, enough to recognise an error page. */
export function excerptOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** What broke the connection, in words (Node's codes are kept for searching). */
export function connectionDetail({ code, message }: { code: string | undefined; message: string }): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'the server refused the connection (ECONNREFUSED): check the base URL, and that the server runs';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name could not be resolved (${code}): check the base URL and the network`;
    case 'ECONNRESET':
      return 'the server closed the connection without answering (ECONNRESET)';
    case 'EPIPE':
      return 'the server closed the connection while the body was being sent (EPIPE)';
    case 'ETIMEDOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `the server could not be reached (${code}): check the network`;
    default:
      if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `the server's TLS certificate was not accepted (${code})`;
      return code ? `${message} (${code})` : message;
  }
}
