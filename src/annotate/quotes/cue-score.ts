/**
 * The cue classifier's score of a token without building its feature list: the same sum as
 * `scoreCue(model, cueFeatures(…))`, to the last bit, at a fraction of the cost.
 *
 * 1. Exactness. The committed weights are int16 values times one scale, stored as float32: every
 *    weight is a whole multiple of one quantum (2^-23 of the smallest weight's power of two) and
 *    below 2^40 quanta, so any sum of a few hundred of them is exact in a double, whatever the
 *    order (decodeCueModel marks such a model). Other models are checked once by `exactModel`; one
 *    that fails (float weights too far apart in magnitude) is scored the generic way.
 * 2. Per word type (cached, bounded): the weights of the features that depend on the word alone
 *    (w=, stem=, pre4=, s3=, s2=, its WordNet classes and lemma), its weights as another token's
 *    neighbour (p1=, n1=, bp=, pj=, sw=), the FNV states of the feature texts that start with it
 *    ("p1w=said|"). (Weights of closed contexts with the word, memoised per type, cost more in
 *    allocation, GC and compile time than their hashing saved: measured and dropped.)
 * 3. Per token: the context (subject, next word, quote marks, position) as cueFeatures computes it,
 *    then the per-type parts, the pairs hashed from the stored states, a closed context's feature
 *    ("thatw=at1|said") from the precomputed state of its text up to the word, the rest hashed as before.
 */
import { detached } from '../../doc/strings.js';
import type { Token } from '../tokens/tokenizer.js';
import {
  BIAS_BUCKET,
  CUE_BUCKETS,
  type CueModel,
  PREFIX,
  cueFeatures,
  fnv,
  isLyAdverb,
  markIndex,
  nextClass,
  opensWith,
  scoreCue,
  shapeClass,
  stemOf,
} from './cue-model.js';
import { BETWEEN_SOURCE_AND_CUE } from './lexicon.js';
import { afterSubjectIndex } from './subject.js';
import { wordClasses } from './word-classes.js';

const MASK = CUE_BUCKETS - 1;
/** FNV-1a of the separator '|' (code 124), continuing from state h. */
const bar = (h: number): number => Math.imul(h ^ 124, 0x01000193);
/** The state after `prefix` + `value` + '|'. */
const stateOf = (prefix: number, value: string): number => bar(fnv(prefix, value));

/** Word types remembered per model before the cache starts over (bounds memory on endless streams). */
const TYPE_LIMIT = 30_000;
/** Above this many quanta a weight could make a sum of ~200 of them inexact: such a model is scored generically. */
const MAX_QUANTA = 2 ** 44;

/** The closed contexts whose feature text up to the word is hashed once per process, in slot order. */
const THAT = ['no', 'at1', 'at2', 'at3'] as const;
const QUOTE = ['none', 'before', 'after'] as const;
const SQ = ['a', 'b', 'n'] as const;
const REL = ['0', '1', '2', 'near', 'mid', 'far'] as const;
const TO_END = ['0', '1', '2', 'near', 'far'] as const;
const SJ = ['none', 'Cap', 'low'] as const;
const SHAPE = ['Cap', 'low'] as const;
const POS = ['first', 'last', 'mid'] as const;

/** Offsets of each context's values in SLOT_STATE. */
const S_THATW = 0;
const S_QUOTEW = S_THATW + THAT.length;
const S_SQW = S_QUOTEW + QUOTE.length;
const S_RELW = S_SQW + SQ.length;
const S_SUBJSTEM = S_RELW + REL.length;
const S_SUBJW = S_SUBJSTEM + SJ.length;
const S_SUBJS3 = S_SUBJW + SJ.length;
const S_SHAPEP1 = S_SUBJS3 + SJ.length;
const SLOTS = S_SHAPEP1 + SHAPE.length;

