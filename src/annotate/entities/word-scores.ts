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
  type DocFeatures,
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

/** Tokens' features for the fast path: context feature hashes, and their words' infos. */
export type SplitFeatures = DocFeatures;

/**
 * One weight table with its per-type sums. The sums live in one slab (no object per word, and close
 * together in memory); a word's WordInfo holds its offset there, valid while the scorer's epoch is the
 * one it was computed in. The slab is emptied (a new epoch) between documents once it holds
 * SLAB_LIMIT words.
 */
export interface TableScorer {
  table: Int16Array;
  /**
   * Where the weights are read: `table` itself (stride NUM_TAGS, offset 0), or the two passes' tables
   * interleaved (stride 2 · NUM_TAGS; offset NUM_TAGS for the second pass), so that the second pass's
   * row of a feature shares the cache lines of the first pass's, loaded moments before.
   */
  w: Int16Array;
  stride: number;
  off: number;
  /**
   * The second pass's scorer when this is the first pass's over the same interleaved tables
   * (pairScorers): a word's sums for it are made with this table's, from the same rows.
   */
  partner: TableScorer | null;
  mask: number;
  lex: Lexicon;
  /** Which WordInfo slot holds this table's offsets (0 first pass, 1 second). */
  slot: 0 | 1;
  /**
   * The sums, `vec` per word; entry 0 is the sentence boundary in the M roles (before the start), entry
   * 1 the boundary in the P roles (after the end).
   */
  slab: Int32Array;
  /** Entries in use. */
  used: number;
  epoch: number;
  /** Sums of the two history features of the previous tags alone, at ((t1 + 1) · T1 + t2 + 1) · NUM_TAGS. */
  tags: Int32Array;
  /** Integers per slab entry: VEC, or VEC_VITERBI for a table decoded by Viterbi. */
  vec: number;
}

/**
 * A word type's sums: the five roles, then its tag-history features (previous tag × its lower case,
 * shape, cluster) for the two commonest previous tags: none (sentence start) and O.
 */
const H_START = NUM_ROLES * NUM_TAGS;
const H_O = H_START + NUM_TAGS;
/** A word's entry in a greedy table's slab. */
const VEC = H_O + NUM_TAGS;
/** In a Viterbi table's (scoreSplitViterbi), also the history after each other tag, B-PER … I-MISC. */
const VEC_VITERBI = H_START + (NUM_TAGS + 1) * NUM_TAGS;
/** Tags -1 (before the start) … NUM_TAGS - 1, as an index. */
const T1 = NUM_TAGS + 1;
const BOS_AT = 0;
/** Words whose sums a slab holds before it is emptied (≈ 250 bytes each; 540 for Viterbi). */
export const SLAB_LIMIT = 40_000;
const scorers = new WeakMap<Int16Array, TableScorer>();

/** The scorer of a weight table (made once per table, lexicon, slot and decoding). */
export function tableScorer(
  table: Int16Array,
  buckets: number,
  lex: Lexicon,
  slot: 0 | 1,
  viterbi = false,
  pair?: Int16Array,
): TableScorer {
  const vec = viterbi ? VEC_VITERBI : VEC;
  let sc = scorers.get(table);
  const w =
    pair && pair.length === table.length
      ? interleaved(slot === 0 ? table : pair, slot === 0 ? pair : table)
      : table;
  if (
    sc &&
    sc.w === w &&
    sc.slot === slot &&
    sc.vec === vec &&
    sc.mask === buckets - 1 &&
    sc.lex.gazetteer === lex.gazetteer &&
    sc.lex.clusters === lex.clusters
  )
    return sc;
  sc = {
    table,
    w,
    stride: w === table ? NUM_TAGS : 2 * NUM_TAGS,
    off: w !== table && slot === 1 ? NUM_TAGS : 0,
    partner: null,
    mask: buckets - 1,
    lex: { gazetteer: lex.gazetteer, clusters: lex.clusters },
    slot,
    slab: new Int32Array(vec * 1024),
    used: 2,
    epoch: 0,
    tags: new Int32Array(T1 * T1 * NUM_TAGS),
    vec,
  };
  for (const role of [ROLE_M1, ROLE_M2]) sumRole(sc, null, role, BOS_AT);
  for (const role of [ROLE_P1, ROLE_P2]) sumRole(sc, null, role, vec);
  for (let t1 = -1; t1 < NUM_TAGS; t1++)
    for (let t2 = -1; t2 < NUM_TAGS; t2++) {
      historyFeatures(ONE, 0, t1, t2, hist);
      addRows(sc, [hist[0]!, hist[1]!], sc.tags, ((t1 + 1) * T1 + t2 + 1) * NUM_TAGS);
    }
  scorers.set(table, sc);
  return sc;
}

