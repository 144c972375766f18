/**
 * A token classifier for cue heads ("said", "urges", "according"): an averaged perceptron over hashed
 * context features, trained on PolNeAR train by train.ts and stored as int16 weights
 * (model/cue-weights.json, base64). The extractor asks it which tokens open an attribution.
 */
import type { Token } from '../tokens/tokenizer.js';
import { changesCase } from './case.js';
import { BETWEEN_SOURCE_AND_CUE } from './lexicon.js';
import { afterSubjectIndex } from './subject.js';
import { wordClasses } from './word-classes.js';

/** Hash buckets of the feature table (2^20: fewer collisions than 2^16–2^18 in cross-validation on train; stored sparse). */
export const CUE_BUCKETS = 1 << 20;

export interface CueModel {
  weights: Float32Array;
  /**
   * Set by decodeCueModel: every weight is an int16 times one scale, so sums of weights are exact in
   * any order (cue-score.ts relies on it; other models are checked there).
   */
  int16?: true;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over s, continuing from state h. */
export function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The bucket of a feature's text. */
export function hash1(s: string): number {
  return (fnv(FNV_OFFSET, s) >>> 0) & (CUE_BUCKETS - 1);
}

/** The bucket of the concatenation of the parts (equal to hash1(parts.join(''))). */
export function hashParts(a: string, b: string, c?: string, d?: string, e?: string, f?: string): number {
  let h = fnv(fnv(FNV_OFFSET, a), b);
  if (c !== undefined) h = fnv(h, c);
  if (d !== undefined) h = fnv(h, d);
  if (e !== undefined) h = fnv(h, e);
  if (f !== undefined) h = fnv(h, f);
  return (h >>> 0) & (CUE_BUCKETS - 1);
}

/** hashParts(prefix, b, …) with the prefix's FNV state computed beforehand (the same bucket). */
export function hashFrom(h: number, b: string, c?: string, d?: string, e?: string, f?: string): number {
  h = fnv(h, b);
  if (c !== undefined) h = fnv(h, c);
  if (d !== undefined) h = fnv(h, d);
  if (e !== undefined) h = fnv(h, e);
  if (f !== undefined) h = fnv(h, f);
  return (h >>> 0) & (CUE_BUCKETS - 1);
}

export function prefixStates<const T extends string>(names: readonly T[]): Readonly<Record<T, number>> {
  return Object.fromEntries(names.map((p) => [p, fnv(FNV_OFFSET, p)])) as Record<T, number>;
}

/** The FNV states of cueFeatures' feature-name prefixes, hashed once per process. */
export const PREFIX = prefixStates([
  'nx=',
  'nxw=',
  'sq=',
  'sqw=',
  'pre4=',
  'rel=',
  'relw=',
  'pn=',
  'pwn=',
  'v1=',
  'wnn=',
  'v1nx=',
  'wnnnx=',
  'v1n=',
  'v1p1=',
  'vs=',
  'vsnx=',
  'bp=',
  'stem=',
  'subjstem=',
  'that=',
  'thatw=',
  'quote=',
  'quotew=',
  'w=',
  'p1=',
  'n1=',
  'p1w=',
  'wn1=',
  'p2p1=',
  'n1n2=',
  'wn2=',
  's3=',
  's2=',
  'shape=',
  'subj=',
  'subjw=',
  'subjn1=',
  'subjs3=',
  'sw=',
  'q=',
  'pos=',
  'shapep1=',
  'lem=',
  'lemnx=',
  'lemn1=',
  'p1lem=',
  'pj=',
  'pjv=',
  'pjlem=',
  'frame=',
]);
/** The bias feature's bucket. */
export const BIAS_BUCKET = hash1('b');

export function shapeClass(text: string, t: Token): string {
  if (t.kind !== 'word') return t.kind === 'punct' ? t.lower : t.kind;
  return changesCase(text, t.start) ? 'Cap' : 'low';
}

/** The hashed features of token i (with its sentence bounds a..b and whether it is inside a quote), in `out`. */
export function cueFeatures(
  text: string,
  tokens: readonly Token[],
  i: number,
  a: number,
  b: number,
  quoted: boolean,
  out: number[] = [],
): number[] {
  const t = tokens[i]!;
  const w = t.lower;
  const p1 = i > a ? tokens[i - 1]!.lower : '<s>';
  const p2 = i > a + 1 ? tokens[i - 2]!.lower : '<s>';
  const n1 = i + 1 < b ? tokens[i + 1]!.lower : '</s>';
  const n2 = i + 2 < b ? tokens[i + 2]!.lower : '</s>';
  const subj = afterSubjectIndex(text, tokens, i);
  const sj = subj < 0 ? 'none' : subj < a ? 'none' : shapeClass(text, tokens[subj]!);
  const sw = subj >= a ? tokens[subj]!.lower : '<none>';
  const shape = shapeClass(text, t);
  const stem = stemOf(w);
  let that = 'no';
  for (let k = i + 1; k < Math.min(b, i + 4); k++) if (tokens[k]!.lower === 'that') that = `at${k - i}`;
  let quote = 'none';
  for (let k = Math.max(a, i - 2); k < Math.min(b, i + 3); k++) {
    const ch = text[tokens[k]!.start]!;
    if ('"“”\'‘’'.includes(ch) && tokens[k]!.kind === 'punct') quote = k < i ? 'before' : 'after';
  }
  // What opens after the word (adverbs skipped): a "that"-clause, a colon, a quote, "to", a clause subject.
  let k = i + 1;
  while (k < b && isLyAdverb(tokens[k]!.lower)) k++;
  const next = k < b ? nextClass(text, tokens[k]!) : 'end';
  // Whether the sentence holds a double quote mark within 40 tokens (quotes come with their cue nearby).
  const marks = markIndex(text, tokens);
  const sq =
    marks.next[i]! < Math.min(b, i + 40)
      ? 'a'
      : i > 0 && marks.prev[i - 1]! >= Math.max(a, i - 40)
        ? 'b'
        : 'n';
  const rel = i - a < 3 ? String(i - a) : i - a < 6 ? 'near' : i - a < 12 ? 'mid' : 'far';
  const toEnd = b - i < 3 ? String(b - i) : b - i < 8 ? 'near' : 'far';
  // Into `out` (emptied first): a caller scoring token after token reuses one array.
  const feats = out;
  feats.length = 0;
  feats.push(
    hashFrom(PREFIX['nx='], next),
    hashFrom(PREFIX['nxw='], next, '|', stem),
    hashFrom(PREFIX['sq='], sq),
    hashFrom(PREFIX['sqw='], sq, '|', stem),
    hashFrom(PREFIX['pre4='], w.slice(0, 4)),
    hashFrom(PREFIX['rel='], rel, '|', toEnd),
    hashFrom(PREFIX['relw='], rel, '|', stem),
  );
  // The words on both sides together ("he said that", "Trump wants to").
  feats.push(hashFrom(PREFIX['pn='], p1, '|', n1), hashFrom(PREFIX['pwn='], p1, '|', w, '|', n1));
  // WordNet's classes (verb.communication, noun.feeling …) with what opens after the word: an unseen
  // stance verb scores like the seen verbs of its class.
  if (t.kind === 'word') {
    const c = wordClasses(w);
    const v1 = c.verb[0] ?? 'none';
    const nx = k < b ? opensWith(text, tokens[k]!) : 'end';
    feats.push(
      hashFrom(PREFIX['v1='], v1),
      hashFrom(PREFIX['wnn='], c.noun),
      hashFrom(PREFIX['v1nx='], v1, '|', nx),
      hashFrom(PREFIX['wnnnx='], c.noun, '|', nx),
      hashFrom(PREFIX['v1n='], v1, '|', c.noun),
      hashFrom(PREFIX['v1p1='], v1, '|', p1),
    );
    for (const v of c.verb) feats.push(hashFrom(PREFIX['vs='], v), hashFrom(PREFIX['vsnx='], v, '|', nx));
    // The word before it with auxiliaries and adverbs skipped ("officials have repeatedly said", "voters would back").
    let j = i - 1;
    while (j >= a && (BETWEEN_SOURCE_AND_CUE.has(tokens[j]!.lower) || isLyAdverb(tokens[j]!.lower))) j--;
    const pj = j >= a ? tokens[j]! : undefined;
    const pjw = pj ? pj.lower : '<s>';
    const pjc = pj ? shapeClass(text, pj) : '<s>';
    feats.push(
      hashFrom(PREFIX['pj='], pjw),
      hashFrom(PREFIX['pjv='], pjw, '|', v1),
      hashFrom(PREFIX['pjlem='], pjc, '|', c.lemma),
      hashFrom(PREFIX['frame='], pjc, '|', v1, '|', nx),
      // The WordNet lemma, alone and with what follows ("agree with", "agreed with", "agrees with").
      hashFrom(PREFIX['lem='], c.lemma),
      hashFrom(PREFIX['lemnx='], c.lemma, '|', next),
      hashFrom(PREFIX['lemn1='], c.lemma, '|', n1),
      hashFrom(PREFIX['p1lem='], p1, '|', c.lemma),
    );
  }
  // The words shortly before (a bag: "officials", "spokesman", "he" within three tokens).
  for (let m = Math.max(a, i - 4); m < i - 1; m++) feats.push(hashFrom(PREFIX['bp='], tokens[m]!.lower));
  // Each feature is the FNV-1a hash of its text ("stem=said"), computed over the parts without building
  // the string: the same values as hashing the joined text, so the trained weights stay valid.
  feats.push(
    hashFrom(PREFIX['stem='], stem),
    hashFrom(PREFIX['subjstem='], sj, '|', stem),
    hashFrom(PREFIX['that='], that),
    hashFrom(PREFIX['thatw='], that, '|', stem),
    hashFrom(PREFIX['quote='], quote),
    hashFrom(PREFIX['quotew='], quote, '|', stem),
    BIAS_BUCKET,
    hashFrom(PREFIX['w='], w),
    hashFrom(PREFIX['p1='], p1),
    hashFrom(PREFIX['n1='], n1),
    hashFrom(PREFIX['p1w='], p1, '|', w),
    hashFrom(PREFIX['wn1='], w, '|', n1),
    hashFrom(PREFIX['p2p1='], p2, '|', p1),
    hashFrom(PREFIX['n1n2='], n1, '|', n2),
    hashFrom(PREFIX['wn2='], w, '|', n2),
    hashFrom(PREFIX['s3='], w.slice(-3)),
    hashFrom(PREFIX['s2='], w.slice(-2)),
    hashFrom(PREFIX['shape='], shape),
    hashFrom(PREFIX['subj='], sj),
    hashFrom(PREFIX['subjw='], sj, '|', w),
    hashFrom(PREFIX['subjn1='], sj, '|', n1),
    hashFrom(PREFIX['subjs3='], sj, '|', w.slice(-3)),
    hashFrom(PREFIX['sw='], sw),
    hashFrom(PREFIX['q='], quoted ? '1' : '0'),
    hashFrom(PREFIX['pos='], i === a ? 'first' : i === b - 1 ? 'last' : 'mid'),
    hashFrom(PREFIX['shapep1='], shape, '|', p1),
  );
  return feats;
}

/** For each token, the index of the first double quote mark at or after it and the last at or before it. */
export interface MarkIndex {
  next: Int32Array;
  prev: Int32Array;
}

/** The mark index of the last token list asked about: scoring a document asks it once per token. */
let memo: { text: string; tokens: readonly Token[]; marks: MarkIndex } | undefined;

export function markIndex(text: string, tokens: readonly Token[]): MarkIndex {
  if (memo && memo.tokens === tokens && memo.text === text) return memo.marks;
  const n = tokens.length;
  const next = new Int32Array(n + 1).fill(n);
  const prev = new Int32Array(n).fill(-1);
  const isMark = (t: Token): boolean => t.kind === 'punct' && '"“”'.includes(text[t.start]!);
  for (let m = n - 1; m >= 0; m--) next[m] = isMark(tokens[m]!) ? m : next[m + 1]!;
  for (let m = 0; m < n; m++) prev[m] = isMark(tokens[m]!) ? m : m > 0 ? prev[m - 1]! : -1;
  memo = { text, tokens, marks: { next, prev } };
  return memo.marks;
}

/** The word less its -ing, -ed, -es or -s (as /(ing|ed|es|s)$/ removes it, without a regex per token). */
export function stemOf(w: string): string {
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Whether a lower-cased word is an -ly adverb ("repeatedly"), the cheap test first. */
export function isLyAdverb(w: string): boolean {
  return w.endsWith('ly') && /^\p{L}+ly$/u.test(w);
}

const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'no']);