/** The FNV state of each slot's feature text up to the word ("thatw=at1|"). */
const SLOT_STATE: Int32Array = (() => {
  const out = new Int32Array(SLOTS);
  const fill = (at: number, prefix: number, values: readonly string[]): void =>
    values.forEach((v, k) => (out[at + k] = stateOf(prefix, v)));
  fill(S_THATW, PREFIX['thatw='], THAT);
  fill(S_QUOTEW, PREFIX['quotew='], QUOTE);
  fill(S_SQW, PREFIX['sqw='], SQ);
  fill(S_RELW, PREFIX['relw='], REL);
  fill(S_SUBJSTEM, PREFIX['subjstem='], SJ);
  fill(S_SUBJW, PREFIX['subjw='], SJ);
  fill(S_SUBJS3, PREFIX['subjs3='], SJ);
  fill(S_SHAPEP1, PREFIX['shapep1='], SHAPE);
  return out;
})();

/**
 * What a word type contributes to the scores of the tokens it neighbours (computed when the type is
 * first seen), and, computed when a token of the type is first scored, to its own (`self`, and
 * `classes` for word tokens: WordNet look-ups only for the words that are scored).
 */
interface CueType {
  word: string;
  /** Its weights as another token's p1=, n1=, bp=, pj=, sw=. */
  asP1: number;
  asN1: number;
  asBp: number;
  asPj: number;
  asSw: number;
  /** FNV states of feature texts that open with the word as a neighbour, up to '|'. */
  hPn: number;
  hPwn: number;
  hP1w: number;
  hP1lem: number;
  hP2p1: number;
  hN1n2: number;
  hPjv: number;
  self: SelfPart | undefined;
  classes: ClassPart | undefined;
}

/** The parts of a scored token's score that depend on its word alone. */
interface SelfPart {
  stem: string;
  s3: string;
  /** pre4=, stem=, w=, s3=, s2=. */
  own: number;
  hWn1: number;
  hWn2: number;
}

/** The WordNet parts of a scored word token's score. */
interface ClassPart {
  v1: string;
  lemma: string;
  /** v1=, wnn=, v1n=, vs=…, lem=. */
  sum: number;
  hV1p1: number;
  hV1nx: number;
  hWnnnx: number;
  hLemnx: number;
  hLemn1: number;
  hVsnx: readonly number[];
}

/** Per model: whether its sums are order-free, its word types, and the weights of pure-context features. */
interface FastModel {
  weights: Float32Array;
  types: Map<string, CueType>;
  /** rel=REL|TO_END, by REL index × TO_END.length + TO_END index. */
  relToEnd: Float64Array;
  that: Float64Array;
  quote: Float64Array;
  sq: Float64Array;
  sj: Float64Array;
  pos: Float64Array;
  q: Float64Array;
  bias: number;
}

const fastModels = new WeakMap<CueModel, FastModel | null>();

/** Whether every weight is a whole multiple of one quantum, small enough that sums are exact in any order. */
export function exactModel(weights: Float32Array): boolean {
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const a = Math.abs(weights[i]!);
    if (a === 0) continue;
    if (!Number.isFinite(a)) return false;
    if (a < min) min = a;
    if (a > max) max = a;
  }
  if (max === 0) return true;
  const quantum = 2 ** (Math.floor(Math.log2(min)) - 23);
  if (max / quantum >= MAX_QUANTA) return false;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (w !== 0 && !Number.isInteger(w / quantum)) return false;
  }
  return true;
}

