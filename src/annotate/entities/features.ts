/**
 * Features for the named-entity tagger, shared by training (train.ts) and tagging (tagger.ts) so the
 * two can never drift apart. Every feature is a 32-bit hash: a template number mixed (`mix`) with the
 * hashes of its values, never a concatenated string; the weights are a table of buckets × tags
 * (feature hashing, no vocabulary is stored).
 *
 * What depends on a word alone (its hashes, shapes, affixes, case, case statistics, cluster path) is
 * computed once per word type and cached (`wordInfo`). Static features (word, shape, affixes, context
 * ±2, capitalisation, gazetteer, word clusters, document-level) are computed once per token; the
 * tag-history features (previous tag, previous two tags, previous tag × word) are mixed in while
 * decoding, from the tags already chosen.
 */
import { fnv1a } from '../../doc/hash.js';
import { detached } from '../../doc/strings.js';
import { clusterKey, clusterPath, pathPrefix, type WordClusters } from './clusters.js';

/** The tags, BIO (IOB2) over CoNLL's four types. Index 0 is O. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NUM_TAGS = TAGS.length;

/**
 * Gazetteer kinds: the bit of each kind in a gazetteer entry's kind mask. capUsual / lowerUsual are not
 * names but case statistics of single words in unlabelled news text: mostly capitalised, or mostly
 * lower case, away from the start of a sentence.
 */
export const GAZ_KINDS = [
  'country',
  'state',
  'city',
  'demonym',
  'person',
  'org',
  'capUsual',
  'lowerUsual',
] as const;
export type GazKind = (typeof GAZ_KINDS)[number];

/** Mixes two 32-bit values into one (a murmur3-style finaliser over their combination). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function charClass(c: string): string {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  const lower = c.toLowerCase();
  if (lower !== c.toUpperCase()) return lower === c ? 'x' : 'X';
  return c;
}

/** Word shape with runs cut at four: "Xxxx", "dddd", "X.X.", "xxxx-Xxxx". */
export function longShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = charClass(ch);
    if (c === last) {
      if (++run > 4) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** Word shape with runs collapsed: "Xx", "d", "X.X.", "x-Xx". */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function isCapitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90; // ASCII: A–Z only, without building strings
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Whether case changes the word: an ASCII letter settles it at once; anything else non-ASCII asks Unicode. */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 128) return w.toLowerCase() !== w.toUpperCase();
    if ((code | 32) >= 97 && (code | 32) <= 122) return true;
  }
  return false;
}

function isAllCaps(w: string): boolean {
  return hasLetter(w) && w === w.toUpperCase();
}

