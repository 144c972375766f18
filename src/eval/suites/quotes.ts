/**
 * `dateline eval quotes`: PolNeAR dev (the lexicon is learned from train only), our quotes against its
 * attributions, with the citron/PARC triple of measures (docs/quotes.md defines them exactly):
 *
 * 1. Read each dev article and its gold attributions (first annotator's file per article).
 * 2. Run tokens → sentences → entities → quotes; group predicted quote parts by cue into attributions.
 * 3. Content overlap: predicted and gold attributions are paired one-to-one, largest content overlap
 *    first; a pair counts when the contents share a character. P = pairs / predicted, R = pairs / gold.
 * 4. Content exact: pairs whose content ranges are identical. Source overlap / exact: pairs whose
 *    contents overlap and whose sources overlap / are identical, over attributions that have a source.
 * 5. Content characters (citron's token-overlap measure, on characters): shared content characters
 *    over predicted / gold content characters.
 *
 * 6. Beside ours, the same measures between PolNeAR's two annotators on the articles marked up twice
 *    (details.humanAgreement, train and dev, whatever the split): the ceiling the corpus itself sets.
 *
 * --split: dev's articles are split by the project's hash (src/eval/split.ts): 'dev' is the part the
 * rules were tuned on, 'holdout' the part never looked at, 'all' both.
 */
import type { Span } from '../../doc/doc.js';
import { findEntities } from '../../annotate/entities/index.js';
import { loadModel } from '../../annotate/entities/model.js';
import {
  type GoldAttribution,
  polnearDir,
  readPolnear,
  readPolnearPairs,
} from '../../annotate/quotes/brat.js';
import { findQuotes } from '../../annotate/quotes/extract.js';
import type { QuoteItem } from '../../annotate/quotes/types.js';
import { splitSentences } from '../../annotate/sentences/splitter.js';
import { tokenize } from '../../annotate/tokens/tokenizer.js';
import { inSplit } from '../split.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

/** Predicted quote parts grouped into attributions: parts sharing a cue are one attribution. */
export function toAttributions(items: readonly QuoteItem[]): GoldAttribution[] {
  const byCue = new Map<string, GoldAttribution>();
  const out: GoldAttribution[] = [];
  for (const q of items) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const existing = key ? byCue.get(key) : undefined;
    if (existing) {
      existing.content.push({ start: q.start, end: q.end });
      continue;
    }
    const a: GoldAttribution = {
      content: [{ start: q.start, end: q.end }],
      cue: q.cue ? [{ start: q.cue.start, end: q.cue.end }] : [],
      source: q.speaker ? [{ start: q.speaker.start, end: q.speaker.end }] : [],
    };
    out.push(a);
    if (key) byCue.set(key, a);
  }
  return out;
}

export interface Counts {
  pred: number;
  gold: number;
  match: number;
}

export interface QuoteCounts {
  contentOverlap: Counts;
  contentExact: Counts;
  sourceOverlap: Counts;
  sourceExact: Counts;
  contentChars: Counts;
}

function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

function sameRanges(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  const key = (s: readonly Span[]): string =>
    [...s]
      .sort((x, y) => x.start - y.start)
      .map((r) => `${r.start}-${r.end}`)
      .join(',');
  return key(a) === key(b);
}

/** One-to-one pairs, largest weight first; weight(p, g) ≤ 0 means the pair may not be made. */
function greedyPairs(
  pred: readonly GoldAttribution[],
  gold: readonly GoldAttribution[],
  weight: (p: GoldAttribution, g: GoldAttribution) => number,
): number {
  const cands: Array<[number, number, number]> = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const w = weight(p, g);
      if (w > 0) cands.push([w, i, j]);
    }),
  );
  cands.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
  }
  return usedP.size;
}

function chars(spans: readonly Span[], length: number): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) m.fill(1, s.start, s.end);
  return m;
}

