/**
 * The second stage of cue detection: a logistic regression over the whole attribution the extractor
 * built for a candidate cue (its cue score, whether a source was found and of what kind, the content's
 * length and quote marks, where it lies, whether it nests in another candidate), trained on PolNeAR
 * train by train.ts from out-of-fold candidates (the cue classifier of each fold never saw the articles
 * it proposes cues for). The extractor proposes cues at a low classifier threshold and keeps the
 * attributions this model scores above its threshold.
 *
 * Stored as model/triples.json: feature name → weight (4 decimals), sorted, so the file is
 * byte-identical from one build to the next.
 */
import { dirname, join } from 'node:path';
import { cueModelPath, readModelFile } from './model.js';

export interface TripleModel {
  weights: ReadonlyMap<string, number>;
}

/** One candidate attribution for training: its features, its cue score, and whether it matches gold. */
export interface TripleExample {
  feats: readonly string[];
  score: number;
  y: 0 | 1;
}

/** The name of the real-valued feature: the cue classifier's score, clipped and scaled. */
export const SCORE_FEATURE = '#score';
/** Cue scores are clipped to this range before scaling (far outside it the classifier is sure either way). */
const SCORE_CLIP: readonly [number, number] = [-30, 50];
/** Scale of the cue score as a feature (keeps it near the binary features' range). */
const SCORE_SCALE = 10;
/** How the attribution model is learned (TRIPLE_LEARNER: the committed settings, each with its reason). */
export interface TripleLearner {
  /** Passes of stochastic gradient descent over the examples. */
  epochs: number;
  /** Learning rate of the first pass; it decays as 1/(1 + pass). */
  learningRate: number;
  /** L2 penalty per update. */
  l2: number;
  /** A feature enters the model only when seen in at least this many examples. */
  minCount: number;
  /** Whether the model is the mean of the weights after every example (averaged SGD) or the last ones. */
  average: boolean;
  /** Weight of a right candidate's gradient (a wrong one's is 1). */
  positiveWeight: number;
  /** Whether each pass visits the examples in its own seeded order (else always the given one). */
  shuffle: boolean;
}

export const TRIPLE_LEARNER: TripleLearner = {
  /** 12 passes (round four); 25 or 30 the same in cross-validation (round eight). */
  epochs: 12,
  /** 0.1 before round eight; with averaging 0.05 (content / source at −1: 0.7923 / 0.7421 → 0.7934 /
   * 0.7421; 0.03 0.7936 / 0.7414, 0.07 0.7928 / 0.7420, 0.3 lower). */
  learningRate: 0.05,
  /** Keeps rare lexical features from dominating. */
  l2: 1e-5,
  /** 3 and 10 scored lower in cross-validation, 40 the same. */
  minCount: 20,
  /** Averaged and shuffled (round eight): the last weights leaned on the last articles of train; with
   * the threshold at −1, content / source overlap 0.7873 / 0.7396 → 0.7905 / 0.7410 in cross-validation. */
  average: true,
  /** Right and wrong candidates count alike (see docs/quotes.md, round eight). */
  positiveWeight: 1,
  shuffle: true,
};

/** The cue score as the model sees it. */
export function scaledScore(score: number): number {
  return Math.min(SCORE_CLIP[1], Math.max(SCORE_CLIP[0], score)) / SCORE_SCALE;
}

/** The log-odds that a candidate attribution is a gold one. */
export function scoreTriple(model: TripleModel, feats: readonly string[], score: number): number {
  let s = (model.weights.get(SCORE_FEATURE) ?? 0) * scaledScore(score);
  for (const f of feats) s += model.weights.get(f) ?? 0;
  return s;
}

/**
 * The attribution model's feature templates, in the order the extractor names them: 'bias', then one
 * feature per value (`sb=-3`), then one per pair of values (`w|src=said|pron`).
 */