/** Normalises a word for gazetteer look-up (lower case, curly apostrophes straightened). */
export function gazKey(words: readonly string[]): string {
  return words
    .join(' ')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** A compact gazetteer: hashes of lower-cased names (sorted) with a kind mask per hash. */
export interface Gazetteer {
  hashes: Uint32Array;
  kinds: Uint8Array;
  /** Longest name in tokens. */
  maxLen: number;
}

export function gazLookup(gaz: Gazetteer, key: string): number {
  return lookupHash(gaz, fnv1a(key));
}

/** What the features read besides the words: the gazetteer and, when the model has them, word clusters. */
export interface Lexicon {
  gazetteer: Gazetteer;
  clusters?: WordClusters | undefined;
}

const F_CAP = 1;
const F_LETTER = 2;
const F_ALLCAPS = 4;
const F_DIGIT = 8;
const F_HYPHEN = 16;
const F_LOWER = 32;
/** Capitalised as docContext's neighbour test reads it (without asking for a letter first). */
const F_CAP_RAW = 64;

/** Everything the features need from one word type, computed once and cached per lexicon. */
export interface WordInfo {
  lower: string;
  /** The word as a gazetteer key part (lower case, straight apostrophes). */
  gazPart: string;
  w: number;
  l: number;
  shape: number;
  sshape: number;
  /** Prefixes 1–4 of the word, suffixes 1–4 of its lower case (hashes; 0 when the word is shorter). */
  affix: Uint32Array;
  len: number;
  flags: number;
  /** Case statistics bits (capUsual, lowerUsual) of the lower-cased word. */
  cs: number;
  /** Word-cluster path (1 = none) and its prefixes of 4, 6, 10 and 20 bits. */
  cl: Uint32Array;
  /** cl[2] again, in the object itself: every token's features read it (no second object to load). */
  cl6: number;
  /**
   * Where the tagger's summed weights of this word's features are, for two weight tables (slot 0: first
   * pass, 1: second): valid only for the owner that computed them in its epoch; mask: the parts
   * computed (see word-scores.ts).
   */
  owner0: object | null;
  epoch0: number;
  at0: number;
  mask0: number;
  owner1: object | null;
  epoch1: number;
  at1: number;
  mask1: number;
}

/**
 * Most word infos cached at once (bounds memory on endless input: a type with the tagger's sums takes
 * about 1 kB). Two generations of half as many each: when the young one is full it becomes the old
 * one and the old one is dropped; a word found in the old generation moves to the young one, so the
 * words in use stay cached.
 */
export const WORD_CACHE_LIMIT = 60_000;

interface WordCache {
  clusters: WordClusters | undefined;
  young: Map<string, WordInfo>;
  old: Map<string, WordInfo>;
}
const caches = new WeakMap<Gazetteer, WordCache>();

function wordCache(lex: Lexicon): WordCache {
  let entry = caches.get(lex.gazetteer);
  if (!entry || entry.clusters !== lex.clusters)
    caches.set(lex.gazetteer, (entry = { clusters: lex.clusters, young: new Map(), old: new Map() }));
  return entry;
}

/** How many word infos are cached for a lexicon (tests: the cache stays within WORD_CACHE_LIMIT). */
export function wordCacheSize(lex: Lexicon): number {
  const c = wordCache(lex);
  return c.young.size + c.old.size;
}

export function wordInfo(lex: Lexicon, word: string): WordInfo {
  return cachedInfo(wordCache(lex), lex, word);
}

/** The word infos of a sentence's words. */
export function wordInfos(lex: Lexicon, words: readonly string[]): WordInfo[] {
  const cache = wordCache(lex);
  const out = new Array<WordInfo>(words.length);
  for (let i = 0; i < words.length; i++) out[i] = cachedInfo(cache, lex, words[i]!);
  return out;
}

function cachedInfo(cache: WordCache, lex: Lexicon, word: string): WordInfo {
  let info = cache.young.get(word);
  if (info) return info;
  // A word new to the young generation is keyed (and its lower case derived) from a copy: a slice of the
  // text would keep the whole document alive as long as the word stays cached.
  const key = detached(word);
  info = cache.old.get(key) ?? newInfo(lex, key);
  if (cache.young.size >= WORD_CACHE_LIMIT / 2) {
    cache.old = cache.young;
    cache.young = new Map();
  }
  cache.young.set(key, info);
  return info;
}

function newInfo(lex: Lexicon, word: string): WordInfo {
  const lower = word.toLowerCase();
  // Prefixes 1–4 of the word and suffixes 1–4 of its lower case, hashed without slicing: fnv1a of
  // word.slice(0, k) and of lower.slice(-k).
  const affix = new Uint32Array(8);
  let ph = 0x811c9dc5;
  for (let k = 1; k <= 4 && k <= word.length; k++) {
    ph = Math.imul(ph ^ word.charCodeAt(k - 1), 0x01000193) >>> 0;
    affix[k - 1] = ph;
    let sh = 0x811c9dc5;
    for (let j = Math.max(0, lower.length - k); j < lower.length; j++)
      sh = Math.imul(sh ^ lower.charCodeAt(j), 0x01000193);
    affix[k + 3] = sh >>> 0;
  }
  let flags = 0;
  if (hasLetter(word)) {
    flags |= F_LETTER;
    if (isCapitalised(word)) flags |= F_CAP;
    if (word === word.toUpperCase()) flags |= F_ALLCAPS;
    if (word === lower) flags |= F_LOWER;
  }
  if (isCapitalised(word)) flags |= F_CAP_RAW;
  if (/\d/.test(word)) flags |= F_DIGIT;
  if (word.includes('-')) flags |= F_HYPHEN;
  const path = lex.clusters ? clusterPath(lex.clusters, clusterKey(word)) : 1;
  const cl = Uint32Array.of(
    path,
    pathPrefix(path, 4),
    pathPrefix(path, 6),
    pathPrefix(path, 10),
    pathPrefix(path, 20),
  );
  return {
    lower,
    gazPart: lower.replace(/[\u2018\u2019]/g, "'"),
    w: fnv1a(word),
    l: fnv1a(lower),
    shape: fnv1a(longShape(word)),
    sshape: fnv1a(shortShape(word)),
    affix,
    len: Math.min(word.length, 12),
    flags,
    cs: gazLookup(lex.gazetteer, lower) >> 6,
    cl,
    cl6: cl[2]!,
    owner0: null,
    epoch0: 0,
    at0: 0,
    mask0: 0,
    owner1: null,
    epoch1: 0,
    at1: 0,
    mask1: 0,
  };
}

/**
 * For each token, the position of the token in the longest gazetteer name of each name kind covering
 * it, packed two bits per kind: 0 none, 1 begin, 2 inside, 3 single-token name. Names must start with
 * a capitalised word. The keys are hashed incrementally (FNV-1a runs on across words), so no key
 * strings are built.
 */
export function gazetteerCodes(gaz: Gazetteer, infos: readonly WordInfo[]): Uint32Array {
  const codes = new Uint32Array(infos.length);
  gazetteerCodesInto(gaz, infos, 0, infos.length, codes);
  return codes;
}

/** The kinds that are names (the rest are case statistics). */
const NAME_KINDS = 6;

/** Scratch of gazetteerCodesInto: a name's hashes by length, and the longest name of each kind. */
let gazHashes = new Uint32Array(16);
const gazFound = new Uint8Array(NAME_KINDS);

/**
 * gazetteerCodes of the sentence infos[lo … hi) into codes[lo … hi), which must be zero (a
 * document's sentences share one array).
 */
export function gazetteerCodesInto(
  gaz: Gazetteer,
  infos: readonly WordInfo[],
  lo: number,
  hi: number,
  codes: Uint32Array,
): void {
  if (gazHashes.length < gaz.maxLen) gazHashes = new Uint32Array(gaz.maxLen);
  const hashes = gazHashes;
  const found = gazFound;
  for (let i = lo; i < hi; i++) {
    if (!(infos[i]!.flags & F_CAP)) continue;
    const maxLen = Math.min(gaz.maxLen, hi - i);
    let h = 0x811c9dc5;
    for (let len = 1; len <= maxLen; len++) {
      if (len > 1) h = Math.imul(h ^ 32, 0x01000193) >>> 0;
      h = fnv1a(infos[i + len - 1]!.gazPart, h);
      hashes[len - 1] = h;
    }
    found.fill(0);
    for (let len = maxLen; len >= 1; len--) {
      const mask = lookupHash(gaz, hashes[len - 1]!);
      if (!mask) continue;
      for (let k = 0; k < NAME_KINDS; k++) if (mask & (1 << k) && !found[k]) found[k] = len;
    }
    for (let k = 0; k < NAME_KINDS; k++) {
      const len = found[k]!;
      if (!len) continue;
      const shift = 2 * k;
      const at = (codes[i]! >>> shift) & 3;
      if (len === 1) {
        if (!at) codes[i] = codes[i]! | (3 << shift);
      } else {
        codes[i] = (codes[i]! & ~(3 << shift)) | (1 << shift);
        for (let j = i + 1; j < i + len; j++) codes[j] = (codes[j]! & ~(3 << shift)) | (2 << shift);
      }
    }
  }
}

/**
 * The gazetteer as an open-addressing hash table (linear probing, at most half full): the kind mask of
 * each hash at its slot, 0 for an empty slot (hashes whose mask is 0 are left out: they look up as 0
 * anyway). Built on first use; null when the hashes are not strictly ascending, where only the binary
 * search gives the answers a file has always given.
 */
interface GazTable {
  keys: Uint32Array;
  kinds: Uint8Array;
  shift: number;
}
const gazTables = new WeakMap<Gazetteer, GazTable | null>();

function gazTable(gaz: Gazetteer): GazTable | null {
  let t = gazTables.get(gaz);
  if (t !== undefined) return t;
  const n = gaz.hashes.length;
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  t = { keys: new Uint32Array(1 << bits), kinds: new Uint8Array(1 << bits), shift: 32 - bits };
  const mask = (1 << bits) - 1;
  for (let i = 0; i < n; i++) {
    const h = gaz.hashes[i]!;
    if (i > 0 && !(gaz.hashes[i - 1]! < h)) {
      t = null;
      break;
    }
    const kind = gaz.kinds[i]!;
    if (!kind) continue;
    let at = Math.imul(h, 0x9e3779b1) >>> t.shift;
    while (t.kinds[at]) at = (at + 1) & mask;
    t.keys[at] = h;
    t.kinds[at] = kind;
  }
  gazTables.set(gaz, t);
  return t;
}

function lookupHash(gaz: Gazetteer, h: number): number {
  const t = gazTable(gaz);
  if (t) {
    const mask = t.keys.length - 1;
    let at = Math.imul(h, 0x9e3779b1) >>> t.shift;
    for (let kind = t.kinds[at]!; kind; kind = t.kinds[at]!) {
      if (t.keys[at] === h) return kind;
      at = (at + 1) & mask;
    }
    return 0;
  }
  let lo = 0;
  let hi = gaz.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = gaz.hashes[mid]!;
    if (v === h) return gaz.kinds[mid]!;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** One document's sentences (words as given), with what the document says about each word. */
export interface DocContext {
  /** Lower-cased words seen in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Words seen capitalised away from the start of a sentence. */
  capSeenInside: Set<string>;
  /** Words seen as part of a run of two or more capitalised words (not sentence-initial). */
  inCapRun: Set<string>;
}

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const capSeenInside = new Set<string>();
  const inCapRun = new Set<string>();
  for (const s of sentences) {
    const allCaps = s.every((w) => !hasLetter(w) || isAllCaps(w));
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (!hasLetter(w)) continue;
      if (w === w.toLowerCase()) lowerSeen.add(w);
      else if (i > 0 && !allCaps && isCapitalised(w)) {
        capSeenInside.add(w.toLowerCase());
        if ((s[i - 1] && isCapitalised(s[i - 1]!)) || (s[i + 1] && isCapitalised(s[i + 1]!)))
          inCapRun.add(w.toLowerCase());
      }
    }
  }
  return { lowerSeen, capSeenInside, inCapRun };
}