/** Counts for one document (see the module's recipe for the measures). */
export function scoreDocument(
  pred: readonly GoldAttribution[],
  gold: readonly GoldAttribution[],
  textLength: number,
): QuoteCounts {
  const predSrc = pred.filter((p) => p.source.length > 0);
  const goldSrc = gold.filter((g) => g.source.length > 0);
  const pc = chars(
    pred.flatMap((p) => p.content),
    textLength,
  );
  const gc = chars(
    gold.flatMap((g) => g.content),
    textLength,
  );
  let both = 0;
  let np = 0;
  let ng = 0;
  for (let i = 0; i < textLength; i++) {
    np += pc[i]!;
    ng += gc[i]!;
    both += pc[i]! & gc[i]!;
  }
  return {
    contentOverlap: {
      pred: pred.length,
      gold: gold.length,
      match: greedyPairs(pred, gold, (p, g) => overlap(p.content, g.content)),
    },
    contentExact: {
      pred: pred.length,
      gold: gold.length,
      match: greedyPairs(pred, gold, (p, g) => (sameRanges(p.content, g.content) ? 1 : 0)),
    },
    sourceOverlap: {
      pred: predSrc.length,
      gold: goldSrc.length,
      match: greedyPairs(predSrc, goldSrc, (p, g) =>
        overlap(p.content, g.content) > 0 ? overlap(p.source, g.source) : 0,
      ),
    },
    sourceExact: {
      pred: predSrc.length,
      gold: goldSrc.length,
      match: greedyPairs(predSrc, goldSrc, (p, g) =>
        overlap(p.content, g.content) > 0 && sameRanges(p.source, g.source) ? 1 : 0,
      ),
    },
    contentChars: { pred: np, gold: ng, match: both },
  };
}

export function addCounts(x: QuoteCounts, y: QuoteCounts): QuoteCounts {
  const add = (a: Counts, b: Counts): Counts => ({
    pred: a.pred + b.pred,
    gold: a.gold + b.gold,
    match: a.match + b.match,
  });
  return {
    contentOverlap: add(x.contentOverlap, y.contentOverlap),
    contentExact: add(x.contentExact, y.contentExact),
    sourceOverlap: add(x.sourceOverlap, y.sourceOverlap),
    sourceExact: add(x.sourceExact, y.sourceExact),
    contentChars: add(x.contentChars, y.contentChars),
  };
}

export function emptyCounts(): QuoteCounts {
  const z = (): Counts => ({ pred: 0, gold: 0, match: 0 });
  return { contentOverlap: z(), contentExact: z(), sourceOverlap: z(), sourceExact: z(), contentChars: z() };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.pred ? c.match / c.pred : 0;
  const recall = c.gold ? c.match / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Runs the whole pipeline over a text and returns its quotes. */
export function quotesOf(text: string): QuoteItem[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const entities = findEntities(text, tokens, sentences, loadModel());
  return findQuotes(text, tokens, sentences, entities);
}

export const quotesSuite: Suite = {
  name: 'quotes',
  description: 'PolNeAR dev: attribution content / source P/R/F1, overlap and exact (citron/PARC)',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const dir = polnearDir(opts.data);
    if (!dir) return { suite: 'quotes', metrics: {}, items: 0, skipped: `no PolNeAR dev under ${opts.data}` };
    const docs = readPolnear(dir, 'dev').filter((d) => inSplit(d.id, opts.split));
    let total = emptyCounts();
    const perDoc: Array<{ id: string; contentF1: number }> = [];
    const t0 = performance.now();
    docs.forEach((doc, k) => {
      const pred = toAttributions(quotesOf(doc.text));
      const c = scoreDocument(pred, doc.attributions, doc.text.length);
      total = addCounts(total, c);
      perDoc.push({ id: doc.id, contentF1: round(prf(c.contentOverlap).f1) });
      opts.onProgress?.(k + 1, docs.length);
    });
    const ms = performance.now() - t0;
    const metrics: Record<string, number> = {};
    const put = (name: string, c: Counts): void => {
      const s = prf(c);
      metrics[`${name}_f1`] = round(s.f1);
      metrics[`${name}_p`] = round(s.precision);
      metrics[`${name}_r`] = round(s.recall);
    };
    put('content_overlap', total.contentOverlap);
    put('content_exact', total.contentExact);
    put('source_overlap', total.sourceOverlap);
    put('source_exact', total.sourceExact);
    put('content_chars', total.contentChars);
    metrics.docs_per_min = Math.round((docs.length / ms) * 60000);
    // Human agreement: the second annotator's attributions scored against the first's, same measures.
    let human = emptyCounts();
    // No system output is involved, so every twice-annotated article counts (train and dev, any split).
    const pairs = [...readPolnearPairs(dir, 'train'), ...readPolnearPairs(dir, 'dev')];
    for (const p of pairs) human = addCounts(human, scoreDocument(p.second, p.first, p.text.length));
    return {
      suite: 'quotes',
      metrics,
      items: docs.length,
      details: {
        split: opts.split,
        counts: total,
        humanAgreement: {
          note: 'second annotator vs first on the train and dev articles annotated twice (same measures)',
          articles: pairs.length,
          content_overlap_f1: round(prf(human.contentOverlap).f1),
          content_exact_f1: round(prf(human.contentExact).f1),
          source_overlap_f1: round(prf(human.sourceOverlap).f1),
          source_exact_f1: round(prf(human.sourceExact).f1),
        },
        worst: perDoc.sort((x, y) => x.contentF1 - y.contentF1).slice(0, 10),
      },
    };
  },
};

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
