/**
 * The tagger's fast path for int16 weights (the committed model): most of a token's static features
 * depend on one word only (features.ts roleFeatures), so their weights are summed once per word type
 * and weight table, and a token's score starts from five such sums (its own word, and the words one
 * and two before and after it, or the sentence boundary) before adding its context features
 * (contextFeatures), tag history and second-pass extras.
 *
 * The output is identical to scoring every feature (tagger.ts scoreToken): int16 codes summed are
 * integers far below 2^53, so every sum is exact in any order, and the feature multiset is the same
 * (features.test.ts, word-scores.test.ts).
 */
import {
  contextFeatures,
  type DocContext,
  historyFeatures,
  type Lexicon,
  NUM_HISTORY,
  NUM_ROLES,
  NUM_TAGS,
  ROLE_M1,
  ROLE_M2,
  ROLE_P1,
  ROLE_P2,
  ROLE_SELF,
  roleFeatures,
  type SentenceFeatures,
  type WordInfo,
  wordInfos,
} from './features.js';

/** A token's features for the fast path: context feature hashes, and its words' infos. */
export type SplitFeatures = SentenceFeatures & { info: readonly WordInfo[] };

/** One weight table with what its per-type sums need. */
export interface TableScorer {
  table: Int16Array;
  mask: number;
  lex: Lexicon;
  /** Which WordInfo slot holds this table's sums (0 first pass, 1 second). */
  slot: 0 | 1;
  /** Sums of the sentence boundary in the M roles (before the start) and P roles (after the end). */
  bos: Int32Array;
  eos: Int32Array;
  /** Sums of the two history features of the previous tags alone, at ((t1 + 1) · T1 + t2 + 1) · NUM_TAGS. */
  tags: Int32Array;
}

/**
 * A word type's sums: the five roles, then its tag-history features (previous tag × its lower case,
 * shape, cluster) for the two commonest previous tags: none (sentence start) and O.
 */
const H_START = NUM_ROLES * NUM_TAGS;
const H_O = H_START + NUM_TAGS;
const VEC = H_O + NUM_TAGS;
/** Tags -1 (before the start) … NUM_TAGS - 1, as an index. */
const T1 = NUM_TAGS + 1;
const scorers = new WeakMap<Int16Array, TableScorer>();

/** The scorer of a weight table (made once per table, lexicon and slot). */
export function tableScorer(table: Int16Array, buckets: number, lex: Lexicon, slot: 0 | 1): TableScorer {
  let sc = scorers.get(table);
  if (
    sc &&
    sc.slot === slot &&
    sc.mask === buckets - 1 &&
    sc.lex.gazetteer === lex.gazetteer &&
    sc.lex.clusters === lex.clusters
  )
    return sc;
  sc = {
    table,
    mask: buckets - 1,
    lex: { gazetteer: lex.gazetteer, clusters: lex.clusters },
    slot,
    bos: new Int32Array(VEC),
    eos: new Int32Array(VEC),
    tags: new Int32Array(T1 * T1 * NUM_TAGS),
  };
  for (const role of [ROLE_M1, ROLE_M2]) sumRole(sc, null, role, sc.bos);
  for (const role of [ROLE_P1, ROLE_P2]) sumRole(sc, null, role, sc.eos);
  for (let t1 = -1; t1 < NUM_TAGS; t1++)
    for (let t2 = -1; t2 < NUM_TAGS; t2++) {
      historyFeatures(ONE, 0, t1, t2, hist);
      addRows(sc, [hist[0]!, hist[1]!], sc.tags, ((t1 + 1) * T1 + t2 + 1) * NUM_TAGS);
    }
  scorers.set(table, sc);
  return sc;
}

const roleScratch: number[] = [];

/** A one-token stand-in for historyFeatures when only the tags matter. */
const ONE: SentenceFeatures = {
  feats: new Uint32Array(0),
  offsets: new Uint32Array(2),
  lowerHash: new Uint32Array(1),
  shapeHash: new Uint32Array(1),
  cluster: new Uint32Array(1),
  nameLike: new Uint8Array(1),
};

/** Adds the weights of feature hashes to vec[at … at + NUM_TAGS). */
function addRows(sc: TableScorer, hashes: readonly number[], vec: Int32Array, at: number): void {
  const w = sc.table;
  for (const h of hashes) {
    const b = (h & sc.mask) * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) vec[at + t] = vec[at + t]! + w[b + t]!;
  }
}

function sumRole(sc: TableScorer, x: WordInfo | null, role: number, vec: Int32Array): void {
  roleScratch.length = 0;
  roleFeatures(x, role, sc.lex.clusters !== undefined, roleScratch);
  addRows(sc, roleScratch, vec, role * NUM_TAGS);
}

/** The word-dependent history features of word x after tag t1 (historyFeatures' last three). */
function sumHistory(sc: TableScorer, x: WordInfo, t1: number, vec: Int32Array, at: number): void {
  ONE.lowerHash[0] = x.l;
  ONE.shapeHash[0] = x.shape;
  ONE.cluster[0] = x.cl[2]!;
  historyFeatures(ONE, 0, t1, -1, hist);
  addRows(sc, [hist[2]!, hist[3]!, hist[4]!], vec, at);
}