/** docContext from the sentences' word infos (the same sets, without case-mapping each word again). */
export function docContextOf(
  sentences: readonly (readonly string[])[],
  infos: readonly (readonly WordInfo[])[],
): DocContext {
  const lowerSeen = new Set<string>();
  const capSeenInside = new Set<string>();
  const inCapRun = new Set<string>();
  sentences.forEach((s, k) => {
    const info = infos[k]!;
    const allCaps = info.every((x) => !(x.flags & F_LETTER) || x.flags & F_ALLCAPS);
    for (let i = 0; i < s.length; i++) {
      const x = info[i]!;
      if (!(x.flags & F_LETTER)) continue;
      if (x.flags & F_LOWER) lowerSeen.add(s[i]!);
      else if (i > 0 && !allCaps && x.flags & F_CAP) {
        capSeenInside.add(x.lower);
        if (info[i - 1]!.flags & F_CAP_RAW || (i + 1 < s.length && info[i + 1]!.flags & F_CAP_RAW))
          inCapRun.add(x.lower);
      }
    }
  });
  return { lowerSeen, capSeenInside, inCapRun };
}

/** Per-token precomputed values the decoder mixes with tag history. */
export interface SentenceFeatures {
  /** Static feature hashes, `offsets[i]..offsets[i+1]` for token i. */
  feats: Uint32Array;
  offsets: Uint32Array;
  /** Hash of each token's lower-cased word, of its shape, and its 6-bit cluster prefix. */
  lowerHash: Uint32Array;
  shapeHash: Uint32Array;
  cluster: Uint32Array;
  /** 1 for a token that starts with a capital letter or holds a digit (a possible name part). */
  nameLike: Uint8Array;
}

