/**
 * The named-entity tagger: an averaged perceptron over hashed features, decoded greedily left to
 * right with the IOB2 constraint (I-X only after B-X or I-X), as in Collins (2002) / Honnibal's tagger.
 * Two passes: the second sees the first pass's tags of the same word elsewhere in the document.
 */
import type { WordClusters } from './clusters.js';
import { retypeDocument, type SpanModel } from './span-types.js';
import {
  pairScorers,
  scoreSplit,
  scoreSplitViterbi,
  type SplitFeatures,
  type TableScorer,
  tableScorer,
  trimScorer,
} from './word-scores.js';
import {
  allowed,
  ConsistencyFeatures,
  consistencyFeatures,
  docContext,
  docContextOf,
  documentFeatures,
  type Gazetteer,
  historyFeatures,
  NUM_HISTORY,
  NUM_TAGS,
  type SentenceFeatures,
  sentenceFeatures,
  type Tag,
  TAGS,
  wordInfos,
} from './features.js';

/**
 * Weights: `weights[bucket * NUM_TAGS + tag]` (× scale); bucket = feature hash & (buckets - 1). Scores
 * are left unscaled: only their order matters.
 */
export interface TaggerModel {
  buckets: number;
  /** Float weights while training; int16 codes of the committed model (see model.ts). */
  weights: Float32Array | Int16Array;
  /** The quantisation scale (1 for float weights in training). */
  scale: number;
  /** Second-pass weights (document consistency features on top of the first pass), when trained. */
  stage2?: Float32Array | Int16Array;
  gazetteer: Gazetteer;
  /** Word clusters (features.ts uses them when present). */
  clusters?: WordClusters | undefined;
  /**
   * Decode this weight table by first-order Viterbi (viterbiSentence) instead of greedily; `viterbi2`
   * the same for stage2.
   */
  viterbi?: boolean | undefined;
  viterbi2?: boolean | undefined;
  /** The span re-typer stacked on the passes (span-types.ts), when trained. */
  spans?: SpanModel | undefined;
}

const hist = new Uint32Array(NUM_HISTORY);
let rows = new Int32Array(256);
/**
 * Whether the second pass settles plain O tokens without scoring them (see tagDocument): on CoNLL
 * valid the same F1 (0.9035 either way), about a quarter faster.
 */
const SETTLE = true;

/** Scores of each tag for token i (into `scores`), given the previous two tags. */
export function scoreToken(
  model: TaggerModel,
  sf: SentenceFeatures,
  i: number,
  t1: number,
  t2: number,
  scores: Float64Array,
  extra?: readonly number[],
): void {
  const mask = model.buckets - 1;
  const w = model.weights;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
  const feats = sf.feats;
  historyFeatures(sf, i, t1, t2, hist);
  // Every feature's row offset into one scratch array first, so the summing loop has no branches.
  const start = sf.offsets[i]!;
  const end = sf.offsets[i + 1]!;
  const nExtra = extra ? extra.length : 0;
  const total = end - start + NUM_HISTORY + nExtra;
  if (total > rows.length) rows = new Int32Array(total * 2);
  let n = 0;
  for (let k = start; k < end; k++) rows[n++] = (feats[k]! & mask) * 9;
  for (let k = 0; k < NUM_HISTORY; k++) rows[n++] = (hist[k]! & mask) * 9;
  for (let k = 0; k < nExtra; k++) rows[n++] = (extra![k]! & mask) * 9;
  for (let j = 0; j < n; j++) {
    const b = rows[j]!;
    s0 += w[b]!;
    s1 += w[b + 1]!;
    s2 += w[b + 2]!;
    s3 += w[b + 3]!;
    s4 += w[b + 4]!;
    s5 += w[b + 5]!;
    s6 += w[b + 6]!;
    s7 += w[b + 7]!;
    s8 += w[b + 8]!;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
  scores[7] = s7;
  scores[8] = s8;
}
if (NUM_TAGS !== 9) throw new Error('scoreToken is unrolled for 9 tags');

/** The best allowed tag from the scores. */
export function bestTag(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < NUM_TAGS; t++) {
    if (!allowed(prev, t)) continue;
    if (scores[t]! > bestScore) {
      bestScore = scores[t]!;
      best = t;
    }
  }
  return best;
}