const pairs = new WeakMap<Int16Array, { second: Int16Array; both: Int16Array }>();

/**
 * The rows of two equally long weight tables interleaved: bucket b's row of `first`, then of `second`
 * (made once per pair, ≈ 45 ms; a copy of both tables, 38 MB for the committed model, beside them).
 */
function interleaved(first: Int16Array, second: Int16Array): Int16Array {
  const known = pairs.get(first);
  if (known && known.second === second) return known.both;
  const both = new Int16Array(first.length * 2);
  for (let i = 0, b = 0; i < first.length; i += NUM_TAGS, b += 2 * NUM_TAGS)
    for (let t = 0; t < NUM_TAGS; t++) {
      both[b + t] = first[i + t]!;
      both[b + NUM_TAGS + t] = second[i + t]!;
    }
  pairs.set(first, { second, both });
  return both;
}

/** Empties the slab when it holds SLAB_LIMIT words or more (call between documents). */
export function trimScorer(sc: TableScorer): void {
  if (sc.used < SLAB_LIMIT) return;
  sc.used = 2;
  sc.epoch++;
}

/**
 * Makes `first` compute a word's sums for `second` along with its own (same interleaved tables, first
 * and second slot, same decoding); otherwise unpairs it.
 */
export function pairScorers(first: TableScorer, second: TableScorer | null): void {
  first.partner =
    second &&
    first.w === second.w &&
    first.slot === 0 &&
    second.slot === 1 &&
    first.off === 0 &&
    second.off === NUM_TAGS &&
    first.vec === second.vec
      ? second
      : null;
}

