/**
 * Whether long-lived caches keep analysed documents alive: every layer over DOCS distinct synthetic pages
 * (each ~37 KB of text with one new long name and one new long lower-case word), heap after a full GC at page 100 and at the end. A cache
 * keyed by a substring of a page (V8 keeps 13+ character slices as views of their parent) grows by a whole
 * page per new key; the bound below allows the caches' own entries, not the pages.
 *
 * 1. Warm up on 100 pages, then measure the heap (after gc()).
 * 2. Analyse the rest, measure again; fail when the growth passes MAX_MB.
 *
 * Usage: node --expose-gc bench/retention.mjs [--docs N]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, fail, parseArgs } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { docs: 'number' });
const DOCS = args.docs ?? 1500;
/** Growth allowed: cache entries (words, names) of 1,400 new pages, far below 1,400 pages of 37 KB (≈ 100 MB as UTF-16). */
const MAX_MB = 8;
const dist = join(REPO_ROOT, 'dist', 'src', 'workers', 'process-document.js');
if (!existsSync(dist)) fail('Dateline is not built: run `npm run build`');
if (typeof globalThis.gc !== 'function') fail('run with node --expose-gc');
const { processDocument } = await import(pathToFileURL(dist).href);

const filler =
  'The committee met again in the capital and discussed the budget for the coming season. '.repeat(400);
const heapMB = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1e6;
};
let before = 0;
for (let i = 0; i < DOCS; i++) {
  const name = `Zorblatt${i.toString(36).padStart(6, 'q')}ian`;
  const content = `<html><body><article><h1>Report ${i}</h1><p>${name} said the plan would fail, a ${name.toLowerCase()}ation. ${filler}</p></article></body></html>`;
  processDocument(
    { input: `page-${i}`, url: `https://example.com/${i}`, kind: 'html', content, warnings: [] },
    {},
    'all',
  );
  if (i === 99) before = heapMB();
}
const growth = heapMB() - before;
console.log(
  `retention: ${DOCS - 100} pages after warm-up, heap growth ${growth.toFixed(1)} MB (bound ${MAX_MB} MB)`,
);
if (growth > MAX_MB) fail(`long-lived caches keep pages alive: +${growth.toFixed(1)} MB`);