const scratch = new Float64Array(NUM_TAGS);

/**
 * Tags one sentence given its static features; returns tag indices. With `settled`, a token marked 1
 * there is tagged O without scoring when the tag before it is O (the second pass's shortcut: see
 * tagDocument).
 */
export function tagSentence(
  model: TaggerModel,
  sf: SentenceFeatures,
  settled?: Uint8Array,
  extra?: readonly (readonly number[])[],
): number[] {
  if (model.viterbi) return viterbiSentence(model, sf, extra);
  const n = sf.offsets.length - 1;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t1 = i > 0 ? out[i - 1]! : -1;
    const t2 = i > 1 ? out[i - 2]! : -1;
    if (settled?.[i] && t1 <= 0) {
      out[i] = 0;
      continue;
    }
    scoreToken(model, sf, i, t1, t2, scratch, extra?.[i]);
    out[i] = bestTag(scratch, t1);
  }
  return out;
}

/** Adds the weight rows of hashes[from … to) to out[at … at + NUM_TAGS). */
function addHashes(
  w: Float32Array | Int16Array,
  mask: number,
  hashes: ArrayLike<number>,
  from: number,
  to: number,
  out: Float64Array,
  at = 0,
): void {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
  for (let k = from; k < to; k++) {
    const b = (hashes[k]! & mask) * 9;
    s0 += w[b]!;
    s1 += w[b + 1]!;
    s2 += w[b + 2]!;
    s3 += w[b + 3]!;
    s4 += w[b + 4]!;
    s5 += w[b + 5]!;
    s6 += w[b + 6]!;
    s7 += w[b + 7]!;
    s8 += w[b + 8]!;
  }
  out[at + 0] = out[at + 0]! + s0;
  out[at + 1] = out[at + 1]! + s1;
  out[at + 2] = out[at + 2]! + s2;
  out[at + 3] = out[at + 3]! + s3;
  out[at + 4] = out[at + 4]! + s4;
  out[at + 5] = out[at + 5]! + s5;
  out[at + 6] = out[at + 6]! + s6;
  out[at + 7] = out[at + 7]! + s7;
  out[at + 8] = out[at + 8]! + s8;
}

/** The previous tags tag t may follow (IOB2), in order: PREV[PREV_AT[t] … PREV_AT[t + 1]). */
const PREV_AT = new Int32Array(NUM_TAGS + 1);
const PREV: number[] = [];
for (let t = 0; t < NUM_TAGS; t++) {
  for (let p = 0; p < NUM_TAGS; p++) if (allowed(p, t)) PREV.push(p);
  PREV_AT[t + 1] = PREV.length;
}

let delta = new Float64Array(NUM_TAGS * 64);
let back = new Int8Array(NUM_TAGS * 64);
const stat = new Float64Array(NUM_TAGS);
/** History scores: tag t after previous tag t1 at (t1 + 1) · NUM_TAGS + t, t1 = -1 … NUM_TAGS - 1. */
const trans = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
/**
 * Where `viterbi` reads a token's history scores: `trans` from 0 (the generic path), or a word's
 * entry in a Viterbi slab (scoreSplitViterbi: the word's history sums with the tag-bigram weights
 * folded in, so nothing is copied per token). Set by each `fill`.
 */
const transAt: { arr: ArrayLike<number>; at: number } = { arr: trans, at: 0 };
const vhist = new Uint32Array(NUM_HISTORY);

