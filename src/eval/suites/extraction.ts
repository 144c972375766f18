/**
 * `dateline eval extraction`: the scrapinghub article-extraction benchmark (181 news pages), scored
 * with the benchmark's own metric (metrics/shingles.ts; cross-checked against ../shared/tools).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extract } from '../../extract/index.js';
import { aggregate, exactTokens, shingleMatch, type TpFpFn } from '../metrics/shingles.js';
import { inSplit } from '../split.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

export function scrapinghubDir(data: string): string | null {
  for (const d of [data, join(data, 'scrapinghub'), join(data, 'extraction', 'scrapinghub')]) {
    if (existsSync(join(d, 'ground-truth.json')) && existsSync(join(d, 'html'))) return d;
  }
  return null;
}

export interface ExtractionPrediction {
  id: string;
  /** Milliseconds spent in extract() for this page (parse + content + metadata). */
  ms: number;
  truth: string;
  pred: string;
  score: TpFpFn;
  f1: number;
}

/** Runs our extractor over the benchmark pages of a split; used by the suite and the tuning scripts. */
export async function predictScrapinghub(dir: string, opts: Pick<SuiteOptions, 'split' | 'onProgress'>) {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url?: string }
  >;
  const files = (await readdir(join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  const ids = files
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .filter((id) => id in truth && inSplit(id, opts.split));
  const out: ExtractionPrediction[] = [];
  let done = 0;
  for (const id of ids) {
    const html = gunzipSync(await readFile(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const t = truth[id]!;
    let pred = '';
    const t0 = performance.now();
    try {
      pred = extract({ input: id, url: t.url ?? null, kind: 'html', content: html, warnings: [] }).text;
    } catch {
      pred = ''; // an empty prediction scores zero recall for that page
    }
    const ms = performance.now() - t0;
    const score = shingleMatch(t.articleBody, pred);
    const [tp, fp, fn] = score;
    const f1 = tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : fp === 0 && fn === 0 ? 1 : 0;
    out.push({ id, ms, truth: t.articleBody, pred, score, f1 });
    opts.onProgress?.(++done, ids.length);
  }
  return out;
}

export const extractionSuite: Suite = {
  name: 'extraction',
  description: 'article body extraction F1 on the scrapinghub benchmark (4-gram shingles)',
  async run(opts): Promise<SuiteResult> {
    const dir = scrapinghubDir(opts.data);
    if (!dir)
      return {
        suite: 'extraction',
        metrics: {},
        items: 0,
        skipped: `no extraction/scrapinghub under ${opts.data}`,
      };
    const preds = await predictScrapinghub(dir, opts);
    const m = aggregate(preds.map((p) => p.score));
    const accuracy = preds.filter((p) => exactTokens(p.truth, p.pred)).length / Math.max(1, preds.length);
    const worst = [...preds]
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 10)
      .map((p) => ({ id: p.id, f1: Number(p.f1.toFixed(3)) }));
    // Throughput of extract() alone (no file reading, no scoring), one core.
    const totalMs = preds.reduce((a, p) => a + p.ms, 0);
    const pagesPerSecond = Number((preds.length / Math.max(1e-9, totalMs / 1000)).toFixed(1));
    return {
      suite: 'extraction',
      metrics: { f1: m.f1, precision: m.precision, recall: m.recall, accuracy },
      items: preds.length,
      details: { worst, pagesPerSecond },
    };
  },
};
