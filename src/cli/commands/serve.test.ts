import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runCli } from '../../testing/cli.js';
import { main } from '../main.js';
import { REPO_ROOT } from './eval.js';

/** Three of the bundled samples: two reports of one story and one unrelated page. */
const SAMPLES = [
  'almora-kesh-talks-open.html',
  'almora-kesh-agreement-signed.html',
  'sport-cup-semifinal.html',
];

describe('dateline stories and serve over an ingested store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-serve-'));
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  for (const f of SAMPLES) copyFileSync(join(REPO_ROOT, 'samples', f), join(pages, f));
  const db = join(dir, 'news.db');

  it('lists stories and shows one with its timeline', async () => {
    const ing = await runCli(['ingest', '--db', db, '--jobs', '1', '--quiet', pages]);
    assert.equal(ing.code, 0, ing.err);
    const list = await runCli(['stories', '--db', db, '--format', 'jsonl']);
    assert.equal(list.code, 0, list.err);
    const stories = list.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; articles: number });
    assert.ok(stories.length >= 1 && stories.length <= 3);
    assert.equal(
      stories.reduce((n, s) => n + s.articles, 0),
      3,
    );
    const one = await runCli(['stories', '--db', db, '--format', 'text', stories[0]!.id]);
    assert.equal(one.code, 0, one.err);
    assert.match(one.out, /Timeline:/);
    assert.match(one.out, /Articles:/);
    const missing = await runCli(['stories', '--db', db, 'nope']);
    assert.equal(missing.code, 1);
    const none = await runCli(['stories', '--db', join(dir, 'absent.db')]);
    assert.equal(none.code, 1);
    assert.match(none.err, /no store at/);
  });

  it('serves the API and the UI on loopback until stopped', async () => {
    const stderr = new PassThrough();
    let err = '';
    const url = new Promise<string>((resolve) => {
      stderr.on('data', (d: Buffer) => {
        err += String(d);
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
        if (m) resolve(m[1]!);
      });
    });
    const stop = new AbortController();
    const running = main(['serve', '--db', db, '--port', '0'], {
      stdout: new PassThrough(),
      stderr,
      env: { NO_COLOR: '1' },
      signal: stop.signal,
    });
    const base = await url;
    const health = (await (await fetch(`${base}/api/health`)).json()) as { status: string; store: string };
    assert.deepEqual([health.status, health.store], ['ok', 'sqlite']);
    const { articles } = (await (await fetch(`${base}/api/articles?q=dam`)).json()) as {
      articles: Array<{ id: string }>;
    };
    assert.ok(articles.length >= 1);
    const article = (await (
      await fetch(`${base}/api/articles/${encodeURIComponent(articles[0]!.id)}`)
    ).json()) as {
      record: { entities: unknown[] };
      entityIds: Record<string, string>;
    };
    assert.ok(article.record.entities.length > 0);
    const entityId = Object.values(article.entityIds)[0]!;
    assert.equal((await fetch(`${base}/api/entities/${encodeURIComponent(entityId)}`)).status, 200);
    const page = await fetch(`${base}/`);
    assert.match(await page.text(), /<script type="module" src="\/assets\/main.js">/);
    assert.equal((await fetch(`${base}/assets/main.js`)).status, 200);
    stop.abort();
    assert.equal(await running, 0);
  });

  it('refuses a bad port and bad CORS origins (exit 2)', async () => {
    assert.equal((await runCli(['serve', '--port', 'eighty'])).code, 2);
    assert.equal((await runCli(['serve', '--cors', 'javascript:alert(1)'])).code, 2);
  });
});