/**
 * First-order Viterbi over n tokens (Collins 2002): `fill(i)` puts token i's static scores (features
 * and extras, no history) into `stat` and its history scores into `trans`; a path scores the sum of
 * both over its tokens. The IOB2 constraint is a hard transition constraint; ties go to the lower tag
 * (deterministic).
 */
function viterbi(n: number, fill: (i: number) => void): number[] {
  const out = new Array<number>(n);
  if (n === 0) return out;
  if (n * NUM_TAGS > delta.length) {
    delta = new Float64Array(n * NUM_TAGS * 2);
    back = new Int8Array(n * NUM_TAGS * 2);
  }
  for (let i = 0; i < n; i++) {
    fill(i);
    const tr = transAt.arr;
    const tb = transAt.at;
    const at = i * NUM_TAGS;
    const pat = at - NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) {
      let best = -Infinity;
      let arg = 0;
      if (i === 0) {
        if (allowed(-1, t)) best = tr[tb + t]!;
        arg = -1;
      } else
        for (let k = PREV_AT[t]!; k < PREV_AT[t + 1]!; k++) {
          const p = PREV[k]!;
          const v = delta[pat + p]! + tr[tb + (p + 1) * NUM_TAGS + t]!;
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      delta[at + t] = best + stat[t]!;
      back[at + t] = arg;
    }
  }
  let best = 0;
  const last = (n - 1) * NUM_TAGS;
  for (let t = 1; t < NUM_TAGS; t++) if (delta[last + t]! > delta[last + best]!) best = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * NUM_TAGS + best]!;
  }
  return out;
}

/**
 * Tags one sentence by first-order Viterbi: a token's score is its static features' (and extras')
 * weights for its tag plus the history features of the previous tag alone (historyFeatures with no
 * tag two back: previous tag, and previous tag × word, shape, cluster). Every token is scored (the
 * greedy second pass's shortcut does not apply: it would cut paths through the token).
 */
export function viterbiSentence(
  model: TaggerModel,
  sf: SentenceFeatures,
  extra?: readonly (readonly number[])[],
): number[] {
  const w = model.weights;
  const mask = model.buckets - 1;
  return viterbi(sf.offsets.length - 1, (i) => {
    transAt.arr = trans;
    transAt.at = 0;
    stat.fill(0);
    addHashes(w, mask, sf.feats, sf.offsets[i]!, sf.offsets[i + 1]!, stat);
    const ex = extra?.[i];
    if (ex) addHashes(w, mask, ex, 0, ex.length, stat);
    trans.fill(0);
    for (let p = -1; p < NUM_TAGS; p++) {
      if (p >= 0 && i === 0) break;
      historyFeatures(sf, i, p, -1, vhist);
      addHashes(w, mask, vhist, 0, NUM_HISTORY, trans, (p + 1) * NUM_TAGS);
    }
  });
}

/**
 * Tags a document: its sentences as lists of words (as written). Returns IOB2 tags per sentence.
 *
 * 1. Static features of every sentence, once (features.ts).
 * 2. First pass over every sentence.
 * 3. Second pass with the document-consistency features of the first pass's tags. A token that is
 *    not name-like (no capital, no digit), was O in the first pass and follows an O is settled as O
 *    without scoring: the second pass changes such tokens too rarely to pay for scoring them (checked
 *    on valid: see docs/ner.md).
 * 4. When the model has one, the span re-typer chooses each name's type again (span-types.ts).
 *
 * Int16 weights (the committed model) take tagDocumentSplit: the same steps and the same tags, but
 * with the static features' weights summed once per word type (word-scores.ts) and the second pass's
 * consistency features made only for the tokens it scores.
 */