function fastModel(model: CueModel): FastModel | null {
  let f = fastModels.get(model);
  if (f !== undefined) return f;
  const W = model.weights;
  f =
    model.int16 === true || exactModel(W)
      ? {
          weights: W,
          types: new Map(),
          relToEnd: Float64Array.from(
            REL.flatMap((r) => TO_END.map((e) => W[hashAt(PREFIX['rel='], r, e)]!)),
          ),
          that: Float64Array.from(THAT, (v) => W[hashAt(PREFIX['that='], v)]!),
          quote: Float64Array.from(QUOTE, (v) => W[hashAt(PREFIX['quote='], v)]!),
          sq: Float64Array.from(SQ, (v) => W[hashAt(PREFIX['sq='], v)]!),
          sj: Float64Array.from(SJ, (v) => W[hashAt(PREFIX['subj='], v)]!),
          pos: Float64Array.from(POS, (v) => W[hashAt(PREFIX['pos='], v)]!),
          q: Float64Array.from(['0', '1'], (v) => W[hashAt(PREFIX['q='], v)]!),
          bias: W[BIAS_BUCKET]!,
        }
      : null;
  fastModels.set(model, f);
  return f;
}

/** The bucket of prefix + a (+ '|' + b). */
function hashAt(prefix: number, a: string, b?: string): number {
  const h = fnv(prefix, a);
  return ((b === undefined ? h : fnv(bar(h), b)) >>> 0) & MASK;
}

/** The bucket of the feature text whose FNV state is h. */
const bucket = (h: number): number => (h >>> 0) & MASK;

function newType(W: Float32Array, w: string): CueType {
  return {
    word: w,
    asP1: W[hashAt(PREFIX['p1='], w)]!,
    asN1: W[hashAt(PREFIX['n1='], w)]!,
    asBp: W[hashAt(PREFIX['bp='], w)]!,
    asPj: W[hashAt(PREFIX['pj='], w)]!,
    asSw: W[hashAt(PREFIX['sw='], w)]!,
    hPn: stateOf(PREFIX['pn='], w),
    hPwn: stateOf(PREFIX['pwn='], w),
    hP1w: stateOf(PREFIX['p1w='], w),
    hP1lem: stateOf(PREFIX['p1lem='], w),
    hP2p1: stateOf(PREFIX['p2p1='], w),
    hN1n2: stateOf(PREFIX['n1n2='], w),
    hPjv: stateOf(PREFIX['pjv='], w),
    self: undefined,
    classes: undefined,
  };
}

function selfOf(W: Float32Array, t: CueType): SelfPart {
  const w = t.word;
  const stem = stemOf(w);
  const s3 = w.slice(-3);
  return (t.self = {
    stem,
    s3,
    own:
      W[hashAt(PREFIX['pre4='], w.slice(0, 4))]! +
      W[hashAt(PREFIX['stem='], stem)]! +
      W[hashAt(PREFIX['w='], w)]! +
      W[hashAt(PREFIX['s3='], s3)]! +
      W[hashAt(PREFIX['s2='], w.slice(-2))]!,
    hWn1: stateOf(PREFIX['wn1='], w),
    hWn2: stateOf(PREFIX['wn2='], w),
  });
}

function classesOf(W: Float32Array, t: CueType): ClassPart {
  const c = wordClasses(t.word);
  const v1 = c.verb[0] ?? 'none';
  let sum =
    W[hashAt(PREFIX['v1='], v1)]! +
    W[hashAt(PREFIX['wnn='], c.noun)]! +
    W[hashAt(PREFIX['v1n='], v1, c.noun)]! +
    W[hashAt(PREFIX['lem='], c.lemma)]!;
  for (const v of c.verb) sum += W[hashAt(PREFIX['vs='], v)]!;
  return (t.classes = {
    v1,
    lemma: c.lemma,
    sum,
    hV1p1: stateOf(PREFIX['v1p1='], v1),
    hV1nx: stateOf(PREFIX['v1nx='], v1),
    hWnnnx: stateOf(PREFIX['wnnnx='], c.noun),
    hLemnx: stateOf(PREFIX['lemnx='], c.lemma),
    hLemn1: stateOf(PREFIX['lemn1='], c.lemma),
    hVsnx: c.verb.map((v) => stateOf(PREFIX['vsnx='], v)),
  });
}