/** A word type's sums for every role under this table (cached on the WordInfo). */
export function wordVector(sc: TableScorer, x: WordInfo): Int32Array {
  if (sc.slot === 0) {
    if (x.owner0 === sc) return x.vec0;
  } else if (x.owner1 === sc) return x.vec1;
  const vec = new Int32Array(VEC);
  for (let role = ROLE_SELF; role < NUM_ROLES; role++) sumRole(sc, x, role, vec);
  sumHistory(sc, x, -1, vec, H_START);
  sumHistory(sc, x, 0, vec, H_O);
  if (sc.slot === 0) {
    x.owner0 = sc;
    x.vec0 = vec;
  } else {
    x.owner1 = sc;
    x.vec1 = vec;
  }
  return vec;
}

/** The split features of a sentence (words as written). */
export function splitFeatures(words: readonly string[], lex: Lexicon, doc: DocContext): SplitFeatures {
  return contextFeatures(wordInfos(lex, words), lex, doc);
}

const hist = new Uint32Array(NUM_HISTORY);
let rows = new Int32Array(256);
const M1 = ROLE_M1 * NUM_TAGS;
const P1 = ROLE_P1 * NUM_TAGS;
const M2 = ROLE_M2 * NUM_TAGS;
const P2 = ROLE_P2 * NUM_TAGS;

/** Scores of each tag for token i (into `scores`), given the previous two tags: as tagger.ts scoreToken. */
export function scoreSplit(
  sc: TableScorer,
  sf: SplitFeatures,
  i: number,
  t1: number,
  t2: number,
  scores: Float64Array,
  extra?: readonly number[],
): void {
  const info = sf.info;
  const n = info.length;
  const a = wordVector(sc, info[i]!);
  const b = i > 0 ? wordVector(sc, info[i - 1]!) : sc.bos;
  const c = i + 1 < n ? wordVector(sc, info[i + 1]!) : sc.eos;
  const d = i > 1 ? wordVector(sc, info[i - 2]!) : sc.bos;
  const e = i + 2 < n ? wordVector(sc, info[i + 2]!) : sc.eos;
  let s0 = a[0]! + b[M1]! + c[P1]! + d[M2]! + e[P2]!;
  let s1 = a[1]! + b[M1 + 1]! + c[P1 + 1]! + d[M2 + 1]! + e[P2 + 1]!;
  let s2 = a[2]! + b[M1 + 2]! + c[P1 + 2]! + d[M2 + 2]! + e[P2 + 2]!;
  let s3 = a[3]! + b[M1 + 3]! + c[P1 + 3]! + d[M2 + 3]! + e[P2 + 3]!;
  let s4 = a[4]! + b[M1 + 4]! + c[P1 + 4]! + d[M2 + 4]! + e[P2 + 4]!;
  let s5 = a[5]! + b[M1 + 5]! + c[P1 + 5]! + d[M2 + 5]! + e[P2 + 5]!;
  let s6 = a[6]! + b[M1 + 6]! + c[P1 + 6]! + d[M2 + 6]! + e[P2 + 6]!;
  let s7 = a[7]! + b[M1 + 7]! + c[P1 + 7]! + d[M2 + 7]! + e[P2 + 7]!;
  let s8 = a[8]! + b[M1 + 8]! + c[P1 + 8]! + d[M2 + 8]! + e[P2 + 8]!;
  // Tag history: the tags alone from the scorer's table; with the word, from the word's sums after no
  // tag or O, else looked up.
  const g = sc.tags;
  const at = ((t1 + 1) * T1 + t2 + 1) * NUM_TAGS;
  const h = t1 < 0 ? H_START : H_O;
  s0 += g[at]!;
  s1 += g[at + 1]!;
  s2 += g[at + 2]!;
  s3 += g[at + 3]!;
  s4 += g[at + 4]!;
  s5 += g[at + 5]!;
  s6 += g[at + 6]!;
  s7 += g[at + 7]!;
  s8 += g[at + 8]!;
  if (t1 <= 0) {
    s0 += a[h]!;
    s1 += a[h + 1]!;
    s2 += a[h + 2]!;
    s3 += a[h + 3]!;
    s4 += a[h + 4]!;
    s5 += a[h + 5]!;
    s6 += a[h + 6]!;
    s7 += a[h + 7]!;
    s8 += a[h + 8]!;
  }
  const mask = sc.mask;
  const w = sc.table;
  const feats = sf.feats;
  const start = sf.offsets[i]!;
  const end = sf.offsets[i + 1]!;
  const nExtra = extra ? extra.length : 0;
  const total = end - start + NUM_HISTORY + nExtra;
  if (total > rows.length) rows = new Int32Array(total * 2);
  let m = 0;
  for (let k = start; k < end; k++) rows[m++] = (feats[k]! & mask) * 9;
  if (t1 > 0) {
    historyFeatures(sf, i, t1, t2, hist);
    for (let k = 2; k < NUM_HISTORY; k++) rows[m++] = (hist[k]! & mask) * 9;
  }
  for (let k = 0; k < nExtra; k++) rows[m++] = (extra![k]! & mask) * 9;
  for (let j = 0; j < m; j++) {
    const r = rows[j]!;
    s0 += w[r]!;
    s1 += w[r + 1]!;
    s2 += w[r + 2]!;
    s3 += w[r + 3]!;
    s4 += w[r + 4]!;
    s5 += w[r + 5]!;
    s6 += w[r + 6]!;
    s7 += w[r + 7]!;
    s8 += w[r + 8]!;
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
if (NUM_TAGS !== 9) throw new Error('scoreSplit is unrolled for 9 tags');
