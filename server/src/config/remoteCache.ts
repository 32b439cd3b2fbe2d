import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../atomicWrite';
import { PromiseCache } from './promiseCache';
import { displayUrl, remoteUrlProblem } from './remoteUrl';

export const DEFAULT_REMOTE_TIMEOUT_MS = 10_000;

export interface RemoteCacheOptions {
  /** The cache directory; entries live in its `remote/` folder. */
  readonly directory: string;
  readonly fetch: typeof fetch;
  /** Revalidate cached copies (If-None-Match) instead of using them as they are. */
  readonly refresh: boolean;
  readonly timeoutMs: number;
}

export type RemoteText =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** One cached document: its body with what is needed to revalidate it. */
export interface CacheEntry {
  /** As `displayUrl` shows it: secrets are not written to disk. */
  readonly url: string;
  readonly etag?: string;
  readonly fetchedAt: string;
  readonly body: string;
}

type Download =
  | { readonly kind: 'fresh'; readonly body: string; readonly etag: string | undefined }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly reason: string };

/** `$CE_INSTANCE_CACHE_DIR`, else `$XDG_CACHE_HOME/ce-instance`, else `~/.cache/ce-instance`. */
export function defaultCacheDirectory(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  if (env.CE_INSTANCE_CACHE_DIR) return path.resolve(env.CE_INSTANCE_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return path.join(path.resolve(env.XDG_CACHE_HOME), 'ce-instance');
  return path.join(home, '.cache', 'ce-instance');
}

/**
 * Remote configs and schemas, kept on disk so that linting works offline and does not touch the
 * network on every run. A cached copy is used as it is unless `refresh` asks to revalidate it.
 * Each URL is looked at once per RemoteCache, failures included: a run over many files does not
 * wait for a server that is down once per file.
 */
export class RemoteCache {
  private readonly texts = new PromiseCache<RemoteText>();

  constructor(private readonly options: RemoteCacheOptions) {}

  /** The URL must already have passed `remoteUrlProblem`. */
  get(url: URL): Promise<RemoteText> {
    return this.texts.get(url.href, () => this.load(url));
  }

  /** Where the copy of `url` is kept. Named by a hash of the full URL, so no part of it shows in the name. */
  entryPath(url: URL): string {
    return path.join(this.options.directory, 'remote', `${crypto().createHash('sha256').update(url.href).digest('hex')}.json`);
  }

  private async load(url: URL): Promise<RemoteText> {
    const file = this.entryPath(url);
    const cached = await readEntry(file);
    if (cached && !this.options.refresh) return { ok: true, text: cached.body, warnings: [] };

    const download = await this.download(url, cached);
    const shown = displayUrl(url);
    if (download.kind === 'failed') {
      if (!cached) return { ok: false, reason: download.reason };
      return { ok: true, text: cached.body, warnings: [`Could not refresh ${shown} (${download.reason}); using the cached copy fetched ${cached.fetchedAt}.`] };
    }
    const entry: CacheEntry = download.kind === 'fresh'
      ? { url: shown, ...(download.etag && { etag: download.etag }), fetchedAt: new Date().toISOString(), body: download.body }
      : { ...cached!, fetchedAt: new Date().toISOString() };
    const warnings: string[] = [];
    try {
      // Readers see the old entry or the new one, never half of one.
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify(entry, null, 2)}\n`);
    } catch (error) {
      warnings.push(`Could not cache ${shown} in ${this.options.directory} (${errorCode(error)}): it will be fetched again next time. Make the directory writable or set CE_INSTANCE_CACHE_DIR.`);
    }
    return { ok: true, text: entry.body, warnings };
  }

  private async download(url: URL, cached: CacheEntry | undefined): Promise<Download> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    try {
      const response = await this.options.fetch(url.href, { headers, redirect: 'follow', signal: AbortSignal.timeout(this.options.timeoutMs) });
      // A redirect must not lead from https to plain http elsewhere.
      const redirectProblem = response.redirected ? remoteUrlProblem(new URL(response.url)) : undefined;
      if (redirectProblem) return failed(response, `redirected to a URL that is not allowed: ${redirectProblem}`);
      if (response.status === 304 && cached) return { kind: 'not-modified' };
      if (!response.ok) return failed(response, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      return { kind: 'fresh', body: await response.text(), etag: response.headers.get('etag') ?? undefined };
    } catch (error) {
      return { kind: 'failed', reason: fetchFailureReason(error, this.options.timeoutMs) };
    }
  }
}

function failed(response: Response, reason: string): Download {
  // Release the connection; the body is not wanted.
  response.body?.cancel().catch(() => undefined);
  return { kind: 'failed', reason };
}

async function readEntry(file: string): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<CacheEntry>;
    if (typeof entry.body !== 'string' || typeof entry.fetchedAt !== 'string' || typeof entry.url !== 'string') return undefined;
    if (entry.etag !== undefined && typeof entry.etag !== 'string') return undefined;
    return entry as CacheEntry;
  } catch {
    // Missing or damaged: as if never fetched.
    return undefined;
  }
}

function fetchFailureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  // Node's fetch says only "fetch failed"; the cause has the useful part (ECONNREFUSED, ENOTFOUND).
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  return errorCode(error);
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** node:crypto is loaded when a remote document is first cached: loading it costs every start of the CLI. */
function crypto(): typeof import('node:crypto') {
  return require('node:crypto') as typeof import('node:crypto');
}