export const TRIPLE_SINGLES = [
  'sb=',
  'o=',
  'k=',
  'w=',
  'v1=',
  'wn=',
  'src=',
  'srclen=',
  'len=',
  'pos=',
  'q=',
  'gap=',
  'fw=',
  'nest=',
  'dup=',
  'parts=',
  'n1=',
] as const;
/** Indices of the values (TRIPLE_SINGLES order). */
export const TV = {
  sb: 0,
  o: 1,
  k: 2,
  w: 3,
  v1: 4,
  wn: 5,
  src: 6,
  srclen: 7,
  len: 8,
  pos: 9,
  q: 10,
  gap: 11,
  fw: 12,
  nest: 13,
  dup: 14,
  parts: 15,
  n1: 16,
} as const;
type TVIndex = (typeof TV)[keyof typeof TV];
/** The pair templates with the indices of their two values. */
export const TRIPLE_PAIRS: ReadonlyArray<readonly [string, TVIndex, TVIndex]> = [
  ['sb|src=', TV.sb, TV.src],
  ['sb|o=', TV.sb, TV.o],
  ['sb|k=', TV.sb, TV.k],
  ['w|src=', TV.w, TV.src],
  ['w|pos=', TV.w, TV.pos],
  ['w|fw=', TV.w, TV.fw],
  ['v1|src=', TV.v1, TV.src],
  ['v1|fw=', TV.v1, TV.fw],
  ['wn|fw=', TV.wn, TV.fw],
  ['q|pos=', TV.q, TV.pos],
  ['src|pos=', TV.src, TV.pos],
  ['o|src=', TV.o, TV.src],
  ['sb|q=', TV.sb, TV.q],
  ['sb|nest=', TV.sb, TV.nest],
  ['sb|dup=', TV.sb, TV.dup],
  ['src|n1=', TV.src, TV.n1],
];

/** The feature names of a candidate from its values (TRIPLE_SINGLES order). */
export function tripleFeatureNames(values: readonly string[]): string[] {
  const out = ['bias'];
  TRIPLE_SINGLES.forEach((name, k) => out.push(name + values[k]!));
  for (const [name, x, y] of TRIPLE_PAIRS) out.push(`${name}${values[x]!}|${values[y]!}`);
  return out;
}

/** Names looked up per model before its memo starts over (bounds memory on endless streams). */
const MEMO_LIMIT = 50_000;

/** Per model: each template's weights by value (pairs: by first value, then second), filled on first use. */
interface TripleMemo {
  singles: Array<Map<string, number>>;
  pairs: Array<Map<string, Map<string, number>>>;
  size: number;
}
const memos = new WeakMap<TripleModel, TripleMemo>();

function memoOf(model: TripleModel): TripleMemo {
  let m = memos.get(model);
  if (!m || m.size >= MEMO_LIMIT) {
    m = { singles: TRIPLE_SINGLES.map(() => new Map()), pairs: TRIPLE_PAIRS.map(() => new Map()), size: 0 };
    memos.set(model, m);
  }
  return m;
}

/**
 * scoreTriple(model, tripleFeatureNames(values), score), to the last bit (the same weights added in
 * the same order), without building the names: each template's weight is remembered by its value.
 */
export function scoreTripleValues(model: TripleModel, values: readonly string[], score: number): number {
  const m = memoOf(model);
  const weights = model.weights;
  let s = (weights.get(SCORE_FEATURE) ?? 0) * scaledScore(score);
  s += weights.get('bias') ?? 0;
  for (let k = 0; k < TRIPLE_SINGLES.length; k++) {
    const v = values[k]!;
    const byValue = m.singles[k]!;
    let w = byValue.get(v);
    if (w === undefined) {
      w = weights.get(TRIPLE_SINGLES[k]! + v) ?? 0;
      byValue.set(v, w);
      m.size++;
    }
    s += w;
  }
  for (let k = 0; k < TRIPLE_PAIRS.length; k++) {
    const [name, x, y] = TRIPLE_PAIRS[k]!;
    const a = values[x]!;
    const b = values[y]!;
    let byB = m.pairs[k]!.get(a);
    if (byB === undefined) m.pairs[k]!.set(a, (byB = new Map()));
    let w = byB.get(b);
    if (w === undefined) {
      w = weights.get(`${name}${a}|${b}`) ?? 0;
      byB.set(b, w);
      m.size++;
    }
    s += w;
  }
  return s;
}

