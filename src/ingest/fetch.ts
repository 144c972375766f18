/**
 * Polite fetching of one page.
 *
 * 1. Check the URL: http(s) only, a host, no credentials (removed, never sent), a sane length.
 * 2. GET it with our User-Agent and Accept headers, under one deadline for the whole fetch.
 * 3. Redirects are followed by hand, at most `maxRedirects`, each new URL checked like the first.
 * 4. A non-2xx status fails with that status; a body over the cap is abandoned mid-stream.
 * 5. The content coding (gzip, deflate, br) is undone with a cap on the output.
 * The final URL is the page's address.
 */
import { type Dispatcher, request } from 'undici';
import { DatelineError, type Warning, warning } from '../doc/errors.js';
import { type Coding, decompress, formatBytes, readStreamCapped } from './bytes.js';
import { ACCEPT, ACCEPT_ENCODING, INPUT_LIMITS, USER_AGENT } from './limits.js';

export interface FetchOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Cap on the response body as sent (before content decoding). */
  maxBytes?: number;
  /** Cap on the body after content decoding. */
  maxDecodedBytes?: number;
  /** For tests: a custom undici dispatcher. */
  dispatcher?: Dispatcher;
  /** Extra request headers (conditional GET: If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /** Statuses returned (with an empty body) instead of failing, e.g. 304 for a conditional GET. */
  acceptStatuses?: readonly number[];
}

/** A non-2xx answer: the status (and Retry-After, in seconds) for callers that retry. */
export class HttpStatusError extends DatelineError {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterS: number | null,
  ) {
    super('fetch-failed', message);
  }
}

export interface Fetched {
  /** The final URL, after redirects, without credentials. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
  warnings: Warning[];
  /** Validators of the response, for a later conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

/** Is this spec a URL (a scheme before a colon) rather than a path? `C:\...` is a path. */
export function looksLikeUrl(spec: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(spec);
}

/**
 * An http(s) URL, checked and without credentials, or a bad-url error.
 * `warnings` receives a note when credentials were removed.
 */
export function checkUrl(spec: string, warnings: Warning[] = []): URL {
  const shown = redactUrl(spec);
  if (spec.length > INPUT_LIMITS.maxUrlLength)
    throw new DatelineError('bad-url', `URL is over ${INPUT_LIMITS.maxUrlLength} characters`);
  if (/[\s\0]/.test(spec.trim()))
    throw new DatelineError('bad-url', `URL contains spaces or control characters: ${shown}`);
  let url: URL;
  try {
    url = new URL(spec.trim());
  } catch (cause) {
    throw new DatelineError('bad-url', `malformed URL: ${shown}`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DatelineError('bad-url', `only http(s) URLs can be fetched, not ${url.protocol} (${shown})`);
  if (!url.hostname) throw new DatelineError('bad-url', `URL has no host: ${shown}`);
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
    warnings.push(warning('url-credentials', 'credentials in the URL were removed and not sent'));
  }
  url.hash = '';
  return url;
}

/** A URL string safe to print: credentials replaced (best effort on malformed input). */
export function redactUrl(spec: string): string {
  return spec.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1');
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export async function fetchUrl(spec: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? INPUT_LIMITS.fetchTimeoutMs;
  const maxRedirects = opts.maxRedirects ?? INPUT_LIMITS.maxRedirects;
  const maxBytes = opts.maxBytes ?? INPUT_LIMITS.maxFetchBytes;
  const maxDecoded = opts.maxDecodedBytes ?? INPUT_LIMITS.maxDecodedBytes;
  const warnings: Warning[] = [];
  // 1.
  let url = checkUrl(spec, warnings);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      // 2.
      const res = await request(url, {
        method: 'GET',
        headers: {
          'user-agent': opts.userAgent ?? USER_AGENT,
          accept: ACCEPT,
          'accept-encoding': ACCEPT_ENCODING,
          'accept-language': 'en;q=1, *;q=0.5',
          ...opts.headers,
        },
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}),
      });
      const header = (name: string): string | null => {
        const v = res.headers[name];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      // 3.
      if (REDIRECT_STATUSES.has(res.statusCode) && header('location')) {
        await res.body.dump();
        if (hop >= maxRedirects)
          throw new DatelineError(
            'fetch-failed',
            `more than ${maxRedirects} redirects (last to ${url.href})`,
          );
        let next: URL;
        try {
          next = new URL(header('location')!, url);
        } catch (cause) {
          throw new DatelineError('fetch-failed', `redirected to a malformed URL from ${url.href}`, {
            cause,
          });
        }
        try {
          url = checkUrl(next.href, warnings);
        } catch (cause) {
          const msg = cause instanceof Error ? cause.message : String(cause);
          throw new DatelineError('fetch-failed', `redirected to a URL that cannot be fetched: ${msg}`, {
            cause,
          });
        }
        continue;
      }
      // 4.
      if (opts.acceptStatuses?.includes(res.statusCode)) {
        await res.body.dump();
        return {
          url: url.href,
          status: res.statusCode,
          contentType: header('content-type'),
          bytes: Buffer.alloc(0),
          warnings,
          etag: header('etag'),
          lastModified: header('last-modified'),
        };
      }
      if (res.statusCode < 200 || res.statusCode > 299) {
        await res.body.dump();
        const retry = Number(header('retry-after'));
        throw new HttpStatusError(
          `HTTP ${res.statusCode} from ${url.href}`,
          res.statusCode,
          Number.isFinite(retry) && retry >= 0 ? retry : null,
        );
      }
      const declared = Number(header('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.body.destroy();
        throw new DatelineError(
          'too-large',
          `the response (${formatBytes(declared)}) is over the ${formatBytes(maxBytes)} cap`,
        );
      }
      let bytes = await readStreamCapped(res.body, maxBytes, 'the response');
      // 5.
      const coding = contentCoding(header('content-encoding'));
      if (coding === 'unknown')
        throw new DatelineError(
          'fetch-failed',
          `unsupported Content-Encoding: ${header('content-encoding')}`,
        );
      if (coding && bytes.length > 0) bytes = await decompress(bytes, coding, maxDecoded);
      return {
        url: url.href,
        status: res.statusCode,
        contentType: header('content-type'),
        bytes,
        warnings,
        etag: header('etag'),
        lastModified: header('last-modified'),
      };
    }
  } catch (cause) {
    if (cause instanceof DatelineError) throw cause;
    if (signal.aborted || isTimeout(cause))
      throw new DatelineError('fetch-failed', `timed out after ${timeoutMs / 1000} s: ${url.href}`, {
        cause,
      });
    const err = cause as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
    const detail = err.cause?.code ?? err.code ?? (err instanceof Error ? err.message : String(cause));
    throw new DatelineError('fetch-failed', `could not fetch ${url.href}: ${detail}`, { cause });
  }
}

function isTimeout(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  const name = (err as { name?: string })?.name ?? '';
  return /TIMEOUT/i.test(code) || name === 'TimeoutError' || name === 'AbortError';
}

/** The content coding of a response: null for identity, 'unknown' for one we cannot undo. */
function contentCoding(value: string | null): Coding | 'unknown' | null {
  const v = (value ?? '').trim().toLowerCase();
  if (!v || v === 'identity') return null;
  if (v === 'gzip' || v === 'x-gzip') return 'gzip';
  if (v === 'deflate') return 'deflate';
  if (v === 'br') return 'br';
  return 'unknown';
}
