/**
 * The HTTP API and the web UI's files, as one Hono app over a Store (../shared/docs/record.md, "HTTP API").
 *
 * 1. Every response: security headers (a strict Content-Security-Policy: the UI's own scripts only).
 * 2. CORS: off unless origins are given.
 * 3. Rate limit per client address (429 with Retry-After).
 * 4. Write endpoints (POST) need the bearer token when one is set (always when bound beyond loopback).
 * 5. Bodies: JSON only, read with a hard byte cap (413), validated by schema (400).
 * 6. Routes; unknown paths 404; every error through one handler as {"error": {code, message}}.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { TSchema } from '@sinclair/typebox';
import { type Context, Hono } from 'hono';
import { entityKey } from '../store/rows.js';
import type { Store } from '../store/types.js';
import type { Analyzer } from './analyze.js';
import { ApiError, errorBody, toApiError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import {
  AnalyzeBodySchema,
  EventsQuerySchema,
  ID_PATTERN,
  ListQuerySchema,
  MAX_DOCUMENT_CHARS,
} from './schemas.js';
import { validate } from './validate.js';
import { type WebAssets, webAssets } from './web-assets.js';

export interface ApiOptions {
  store: Store;
  analyze: Analyzer;
  /** Bearer token required by write endpoints; null: none (only safe on loopback). */
  token?: string | null;
  /** Origins allowed to call the API from a browser; empty: CORS off (the default). */
  corsOrigins?: readonly string[];
  rateLimit?: RateLimitOptions;
  /** Request body cap in bytes. */
  bodyLimit?: number;
  /** The UI's files; null: API only. */
  web?: WebAssets | null;
  /** Called with errors that became 500s (default: one line on stderr). */
  onInternalError?: (err: unknown) => void;
}

