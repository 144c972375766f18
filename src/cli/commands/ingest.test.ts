import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { articlePage, httpResponse, warcRecord } from '../../ingest/test-pages.js';
import { runCli } from '../../testing/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const pages = join(dir, 'pages');
mkdirSync(pages);
for (let i = 1; i <= 4; i++) writeFileSync(join(pages, `p${i}.html`), articlePage(i));
// Article 1 again under other chrome (another nav, an aside, another footer year): a duplicate.
writeFileSync(join(pages, 'p1-mirror.html'), articlePage(1, 2));

const json = (s: string) => JSON.parse(s.trim().split('\n').at(-1)!) as Record<string, number>;

describe('dateline ingest', () => {
  const db = join(dir, 'a.db');

  it('stores new articles, counts the same article under other chrome as a duplicate, and is idempotent', async () => {
    const first = await runCli(['ingest', '--db', db, '--jobs', '1', pages]);
    assert.equal(first.code, 0, first.err);
    assert.deepEqual(json(first.out), { documents: 5, new: 4, duplicates: 1, failed: 0 });
    const again = await runCli(['ingest', '--db', db, '--jobs', '1', pages]);
    assert.deepEqual(json(again.out), { documents: 5, new: 0, duplicates: 5, failed: 0 });
    const stats = await runCli(['stats', '--db', db, '--format', 'json']);
    const s = json(stats.out);
    assert.deepEqual([s.articles, s.documents, s.duplicates], [4, 5, 1]);
    // The clusterer decides how the four articles group; each is in exactly one story.
    assert.ok(s.stories! >= 1 && s.stories! <= 4, `${s.stories} stories`);
    assert.ok(s.entities! > 0, 'entities stored');
  });

  it('uses $DATELINE_DB, prints stats as text on request, refuses a missing store', async () => {
    const env = { DATELINE_DB: join(dir, 'env.db') };
    const r = await runCli(['ingest', '--jobs', '1', join(pages, 'p2.html')], '', env);
    assert.deepEqual(json(r.out), { documents: 1, new: 1, duplicates: 0, failed: 0 });
    assert.ok(existsSync(env.DATELINE_DB));
    const text = await runCli(['stats', '--format', 'text'], '', env);
    assert.match(text.out, /^articles\s+1$/m);
    const missing = await runCli(['stats', '--db', join(dir, 'none.db')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no store at .*none\.db/);
  });

  const usage: Array<[string, string[]]> = [
    ['no input', ['ingest', '--db', join(dir, 'u.db')]],
    ['a bad --jobs', ['ingest', '--jobs', 'many', pages]],
    ['a bad --delay-ms', ['ingest', '--delay-ms', '-1', pages]],
    ['stats with an input', ['stats', 'x']],
  ];
  for (const [name, args] of usage)
    it(`exits 2 on ${name}`, async () => {
      const r = await runCli(args);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim().split('\n').length, 1);
    });

  it('gives one line per bad WARC record, keeps the good ones and what was stored', async () => {
    const warc = join(dir, 'mixed.warc');
    writeFileSync(
      warc,
      Buffer.concat([
        warcRecord('response', 'https://w.example/10', httpResponse(articlePage(10))),
        Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n'),
        warcRecord('response', 'https://w.example/11', httpResponse(articlePage(11))),
        warcRecord('response', 'https://w.example/12', Buffer.from('not an http message')),
      ]),
    );
    const r = await runCli(['ingest', '--db', db, '--jobs', '1', warc]);
    assert.equal(r.code, 1);
    assert.deepEqual(json(r.out), { documents: 4, new: 2, duplicates: 0, failed: 2 });
    const errors = r.err.trim().split('\n');
    assert.equal(errors.length, 2);
    for (const e of errors)
      assert.match(e, /^dateline ingest: .*mixed\.warc#\d+: bad WARC: .* \(unreadable\)$/);
    const s = json((await runCli(['stats', '--db', db, '--format', 'json'])).out);
    assert.equal(s.articles, 6);
  });
});

describe('dateline ingest of a directory', () => {
  it('reads its pages and its WARC files (no empty-directory warning for a folder of WARCs)', async () => {
    const root = join(dir, 'crawl');
    mkdirSync(join(root, 'warc'), { recursive: true });
    writeFileSync(join(root, 'page.html'), articlePage(30));
    const warc = Buffer.concat([
      warcRecord('response', 'https://w.example/31', httpResponse(articlePage(31))),
    ]);
    writeFileSync(join(root, 'warc', 'a.warc.gz'), gzipSync(warc));
    const db = join(dir, 'dir.db');
    const r = await runCli(['ingest', '--db', db, '--jobs', '1', root]);
    assert.deepEqual(json(r.out), { documents: 2, new: 2, duplicates: 0, failed: 0 });
    const only = await runCli(['ingest', '--db', db, '--jobs', '1', join(root, 'warc')]);
    assert.deepEqual(json(only.out), { documents: 1, new: 0, duplicates: 1, failed: 0 });
    assert.equal(only.err, '');
  });
});

describe('dateline ingest from a feed (local server)', () => {
  let server: Server;
  let base = '';
  const seen: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      seen.push(`${path}${req.headers['if-none-match'] ? ' 304?' : ''}`);
      if (path === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /private\n');
      } else if (path === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><link>${base}/news/20</link></item><item><link>${base}/news/21</link></item>
<item><link>${base}/private/22</link></item><item><title>no link</title></item></channel></rss>`);
      } else if (path.startsWith('/news/')) {
        const tag = `"${path}"`;
        if (req.headers['if-none-match'] === tag) {
          res.writeHead(304);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: tag });
        res.end(articlePage(Number(path.slice(6))));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches the pages a feed lists, politely, then re-fetches them conditionally', async () => {
    const db = join(dir, 'feed.db');
    const first = await runCli(['ingest', '--db', db, '--jobs', '1', '--delay-ms', '0', `${base}/feed.xml`]);
    assert.deepEqual(json(first.out), { documents: 4, new: 2, duplicates: 0, failed: 2 });
    assert.match(first.err, /robots\.txt .* disallows .*private\/22/);
    assert.match(first.err, /item 4 has no link/);
    seen.length = 0;
    const second = await runCli(['ingest', '--db', db, '--jobs', '1', '--delay-ms', '0', `${base}/feed.xml`]);
    assert.deepEqual(json(second.out), { documents: 4, new: 0, duplicates: 2, failed: 2 });
    assert.deepEqual(seen, ['/robots.txt', '/feed.xml', '/news/20 304?', '/news/21 304?']);
  });
});