// Feature templates: each feature is mix(template, value) or mix(mix(template, a), b).
const T = {
  bias: 1,
  w: 2,
  l: 3,
  s: 4,
  ss: 5,
  lm1: 6,
  lp1: 7,
  lm2: 8,
  lp2: 9,
  wm1: 10,
  wp1: 11,
  sm1: 12,
  sp1: 13,
  ssm2: 14,
  ssp2: 15,
  sm1s: 16,
  ssp1: 17,
  ss3: 18,
  lm1l: 19,
  llp1: 20,
  lm1lp1: 21,
  len: 22,
  affix: 23,
  first: 31,
  firstS: 32,
  firstL: 33,
  last: 34,
  capsSent: 35,
  capsSentL: 36,
  digit: 37,
  hyphen: 38,
  docLower: 39,
  docCapInside: 40,
  docInCapRun: 41,
  docInit: 42,
  cs: 43,
  csSS: 44,
  csInit: 45,
  csm1: 46,
  csp1: 47,
  g: 48,
  gSS: 49,
  gm1: 50,
  gp1: 51,
  cl: 52,
  clm1: 56,
  clp1: 58,
  clS: 60,
  clm1cl: 61,
  titleSent: 62,
  capRun: 63,
  clBoth: 64,
} as const;

/** Hashes of the sentence-boundary words ("<s>", "</s>"), shared with the span re-typer. */
export const BOS = fnv1a('<s>');
export const EOS = fnv1a('</s>');

const m2 = (t: number, a: number) => mix(t, a);
const m3 = (t: number, a: number, b: number) => mix(mix(t, a), b);

