import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { HttpStatusError } from './fetch.js';
import { PoliteFetcher, parseRobots, retryDelay } from './polite.js';

describe('parseRobots', () => {
  const ROBOTS = `# test
User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: dateline
User-agent: otherbot
Disallow: /no-dateline
`;
  const cases: Array<[string, string, boolean]> = [
    ['*', '/news/1', true],
    ['*', '/private/x', false],
    ['*', '/private/open/y', true],
    ['*', '/file.pdf', false],
    ['*', '/file.pdf?x', true],
    ['dateline', '/private/x', true],
    ['dateline', '/no-dateline/1', false],
  ];
  for (const [agent, path, allowed] of cases)
    it(`${agent} ${path} → ${allowed ? 'allowed' : 'disallowed'}`, () =>
      assert.equal(parseRobots(ROBOTS, agent === '*' ? 'somebot' : agent).allow(path), allowed));
  it('reads Crawl-delay; an empty Disallow allows all', () => {
    assert.equal(parseRobots(ROBOTS, 'somebot').crawlDelayMs, 2000);
    assert.equal(parseRobots('User-agent: *\nDisallow:\n').allow('/x'), true);
  });
});

describe('retryDelay', () => {
  const cases: Array<[string, unknown, number, number | null]> = [
    ['503 backs off', new HttpStatusError('x', 503, null), 2, 400],
    ['429 with Retry-After', new HttpStatusError('x', 429, 3), 0, 3000],
    ['404 is final', new HttpStatusError('x', 404, null), 0, null],
    ['Retry-After of an hour gives up', new HttpStatusError('x', 503, 3600), 0, null],
  ];
  for (const [name, err, attempt, want] of cases)
    it(name, () => assert.equal(retryDelay(err, attempt, 100), want));
});

describe('PoliteFetcher', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  let flaky = 0;
  before(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.push(`${path}${req.headers['if-none-match'] ? ' (conditional)' : ''}`);
      if (path === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /secret\n');
      } else if (path === '/flaky' && flaky++ < 2) {
        res.writeHead(503);
        res.end();
      } else if (path === '/page' && req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
      } else {
        res.writeHead(200, {
          'content-type': 'text/html',
          etag: '"v1"',
          'last-modified': 'Tue, 05 Mar 2024 10:00:00 GMT',
        });
        res.end(`<p>${path}</p>`);
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('reads robots.txt once, refuses what it disallows, retries 503s, sends validators', async () => {
    const sleeps: number[] = [];
    const fetcher = new PoliteFetcher({
      delayMs: 5,
      backoffMs: 10,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      cache: {
        get: async (url) =>
          url.endsWith('/page')
            ? { url, etag: '"v1"', lastModified: null, contentHash: 'h1', fetchedAt: '2024-03-05T00:00:00Z' }
            : null,
      },
    });
    await assert.rejects(fetcher.fetch(`${base}/secret/x`), /robots\.txt .* disallows/);
    const flakyRes = await fetcher.fetch(`${base}/flaky`);
    assert.equal(flakyRes.bytes.toString(), '<p>/flaky</p>');
    assert.equal(flakyRes.etag, '"v1"');
    const page = await fetcher.fetch(`${base}/page`);
    assert.equal(page.unchanged, 'h1');
    assert.deepEqual(hits, ['/robots.txt', '/flaky', '/flaky', '/flaky', '/page (conditional)']);
    assert.ok(sleeps.includes(10) && sleeps.includes(20), `backoff sleeps: ${sleeps}`);
    assert.ok(sleeps.filter((s) => s === 5).length >= 4, 'a delay after each request to the host');
  });

  it('treats an unreachable robots.txt as disallow-all (RFC 9309)', async () => {
    const fetcher = new PoliteFetcher({ delayMs: 0, retries: 0, fetch: { timeoutMs: 2000 } });
    await assert.rejects(fetcher.fetch('http://127.0.0.1:1/x'), /disallows/);
  });
});