/** How many words' sums a scorer holds (tests: the slab stays bounded). */
export function scorerSize(sc: TableScorer): number {
  return sc.used - 2;
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

/**
 * Adds the weights of feature hashes to vec[at … at + NUM_TAGS), summed in locals first (independent
 * loads: the rows are mostly cache misses, and the processor overlaps them).
 */
function addRows(sc: TableScorer, hashes: readonly number[], vec: Int32Array, at: number): void {
  const w = sc.w;
  const mask = sc.mask;
  const stride = sc.stride;
  const off = sc.off;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
  for (let k = 0; k < hashes.length; k++) {
    const r = (hashes[k]! & mask) * stride + off;
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
  vec[at] = vec[at]! + s0;
  vec[at + 1] = vec[at + 1]! + s1;
  vec[at + 2] = vec[at + 2]! + s2;
  vec[at + 3] = vec[at + 3]! + s3;
  vec[at + 4] = vec[at + 4]! + s4;
  vec[at + 5] = vec[at + 5]! + s5;
  vec[at + 6] = vec[at + 6]! + s6;
  vec[at + 7] = vec[at + 7]! + s7;
  vec[at + 8] = vec[at + 8]! + s8;
}

/** addRows for an interleaved pair: the first table's rows into vec, the second's (beside them) into vec2. */
function addRowsPair(
  sc: TableScorer,
  hashes: readonly number[],
  vec: Int32Array,
  at: number,
  vec2: Int32Array,
  at2: number,
): void {
  const w = sc.w;
  const mask = sc.mask;
  const stride = sc.stride;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0,
    k0 = 0,
    k1 = 0,
    k2 = 0,
    k3 = 0,
    k4 = 0,
    k5 = 0,
    k6 = 0,
    k7 = 0,
    k8 = 0;
  for (let k = 0; k < hashes.length; k++) {
    const r = (hashes[k]! & mask) * stride;
    s0 += w[r]!;
    s1 += w[r + 1]!;
    s2 += w[r + 2]!;
    s3 += w[r + 3]!;
    s4 += w[r + 4]!;
    s5 += w[r + 5]!;
    s6 += w[r + 6]!;
    s7 += w[r + 7]!;
    s8 += w[r + 8]!;
    k0 += w[r + 9]!;
    k1 += w[r + 10]!;
    k2 += w[r + 11]!;
    k3 += w[r + 12]!;
    k4 += w[r + 13]!;
    k5 += w[r + 14]!;
    k6 += w[r + 15]!;
    k7 += w[r + 16]!;
    k8 += w[r + 17]!;
  }
  vec[at] = vec[at]! + s0;
  vec[at + 1] = vec[at + 1]! + s1;
  vec[at + 2] = vec[at + 2]! + s2;
  vec[at + 3] = vec[at + 3]! + s3;
  vec[at + 4] = vec[at + 4]! + s4;
  vec[at + 5] = vec[at + 5]! + s5;
  vec[at + 6] = vec[at + 6]! + s6;
  vec[at + 7] = vec[at + 7]! + s7;
  vec[at + 8] = vec[at + 8]! + s8;
  vec2[at2] = vec2[at2]! + k0;
  vec2[at2 + 1] = vec2[at2 + 1]! + k1;
  vec2[at2 + 2] = vec2[at2 + 2]! + k2;
  vec2[at2 + 3] = vec2[at2 + 3]! + k3;
  vec2[at2 + 4] = vec2[at2 + 4]! + k4;
  vec2[at2 + 5] = vec2[at2 + 5]! + k5;
  vec2[at2 + 6] = vec2[at2 + 6]! + k6;
  vec2[at2 + 7] = vec2[at2 + 7]! + k7;
  vec2[at2 + 8] = vec2[at2 + 8]! + k8;
}

/** Adds word x's features in a role to the slab entry at `at` (x null: the sentence boundary). */
function sumRole(sc: TableScorer, x: WordInfo | null, role: number, at: number, at2 = -1): void {
  roleScratch.length = 0;
  roleFeatures(x, role, sc.lex.clusters !== undefined, roleScratch);
  if (at2 < 0) addRows(sc, roleScratch, sc.slab, at + role * NUM_TAGS);
  else addRowsPair(sc, roleScratch, sc.slab, at + role * NUM_TAGS, sc.partner!.slab, at2 + role * NUM_TAGS);
}

/** The word-dependent history features of word x after tag t1 (historyFeatures' last three). */
function sumHistory(sc: TableScorer, x: WordInfo, t1: number, at: number, at2 = -1): void {
  ONE.lowerHash[0] = x.l;
  ONE.shapeHash[0] = x.shape;
  ONE.cluster[0] = x.cl[2]!;
  historyFeatures(ONE, 0, t1, -1, hist);
  wordHistory[0] = hist[2]!;
  wordHistory[1] = hist[3]!;
  wordHistory[2] = hist[4]!;
  if (at2 < 0) addRows(sc, wordHistory, sc.slab, at);
  else addRowsPair(sc, wordHistory, sc.slab, at, sc.partner!.slab, at2);
}

/** Scratch for sumHistory's three word-dependent history hashes (no array per call). */
const wordHistory: number[] = [0, 0, 0];

/** Bits of a word's sums: one per role (1 << role), then the history after no tag and after O. */
const B_START = 1 << NUM_ROLES;
const B_O = B_START << 1;
/** The history after every other previous tag (Viterbi). */
const B_REST = B_O << 1;
/** Every history part of a word's sums: after no tag, after O, after each other tag. */
const B_HISTORY = B_START | B_O | B_REST;

/** A new zeroed slab entry's offset (the slab grows by doubling; offsets stay valid). */
function allocate(sc: TableScorer): number {
  const at = sc.used * sc.vec;
  if (at + sc.vec > sc.slab.length) {
    const bigger = new Int32Array(sc.slab.length * 2);
    bigger.set(sc.slab.subarray(0, at));
    sc.slab = bigger;
  } else sc.slab.fill(0, at, at + sc.vec);
  sc.used++;
  return at;
}

/** The slab offset of word x's entry under sc, a second-slot table (a new zeroed one if it has none). */
function secondSlot(sc: TableScorer, x: WordInfo): number {
  if (x.owner1 !== sc || x.epoch1 !== sc.epoch) {
    x.owner1 = sc;
    x.epoch1 = sc.epoch;
    x.at1 = allocate(sc);
    x.mask1 = 0;
  }
  return x.at1;
}

/**
 * The slab offset of a word type's sums under this table, with at least the parts in `bits` computed
 * (the others are computed when first asked for: a word's second-pass sums are mostly needed in one
 * role only). The offset is kept on the WordInfo, in the table's slot. May grow the slab: read
 * sc.slab after every call.
 */
export function wordVector(sc: TableScorer, x: WordInfo, bits: number): number {
  let at: number;
  let have: number;
  if (sc.slot === 0) {
    if (x.owner0 !== sc || x.epoch0 !== sc.epoch) {
      x.owner0 = sc;
      x.epoch0 = sc.epoch;
      x.at0 = allocate(sc);
      x.mask0 = 0;
    }
    at = x.at0;
    have = x.mask0;
  } else {
    at = secondSlot(sc, x);
    have = x.mask1;
  }
  const missing = bits & ~have;
  if (missing === 0) return at;
  // With a partner (first pass of an interleaved pair), the parts the partner lacks too are summed for
  // both from the same rows: each part's bit says whether it is computed (`both`), which stays exact.
  const p = sc.partner;
  let at2 = -1;
  let both = 0;
  if (p) {
    at2 = secondSlot(p, x);
    both = missing & ~x.mask1;
  }
  for (let role = ROLE_SELF; role < NUM_ROLES; role++) {
    const bit = 1 << role;
    if (missing & bit) sumRole(sc, x, role, at, both & bit ? at2 : -1);
  }
  if (missing & B_START) sumHistory(sc, x, -1, at + H_START, both & B_START ? at2 + H_START : -1);
  if (missing & B_O) sumHistory(sc, x, 0, at + H_O, both & B_O ? at2 + H_O : -1);
  if (missing & B_REST)
    for (let t1 = 1; t1 < NUM_TAGS; t1++) {
      const o = H_START + (t1 + 1) * NUM_TAGS;
      sumHistory(sc, x, t1, at + o, both & B_REST ? at2 + o : -1);
    }
  foldTags(sc, at, missing);
  if (sc.slot === 0) x.mask0 = have | missing;
  else x.mask1 = have | missing;
  if (p && both) {
    foldTags(p, at2, both);
    x.mask1 |= both;
  }
  return at;
}

/**
 * A Viterbi slab holds each history row with the previous tag's own weights (the tag bigram, no tag
 * two back) folded in: the transition scores Viterbi reads, exact in integers. Folds them into the
 * history parts in `parts` of the entry at `at`.
 */
function foldTags(sc: TableScorer, at: number, parts: number): void {
  if (sc.vec !== VEC_VITERBI || !(parts & B_HISTORY)) return;
  const v = sc.slab;
  const g = sc.tags;
  for (let t1 = -1; t1 < NUM_TAGS; t1++) {
    const part = t1 < 0 ? B_START : t1 === 0 ? B_O : B_REST;
    if (!(parts & part)) continue;
    const ht = at + H_START + (t1 + 1) * NUM_TAGS;
    const gt = (t1 + 1) * T1 * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) v[ht + t] = v[ht + t]! + g[gt + t]!;
  }
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

/**
 * Token i's context sums into `scores`: its own word's sums (at least the parts in `self`) and its
 * neighbours' in their roles, from the slab. Returns the slab offset of the token's own entry.
 */
function contextSums(
  sc: TableScorer,
  sf: SplitFeatures,
  i: number,
  lo: number,
  hi: number,
  self: number,
  scores: Float64Array,
): number {
  const info = sf.info;
  const a = wordVector(sc, info[i]!, self);
  const b = (i > lo ? wordVector(sc, info[i - 1]!, 1 << ROLE_M1) : BOS_AT) + M1;
  const c = (i + 1 < hi ? wordVector(sc, info[i + 1]!, 1 << ROLE_P1) : sc.vec) + P1;
  const d = (i - 1 > lo ? wordVector(sc, info[i - 2]!, 1 << ROLE_M2) : BOS_AT) + M2;
  const e = (i + 2 < hi ? wordVector(sc, info[i + 2]!, 1 << ROLE_P2) : sc.vec) + P2;
  const v = sc.slab;
  scores[0] = v[a]! + v[b]! + v[c]! + v[d]! + v[e]!;
  scores[1] = v[a + 1]! + v[b + 1]! + v[c + 1]! + v[d + 1]! + v[e + 1]!;
  scores[2] = v[a + 2]! + v[b + 2]! + v[c + 2]! + v[d + 2]! + v[e + 2]!;
  scores[3] = v[a + 3]! + v[b + 3]! + v[c + 3]! + v[d + 3]! + v[e + 3]!;
  scores[4] = v[a + 4]! + v[b + 4]! + v[c + 4]! + v[d + 4]! + v[e + 4]!;
  scores[5] = v[a + 5]! + v[b + 5]! + v[c + 5]! + v[d + 5]! + v[e + 5]!;
  scores[6] = v[a + 6]! + v[b + 6]! + v[c + 6]! + v[d + 6]! + v[e + 6]!;
  scores[7] = v[a + 7]! + v[b + 7]! + v[c + 7]! + v[d + 7]! + v[e + 7]!;
  scores[8] = v[a + 8]! + v[b + 8]! + v[c + 8]! + v[d + 8]! + v[e + 8]!;
  return a;
}

/**
 * The row offsets of token i's static features and its extras into `rows` (grown to hold `more`
 * further rows), returning how many were written.
 */
function tokenRows(
  sc: TableScorer,
  sf: SplitFeatures,
  i: number,
  extra: ArrayLike<number> | undefined,
  nExtra: number,
  more: number,
): number {
  const mask = sc.mask;
  const stride = sc.stride;
  const off = sc.off;
  const feats = sf.feats;
  const start = sf.offsets[i]!;
  const end = sf.offsets[i + 1]!;
  const total = end - start + nExtra + more;
  if (total > rows.length) rows = new Int32Array(total * 2);
  let m = 0;
  for (let k = start; k < end; k++) rows[m++] = (feats[k]! & mask) * stride + off;
  for (let k = 0; k < nExtra; k++) rows[m++] = (extra![k]! & mask) * stride + off;
  return m;
}

/** Adds the weights of the first m rows of `rows` to `scores` (exact: integer sums). */
function addRowSums(sc: TableScorer, m: number, scores: Float64Array): void {
  const w = sc.w;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
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
  scores[0] = scores[0]! + s0;
  scores[1] = scores[1]! + s1;
  scores[2] = scores[2]! + s2;
  scores[3] = scores[3]! + s3;
  scores[4] = scores[4]! + s4;
  scores[5] = scores[5]! + s5;
  scores[6] = scores[6]! + s6;
  scores[7] = scores[7]! + s7;
  scores[8] = scores[8]! + s8;
}
if (NUM_TAGS !== 9) throw new Error('word-scores is unrolled for 9 tags');

/**
 * Scores of each tag for token i (into `scores`), given the previous two tags: as tagger.ts scoreToken.
 * Its sentence is tokens lo … hi - 1 of sf; extra: the first nExtra hashes there are added too.
 */
export function scoreSplit(
  sc: TableScorer,
  sf: SplitFeatures,
  i: number,
  lo: number,
  hi: number,
  t1: number,
  t2: number,
  scores: Float64Array,
  extra?: ArrayLike<number>,
  nExtra = extra ? extra.length : 0,
): void {
  const a = contextSums(sc, sf, i, lo, hi, t1 < 0 ? 1 | B_START : t1 === 0 ? 1 | B_O : 1, scores);
  // Tag history: the tags alone from the scorer's table; with the word, from the word's sums after no
  // tag or O, else looked up.
  const g = sc.tags;
  const at = ((t1 + 1) * T1 + t2 + 1) * NUM_TAGS;
  for (let t = 0; t < NUM_TAGS; t++) scores[t] = scores[t]! + g[at + t]!;
  if (t1 <= 0) {
    const v = sc.slab;
    const k = a + (t1 < 0 ? H_START : H_O);
    for (let t = 0; t < NUM_TAGS; t++) scores[t] = scores[t]! + v[k + t]!;
  }
  let m = tokenRows(sc, sf, i, extra, nExtra, NUM_HISTORY);
  if (t1 > 0) {
    historyFeatures(sf, i, t1, t2, hist);
    for (let k = 2; k < NUM_HISTORY; k++) rows[m++] = (hist[k]! & sc.mask) * sc.stride + sc.off;
  }
  addRowSums(sc, m, scores);
}

/**
 * For first-order Viterbi (tagger.ts viterbiSentence): token i's scores without tag history into
 * `scores` (as scoreSplit's static part); returns the offset in `sc.slab` where, at (t1 + 1) ·
 * NUM_TAGS + t, the transition scores stand: the history features' weights for tag t after previous
 * tag t1 (-1 … NUM_TAGS - 1; no tag two back), tag bigram folded in. Exact integer sums, as scoreSplit.
 * The offset is valid until the next call (the slab may grow).
 */
export function scoreSplitViterbi(
  sc: TableScorer,
  sf: SplitFeatures,
  i: number,
  lo: number,
  hi: number,
  scores: Float64Array,
  extra?: ArrayLike<number>,
  nExtra = extra ? extra.length : 0,
): number {
  if (sc.vec !== VEC_VITERBI) throw new Error('scoreSplitViterbi needs a scorer made for Viterbi');
  const a = contextSums(sc, sf, i, lo, hi, 1 | B_HISTORY, scores);
  addRowSums(sc, tokenRows(sc, sf, i, extra, nExtra, 0), scores);
  return a + H_START;
}
