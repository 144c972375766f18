/**
 * The named-entity tagger: an averaged perceptron over hashed features, decoded greedily left to
 * right with the IOB2 constraint (I-X only after B-X or I-X), as in Collins (2002) / Honnibal's tagger.
 */
import {
  allowed,
  consistencyFeatures,
  docContext,
  type Gazetteer,
  historyFeatures,
  NUM_HISTORY,
  NUM_TAGS,
  type SentenceFeatures,
  sentenceFeatures,
  type Tag,
  TAGS,
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
}

const hist = new Uint32Array(NUM_HISTORY);

/** Scores of each tag for token i (into `scores`), given the previous two tags. */
export function scoreToken(
  model: TaggerModel,
  sf: SentenceFeatures,
  i: number,
  t1: number,
  t2: number,
  scores: Float64Array,
): void {
  scores.fill(0);
  const mask = model.buckets - 1;
  const w = model.weights;
  const add = (h: number) => {
    const base = (h & mask) * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) scores[t]! += w[base + t]!;
  };
  for (let k = sf.offsets[i]!; k < sf.offsets[i + 1]!; k++) add(sf.feats[k]!);
  historyFeatures(sf, i, t1, t2, hist);
  for (let k = 0; k < NUM_HISTORY; k++) add(hist[k]!);
}

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

/** Tags one sentence given its static features; returns tag indices. */
export function tagSentence(model: TaggerModel, sf: SentenceFeatures): number[] {
  const n = sf.offsets.length - 1;
  const out: number[] = [];
  const scores = new Float64Array(NUM_TAGS);
  for (let i = 0; i < n; i++) {
    const t1 = i > 0 ? out[i - 1]! : -1;
    const t2 = i > 1 ? out[i - 2]! : -1;
    scoreToken(model, sf, i, t1, t2, scores);
    out.push(bestTag(scores, t1));
  }
  return out;
}

/** Tags a document: its sentences as lists of words (as written). Returns IOB2 tags per sentence. */
export function tagDocument(model: TaggerModel, sentences: readonly (readonly string[])[]): Tag[][] {
  const ctx = docContext(sentences);
  const first = sentences.map((words) =>
    tagSentence(model, sentenceFeatures(words, model.gazetteer, ctx)).map((t) => TAGS[t]!),
  );
  if (!model.stage2) return first;
  const second: TaggerModel = { ...model, weights: model.stage2 };
  const extra = consistencyFeatures(sentences, first);
  return sentences.map((words, k) =>
    tagSentence(second, sentenceFeatures(words, model.gazetteer, ctx, extra[k])).map((t) => TAGS[t]!),
  );
}