/** Defaults, each with its reason. */
export const API_DEFAULTS = {
  /** 6 MB: a 5M-character document in JSON plus quoting; anything bigger is not one article. */
  bodyLimit: MAX_DOCUMENT_CHARS + 1024 * 1024,
  /** 120/min with bursts of 60: a person clicking through the UI never meets it; a scraper does. */
  rateLimit: { perMinute: 120, burst: 60 } satisfies RateLimitOptions,
  /** Analysis is CPU-bound: at most this many at once, the rest get 503 rather than a pile-up. */
  maxConcurrentAnalyses: 4,
} as const;

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function createApp(opts: ApiOptions): Hono {
  const app = new Hono();
  const limiter = new RateLimiter(opts.rateLimit ?? API_DEFAULTS.rateLimit);
  const bodyLimit = opts.bodyLimit ?? API_DEFAULTS.bodyLimit;
  const cors = new Set(opts.corsOrigins ?? []);
  const tokenHash = opts.token ? sha256(opts.token) : null;
  const web = opts.web === undefined ? webAssets() : opts.web;
  const { store } = opts;
  let analysesRunning = 0;

  // 1–2.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && cors.has(origin);
    if (allowed && c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type, authorization',
        'access-control-max-age': '600',
        vary: 'origin',
      });
    }
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    if (allowed) {
      c.header('access-control-allow-origin', origin);
      c.header('vary', 'origin');
    }
  });
  // 3.
  app.use('/api/*', async (c, next) => {
    const wait = limiter.take(clientAddress(c));
    if (wait > 0) {
      c.header('retry-after', String(wait));
      throw new ApiError(429, 'rate-limited', `too many requests: retry in ${wait} s`);
    }
    await next();
  });
  // 4.
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && tokenHash) {
      const auth = c.req.header('authorization') ?? '';
      const given = /^Bearer (.+)$/.exec(auth)?.[1];
      if (!given || !timingSafeEqual(sha256(given), tokenHash))
        throw new ApiError(401, 'unauthorized', 'this endpoint needs "Authorization: Bearer <token>"');
    }
    await next();
  });

  // 6. Routes.
  app.get('/api/health', async (c) =>
    c.json({ status: 'ok', version: '0.1.0', store: store.kind, stats: await store.stats() }),
  );
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.post('/api/analyze', async (c) => {
    const body = validate(AnalyzeBodySchema, await readJson(c, bodyLimit), 'request body');
    if ([body.text, body.html, body.url].filter((v) => v !== undefined).length !== 1)
      throw new ApiError(400, 'bad-request', 'give exactly one of "text", "html" and "url"');
    if (analysesRunning >= API_DEFAULTS.maxConcurrentAnalyses)
      throw new ApiError(503, 'busy', 'too many analyses at once: retry shortly');
    analysesRunning++;
    try {
      return c.json(await opts.analyze(body));
    } finally {
      analysesRunning--;
    }
  });
  app.get('/api/articles', async (c) => {
    const q = query(c, ListQuerySchema);
    return c.json({ articles: await store.searchArticles(blankToUndefined(q.q), ...page(q)) });
  });
  app.get('/api/articles/:id', async (c) => {
    const id = idParam(c);
    const article = await store.getArticle(id);
    if (!article) throw new ApiError(404, 'not-found', `no article ${id}`);
    await store.recordRead(id);
    // Each record entity's store-wide id, so that the UI can link a name to its entity page.
    const entityIds = Object.fromEntries((article.record.entities ?? []).map((e) => [e.id, entityKey(e)]));
    return c.json({ ...article, reads: article.reads + 1, entityIds });
  });
  app.get('/api/stories', async (c) => {
    const q = query(c, ListQuerySchema);
    return c.json({ stories: await store.listStories(...page(q)) });
  });
  app.get('/api/stories/:id', async (c) => {
    const id = idParam(c);
    const story = await store.getStory(id);
    if (!story) throw new ApiError(404, 'not-found', `no story ${id}`);
    return c.json(story);
  });
  app.get('/api/entities', async (c) => {
    const q = query(c, ListQuerySchema);
    return c.json({ entities: await store.searchEntities(blankToUndefined(q.q), ...page(q)) });
  });
  app.get('/api/entities/:id', async (c) => {
    const id = idParam(c);
    const entity = await store.getEntity(id);
    if (!entity) throw new ApiError(404, 'not-found', `no entity ${id}`);
    return c.json(entity);
  });
  app.get('/api/events', async (c) => {
    const q = query(c, EventsQuerySchema);
    if (q.from && q.to && q.from > q.to) throw new ApiError(400, 'bad-request', '"from" is after "to"');
    const [limit, offset] = page(q);
    return c.json({
      events: await store.listEvents({
        limit,
        offset,
        ...(q.type ? { type: q.type } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      }),
    });
  });
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', 'no such API endpoint');
  });

  // The UI: its own files only, from a fixed list (no path from the request ever reaches the disk).
  if (web) {
    app.get('/', (c) => assetResponse(c, web, 'index.html'));
    app.get('/assets/:name', (c) => assetResponse(c, web, c.req.param('name')));
  }

  app.notFound((c) => c.json(errorBody(new ApiError(404, 'not-found', 'not found')), 404));
  app.onError((err, c) => {
    const e = toApiError(err);
    if (e.status === 500) (opts.onInternalError ?? defaultInternal)(err);
    return c.json(errorBody(e), e.status);
  });
  return app;
}

function defaultInternal(err: unknown): void {
  process.stderr.write(`dateline serve: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
}

function assetResponse(c: Context, web: WebAssets, name: string): Response {
  const asset = web.get(name);
  if (!asset) throw new ApiError(404, 'not-found', 'not found');
  return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not behind the Node server (app.request in tests): one shared bucket
  }
}

function query<S extends TSchema>(c: Context, schema: S) {
  return validate(schema, c.req.query(), 'query');
}

function page(q: { limit?: string | undefined; offset?: string | undefined }): [number, number] {
  return [q.limit ? Number(q.limit) : 20, q.offset ? Number(q.offset) : 0];
}

function blankToUndefined(s: string | undefined): string | undefined {
  return s && s.trim() ? s.trim() : undefined;
}

function idParam(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!ID_PATTERN.test(id)) throw new ApiError(404, 'not-found', 'no such id');
  return id;
}

/** Reads a JSON body with a hard cap on bytes actually received (Content-Length is not trusted). */
async function readJson(c: Context, limit: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ApiError(415, 'unsupported-media-type', 'send the body as application/json');
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) throw new ApiError(413, 'too-large', `request body over ${limit} bytes`);
  const stream = c.req.raw.body;
  if (!stream) throw new ApiError(400, 'bad-request', 'empty request body');
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError(413, 'too-large', `request body over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'bad-json', 'the request body is not valid JSON');
  }
}