/** A growable buffer of feature hashes (cheaper than a number[] copied into a typed array). */
class FeatureBuffer {
  private data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(capacity, 16));
  }
  add(h: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = h;
  }
  /** A copy of the hashes written so far, at their exact size. */
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** The static features of every token of a sentence. */
export function sentenceFeatures(words: readonly string[], lex: Lexicon, doc: DocContext): SentenceFeatures {
  const n = words.length;
  const info = words.map((w) => wordInfo(lex, w));
  const codes = gazetteerCodes(lex.gazetteer, info);
  const { allCapsSentence, titleSentence, runLen, runPos } = sentenceLayout(info);
  const L = (i: number) => (i < 0 ? BOS : i >= n ? EOS : info[i]!.l);
  const W = (i: number) => (i < 0 ? BOS : i >= n ? EOS : info[i]!.w);
  const S = (i: number) => (i < 0 ? BOS : i >= n ? EOS : info[i]!.shape);
  const SS = (i: number) => (i < 0 ? BOS : i >= n ? EOS : info[i]!.sshape);
  const CL = (i: number, k: number) => (i < 0 ? BOS : i >= n ? EOS : info[i]!.cl[k]!);
  const out = scratchBuffer;
  out.length = 0;
  const offsets = new Uint32Array(n + 1);
  const lowerHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  const cluster = new Uint32Array(n);
  const nameLike = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const x = info[i]!;
    const l = x.l;
    out.add(T.bias);
    out.add(m2(T.w, x.w));
    out.add(m2(T.l, l));
    out.add(m2(T.s, x.shape));
    out.add(m2(T.ss, x.sshape));
    out.add(m2(T.lm1, L(i - 1)));
    out.add(m2(T.lp1, L(i + 1)));
    out.add(m2(T.lm2, L(i - 2)));
    out.add(m2(T.lp2, L(i + 2)));
    out.add(m2(T.wm1, W(i - 1)));
    out.add(m2(T.wp1, W(i + 1)));
    out.add(m2(T.sm1, S(i - 1)));
    out.add(m2(T.sp1, S(i + 1)));
    out.add(m2(T.ssm2, SS(i - 2)));
    out.add(m2(T.ssp2, SS(i + 2)));
    out.add(m3(T.sm1s, S(i - 1), x.shape));
    out.add(m3(T.ssp1, x.shape, S(i + 1)));
    out.add(mix(m3(T.ss3, SS(i - 1), x.sshape), SS(i + 1)));
    out.add(m3(T.lm1l, L(i - 1), l));
    out.add(m3(T.llp1, l, L(i + 1)));
    out.add(m3(T.lm1lp1, L(i - 1), L(i + 1)));
    out.add(m2(T.len, x.len));
    for (let k = 0; k < 8; k++)
      if (x.affix[k]) {
        out.add(m2(T.affix + k, x.affix[k]!));
      }
    if (i === 0) {
      out.add(T.first);
      out.add(m2(T.firstS, x.shape));
      out.add(m2(T.firstL, l));
    }
    if (i === n - 1) {
      out.add(T.last);
    }
    if (allCapsSentence) {
      out.add(T.capsSent);
      out.add(m2(T.capsSentL, l));
    }
    if (titleSentence) {
      out.add(T.titleSent);
      out.add(m3(T.titleSent, x.sshape, x.cl[2]!));
    }
    if (x.flags & F_DIGIT) {
      out.add(T.digit);
    }
    if (x.flags & F_HYPHEN) {
      out.add(T.hyphen);
    }
    if (x.flags & F_CAP) {
      // Document-level consistency: how this capitalised word is written elsewhere in its document.
      const lowerSeen = doc.lowerSeen.has(x.lower) ? 1 : 0;
      const capInside = doc.capSeenInside.has(x.lower) ? 1 : 0;
      out.add(m2(T.docLower, lowerSeen));
      out.add(m2(T.docCapInside, capInside));
      if (doc.inCapRun.has(x.lower)) {
        out.add(T.docInCapRun);
      }
      if (i === 0 || allCapsSentence) {
        out.add(m3(T.docInit, capInside, lowerSeen));
      }
      out.add(m3(T.capRun, runLen[i]!, runPos[i]!));
    }
    const cs = x.cs;
    out.add(m2(T.cs, cs));
    out.add(m3(T.csSS, cs, x.sshape));
    if (i === 0 || allCapsSentence) {
      out.add(m2(T.csInit, cs));
    }
    if (i > 0) {
      out.add(m2(T.csm1, info[i - 1]!.cs));
    }
    if (i + 1 < n) {
      out.add(m2(T.csp1, info[i + 1]!.cs));
    }
    const g0 = codes[i]!;
    if (g0) {
      out.add(m2(T.g, g0));
      out.add(m3(T.gSS, g0, x.sshape));
    }
    if (i > 0 && codes[i - 1]) {
      out.add(m2(T.gm1, codes[i - 1]!));
    }
    if (i + 1 < n && codes[i + 1]) {
      out.add(m2(T.gp1, codes[i + 1]!));
    }
    if (lex.clusters) {
      // Word clusters: the path's prefixes of 4, 6, 10 and 20 bits, and the neighbours' at 6 and 10.
      if (x.cl[0] !== 1)
        for (let k = 1; k <= 4; k++) {
          out.add(m3(T.cl, k, x.cl[k]!));
        }
      else {
        out.add(m3(T.cl, 0, 0));
      }
      out.add(m3(T.clm1, 2, CL(i - 1, 2)));
      out.add(m3(T.clm1, 3, CL(i - 1, 3)));
      out.add(m3(T.clp1, 2, CL(i + 1, 2)));
      out.add(m3(T.clp1, 3, CL(i + 1, 3)));
      out.add(m3(T.clS, x.cl[2]!, x.sshape));
      out.add(m3(T.clm1cl, CL(i - 1, 2), x.cl[2]!));
      out.add(m3(T.clBoth, x.cl[2]!, CL(i + 1, 2)));
    }
    lowerHash[i] = l;
    shapeHash[i] = x.shape;
    cluster[i] = x.cl[2]!;
    nameLike[i] = x.flags & (F_CAP | F_DIGIT) ? 1 : 0;
  }
  offsets[n] = out.length;
  return { feats: out.done(), offsets, lowerHash, shapeHash, cluster, nameLike };
}

/** What the features read from a sentence as a whole. */
interface SentenceLayout {
  /** Every word with letters is in capitals. */
  allCapsSentence: boolean;
  /** A headline in title case: most of its words capitalised. */
  titleSentence: boolean;
  /** Runs of capitalised words: each token's run length (cut at 4) and position in it (1, 2, 3). */
  runLen: Uint8Array;
  runPos: Uint8Array;
}

function sentenceLayout(info: readonly WordInfo[]): SentenceLayout {
  const runLen = new Uint8Array(info.length);
  const runPos = new Uint8Array(info.length);
  const kind = layoutInto(info, 0, info.length, runLen, runPos);
  return {
    allCapsSentence: (kind & ALL_CAPS) !== 0,
    titleSentence: (kind & TITLE) !== 0,
    runLen,
    runPos,
  };
}

/** Bits of layoutInto's answer. */
const ALL_CAPS = 1;
const TITLE = 2;

/**
 * sentenceLayout of the sentence info[lo … hi): its runs into runLen and runPos (zero there before),
 * and ALL_CAPS | TITLE as they hold.
 */
function layoutInto(
  info: readonly WordInfo[],
  lo: number,
  hi: number,
  runLen: Uint8Array,
  runPos: Uint8Array,
): number {
  let letters = 0;
  let caps = 0;
  let allCaps = true;
  for (let i = lo; i < hi; i++) {
    const x = info[i]!;
    if (!(x.flags & F_LETTER)) continue;
    letters++;
    if (x.flags & F_CAP) caps++;
    if (!(x.flags & F_ALLCAPS)) allCaps = false;
  }
  for (let i = lo; i < hi;) {
    if (!(info[i]!.flags & F_CAP)) {
      i++;
      continue;
    }
    let e = i;
    while (e < hi && info[e]!.flags & F_CAP) e++;
    for (let j = i; j < e; j++) {
      runLen[j] = Math.min(e - i, 4);
      runPos[j] = j === i ? 1 : j === e - 1 ? 3 : 2;
    }
    i = e;
  }
  return allCaps ? ALL_CAPS : letters >= 4 && caps / letters >= 0.75 ? TITLE : 0;
}