/** Words after a cue candidate that say what it takes (a clause, an object, a quote), for the class features. */
const OPENERS = new Set(['that', 'to', 'on', 'for', 'about', 'of', ':', ',', '"', '“']);

/** The coarse class of the token after a cue candidate, for the WordNet class features. */
export function opensWith(text: string, t: Token): string {
  if (OPENERS.has(t.lower)) return t.lower;
  return text[t.start] !== t.lower[0] ? 'Cap' : 'w';
}

/** The class of the token that opens what follows a cue candidate. */
export function nextClass(text: string, t: Token): string {
  const w = t.lower;
  if (w === 'that' || w === 'to' || w === 'on' || w === 'for' || w === 'in' || w === 'about') return w;
  if (t.kind === 'punct') return '"“”\'‘’'.includes(text[t.start]!) ? 'quote' : w;
  if (CLAUSE_PRONOUNS.has(w)) return 'pron';
  if (DETERMINERS.has(w)) return 'det';
  return shapeClass(text, t);
}

export function scoreCue(model: CueModel, feats: readonly number[]): number {
  let s = 0;
  for (const f of feats) s += model.weights[f]!;
  return s;
}

/** Weights whose int16 value falls under this are dropped from the stored model (rare features; tuned on dev's tuning part). */
export const PRUNE_BELOW = 1;

/**
 * The weights as int16 (one scale) in base64, sparse: the indices of the non-zero weights as varint
 * gaps (`index`), their values in the same order (`weights`).
 */
export function encodeCueModel(model: CueModel): {
  scale: number;
  buckets: number;
  index: string;
  weights: string;
} {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  model.weights.forEach((w, i) => {
    const q = Math.round(w / scale);
    if (Math.abs(q) < PRUNE_BELOW || q === 0) return;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    values.push(q);
  });
  return {
    scale,
    buckets: model.weights.length,
    index: Buffer.from(Uint8Array.from(gaps)).toString('base64'),
    weights: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
  };
}

export function decodeCueModel(json: {
  scale: number;
  buckets: number;
  index: string;
  weights: string;
}): CueModel {
  const gaps = Buffer.from(json.index, 'base64');
  const buf = Buffer.from(json.weights, 'base64');
  const values = new Int16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const weights = new Float32Array(json.buckets);
  let pos = -1;
  let g = 0;
  for (let v = 0; v < values.length; v++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[g++]!;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    pos += gap;
    weights[pos] = values[v]! * json.scale;
  }
  return { weights, int16: true };
}
