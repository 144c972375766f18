/**
 * Ceiling study on PolNeAR train by 4-fold cross-validation (never dev): how far source and content
 * extraction and the attribution model reach when the cues are given (oracle cues), and with the
 * source or the content given as well. Prints counts and F1 only, never text.
 *
 * 1. Per fold (as cross-validate.ts): cue models from the other folds, candidates at CANDIDATE_THRESHOLD
 *    on the fold's articles, the attribution model from the other folds' candidates.
 * 2. Per article: each gold attribution's cue head (train.ts cueHeads: its first word past auxiliaries
 *    and adverbs) and, for conditions that use them, its source (hull of its ranges) and content.
 * 3. Per condition, findQuotes runs on the fold's articles with the oracle hook (extract.ts CueOracle):
 *    baseline (no oracle: cross-validate.js's figures); oracle cues only, kept; oracle cues only, the
 *    attribution model deciding; oracle cues added to the system's, kept; the gold cues among the
 *    system's candidate cues only, kept (a perfect attribution model over today's candidates), with a
 *    share of the gold cues it misses added; the system as is with a share of the missed gold cues
 *    added and kept; oracle cues with the gold source, with the gold content, with both; the system
 *    as is with the gold source (and content) put into its candidates whose cue is a gold one.
 * 4. Sum the eval suite's counts (the same pairing and measures) over all folds and print content
 *    overlap / exact / source overlap F1 with precision and recall, and how many gold attributions
 *    share a cue head or have none (one attribution per cue head can reach no more of them).
 *
 * Run: node dist/src/annotate/quotes/ceiling.js [DATA] [--every N] (about a minute on all of train).
 */
import { resolve } from 'node:path';
import type { Span } from '../../doc/doc.js';
import {
  type Counts,
  type QuoteCounts,
  addCounts,
  emptyCounts,
  prf,
  scoreDocument,
  toAttributions,
} from '../../eval/suites/quotes.js';
import type { Token } from '../tokens/tokenizer.js';
import { type GoldAttribution, polnearDir, readPolnear } from './brat.js';
import { type CueOracle, findQuotes } from './extract.js';
import { CANDIDATE_THRESHOLD, TRIPLE_THRESHOLD } from './lexicon.js';
import { cueHeads, examplesOutside, foldCandidates, inFold, prepare } from './train.js';
import { trainTripleModel } from './triple-model.js';

/** The gold attributions keyed by their cue head's start offset, and what no cue head can reach. */
export interface GoldCues {
  /** Cue head start offset → the gold attributions with that head, in file order. */
  byHead: Map<number, GoldAttribution[]>;
  /** Gold attributions without a cue, and those sharing a cue head with an earlier one. */
  noCue: number;
  sharedHead: number;
}

/** Each gold attribution's cue head (as the cue classifier's training labels: train.ts cueHeads). */
export function goldCues(text: string, tokens: readonly Token[], gold: readonly GoldAttribution[]): GoldCues {
  const byHead = new Map<number, GoldAttribution[]>();
  let noCue = 0;
  let sharedHead = 0;
  for (const g of gold) {
    if (g.cue.length === 0) {
      noCue++;
      continue;
    }
    const marks = cueHeads(text, tokens, [g]);
    const head = marks.indexOf(1);
    if (head < 0) {
      noCue++;
      continue;
    }
    const list = byHead.get(head);
    if (list) {
      list.push(g);
      sharedHead++;
    } else byHead.set(head, [g]);
  }
  return { byHead, noCue, sharedHead };
}