/**
 * The same static features as sentenceFeatures, split for the int16 tagger's fast path (word-scores.ts).
 * Most of a token's features depend on one word only: its own (ROLE_SELF) or one neighbour's at a fixed
 * distance (ROLE_M1 … ROLE_P2, or the sentence boundary when there is none). roleFeatures gives those
 * per word type, so that their weights can be summed once per type; contextFeatures gives the rest (word
 * pairs, sentence position, document, gazetteer). For every token, self + the four neighbour roles +
 * context is exactly the multiset sentenceFeatures gives (features.test.ts checks it).
 */
export const ROLE_SELF = 0;
export const ROLE_M1 = 1;
export const ROLE_P1 = 2;
export const ROLE_M2 = 3;
export const ROLE_P2 = 4;
export const NUM_ROLES = 5;

/**
 * The features word `x` gives in a role (ROLE_M1: the word before the token, and so on); x null stands
 * for the sentence boundary (before the start for M roles, after the end for P roles; no SELF).
 */
export function roleFeatures(x: WordInfo | null, role: number, clusters: boolean, out: number[]): void {
  switch (role) {
    case ROLE_SELF: {
      if (!x) return;
      out.push(T.bias, m2(T.w, x.w), m2(T.l, x.l), m2(T.s, x.shape), m2(T.ss, x.sshape), m2(T.len, x.len));
      for (let k = 0; k < 8; k++) if (x.affix[k]) out.push(m2(T.affix + k, x.affix[k]!));
      if (x.flags & F_DIGIT) out.push(T.digit);
      if (x.flags & F_HYPHEN) out.push(T.hyphen);
      out.push(m2(T.cs, x.cs), m3(T.csSS, x.cs, x.sshape));
      if (clusters) {
        if (x.cl[0] !== 1) for (let k = 1; k <= 4; k++) out.push(m3(T.cl, k, x.cl[k]!));
        else out.push(m3(T.cl, 0, 0));
        out.push(m3(T.clS, x.cl[2]!, x.sshape));
      }
      return;
    }
    case ROLE_M1:
    case ROLE_P1: {
      const m = role === ROLE_M1;
      const edge = m ? BOS : EOS;
      out.push(
        m2(m ? T.lm1 : T.lp1, x ? x.l : edge),
        m2(m ? T.wm1 : T.wp1, x ? x.w : edge),
        m2(m ? T.sm1 : T.sp1, x ? x.shape : edge),
      );
      if (x) out.push(m2(m ? T.csm1 : T.csp1, x.cs));
      if (clusters) {
        const t = m ? T.clm1 : T.clp1;
        out.push(m3(t, 2, x ? x.cl[2]! : edge), m3(t, 3, x ? x.cl[3]! : edge));
      }
      return;
    }
    case ROLE_M2:
    case ROLE_P2: {
      const m = role === ROLE_M2;
      const edge = m ? BOS : EOS;
      out.push(m2(m ? T.lm2 : T.lp2, x ? x.l : edge), m2(m ? T.ssm2 : T.ssp2, x ? x.sshape : edge));
      return;
    }
  }
}

/** Most context features one token can have (documentFeatures writes them without growing). */
const MAX_CONTEXT = 26;

/**
 * A document's split features: every token's context features (those roleFeatures leaves out) and
 * the per-token values the decoder needs, for all its sentences in one set of arrays (token indices
 * run on across sentences); sentence k is tokens starts[k] … starts[k + 1].
 */
export interface DocFeatures extends SentenceFeatures {
  /** Every token's word info, in order. */
  info: readonly WordInfo[];
  starts: Uint32Array;
}

/** The context features of one sentence's tokens (documentFeatures of a one-sentence document). */
export function contextFeatures(info: readonly WordInfo[], lex: Lexicon, doc: DocContext): DocFeatures {
  return documentFeatures([info], lex, doc);
}