export function tagDocument(model: TaggerModel, sentences: readonly (readonly string[])[]): Tag[][] {
  if (model.weights instanceof Int16Array && (!model.stage2 || model.stage2 instanceof Int16Array))
    return tagDocumentSplit(model, model.weights, model.stage2, sentences);
  const ctx = docContext(sentences);
  const sfs = sentences.map((words) => sentenceFeatures(words, model, ctx));
  const first = sfs.map((sf) => tagSentence(model, sf));
  if (!model.stage2) return retyped(model, sentences, first);
  const second: TaggerModel = { ...model, weights: model.stage2, viterbi: model.viterbi2 };
  const extra = consistencyFeatures(sentences, first);
  const tags = sfs.map((sf, k) => {
    const f = first[k]!;
    const settled = SETTLE ? Uint8Array.from(sf.nameLike, (v, i) => (v || f[i] ? 0 : 1)) : undefined;
    return tagSentence(second, sf, settled, extra[k]);
  });
  return retyped(model, sentences, tags);
}

/** The tags as strings, every span re-typed first when the model has a span re-typer (step 4). */
function retyped(model: TaggerModel, sentences: readonly (readonly string[])[], tags: number[][]): Tag[][] {
  const out = model.spans ? retypeDocument(model.spans, model, sentences, tags) : tags;
  return out.map((row) => row.map((t) => TAGS[t]!));
}

/**
 * tagSentence over split features (word-scores.ts): sentence k, tokens lo … hi - 1 of sf; the same
 * tags. With the first pass's tags, the second pass's shortcut (see tagDocument) and its extras, made
 * on demand.
 */
function tagSentenceSplit(
  sc: TableScorer,
  sf: SplitFeatures,
  k: number,
  first?: readonly number[],
  extra?: ConsistencyFeatures,
  useViterbi = false,
): number[] {
  const lo = sf.starts[k]!;
  const hi = sf.starts[k + 1]!;
  const n = hi - lo;
  if (useViterbi)
    return viterbi(n, (i) => {
      transAt.at = scoreSplitViterbi(sc, sf, lo + i, lo, hi, stat, extra?.hashes, extra ? extra.of(k, i) : 0);
      // (After the call: it may grow the slab, and the transitions stand in the new one.)
      transAt.arr = sc.slab;
    });
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t1 = i > 0 ? out[i - 1]! : -1;
    const t2 = i > 1 ? out[i - 2]! : -1;
    if (first && SETTLE && t1 <= 0 && !sf.nameLike[lo + i] && !first[i]) {
      out[i] = 0;
      continue;
    }
    const nExtra = extra ? extra.of(k, i) : 0;
    scoreSplit(sc, sf, lo + i, lo, hi, t1, t2, scratch, extra?.hashes, nExtra);
    out[i] = bestTag(scratch, t1);
  }
  return out;
}

/** tagDocument for int16 weights (the committed model), by per-word-type sums: the same steps and tags. */
function tagDocumentSplit(
  model: TaggerModel,
  weights: Int16Array,
  stage2: Int16Array | undefined,
  sentences: readonly (readonly string[])[],
): Tag[][] {
  const infos = sentences.map((words) => wordInfos(model, words));
  const ctx = docContextOf(sentences, infos);
  const sf = documentFeatures(infos, model, ctx);
  const sc1 = tableScorer(weights, model.buckets, model, 0, model.viterbi, stage2);
  trimScorer(sc1);
  const sc2 = stage2 ? tableScorer(stage2, model.buckets, model, 1, model.viterbi2, weights) : null;
  if (sc2) trimScorer(sc2);
  // Both passes by Viterbi score every token: the first pass makes each word's sums for the second too.
  pairScorers(sc1, model.viterbi && model.viterbi2 ? sc2 : null);
  const first = infos.map((_, k) => tagSentenceSplit(sc1, sf, k, undefined, undefined, model.viterbi));
  if (!stage2 || !sc2) return retyped(model, sentences, first);
  const extra = new ConsistencyFeatures(sentences, infos, first);
  const tags = first.map((f, k) => {
    const row = tagSentenceSplit(sc2, sf, k, f, extra, model.viterbi2);
    extra.done(k);
    return row;
  });
  return retyped(model, sentences, tags);
}
