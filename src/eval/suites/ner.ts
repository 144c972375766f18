/**
 * `dateline eval ner`: CoNLL-2003 English test set (held out by construction: the tagger is trained on
 * train and tuned on valid only), tagged as given (pre-tokenised, never retokenised), scored with
 * conlleval's exact-span P/R/F1 overall and per type. `--split` is ignored for that reason.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  byDocument,
  type ConllSentence,
  type Prf,
  readConllFile,
  scoreChunks,
} from '../../annotate/entities/conll.js';
import { loadModel } from '../../annotate/entities/model.js';
import { tagDocument, type TaggerModel } from '../../annotate/entities/tagger.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

/** The folder holding CoNLL-2003 {train,valid,test}.txt under a data root, or null. */
export function conllDir(data: string): string | null {
  for (const d of [data, join(data, 'conll2003'), join(data, 'ner', 'conll2003')]) {
    if (existsSync(join(d, 'test.txt'))) return d;
  }
  return null;
}

export interface NerRun {
  scores: Record<string, Prf>;
  gold: string[][];
  pred: string[][];
  tokens: number;
  ms: number;
}

/** Tags a CoNLL file's sentences document by document and scores them. */
export function runConll(
  sentences: readonly ConllSentence[],
  model: TaggerModel = loadModel(),
  onProgress?: (done: number, total: number) => void,
): NerRun {
  const docs = byDocument(sentences);
  const gold: string[][] = [];
  const pred: string[][] = [];
  let tokens = 0;
  const t0 = performance.now();
  docs.forEach((doc, k) => {
    const tags = tagDocument(
      model,
      doc.map((s) => s.words),
    );
    doc.forEach((s, i) => {
      gold.push(s.tags);
      pred.push(tags[i]!);
      tokens += s.words.length;
    });
    onProgress?.(k + 1, docs.length);
  });
  const ms = performance.now() - t0;
  return { scores: scoreChunks(gold, pred), gold, pred, tokens, ms };
}

export const nerSuite: Suite = {
  name: 'ner',
  description: 'CoNLL-2003 English test: exact-span named-entity P/R/F1 (conlleval), per type',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const dir = conllDir(opts.data);
    if (!dir)
      return { suite: 'ner', metrics: {}, items: 0, skipped: `no CoNLL-2003 test.txt under ${opts.data}` };
    const model = loadModel();
    const run = runConll(readConllFile(join(dir, 'test.txt')), model, opts.onProgress);
    const metrics: Record<string, number> = {};
    const all = run.scores.ALL!;
    metrics.f1 = round(all.f1);
    metrics.precision = round(all.precision);
    metrics.recall = round(all.recall);
    for (const [type, s] of Object.entries(run.scores))
      if (type !== 'ALL') metrics[`f1_${type}`] = round(s.f1);
    metrics.tokens_per_s = Math.round(run.tokens / (run.ms / 1000));
    return {
      suite: 'ner',
      metrics,
      items: run.gold.length,
      details: {
        note: 'CoNLL-2003 test is held out by construction; --split is ignored',
        tokens: run.tokens,
        perType: run.scores,
      },
    };
  },
};

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