/** The context features of every token of a document's sentences (their word infos). */
export function documentFeatures(
  infos: readonly (readonly WordInfo[])[],
  lex: Lexicon,
  doc: DocContext,
): DocFeatures {
  let total = 0;
  for (const s of infos) total += s.length;
  const info = new Array<WordInfo>(total);
  const starts = new Uint32Array(infos.length + 1);
  let t = 0;
  for (let k = 0; k < infos.length; k++) {
    starts[k] = t;
    const s = infos[k]!;
    for (let i = 0; i < s.length; i++) info[t++] = s[i]!;
  }
  starts[infos.length] = t;
  const codes = new Uint32Array(total);
  const runLen = new Uint8Array(total);
  const runPos = new Uint8Array(total);
  const out = new Uint32Array(total * MAX_CONTEXT);
  let at = 0;
  const offsets = new Uint32Array(total + 1);
  const lowerHash = new Uint32Array(total);
  const shapeHash = new Uint32Array(total);
  const cluster = new Uint32Array(total);
  const nameLike = new Uint8Array(total);
  for (let k = 0; k < infos.length; k++) {
    const lo = starts[k]!;
    const hi = starts[k + 1]!;
    gazetteerCodesInto(lex.gazetteer, info, lo, hi, codes);
    const layout = layoutInto(info, lo, hi, runLen, runPos);
    const allCapsSentence = (layout & ALL_CAPS) !== 0;
    const titleSentence = (layout & TITLE) !== 0;
    for (let i = lo; i < hi; i++) {
      offsets[i] = at;
      const x = info[i]!;
      const l = x.l;
      const p = i > lo ? info[i - 1]! : null;
      const q = i + 1 < hi ? info[i + 1]! : null;
      const lm = p ? p.l : BOS;
      const lp = q ? q.l : EOS;
      const sm = p ? p.shape : BOS;
      out[at++] = m3(T.sm1s, sm, x.shape);
      out[at++] = m3(T.ssp1, x.shape, q ? q.shape : EOS);
      out[at++] = mix(m3(T.ss3, p ? p.sshape : BOS, x.sshape), q ? q.sshape : EOS);
      out[at++] = m3(T.lm1l, lm, l);
      out[at++] = m3(T.llp1, l, lp);
      out[at++] = m3(T.lm1lp1, lm, lp);
      if (i === lo) {
        out[at++] = T.first;
        out[at++] = m2(T.firstS, x.shape);
        out[at++] = m2(T.firstL, l);
      }
      if (i === hi - 1) out[at++] = T.last;
      if (allCapsSentence) {
        out[at++] = T.capsSent;
        out[at++] = m2(T.capsSentL, l);
      }
      if (titleSentence) {
        out[at++] = T.titleSent;
        out[at++] = m3(T.titleSent, x.sshape, x.cl6);
      }
      if (x.flags & F_CAP) {
        const lowerSeen = doc.lowerSeen.has(x.lower) ? 1 : 0;
        const capInside = doc.capSeenInside.has(x.lower) ? 1 : 0;
        out[at++] = m2(T.docLower, lowerSeen);
        out[at++] = m2(T.docCapInside, capInside);
        if (doc.inCapRun.has(x.lower)) out[at++] = T.docInCapRun;
        if (i === lo || allCapsSentence) out[at++] = m3(T.docInit, capInside, lowerSeen);
        out[at++] = m3(T.capRun, runLen[i]!, runPos[i]!);
      }
      if (i === lo || allCapsSentence) out[at++] = m2(T.csInit, x.cs);
      const g0 = codes[i]!;
      if (g0) {
        out[at++] = m2(T.g, g0);
        out[at++] = m3(T.gSS, g0, x.sshape);
      }
      if (i > lo && codes[i - 1]) out[at++] = m2(T.gm1, codes[i - 1]!);
      if (i + 1 < hi && codes[i + 1]) out[at++] = m2(T.gp1, codes[i + 1]!);
      if (lex.clusters) {
        out[at++] = m3(T.clm1cl, p ? p.cl6 : BOS, x.cl6);
        out[at++] = m3(T.clBoth, x.cl6, q ? q.cl6 : EOS);
      }
      lowerHash[i] = l;
      shapeHash[i] = x.shape;
      cluster[i] = x.cl6;
      nameLike[i] = x.flags & (F_CAP | F_DIGIT) ? 1 : 0;
    }
  }
  offsets[total] = at;
  return { feats: out.subarray(0, at), offsets, lowerHash, shapeHash, cluster, nameLike, info, starts };
}

/** Reused by every sentenceFeatures call (single-threaded; done() copies the result out). */
const scratchBuffer = new FeatureBuffer(1 << 14);

/** The features with per-token extra feature hashes appended (the second pass's). */
export function withExtra(sf: SentenceFeatures, extra: readonly (readonly number[])[]): SentenceFeatures {
  const n = sf.offsets.length - 1;
  let total = sf.feats.length;
  for (const e of extra) total += e.length;
  const feats = new Uint32Array(total);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    feats.set(sf.feats.subarray(sf.offsets[i]!, sf.offsets[i + 1]!), at);
    at += sf.offsets[i + 1]! - sf.offsets[i]!;
    const e = extra[i]!;
    for (let k = 0; k < e.length; k++) feats[at++] = e[k]!;
  }
  offsets[n] = at;
  return { ...sf, feats, offsets };
}

/** Tag-history feature hashes for token i given the previous two tags (indices; -1 = before start). */
export function historyFeatures(
  sf: SentenceFeatures,
  i: number,
  t1: number,
  t2: number,
  out: Uint32Array,
): void {
  out[0] = mix(0x1001, t1 + 1);
  out[1] = mix(mix(0x1002, t1 + 1), t2 + 1);
  out[2] = mix(mix(0x1003, t1 + 1), sf.lowerHash[i]!);
  out[3] = mix(mix(0x1004, t1 + 1), sf.shapeHash[i]!);
  out[4] = mix(mix(0x1005, t1 + 1), sf.cluster[i]!);
}
export const NUM_HISTORY = 5;

