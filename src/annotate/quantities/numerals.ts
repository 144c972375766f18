/**
 * The typography of web pages around numbers, read by character code: the spaces a page puts between
 * groups of digits ("3 000", "1 200"), the invisible characters page extraction leaves inside a number
 * (soft hyphen, zero-width space), and the Unicode hyphens and apostrophe it writes for ASCII ones
 * ("34‑year‑old", "o’clock"). The finder reads tokens through foldedTokens and tests gaps here.
 */
import type { Token } from '../tokens/tokenizer.js';

/**
 * Spaces that separate groups of three digits: no-break U+00A0 ("3 000", French), narrow no-break
 * U+202F and thin U+2009 (French, SI), figure space U+2007. Not the plain space: "1 200" with one is
 * more often two numbers in a row than one number.
 */
export function isGroupSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/**
 * Characters the tokenizer cuts a token at that a reader does not see: zero-width space U+200B, BOM
 * U+FEFF, left-to-right and right-to-left marks U+200E/U+200F. Two numbers with only these between
 * are read as one written number ("1\u200B200" shows as 1200).
 */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0xfeff || c === 0x200e || c === 0x200f;
}

/** Whether [from, to) of the text is not empty and holds only invisible characters. */
export function isInvisibleGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!isInvisible(text.charCodeAt(k))) return false;
  return true;
}

/** Whether b follows a with nothing or only invisible characters between (as a reader sees them). */
export function together(text: string, a: Token, b: Token): boolean {
  return a.end === b.start || isInvisibleGap(text, a.end, b.start);
}

/** Whether exactly one group space stands between a and b ("3" U+00A0 "000"). */
export function groupSpaced(text: string, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && isGroupSpace(text.charCodeAt(a.end));
}

/** Whether exactly one white-space character (ASCII or a group space) stands between a and b. */
export function oneSpace(text: string, a: Token, b: Token): boolean {
  if (b.start !== a.end + 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 0x20 || isGroupSpace(c);
}

/**
 * Characters folded in a token's lower-case text (to the ASCII the lexicons spell, or dropped when 0):
 * hyphen U+2010 and non-breaking hyphen U+2011 (the tokenizer joins words across them), the right
 * single quote U+2019 as an apostrophe ("o’clock"), soft hyphen U+00AD, zero-width non-joiner/joiner
 * U+200C/U+200D and word joiner U+2060 (the tokenizer keeps them inside a token, a reader sees none).
 */
const FOLDS: ReadonlyMap<number, number> = new Map([
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2019, 0x27],
  [0x00ad, 0],
  [0x200c, 0],
  [0x200d, 0],
  [0x2060, 0],
]);

/** lower with FOLDS applied; the same string when nothing folds (the common case: one char-code pass). */
export function foldedLower(lower: string): string {
  let k = 0;
  for (; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 0x80 && FOLDS.has(c)) break;
  }
  if (k === lower.length) return lower;
  let out = lower.slice(0, k);
  for (; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    const f = c >= 0x80 ? FOLDS.get(c) : undefined;
    if (f === undefined) out += lower[k];
    else if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

/**
 * The token with another shape and lower case, built field by field in the tokenizer's order, so that every
 * token keeps one object shape (a spread made a second one, and the finder slower).
 */
export function respelt(t: Token, shape: string, lower: string): Token {
  return { start: t.start, end: t.end, kind: t.kind, shape, lower, spaceAfter: t.spaceAfter };
}

/** The characters FOLDS knows, found in a whole text by one native search (most texts have few or none). */
const FOLD_CHARS = /\u00ad|\u200c|\u200d|\u2010|\u2011|\u2019|\u2060/g;

/**
 * The tokens of text with their lower-case text folded (foldedLower); offsets, kinds and shapes as they
 * were. Only the tokens that hold a character FOLDS knows are read and copied, found by one search of the
 * text; the array itself when there is none.
 */
export function foldedTokens(text: string, tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  // (The matches come in text order: the token of each is found by walking on from the last one's.)
  let k = 0;
  FOLD_CHARS.lastIndex = 0;
  for (let m = FOLD_CHARS.exec(text); m !== null; m = FOLD_CHARS.exec(text)) {
    while (k < tokens.length && tokens[k]!.end <= m.index) k++;
    if (k === tokens.length) break;
    if (tokens[k]!.start > m.index || (out !== null && out[k] !== tokens[k])) continue; // between tokens, or folded already
    const t = tokens[k]!;
    // (A quote or a clitic, "’" "’s", is read as it is written: only longer words need the fold.)
    if (t.end - t.start <= 2 && text.charCodeAt(m.index) === 0x2019) continue;
    const lower = foldedLower(t.lower);
    if (lower === t.lower) continue;
    out ??= tokens.slice();
    out[k] = respelt(t, t.shape, lower);
  }
  return out ?? tokens;
}
