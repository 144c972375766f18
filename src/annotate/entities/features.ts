/**
 * Features for the named-entity tagger, shared by training (train.ts) and tagging (tagger.ts) so the
 * two can never drift apart. Every feature is a string hashed (FNV-1a, 32 bits) into a bucket; the
 * weights are a table of buckets × tags (feature hashing, no vocabulary is stored).
 *
 * Static features (word, shape, affixes, context ±2, capitalisation, gazetteer, document-level) are
 * computed once per token; the tag-history features (previous tag, previous two tags, previous tag ×
 * word) are mixed in while decoding, from the tags already chosen.
 */

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

/** FNV-1a over a string's UTF-16 code units, 32 bits. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function hasLetter(w: string): boolean {
  return w.toLowerCase() !== w.toUpperCase();
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
  const h = fnv1a(key);
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

/**
 * For each token and kind, its position in the longest gazetteer name of that kind covering it:
 * 0 none, 1 begin, 2 inside, 3 single-token name. Names must start with a capitalised word.
 */
export function gazetteerMarks(gaz: Gazetteer, words: readonly string[]): Uint8Array[] {
  const n = words.length;
  const marks = GAZ_KINDS.map(() => new Uint8Array(n));
  for (let i = 0; i < n; i++) {
    if (!isCapitalised(words[i]!)) continue;
    const found = new Array<number>(GAZ_KINDS.length).fill(0); // longest length per kind
    for (let len = Math.min(gaz.maxLen, n - i); len >= 1; len--) {
      const mask = gazLookup(gaz, gazKey(words.slice(i, i + len)));
      if (!mask) continue;
      for (let k = 0; k < GAZ_KINDS.length; k++) if (mask & (1 << k) && !found[k]) found[k] = len;
    }
    for (let k = 0; k < GAZ_KINDS.length; k++) {
      const len = found[k]!;
      if (!len) continue;
      const m = marks[k]!;
      if (len === 1) {
        if (!m[i]) m[i] = 3;
      } else {
        m[i] = 1;
        for (let j = i + 1; j < i + len; j++) m[j] = 2;
      }
    }
  }
  return marks;
}

const MARK = ['', 'B', 'I', 'U'];
/** The kinds that are names (the rest are case statistics). */
const NAME_KINDS = 6;

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

/** Per-token precomputed values the decoder mixes with tag history. */
export interface SentenceFeatures {
  /** Static feature hashes, `offsets[i]..offsets[i+1]` for token i. */
  feats: Uint32Array;
  offsets: Uint32Array;
  /** Hash of each token's lower-cased word and of its shape, for tag × word features. */
  lowerHash: Uint32Array;
  shapeHash: Uint32Array;
}