/** Whether tag `t` may follow tag `prev` in IOB2 (I-X only after B-X or I-X). */
export function allowed(prev: number, t: number): boolean {
  return ALLOWED[(prev + 1) * NUM_TAGS + t] === 1;
}

const ALLOWED = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
for (let prev = -1; prev < NUM_TAGS; prev++)
  for (let t = 0; t < NUM_TAGS; t++) {
    const tag = TAGS[t]!;
    const p = prev < 0 ? 'O' : TAGS[prev]!;
    ALLOWED[(prev + 1) * NUM_TAGS + t] = tag[0] !== 'I' || (p !== 'O' && p.slice(2) === tag.slice(2)) ? 1 : 0;
  }

/** Entity type of a tag index: 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
const TYPE_OF = TAGS.map((t) => (t === 'O' ? 0 : ['PER', 'ORG', 'LOC', 'MISC'].indexOf(t.slice(2)) + 1));

/**
 * Second-pass (document consistency) features: for each token, how the first pass tagged the same word
 * elsewhere in the document (the majority entity type, every type seen, and the majority in earlier
 * sentences only), and its own first-pass tag. Tags are indices into TAGS.
 */
export function consistencyFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly number[])[],
): number[][][] {
  const counts = new Map<string, Int32Array>();
  sentences.forEach((words, k) =>
    words.forEach((w, i) => {
      if (!hasLetter(w) || !isCapitalised(w)) return;
      countTag(counts, w, firstPass[k]![i]!);
    }),
  );
  const seen = new Map<string, Int32Array>();
  return sentences.map((words, k) => {
    const feats = words.map((w, i) => {
      const f: number[] = [];
      tokenConsistency(counts.get(w), seen, w, firstPass[k]![i]!, f);
      return f;
    });
    // Earlier sentences only: update after the sentence is done.
    markSeen(counts, seen, words, firstPass[k]!);
    return feats;
  });
}

function countTag(counts: Map<string, Int32Array>, w: string, tag: number): void {
  let c = counts.get(w);
  if (!c) counts.set(w, (c = new Int32Array(5)));
  c[TYPE_OF[tag]!]!++;
}

function markSeen(
  counts: ReadonlyMap<string, Int32Array>,
  seen: Map<string, Int32Array>,
  words: readonly string[],
  tags: readonly number[],
): void {
  words.forEach((w, i) => {
    if (!counts.has(w)) return;
    countTag(seen, w, tags[i]!);
  });
}

/** Most consistency features one token can have (tokenConsistency: 1 + 5 + 2 + 1). */
const MAX_CONSISTENCY = 9;

/**
 * One token's consistency features, written into f from index 0 (an empty array or one with room for
 * MAX_CONSISTENCY); returns how many. c: its word's counts, seen: those of earlier sentences.
 */
function tokenConsistency(
  c: Int32Array | undefined,
  seen: ReadonlyMap<string, Int32Array>,
  w: string,
  own: number,
  f: number[] | Uint32Array,
): number {
  let n = 0;
  f[n++] = mix(0x2001, own + 1);
  if (!c) return n;
  const ownType = TYPE_OF[own]!;
  let best = -1;
  for (let t = 0; t < 5; t++) {
    const v = c[t]! - (t === ownType ? 1 : 0);
    if (v <= 0) continue;
    f[n++] = mix(0x2002, t);
    if (best < 0 || v > c[best]! - (best === ownType ? 1 : 0)) best = t;
  }
  if (best >= 0) {
    f[n++] = mix(0x2003, best);
    f[n++] = mix(mix(0x2004, best), own + 1);
  }
  const e = seen.get(w);
  if (e) {
    let eb = 0;
    for (let t = 1; t < 5; t++) if (e[t]! > e[eb]!) eb = t;
    f[n++] = mix(mix(0x2005, eb), ownType);
  }
  return n;
}

/**
 * consistencyFeatures on demand, for a decoder that goes through the sentences in order and asks only
 * for the tokens it scores: `of(k, i)` gives token i of sentence k the same hashes, `done(k)` ends
 * sentence k. Capitalisation is read from the word infos.
 */
export class ConsistencyFeatures {
  private readonly counts = new Map<string, Int32Array>();
  private readonly seen = new Map<string, Int32Array>();
  /** The hashes of(k, i) wrote last (reused: no array per token). */
  readonly hashes = new Uint32Array(MAX_CONSISTENCY);

  constructor(
    private readonly sentences: readonly (readonly string[])[],
    infos: readonly (readonly WordInfo[])[],
    private readonly firstPass: readonly (readonly number[])[],
  ) {
    sentences.forEach((words, k) => {
      const info = infos[k]!;
      for (let i = 0; i < words.length; i++)
        if (info[i]!.flags & F_CAP) countTag(this.counts, words[i]!, firstPass[k]![i]!);
    });
  }

  /** Writes token i of sentence k's hashes into `hashes` (valid until the next call); returns how many. */
  of(k: number, i: number): number {
    const w = this.sentences[k]![i]!;
    return tokenConsistency(this.counts.get(w), this.seen, w, this.firstPass[k]![i]!, this.hashes);
  }

  done(k: number): void {
    markSeen(this.counts, this.seen, this.sentences[k]!, this.firstPass[k]!);
  }
}
