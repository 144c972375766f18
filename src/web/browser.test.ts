/**
 * The UI in a real browser (playwright-core driving Debian's chromium): open it, search, open an article,
 * see the highlights, open a story; and the XSS corpus stored in every field runs nothing.
 * Skipped with a message when chromium or playwright-core is absent. Screenshots go to artifacts/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { MemoryStore } from '../api/testing/memory-store.js';
import { floodRecord } from '../api/testing/records.js';
import { XSS_PAYLOADS, XSS_URLS } from './testing/xss.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'artifacts', 'screenshots');
type Playwright = typeof import('playwright-core');
let playwright: Playwright | null = null;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = null;
}
const skip = !existsSync(CHROMIUM)
  ? `no chromium at ${CHROMIUM} (.ci/run installs Debian's chromium; or set CHROMIUM_PATH)`
  : !playwright
    ? 'playwright-core is not installed'
    : false;

/** Chromium flags for a closed network and a root user (see the machine notes). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('web UI in chromium', { skip }, () => {
  let server: ServerType;
  let base = '';
  let browser: import('playwright-core').Browser;
  const store = new MemoryStore();
  let floodId = '';

  before(async () => {
    floodId = store.put(floodRecord(), 'story-1');
    store.put(
      floodRecord({
        title: 'Eastbay counts the cost',
        published: '2026-03-06',
        url: 'https://other.example/cost',
      }),
      'story-1',
    );
    // The XSS corpus in every field a page can control.
    XSS_PAYLOADS.forEach((p, i) => {
      const text = `Report ${i}: ${p} was posted by ${p}.`;
      const at = text.indexOf(p);
      store.put(
        floodRecord({
          title: `Hostile ${i} ${p}`,
          text,
          url: XSS_URLS[i % XSS_URLS.length]!,
          authors: [p],
          site: p,
          dateline: { text: p, place: p, date: null, agency: p },
          entities: [{ id: 'e1', type: p, name: p, mentions: [{ start: at, end: at + p.length, text: p }] }],
          times: [{ start: at, end: at + p.length, text: p, type: 'DATE', value: p }],
          quantities: [],
          quotes: [
            {
              start: at,
              end: at + p.length,
              text: p,
              kind: 'direct',
              speaker: { start: at, end: at + p.length, text: p, entity: null, description: p },
              cue: null,
            },
          ],
          events: [
            {
              id: 'v1',
              type: p,
              mode: p,
              actors: [{ text: p }],
              targets: ['e1'],
              location: { text: p },
              date: p,
              quantities: { [p]: 1 },
              status: 'occurred',
              source: { text: p },
              evidence: { start: at, end: at + p.length, text: p },
            },
          ],
        }),
        `story-x${i}`,
      );
    });
    const app = createApp({
      store,
      analyze: async () => floodRecord(),
      web: undefined,
      rateLimit: { perMinute: 100_000, burst: 10_000 },
    });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('opens, searches, opens an article with highlights, opens its story', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await page.waitForSelector('#article-list');
    await page.fill('#search-input', 'Eastbay');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('text=Articles matching');
    await page.screenshot({ path: join(ARTIFACTS, 'search.png') });
    await page.click(`a[href="#/article/${floodId}"]`);
    await page.waitForSelector('#article-text');
    assert.equal(await page.textContent('#article-title'), 'Floods hit Eastbay');
    assert.ok((await page.locator('#article-text mark.hl-entity-person').count()) >= 1);
    assert.ok((await page.locator('#article-text mark.hl-time').count()) >= 1);
    assert.ok((await page.locator('#article-text mark.hl-quote').count()) >= 1);
    assert.ok((await page.locator('#article-text mark.hl-event').count()) >= 1);
    assert.match((await page.textContent('#read-count')) ?? '', /Read 1 time/);
    await page.screenshot({ path: join(ARTIFACTS, 'article.png'), fullPage: true });
    await page.click('text=The whole story');
    await page.waitForSelector('#timeline-chart');
    assert.ok((await page.locator('#timeline-chart circle').count()) >= 1);
    await page.screenshot({ path: join(ARTIFACTS, 'story.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('runs nothing from the XSS corpus, on any page', async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const visit = async (hash: string, ready: string) => {
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector(ready, { timeout: 5000 });
      await page.waitForTimeout(50);
      assert.equal(
        await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss),
        undefined,
        hash,
      );
      // No element from stored content became markup: no script, img, iframe, svg onload, javascript: links.
      assert.equal(
        await page.locator('#main script, #main img, #main iframe, #main style, #main details').count(),
        0,
        hash,
      );
      const hrefs = await page.$$eval('#main a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      assert.ok(
        hrefs.every((h) => h.startsWith('#/') || /^https?:/.test(h)),
        `${hash}: ${hrefs.join(' ')}`,
      );
    };
    await visit('', '#article-list');
    await visit(`#/?q=${encodeURIComponent('<script>')}`, 'h2');
    for (let i = 0; i < XSS_PAYLOADS.length; i++) {
      const id = `a${i + 3}`;
      await visit(`#/article/${id}`, '#article-text');
      assert.ok(
        ((await page.textContent('#article-title')) ?? '').includes(XSS_PAYLOADS[i]!),
        'the payload shows as text',
      );
    }
    await visit('#/story/story-x1', '#story-title');
    assert.ok(((await page.textContent('#story-title')) ?? '').includes(XSS_PAYLOADS[1]!));
    await visit('#/entities', '#entity-list');
    assert.equal(dialogs, 0);
    await page.screenshot({ path: join(ARTIFACTS, 'xss.png') });
    await page.close();
  });
});