/** The smallest span holding all the spans (null for none). */
export function hull(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/** What a condition gives the extractor: which oracle parts, and whether system cues stay. */
export interface Condition {
  name: string;
  /** No oracle at all (the baseline). */
  none?: boolean;
  /** Oracle heads only among the system's candidate cues (a perfect attribution model's choice). */
  candidatesOnly?: boolean;
  /** Adds this share of the gold cue heads the system does not propose (picked by their offset). */
  missedShare?: number;
  only?: boolean;
  keep?: boolean;
  source?: boolean;
  content?: boolean;
}

export const CONDITIONS: readonly Condition[] = [
  { name: '1 baseline', none: true },
  { name: '2 oracle cues (only), kept', only: true, keep: true },
  { name: '2b oracle cues (only), attribution model decides', only: true, keep: false },
  { name: '3 oracle cues + system cues, kept', only: false, keep: true },
  {
    name: "3b the gold cues among the system's candidates only, kept (a perfect attribution model)",
    only: true,
    keep: true,
    candidatesOnly: true,
  },
  ...[0.25, 0.5].map((share) => ({
    name: `3c as 3b + ${share * 100} % of the gold cues it misses`,
    only: true,
    keep: true,
    candidatesOnly: true,
    missedShare: share,
  })),
  ...[0.25, 0.5, 1].map((share) => ({
    name: `3d system as is + ${share * 100} % of the gold cues it misses, kept`,
    only: false,
    keep: true,
    missedShare: share,
  })),
  { name: '4a oracle cues + oracle source', only: true, keep: true, source: true },
  { name: '4b oracle cues + oracle content', only: true, keep: true, content: true },
  { name: '4c oracle cues + oracle source + content', only: true, keep: true, source: true, content: true },
  {
    name: '4d system as is, oracle source for its gold cues',
    only: false,
    keep: false,
    candidatesOnly: true,
    source: true,
  },
  {
    name: '4e system as is, oracle source + content for its gold cues',
    only: false,
    keep: false,
    candidatesOnly: true,
    source: true,
    content: true,
  },
];

/**
 * The extractor's oracle for a condition (undefined for the baseline); `candidates` are the start
 * offsets of the system's candidate cues, for the conditions that keep to them.
 */
export function oracleFor(
  c: Condition,
  gold: GoldCues,
  candidates: ReadonlySet<number> = new Set(),
): CueOracle | undefined {
  if (c.none) return undefined;
  const first = (h: number): GoldAttribution | undefined => gold.byHead.get(h)?.[0];
  const heads = [...gold.byHead.keys()];
  const share = c.missedShare;
  const chosen = heads.filter((h) =>
    candidates.has(h)
      ? share === undefined || c.candidatesOnly === true
      : share === undefined
        ? c.candidatesOnly !== true
        : picked(h, share),
  );
  return {
    heads: new Set(chosen),
    only: c.only ?? false,
    keep: c.keep ?? false,
    ...(c.source ? { source: (h: number) => (first(h) ? hull(first(h)!.source) : undefined) } : {}),
    ...(c.content ? { content: (h: number) => first(h)?.content.map((s) => ({ ...s })) } : {}),
  };
}

/** Whether the cue head at offset h is in the given share of heads (a fixed multiplicative hash). */
export function picked(h: number, share: number): boolean {
  return (Math.imul(h + 1, 2654435761) >>> 0) % 1000 < share * 1000;
}

/** "F1 (P p R r)" for a count. */
export function formatPrf(c: Counts): string {
  const m = prf(c);
  return `${m.f1.toFixed(4)} (P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)})`;
}

function option(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
}

if (process.argv[1]?.endsWith('ceiling.js')) {
  const arg = process.argv[2];
  const data = resolve(arg && !arg.startsWith('--') ? arg : '../shared/data');
  const dir = polnearDir(data);
  if (!dir) throw new Error(`no PolNeAR under ${data}`);
  const every = Number(option('--every') ?? 1);
  const prepared = prepare(readPolnear(dir, 'train').filter((_, i) => i % every === 0));
  const folds = foldCandidates(prepared, CANDIDATE_THRESHOLD);
  const totals: QuoteCounts[] = CONDITIONS.map(() => emptyCounts());
  let gold = 0;
  let noCue = 0;
  let sharedHead = 0;
  let heads = 0;
  // Oracle heads that yield a candidate attribution at all (condition 2, before the attribution model).
  let headsWithCandidate = 0;
  // Gold cue heads among the system's candidate cues (at CANDIDATE_THRESHOLD, as in training).
  let headsProposed = 0;
  folds.forEach((fold, k) => {
    const triples = trainTripleModel(examplesOutside(folds, k));
    prepared.forEach((p, i) => {
      if (!inFold(i, k)) return;
      const { text } = p.doc;
      const g = goldCues(text, p.tokens, p.doc.attributions);
      gold += p.doc.attributions.length;
      noCue += g.noCue;
      sharedHead += g.sharedHead;
      heads += g.byHead.size;
      const opts = { model: fold.model, counts: fold.counts, nonCues: fold.nonCues };
      const proposed = new Set<number>();
      findQuotes(text, p.tokens, p.sentences, p.entities, {
        ...opts,
        threshold: CANDIDATE_THRESHOLD,
        triples: null,
        onCandidates: (cands) => cands.forEach((x) => x.cue && proposed.add(x.cue.start)),
      });
      for (const h of g.byHead.keys()) if (proposed.has(h)) headsProposed++;
      CONDITIONS.forEach((c, j) => {
        const oracle = oracleFor(c, g, proposed);
        const onCandidates =
          j === 1
            ? (cands: ReadonlyArray<{ cue: Span | null }>): void => {
                headsWithCandidate += new Set(
                  cands.filter((x) => x.cue && g.byHead.has(x.cue.start)).map((x) => x.cue!.start),
                ).size;
              }
            : undefined;
        const items = findQuotes(text, p.tokens, p.sentences, p.entities, {
          ...opts,
          triples,
          tripleThreshold: TRIPLE_THRESHOLD,
          threshold: CANDIDATE_THRESHOLD,
          ...(oracle ? { oracle } : {}),
          ...(onCandidates ? { onCandidates } : {}),
        });
        totals[j] = addCounts(
          totals[j]!,
          scoreDocument(toAttributions(items), p.doc.attributions, text.length),
        );
      });
    });
  });
  process.stdout.write(
    `${prepared.length} articles, ${gold} gold attributions: ${noCue} without a cue, ${sharedHead} sharing ` +
      `a cue head with another, ${heads} distinct cue heads; ${headsProposed} of them among the system's ` +
      `candidate cues; ${headsWithCandidate} yield a candidate when forced (the rest: no content found)\n`,
  );
  CONDITIONS.forEach((c, j) => {
    const t = totals[j]!;
    process.stdout.write(
      `${c.name}: content ${formatPrf(t.contentOverlap)} exact ${formatPrf(t.contentExact)} ` +
        `source ${formatPrf(t.sourceOverlap)} source-exact ${formatPrf(t.sourceExact)}\n`,
    );
  });
}