/** The static features of every token of a sentence. */
export function sentenceFeatures(
  words: readonly string[],
  gaz: Gazetteer,
  doc: DocContext,
  extra?: readonly (readonly string[])[],
): SentenceFeatures {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shape = words.map(longShape);
  const sshape = words.map(shortShape);
  const marks = gazetteerMarks(gaz, words);
  const allCapsSentence = words.every((w) => !hasLetter(w) || isAllCaps(w));
  const L = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]!);
  const S = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : shape[i]!);
  const SS = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : sshape[i]!);
  const gazAt = (i: number) => {
    if (i < 0 || i >= n) return '';
    let s = '';
    for (let k = 0; k < NAME_KINDS; k++) if (marks[k]![i]) s += GAZ_KINDS[k]! + MARK[marks[k]![i]!]!;
    return s;
  };
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const lowerHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = words[i]!;
    const l = lower[i]!;
    const f: string[] = [
      'b',
      `w=${w}`,
      `l=${l}`,
      `s=${shape[i]}`,
      `ss=${sshape[i]}`,
      `l-1=${L(i - 1)}`,
      `l+1=${L(i + 1)}`,
      `l-2=${L(i - 2)}`,
      `l+2=${L(i + 2)}`,
      `w-1=${i > 0 ? words[i - 1] : '<s>'}`,
      `w+1=${i + 1 < n ? words[i + 1] : '</s>'}`,
      `s-1=${S(i - 1)}`,
      `s+1=${S(i + 1)}`,
      `ss-2=${SS(i - 2)}`,
      `ss+2=${SS(i + 2)}`,
      `s-1|s=${S(i - 1)}|${shape[i]}`,
      `s|s+1=${shape[i]}|${S(i + 1)}`,
      `ss-1|ss|ss+1=${SS(i - 1)}|${sshape[i]}|${SS(i + 1)}`,
      `l-1|l=${L(i - 1)}|${l}`,
      `l|l+1=${l}|${L(i + 1)}`,
      `l-1|l+1=${L(i - 1)}|${L(i + 1)}`,
      `len=${Math.min(w.length, 12)}`,
    ];
    for (let k = 1; k <= 4 && k <= w.length; k++) f.push(`p${k}=${w.slice(0, k)}`, `x${k}=${l.slice(-k)}`);
    if (i === 0) f.push('first', `first|s=${shape[i]}`, `first|l=${l}`);
    if (i === n - 1) f.push('last');
    if (allCapsSentence) f.push('allcapsSent', `allcapsSent|l=${l}`);
    if (/\d/.test(w)) f.push('digit');
    if (w.includes('-')) f.push('hyphen');
    if (hasLetter(w) && isCapitalised(w)) {
      // Document-level consistency: how this capitalised word is written elsewhere in its document.
      f.push(`doc:lower=${doc.lowerSeen.has(l)}`, `doc:capInside=${doc.capSeenInside.has(l)}`);
      if (doc.inCapRun.has(l)) f.push('doc:inCapRun');
      if (i === 0 || allCapsSentence)
        f.push(`doc:initcap=${doc.capSeenInside.has(l)}|${doc.lowerSeen.has(l)}`);
    }
    const cs = gazLookup(gaz, l) >> 6;
    f.push(`cs=${cs}`, `cs|s=${cs}|${sshape[i]}`);
    if (i === 0 || allCapsSentence) f.push(`cs|init=${cs}`);
    if (i > 0) f.push(`cs-1=${gazLookup(gaz, lower[i - 1]!) >> 6}`);
    if (i + 1 < n) f.push(`cs+1=${gazLookup(gaz, lower[i + 1]!) >> 6}`);
    const g0 = gazAt(i);
    if (g0) f.push(`g=${g0}`, `g|s=${g0}|${sshape[i]}`);
    const gm = gazAt(i - 1);
    if (gm) f.push(`g-1=${gm}`);
    const gp = gazAt(i + 1);
    if (gp) f.push(`g+1=${gp}`);
    if (extra) f.push(...extra[i]!);
    for (const s of f) out.push(fnv1a(s));
    lowerHash[i] = fnv1a(l);
    shapeHash[i] = fnv1a(shape[i]!);
  }
  offsets[n] = out.length;
  return { feats: Uint32Array.from(out), offsets, lowerHash, shapeHash };
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
}
export const NUM_HISTORY = 4;

/** Whether tag `t` may follow tag `prev` in IOB2 (I-X only after B-X or I-X). */
export function allowed(prev: number, t: number): boolean {
  const tag = TAGS[t]!;
  if (tag[0] !== 'I') return true;
  if (prev < 0) return false;
  const p = TAGS[prev]!;
  return p !== 'O' && p.slice(2) === tag.slice(2);
}

/**
 * Second-pass (document consistency) features: for each token, how the first pass tagged the same word
 * elsewhere in the document (the majority entity type, and every type seen), and its own first-pass tag.
 */
export function consistencyFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
): string[][][] {
  const types = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
  const typeOf = (tag: string) => (tag === 'O' ? 0 : types.indexOf(tag.slice(2)));
  const counts = new Map<string, number[]>();
  sentences.forEach((words, k) =>
    words.forEach((w, i) => {
      if (!hasLetter(w) || !isCapitalised(w)) return;
      let c = counts.get(w);
      if (!c) counts.set(w, (c = [0, 0, 0, 0, 0]));
      c[typeOf(firstPass[k]![i]!)]!++;
    }),
  );
  return sentences.map((words, k) =>
    words.map((w, i) => {
      const own = firstPass[k]![i]!;
      const f = [`d2:self=${own}`];
      const c = counts.get(w);
      if (!c) return f;
      const others = c.slice();
      others[typeOf(own)]!--;
      let best = -1;
      for (let t = 0; t < others.length; t++) {
        if (others[t]! <= 0) continue;
        f.push(`d2:has=${types[t]}`);
        if (best < 0 || others[t]! > others[best]!) best = t;
      }
      if (best >= 0) f.push(`d2:maj=${types[best]}`, `d2:maj|self=${types[best]}|${own}`);
      return f;
    }),
  );
}
