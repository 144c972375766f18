import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleRecord } from '../doc/record.js';
import { createApp } from './app.js';
import type { Analyzer } from './analyze.js';
import { MemoryStore } from './testing/memory-store.js';
import { floodRecord } from './testing/records.js';

const echoAnalyzer: Analyzer = async (body) =>
  floodRecord({ text: body.text ?? body.html ?? body.url ?? '', entities: [], events: [], quotes: [] });

function setup(opts: { token?: string; cors?: string[]; perMinute?: number; burst?: number } = {}) {
  const store = new MemoryStore();
  const a1 = store.put(floodRecord(), 's1');
  const a2 = store.put(floodRecord({ title: 'More rain for Eastbay', published: '2026-03-05' }), 's1');
  const a3 = store.put(
    floodRecord({
      title: 'Unrelated budget vote',
      text: 'The council voted.',
      entities: [],
      events: [],
      quotes: [],
    }),
    's2',
  );
  const app = createApp({
    store,
    analyze: echoAnalyzer,
    token: opts.token ?? null,
    corsOrigins: opts.cors ?? [],
    rateLimit: { perMinute: opts.perMinute ?? 6000, burst: opts.burst ?? 1000 },
    bodyLimit: 10_000,
    web: new Map([
      [
        'index.html',
        {
          type: 'text/html; charset=utf-8',
          body: new TextEncoder().encode('<!doctype html><title>Dateline</title>'),
        },
      ],
    ]),
    onInternalError: () => {},
  });
  return { app, store, ids: [a1, a2, a3] };
}

const post = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

describe('API routes', () => {
  it('GET /api/health answers with the store kind and counts', async () => {
    const res = await setup().app.request('/api/health');
    assert.equal(res.status, 200);
    const body = await json(res);
    assert.equal(body.status, 'ok');
    assert.equal(body.store, 'memory');
  });

  it('GET /api/openapi.json lists every contract path', async () => {
    const doc = await json(await setup().app.request('/api/openapi.json'));
    assert.equal(doc.openapi, '3.1.0');
    for (const p of [
      '/api/health',
      '/api/analyze',
      '/api/articles',
      '/api/articles/{id}',
      '/api/stories',
      '/api/stories/{id}',
      '/api/entities/{id}',
      '/api/events',
    ])
      assert.ok(p in (doc.paths as object), p);
  });

  it('POST /api/analyze returns the analyzer record', async () => {
    const res = await setup().app.request('/api/analyze', post(JSON.stringify({ text: 'Hello there.' })));
    assert.equal(res.status, 200);
    assert.equal(((await json(res)) as unknown as ArticleRecord).text, 'Hello there.');
  });

  it('GET /api/articles searches and pages, newest first', async () => {
    const { app } = setup();
    const all = (await json(await app.request('/api/articles'))).articles as Array<{ title: string }>;
    assert.deepEqual(
      all.map((a) => a.title),
      ['More rain for Eastbay', 'Floods hit Eastbay', 'Unrelated budget vote'],
    );
    const hit = (await json(await app.request('/api/articles?q=budget'))).articles as unknown[];
    assert.equal(hit.length, 1);
    const paged = (await json(await app.request('/api/articles?limit=1&offset=1'))).articles as Array<{
      title: string;
    }>;
    assert.deepEqual(
      paged.map((a) => a.title),
      ['Floods hit Eastbay'],
    );
  });

  it('GET /api/articles/:id counts reads and gives related articles', async () => {
    const { app, ids } = setup();
    const first = await json(await app.request(`/api/articles/${ids[0]}`));
    const second = await json(await app.request(`/api/articles/${ids[0]}`));
    assert.equal(first.reads, 1);
    assert.equal(second.reads, 2);
    assert.deepEqual(
      (second.related as Array<{ id: string }>).map((r) => r.id),
      [ids[1]],
    );
  });

  it('stories, entities and events endpoints answer', async () => {
    const { app } = setup();
    const stories = (await json(await app.request('/api/stories'))).stories as Array<{
      id: string;
      articles: number;
    }>;
    assert.equal(stories.find((s) => s.id === 's1')?.articles, 2);
    const story = await json(await app.request('/api/stories/s1'));
    assert.equal((story.timeline as unknown[]).length, 2);
    const ents = (await json(await app.request('/api/entities?q=okafor'))).entities as Array<{ id: string }>;
    assert.equal(ents.length, 1);
    const ent = await json(await app.request(`/api/entities/${ents[0]!.id}`));
    assert.equal(ent.name, 'Lena Okafor');
    const events = (await json(await app.request('/api/events?type=ASSAULT&from=2026-03-01&to=2026-03-31')))
      .events as unknown[];
    assert.equal(events.length, 2);
    const none = (await json(await app.request('/api/events?type=PROTEST'))).events as unknown[];
    assert.equal(none.length, 0);
  });
});

