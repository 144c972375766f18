/**
 * Character classes for the tokenizer: a table for ASCII, a lazily filled table for the rest of the
 * Basic Multilingual Plane, and a small cache for astral code points. Each code point is classified by
 * a Unicode-property regex once per process, so the scan itself runs on integer compares.
 */

export const CH = {
  /** Not yet classified (BMP table only). */
  unknown: 0,
  space: 1,
  lower: 2,
  upper: 3,
  /** A letter without case: Arabic, Hebrew, Devanagari, Hangul, Thai... */
  letter: 4,
  /** Han, Hiragana, Katakana: one token per character (no spaces between words, no dictionary). */
  ideograph: 5,
  digit: 6,
  /** Combining marks: part of the token they follow. */
  mark: 7,
  punct: 8,
  symbol: 9,
  /** Invisible joiners kept inside a word: soft hyphen, zero-width (non-)joiner, word joiner. */
  joiner: 10,
  /** Invisible or control characters that are neither tokens nor part of one: bidi marks, BOM, C0/C1. */
  ignorable: 11,
  /** A high surrogate: the class is that of the full code point (see classAt). */
  high: 12,
  /** A low surrogate on its own (malformed text): a symbol token of its own. */
  lone: 13,
} as const;
export type CharClass = (typeof CH)[keyof typeof CH];

const RE_SPACE = /^\s$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_PUNCT = /^\p{P}$/u;
const RE_FORMAT = /^[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]$/u;
/** Percent and per-mille are units for the quantity annotator, so symbols rather than punctuation. */
const SYMBOL_OVERRIDES = new Set(['%', '‰', '‱']);
const JOINERS = new Set([0x00ad, 0x200c, 0x200d, 0x2060]);

function classify(ch: string, cp: number): CharClass {
  if (JOINERS.has(cp)) return CH.joiner;
  if (cp === 0xfeff) return CH.ignorable;
  if (RE_SPACE.test(ch)) return CH.space;
  if (SYMBOL_OVERRIDES.has(ch)) return CH.symbol;
  if (RE_UPPER.test(ch)) return CH.upper;
  if (RE_LOWER.test(ch)) return CH.lower;
  if (RE_IDEOGRAPH.test(ch) && RE_LETTER.test(ch)) return CH.ideograph;
  if (RE_LETTER.test(ch)) return CH.letter;
  if (RE_DIGIT.test(ch)) return CH.digit;
  if (RE_MARK.test(ch)) return CH.mark;
  if (RE_PUNCT.test(ch)) return CH.punct;
  if (RE_FORMAT.test(ch)) return CH.ignorable;
  return CH.symbol;
}

const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) BMP[c] = classify(String.fromCharCode(c), c);
/** Classes of the ASCII code units: the scan's fast path reads this instead of calling classAt. */
export const ASCII_CLASS: Uint8Array = BMP.slice(0, 0x80);
for (let c = 0xd800; c < 0xdc00; c++) BMP[c] = CH.high;
for (let c = 0xdc00; c < 0xe000; c++) BMP[c] = CH.lone;

const ASTRAL = new Map<number, CharClass>();
/** Bounded so that hostile text full of distinct astral code points cannot grow the cache forever. */
const ASTRAL_CACHE_MAX = 4096;

/** The class of the code unit at i; for a surrogate pair, the class of the whole code point. */
export function classAt(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  const k = BMP[c]! as CharClass;
  if (k === CH.high) {
    const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (d < 0xdc00 || d > 0xdfff) return CH.lone;
    const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    let a = ASTRAL.get(cp);
    if (a === undefined) {
      a = classify(String.fromCodePoint(cp), cp);
      if (ASTRAL.size < ASTRAL_CACHE_MAX) ASTRAL.set(cp, a);
    }
    return a;
  }
  if (k !== CH.unknown) return k;
  const fresh = classify(String.fromCharCode(c), c);
  BMP[c] = fresh;
  return fresh;
}

/** Code units taken by the code point at i: 2 for a well-formed surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Letters, digits and ideographs start and continue words; marks and joiners only continue them. */
export function isWordClass(k: CharClass): boolean {
  return k === CH.lower || k === CH.upper || k === CH.letter || k === CH.digit || k === CH.ideograph;
}

export function isLetterClass(k: CharClass): boolean {
  return k === CH.lower || k === CH.upper || k === CH.letter;
}

/** True when the code unit at i is white space (Unicode White_Space). */
export function isSpaceAt(text: string, i: number): boolean {
  return i < text.length && classAt(text, i) === CH.space;
}

/** Texts shorter than this are read as given: copying would cost about what it saves. */
const FLAT_COPY_MIN_LENGTH = 256;

/**
 * A copy of text in one flat string. V8 keeps a string built by concatenation as a rope and a cut
 * one as a view of its parent (the extractor's texts are views, the TimeML loader's ropes), and reads
 * every character of those through an indirection: the tokenizer's scan ran ~20 % slower on them,
 * the sentence splitter's ~25 %. Joining two halves is the cheapest copy that comes out flat; the copy
 * is equal to text in every code unit (a surrogate pair cut in two is joined again).
 */
export function flatCopy(text: string): string {
  if (text.length < FLAT_COPY_MIN_LENGTH) return text;
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('');
}