function typeOf(f: FastModel, w: string): CueType {
  let t = f.types.get(w);
  if (t === undefined) {
    if (f.types.size >= TYPE_LIMIT) f.types.clear();
    // Built from a copy: the type keeps its word (and stem), and a slice would keep the document alive.
    const key = detached(w);
    t = newType(f.weights, key);
    f.types.set(key, t);
  }
  return t;
}

/** The types of the last token list scored, by token index (scoring a document asks token after token). */
let docTypes: { tokens: readonly Token[]; types: Array<CueType | undefined>; model: FastModel } | undefined;

function typeAt(f: FastModel, tokens: readonly Token[], i: number): CueType {
  if (docTypes === undefined || docTypes.tokens !== tokens || docTypes.model !== f)
    docTypes = { tokens, types: new Array<CueType | undefined>(tokens.length), model: f };
  return (docTypes.types[i] ??= typeOf(f, tokens[i]!.lower));
}

/** Whether a code unit is one of the marks cueFeatures' quote feature looks for: " “ ” ' ‘ ’. */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

/** The generic path's reused feature array. */
const FEATURES: number[] = [];

/** scoreCue(model, cueFeatures(text, tokens, i, a, b, quoted)), exactly. */
export function cueScore(
  model: CueModel,
  text: string,
  tokens: readonly Token[],
  i: number,
  a: number,
  b: number,
  quoted: boolean,
): number {
  const f = fastModel(model);
  if (f === null) return scoreCue(model, cueFeatures(text, tokens, i, a, b, quoted, FEATURES));
  const W = f.weights;
  const t = tokens[i]!;
  const T = typeAt(f, tokens, i);
  const P1 = i > a ? typeAt(f, tokens, i - 1) : typeOf(f, '<s>');
  const P2 = i > a + 1 ? typeAt(f, tokens, i - 2) : typeOf(f, '<s>');
  const N1 = i + 1 < b ? typeAt(f, tokens, i + 1) : typeOf(f, '</s>');
  const N2 = i + 2 < b ? typeAt(f, tokens, i + 2) : typeOf(f, '</s>');
  const w = t.lower;
  const p1 = P1.word;
  const n1 = N1.word;
  // The context, as cueFeatures computes it.
  const subj = afterSubjectIndex(text, tokens, i);
  const sj = subj < a ? 'none' : shapeClass(text, tokens[subj]!);
  const sjIx = sj === 'none' ? 0 : sj === 'Cap' ? 1 : sj === 'low' ? 2 : -1;
  const SW = subj >= a ? typeAt(f, tokens, subj) : typeOf(f, '<none>');
  const shape = shapeClass(text, t);
  let that = 0;
  for (let k = i + 1; k < Math.min(b, i + 4); k++) if (tokens[k]!.lower === 'that') that = k - i;
  let quote = 0;
  for (let k = Math.max(a, i - 2); k < Math.min(b, i + 3); k++)
    if (tokens[k]!.kind === 'punct' && isQuoteMark(text.charCodeAt(tokens[k]!.start))) quote = k < i ? 1 : 2;
  let k = i + 1;
  while (k < b && isLyAdverb(tokens[k]!.lower)) k++;
  const next = k < b ? nextClass(text, tokens[k]!) : 'end';
  const marks = markIndex(text, tokens);
  const sq =
    marks.next[i]! < Math.min(b, i + 40) ? 0 : i > 0 && marks.prev[i - 1]! >= Math.max(a, i - 40) ? 1 : 2;
  const rel = i - a < 3 ? i - a : i - a < 6 ? 3 : i - a < 12 ? 4 : 5;
  const toEnd = b - i < 3 ? b - i : b - i < 8 ? 3 : 4;
  // The sum (exact in any order: see 1.).
  const O = T.self ?? selfOf(W, T);
  let s = O.own + f.bias + P1.asP1 + N1.asN1 + SW.asSw;
  s += W[hashAt(PREFIX['nx='], next)]! + W[hashAt(PREFIX['nxw='], next, O.stem)]!;
  s += f.sq[sq]! + W[bucket(fnv(SLOT_STATE[S_SQW + sq]!, O.stem))]!;
  s += f.relToEnd[rel * TO_END.length + toEnd]! + W[bucket(fnv(SLOT_STATE[S_RELW + rel]!, O.stem))]!;
  s += W[bucket(fnv(P1.hPn, n1))]! + W[bucket(fnv(bar(fnv(P1.hPwn, w)), n1))]!;
  if (t.kind === 'word') {
    const C = T.classes ?? classesOf(W, T);
    const nx = k < b ? opensWith(text, tokens[k]!) : 'end';
    s += C.sum;
    s += W[bucket(fnv(C.hV1nx, nx))]! + W[bucket(fnv(C.hWnnnx, nx))]! + W[bucket(fnv(C.hV1p1, p1))]!;
    for (const h of C.hVsnx) s += W[bucket(fnv(h, nx))]!;
    let j = i - 1;
    while (j >= a && (BETWEEN_SOURCE_AND_CUE.has(tokens[j]!.lower) || isLyAdverb(tokens[j]!.lower))) j--;
    const PJ = j >= a ? typeAt(f, tokens, j) : typeOf(f, '<s>');
    const pjc = j >= a ? shapeClass(text, tokens[j]!) : '<s>';
    s += PJ.asPj + W[bucket(fnv(PJ.hPjv, C.v1))]!;
    s += W[hashAt(PREFIX['pjlem='], pjc, C.lemma)]!;
    s += W[bucket(fnv(bar(fnv(bar(fnv(PREFIX['frame='], pjc)), C.v1)), nx))]!;
    s +=
      W[bucket(fnv(C.hLemnx, next))]! + W[bucket(fnv(C.hLemn1, n1))]! + W[bucket(fnv(P1.hP1lem, C.lemma))]!;
  }
  for (let m = Math.max(a, i - 4); m < i - 1; m++) s += typeAt(f, tokens, m).asBp;
  s += f.that[that]! + W[bucket(fnv(SLOT_STATE[S_THATW + that]!, O.stem))]!;
  s += f.quote[quote]! + W[bucket(fnv(SLOT_STATE[S_QUOTEW + quote]!, O.stem))]!;
  s += W[bucket(fnv(P1.hP1w, w))]! + W[bucket(fnv(O.hWn1, n1))]! + W[bucket(fnv(P2.hP2p1, p1))]!;
  s += W[bucket(fnv(N1.hN1n2, N2.word))]! + W[bucket(fnv(O.hWn2, N2.word))]!;
  s += W[hashAt(PREFIX['shape='], shape)]!;
  if (sjIx >= 0) {
    s +=
      f.sj[sjIx]! +
      W[bucket(fnv(SLOT_STATE[S_SUBJSTEM + sjIx]!, O.stem))]! +
      W[bucket(fnv(SLOT_STATE[S_SUBJW + sjIx]!, w))]! +
      W[bucket(fnv(SLOT_STATE[S_SUBJS3 + sjIx]!, O.s3))]!;
  } else
    s +=
      W[hashAt(PREFIX['subj='], sj)]! +
      W[hashAt(PREFIX['subjstem='], sj, O.stem)]! +
      W[hashAt(PREFIX['subjw='], sj, w)]! +
      W[hashAt(PREFIX['subjs3='], sj, O.s3)]!;
  s += W[hashAt(PREFIX['subjn1='], sj, n1)]!;
  s += f.q[quoted ? 1 : 0]! + f.pos[i === a ? 0 : i === b - 1 ? 1 : 2]!;
  s +=
    shape === 'Cap' || shape === 'low'
      ? W[bucket(fnv(SLOT_STATE[S_SHAPEP1 + (shape === 'Cap' ? 0 : 1)]!, p1))]!
      : W[hashAt(PREFIX['shapep1='], shape, p1)]!;
  return s;
}
