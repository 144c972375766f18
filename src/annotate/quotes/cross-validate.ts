/**
 * End-to-end cross-validation on PolNeAR train, for tuning without touching dev: dev's tuning part
 * (48 articles) moves by ±0.01 between runs of equal models, train's folds hold ten times the gold.
 *
 * 1. Read train (every `--every` article: 2 halves the time), split it into FOLDS by position.
 * 2. Per fold: the lexicon, the non-cue list and the cue classifier are learned from the other folds
 *    (train.ts, the same functions that build the committed files), and propose candidate attributions
 *    on the fold's articles, labelled against gold.
 * 3. Per fold: the attribution model is learned from the other folds' candidates; tokens → sentences →
 *    entities → quotes run on the fold's articles with it, at each attribution threshold (and, for
 *    comparison, without it at each cue threshold).
 * 4. Sum the eval suite's counts over all folds and print content / source overlap and exact F1.
 *
 * Run: node dist/src/annotate/quotes/cross-validate.js [DATA] [--every N] [--thresholds -6,-5,-4]
 * [--triples -0.5,0,0.5] [--candidates -20] [--learners '{"epochs":20};{"average":true}'] [--nested 0,1] (a few minutes at
 * --every 2 on a quiet core; each learner, TripleLearner settings over TRIPLE_LEARNER, is run at each threshold).
 */
import { resolve } from 'node:path';
import { addCounts, emptyCounts, prf, scoreDocument, toAttributions } from '../../eval/suites/quotes.js';
import { polnearDir, readPolnear } from './brat.js';
import { findQuotes } from './extract.js';
import { CANDIDATE_THRESHOLD, CUE_THRESHOLD, TRIPLE_THRESHOLD } from './lexicon.js';
import { examplesOutside, foldCandidates, inFold, prepare } from './train.js';
import { type TripleLearner, trainTripleModel } from './triple-model.js';

function option(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
}

if (process.argv[1]?.endsWith('cross-validate.js')) {
  const data = resolve(
    process.argv[2]?.startsWith('--') ? '../shared/data' : (process.argv[2] ?? '../shared/data'),
  );
  const dir = polnearDir(data);
  if (!dir) throw new Error(`no PolNeAR under ${data}`);
  const every = Number(option('--every') ?? 1);
  const list = (s: string): number[] => (s === 'none' ? [] : s.split(',').map(Number));
  const thresholds = list(option('--thresholds') ?? String(CUE_THRESHOLD));
  const tripleThresholds = list(option('--triples') ?? String(TRIPLE_THRESHOLD));
  const prepared = prepare(readPolnear(dir, 'train').filter((_, i) => i % every === 0));
  const candidates = Number(option('--candidates') ?? CANDIDATE_THRESHOLD);
  const folds = foldCandidates(prepared, candidates);
  const nested = option('--nested') === undefined ? [undefined] : list(option('--nested')!);
  const learners = (option('--learners') ?? '{}')
    .split(';')
    .map((s) => JSON.parse(s) as Partial<TripleLearner>);
  const runs = [
    ...thresholds.map((t) => ({
      name: `cue threshold ${t}`,
      threshold: t,
      triple: undefined,
      learner: 0,
      nested: undefined,
    })),
    ...learners.flatMap((l, learner) =>
      nested.flatMap((n) =>
        tripleThresholds.map((t) => ({
          name:
            `attribution threshold ${t}${learners.length > 1 ? ` ${JSON.stringify(l)}` : ''}` +
            (n === undefined ? '' : ` nested ${n}`),
          threshold: undefined,
          triple: t,
          learner,
          nested: n,
        })),
      ),
    ),
  ];
  const totals = runs.map(() => emptyCounts());
  folds.forEach((fold, k) => {
    const examples = examplesOutside(folds, k);
    // A learner's "without": feature templates (names up to '=') left out, to compare feature sets in one run.
    const models = learners.map((l) => {
      const without = (l as { without?: string[] }).without ?? [];
      const kept = without.length
        ? examples.map((ex) => ({
            ...ex,
            feats: ex.feats.filter((f) => !without.some((t) => f.startsWith(t))),
          }))
        : examples;
      return trainTripleModel(kept, l);
    });
    prepared.forEach((p, i) => {
      if (!inFold(i, k)) return;
      runs.forEach((run, j) => {
        const items = findQuotes(p.doc.text, p.tokens, p.sentences, p.entities, {
          model: fold.model,
          counts: fold.counts,
          nonCues: fold.nonCues,
          ...(run.triple === undefined
            ? { triples: null, threshold: run.threshold }
            : {
                triples: models[run.learner]!,
                tripleThreshold: run.triple,
                threshold: candidates,
                ...(run.nested === undefined ? {} : { nestedKeepScore: run.nested }),
              }),
        });
        const c = scoreDocument(toAttributions(items), p.doc.attributions, p.doc.text.length);
        totals[j] = addCounts(totals[j]!, c);
      });
    });
  });
  runs.forEach((run, j) => {
    const t = totals[j]!;
    const f = (name: string, c: { pred: number; gold: number; match: number }): string => {
      const m = prf(c);
      return `${name} ${m.f1.toFixed(4)} (P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)})`;
    };
    process.stdout.write(
      `${run.name} (${prepared.length} articles, ${t.contentOverlap.gold} gold): ` +
        `${f('content', t.contentOverlap)} ${f('exact', t.contentExact)} ` +
        `${f('source', t.sourceOverlap)} ${f('source-exact', t.sourceExact)}\n`,
    );
  });
}