/** A fixed permutation of 0..n-1 (seeded linear congruential shuffle; seed 0 = the given order). */
export function seededOrder(n: number, seed: number): number[] {
  const ix = Array.from({ length: n }, (_, i) => i);
  if (seed === 0) return ix;
  let x = (seed * 2654435761) >>> 0;
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [ix[i], ix[j]] = [ix[j]!, ix[i]!];
  }
  return ix;
}

/** Logistic regression by SGD over the examples (fixed orders, no randomness). */
export function trainTripleModel(
  examples: readonly TripleExample[],
  learner: Partial<TripleLearner> = {},
): TripleModel {
  const { epochs, learningRate, l2, minCount, average, positiveWeight, shuffle } = {
    ...TRIPLE_LEARNER,
    ...learner,
  };
  const seen = new Map<string, number>();
  for (const ex of examples) for (const f of ex.feats) seen.set(f, (seen.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...seen].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    if (n >= minCount) index.set(f, index.size);
  const w = new Float64Array(index.size + 1); // the last weight is the score's
  // Averaged SGD by the sparse trick: the mean of the weights after each example is w − u / clock.
  const u = new Float64Array(index.size + 1);
  let clock = 1;
  const ids = examples.map((ex) =>
    ex.feats.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const scoreIx = index.size;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lr = learningRate / (1 + epoch);
    for (const n of seededOrder(examples.length, shuffle ? epoch : 0)) {
      const ex = examples[n]!;
      const x = scaledScore(ex.score);
      let z = w[scoreIx]! * x;
      for (const i of ids[n]!) z += w[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (ex.y - p) * (ex.y === 1 ? positiveWeight : 1);
      for (const i of ids[n]!) {
        const d = lr * (g - l2 * w[i]!);
        w[i]! += d;
        u[i]! += clock * d;
      }
      const d = lr * (g * x - l2 * w[scoreIx]!);
      w[scoreIx]! += d;
      u[scoreIx]! += clock * d;
      clock++;
    }
  }
  const final = (i: number): number => (average ? w[i]! - u[i]! / clock : w[i]!);
  const weights = new Map<string, number>();
  for (const [f, i] of index) if (Math.abs(final(i)) >= 5e-5) weights.set(f, round4(final(i)));
  weights.set(SCORE_FEATURE, round4(final(scoreIx)));
  return { weights };
}

function round4(x: number): number {
  const r = Math.round(x * 1e4) / 1e4;
  return r === 0 ? 0 : r; // no "-0" in the file
}

/** The model as JSON text: one feature per line, sorted by name. */
export function encodeTripleModel(model: TripleModel): string {
  const lines = [...model.weights]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([f, v]) => `    ${JSON.stringify(f)}: ${v}`);
  return `{\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export function decodeTripleModel(json: { weights: Record<string, number> }): TripleModel {
  return { weights: new Map(Object.entries(json.weights)) };
}

/** The committed model's path: src/annotate/quotes/model/triples.json. */
export function tripleModelPath(): string {
  return join(dirname(cueModelPath()), 'triples.json');
}

let cached: TripleModel | null | undefined;

/** The committed second-stage model, loaded once (null before it has been trained). */
export function loadTripleModel(): TripleModel | null {
  if (cached === undefined)
    cached = readModelFile(tripleModelPath(), 'the attribution model', (json) =>
      decodeTripleModel(json as { weights: Record<string, number> }),
    );
  return cached;
}
