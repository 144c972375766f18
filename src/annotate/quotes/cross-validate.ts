/**
 * End-to-end cross-validation on PolNeAR train, for tuning without touching dev: dev's tuning part
 * (48 articles) moves by ±0.01 between runs of equal models, train's folds hold ten times the gold.
 *
 * 1. Read train (every `--every` article: 2 halves the time), split it into FOLDS by position.
 * 2. Per fold: the lexicon, the non-cue list and the cue classifier are learned from the other folds
 *    (train.ts, the same functions that build the committed files).
 * 3. Run tokens → sentences → entities → quotes on the fold's articles with those, at each threshold.
 * 4. Sum the eval suite's counts over all folds and print content / source overlap and exact F1.
 *
 * Run: node dist/src/annotate/quotes/cross-validate.js [DATA] [--every N] [--thresholds -6,-5,-4]
 * (one minute at --every 2 on a quiet core).
 */
import { resolve } from 'node:path';
import { findEntities } from '../entities/index.js';
import { loadModel } from '../entities/model.js';
import { splitSentences } from '../sentences/splitter.js';
import { tokenize } from '../tokens/tokenizer.js';
import { addCounts, emptyCounts, prf, scoreDocument, toAttributions } from '../../eval/suites/quotes.js';
import { polnearDir, readPolnear } from './brat.js';
import { findQuotes } from './extract.js';
import { CUE_THRESHOLD } from './lexicon.js';
import { countCues, cueExamples, nonCueWords, trainCueModel } from './train.js';

/** Folds (4: each model still learns from three quarters of train). */
const FOLDS = 4;

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
  const thresholds = (option('--thresholds') ?? String(CUE_THRESHOLD)).split(',').map(Number);
  const docs = readPolnear(dir, 'train').filter((_, i) => i % every === 0);
  const ner = loadModel();
  const totals = thresholds.map(() => emptyCounts());
  for (let k = 0; k < FOLDS; k++) {
    const train = docs.filter((_, i) => i % FOLDS !== k);
    const model = trainCueModel(cueExamples(train));
    const counts = countCues(train);
    const nonCues = new Set(nonCueWords(train));
    docs.forEach((doc, i) => {
      if (i % FOLDS !== k) return;
      const tokens = tokenize(doc.text);
      const sentences = splitSentences(doc.text, tokens);
      const entities = findEntities(doc.text, tokens, sentences, ner);
      thresholds.forEach((threshold, j) => {
        const items = findQuotes(doc.text, tokens, sentences, entities, {
          model,
          counts,
          nonCues,
          threshold,
        });
        const c = scoreDocument(toAttributions(items), doc.attributions, doc.text.length);
        totals[j] = addCounts(totals[j]!, c);
      });
    });
  }
  thresholds.forEach((threshold, j) => {
    const t = totals[j]!;
    const f = (name: string, c: { pred: number; gold: number; match: number }): string =>
      `${name} ${prf(c).f1.toFixed(4)}`;
    process.stdout.write(
      `threshold ${threshold} (${docs.length} articles, ${t.contentOverlap.gold} gold): ` +
        `${f('content', t.contentOverlap)} ${f('exact', t.contentExact)} ` +
        `${f('source', t.sourceOverlap)} ${f('source-exact', t.sourceExact)}\n`,
    );
  });
}
