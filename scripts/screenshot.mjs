// Screenshots of the web UI for the README: ingests samples/ into a temporary store, serves it on a
// free loopback port, opens a story and an article in Debian's chromium (playwright-core), saves PNGs.
// Usage: node scripts/screenshot.mjs [OUT_DIR]   (default docs/); needs /usr/bin/chromium or $CHROMIUM_PATH.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'docs');
const db = join(mkdtempSync(join(tmpdir(), 'dl-shot-')), 'samples.db');
const cli = join(root, 'bin', 'dateline.js');
const ing = spawnSync(process.execPath, [cli, 'ingest', '--quiet', '--db', db, join(root, 'samples')], {
  stdio: 'inherit',
});
if (ing.status !== 0) process.exit(ing.status ?? 1);
const server = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const base = await new Promise((resolve, reject) => {
  let err = '';
  server.stderr.on('data', (d) => {
    err += d;
    const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
    if (m) resolve(m[1]);
  });
  server.on('exit', () => reject(new Error(`serve exited: ${err}`)));
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const stories = (await (await fetch(`${base}/api/stories`)).json()).stories;
  const biggest = [...stories].sort((a, b) => b.articles - a.articles)[0];
  await page.goto(`${base}/#/story/${encodeURIComponent(biggest.id)}`);
  await page.waitForSelector('#timeline-chart');
  await page.screenshot({ path: join(out, 'screenshot-story.png') });
  const story = await (await fetch(`${base}/api/stories/${encodeURIComponent(biggest.id)}`)).json();
  await page.goto(`${base}/#/article/${encodeURIComponent(story.articleList[0].id)}`);
  await page.waitForSelector('#article-text');
  await page.screenshot({ path: join(out, 'screenshot-article.png') });
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  server.kill();
}