describe('API errors: one shape, the right status', () => {
  const cases: Array<[string, string, RequestInit | undefined, number, string]> = [
    ['malformed JSON', '/api/analyze', post('{"text": '), 400, 'bad-json'],
    ['JSON that is not an object', '/api/analyze', post('[1,2]'), 400, 'bad-request'],
    ['unknown field', '/api/analyze', post('{"text":"a","evil":1}'), 400, 'bad-request'],
    ['two inputs at once', '/api/analyze', post('{"text":"a","html":"<p>b</p>"}'), 400, 'bad-request'],
    ['no input', '/api/analyze', post('{}'), 400, 'bad-request'],
    ['a bad date', '/api/analyze', post('{"text":"a","published":"yesterday"}'), 400, 'bad-request'],
    [
      'not JSON',
      '/api/analyze',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' },
      415,
      'unsupported-media-type',
    ],
    [
      'over the body limit',
      '/api/analyze',
      post(JSON.stringify({ text: 'x'.repeat(20_000) })),
      413,
      'too-large',
    ],
    ['a bad limit', '/api/articles?limit=1000', undefined, 400, 'bad-request'],
    ['an unknown query parameter', '/api/articles?drop=table', undefined, 400, 'bad-request'],
    ['a bad event type', '/api/events?type=%3Cscript%3E', undefined, 400, 'bad-request'],
    ['from after to', '/api/events?from=2026-03-02&to=2026-03-01', undefined, 400, 'bad-request'],
    ['an unknown article', '/api/articles/nope', undefined, 404, 'not-found'],
    ['an id with path tricks', '/api/articles/..%2F..%2Fetc', undefined, 404, 'not-found'],
    ['an unknown story', '/api/stories/zzz', undefined, 404, 'not-found'],
    ['an unknown endpoint', '/api/nothing', undefined, 404, 'not-found'],
    ['an unknown page', '/nothing.php', undefined, 404, 'not-found'],
  ];
  for (const [what, path, init, status, code] of cases) {
    it(`${what} → ${status} ${code}`, async () => {
      const res = await setup().app.request(path, init);
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      const body = (await json(res)) as { error: { code: string; message: string } };
      assert.equal(body.error.code, code);
      assert.ok(!body.error.message.includes('\n'));
    });
  }

  it('a body over the limit without Content-Length (chunked) is cut off at the limit', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ text: 'y'.repeat(50_000) }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < big.length; i += 4096) controller.enqueue(big.slice(i, i + 4096));
        controller.close();
      },
    });
    const res = await setup().app.request('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
  });

  it('an analyzer bug is a 500 without details', async () => {
    const store = new MemoryStore();
    const app = createApp({
      store,
      analyze: async () => {
        throw new Error('secret stack detail');
      },
      web: null,
      onInternalError: () => {},
    });
    const res = await app.request('/api/analyze', post('{"text":"a"}'));
    assert.equal(res.status, 500);
    assert.doesNotMatch(await res.text(), /secret/);
  });
});

describe('API protections', () => {
  it('write endpoints need the token when one is set; reads do not', async () => {
    const { app } = setup({ token: 's3cret' });
    assert.equal((await app.request('/api/analyze', post('{"text":"a"}'))).status, 401);
    assert.equal(
      (await app.request('/api/analyze', post('{"text":"a"}', { authorization: 'Bearer wrong' }))).status,
      401,
    );
    assert.equal(
      (await app.request('/api/analyze', post('{"text":"a"}', { authorization: 'Bearer s3cret' }))).status,
      200,
    );
    assert.equal((await app.request('/api/articles')).status, 200);
  });

  it('CORS is off by default and on for listed origins only', async () => {
    const off = await setup().app.request('/api/articles', {
      headers: { origin: 'https://elsewhere.example' },
    });
    assert.equal(off.headers.get('access-control-allow-origin'), null);
    const { app } = setup({ cors: ['https://ok.example'] });
    const on = await app.request('/api/articles', { headers: { origin: 'https://ok.example' } });
    assert.equal(on.headers.get('access-control-allow-origin'), 'https://ok.example');
    const other = await app.request('/api/articles', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('rate limiting answers 429 with Retry-After past the burst', async () => {
    const { app } = setup({ perMinute: 60, burst: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.request('/api/health')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const res = await app.request('/api/health');
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
  });

  it('every response carries a strict Content-Security-Policy and nosniff', async () => {
    for (const path of ['/', '/api/articles', '/api/nothing']) {
      const res = await setup().app.request(path);
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/, path);
      assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  it('serves the UI page and only names from its fixed list', async () => {
    const { app } = setup();
    assert.equal((await app.request('/')).status, 200);
    assert.equal((await app.request('/assets/..%2F..%2Fpackage.json')).status, 404);
    assert.equal((await app.request('/assets/missing.js')).status, 404);
  });
});
