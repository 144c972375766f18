/**
 * Duplicate detection for the store: canonical URLs, a hash of the normalised clean text, and MinHash
 * signatures with locality-sensitive banding for near-duplicates (the same article under other chrome:
 * a different footer line, a "Related" list the extractor kept, a typo fixed between two crawls).
 *
 * Pure functions; the backends store what they return and look candidates up by band key.
 */
import { createHash } from 'node:crypto';
import { fnv1a } from '../doc/hash.js';
import { tokenize } from '../eval/metrics/shingles.js';

export const DEDUP_SETTINGS = {
  /** 4-word shingles (as the extraction metric): long enough that two stories on one topic share few, short enough that one edited word costs only 4. */
  SHINGLE_WORDS: 4,
  /** 64 hash functions: Jaccard estimates within ±0.06 (1/√64 × ½), plenty for a 0.8 threshold. */
  HASHES: 64,
  /** 16 bands of 4 rows: pairs at Jaccard 0.75 collide in some band with probability 0.998, at 0.3 with 0.12. */
  BANDS: 16,
  /** Estimated Jaccard at or over which two texts are the same article (other chrome, small edits). */
  THRESHOLD: 0.75,
  /** Under this many shingles a text is too short to judge by resemblance: only the exact hash counts. */
  MIN_SHINGLES: 12,
} as const;

/** Query parameters that track the reader, not the page (utm_*, click ids, share ids). */
const TRACKING_PARAMS =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|igshid|ref|ref_src|ocid|cmpid|s_cid|at_medium|at_campaign|smid|ncid)$/i;

/**
 * The page's address as one string per page: lower-case scheme and host, no `www.`, no default port,
 * no fragment, no tracking parameters, the rest sorted, no trailing slash on paths, http = https.
 * Null for anything that is not an http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null; // not a URL: nothing to canonicalise, the caller keeps the raw value
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\d?\./, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAMS.test(k))
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/$/, '');
  path = path.replace(/\/index\.(html?|php|aspx?)$/i, '/');
  return `https://${host}${port}${path}${query}`;
}

/** Text as compared: NFKC, case-folded, words only. */
export function normaliseText(text: string): string {
  return normalisedWords(text).join(' ');
}

/** The last text's normalised words: toRows asks for the text hash and the signature of one text in a row. */
let lastText: string | null = null;
let lastWords: readonly string[] = [];

/** The words of normaliseText (none empty, none with a space), computed once per text in a row. */
function normalisedWords(text: string): readonly string[] {
  if (text !== lastText) {
    lastWords = tokenize(text.normalize('NFKC').toLowerCase());
    lastText = text;
  }
  return lastWords;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * sha256 of `${kind}\0${content}` (a raw document's content hash), fed in two parts: the same digest
 * without building and flattening a copy of the page (≈ 170 KB a page, half the hash's cost). The NUL
 * between them keeps the UTF-8 of the parts equal to the UTF-8 of the whole (no surrogate pair split).
 */
export function contentHash(kind: string, content: string): string {
  return createHash('sha256').update(`${kind}\0`).update(content).digest('hex');
}

/** sha256 of the normalised text: equal for the same words under any whitespace, case or markup. */
export function textHash(text: string): string {
  return sha256(normaliseText(text));
}

/** Fixed per-hash multipliers and offsets (odd, from a small LCG): the signature is the same on every run. */
const COEFFS: ReadonlyArray<readonly [number, number]> = (() => {
  const out: Array<[number, number]> = [];
  let x = 0x2545f491;
  const next = () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
  for (let i = 0; i < DEDUP_SETTINGS.HASHES; i++) out.push([next() | 1, next()]);
  return out;
})();

const MUL = Int32Array.from(COEFFS, ([a]) => a);
const ADD = Float64Array.from(COEFFS, ([, b]) => b);

/** The set of word shingles' hashes of a text. */
export function shingleHashes(text: string, n: number = DEDUP_SETTINGS.SHINGLE_WORDS): Set<number> {
  return new Set(shingleHashList(text, n));
}

/** Every shingle's hash in text order (repeats kept), in a typed array: no boxed numbers. */
function shingleHashList(text: string, n: number): Uint32Array {
  const words = normalisedWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const last = Math.max(1, words.length - n + 1);
  const out = new Uint32Array(last);
  // fnv1a of `words.slice(i, i + n).join(' ')`, computed over the words without building the string.
  for (let i = 0; i < last; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + n, words.length);
    for (let k = i; k < end; k++) {
      if (k > i) h = Math.imul(h ^ 0x20, 0x01000193);
      const w = words[k]!;
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
    }
    out[i] = h >>> 0;
  }
  return out;
}

/** The distinct shingle hashes of a text, ascending. */
function distinctShingleHashes(text: string, n: number): Uint32Array {
  const out = shingleHashList(text, n).sort();
  let size = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[size++] = out[i]!;
  return out.subarray(0, size);
}

/** MinHash signature: for each hash function, the least value over the shingles; null for short texts. */
export function minhash(text: string): number[] | null {
  const shingles = distinctShingleHashes(text, DEDUP_SETTINGS.SHINGLE_WORDS);
  if (shingles.length < DEDUP_SETTINGS.MIN_SHINGLES) return null;
  const sig = new Array<number>(DEDUP_SETTINGS.HASHES);
  // One hash function at a time over the typed array: a tight loop of integer arithmetic.
  for (let i = 0; i < sig.length; i++) {
    const mul = MUL[i]!;
    const add = ADD[i]!;
    let min = 0xffffffff;
    for (let k = 0; k < shingles.length; k++) {
      const v = (Math.imul(mul, shingles[k]!) + add) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** Band keys of a signature: `band:hash-of-its-rows`; two texts sharing one are candidates. */
export function bandKeys(sig: readonly number[]): string[] {
  const rows = sig.length / DEDUP_SETTINGS.BANDS;
  const keys: string[] = [];
  for (let b = 0; b < DEDUP_SETTINGS.BANDS; b++) {
    const part = sig.slice(b * rows, (b + 1) * rows).join(',');
    keys.push(`${b}:${fnv1a(part).toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of two signatures: the share of equal positions. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Signatures are stored as text: comma-separated base-36 numbers (portable across both backends). */
export function encodeSignature(sig: readonly number[]): string {
  return sig.map((v) => v.toString(36)).join(',');
}

export function decodeSignature(s: string): number[] {
  return s.split(',').map((v) => parseInt(v, 36));
}
