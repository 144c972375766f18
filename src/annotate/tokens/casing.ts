/**
 * Letter case of tokens, and whether a whole text was written in lower case (transcripts, some archives,
 * lower-cased corpora): there a lower-case word after a full stop is no sign that a sentence goes on, and a
 * lower-case "monday" or "march 15" is no less a date.
 */
import type { Token } from './tokenizer.js';

/** Whether the token's first code unit is a lower-case letter (one that has an upper case). */
export function startsLower(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a; // ASCII: no case conversion needed
  const ch = text[t.start]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Whether the token's first code unit is a capital letter (one that has a lower case). */
export function startsUpper(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text[t.start]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Evidence that a text is written in lower case only (isLowerCasedText), each threshold with its reason. */
export const LOWER_CASED = {
  /** News text capitalises a tenth of its words or more (names, sentence starts); lower-cased text, a header's few. */
  maxCapitalisedShare: 0.05,
  /** Terminals before a lower-case word needed: one could be an ellipsis or an abbreviation cut off its dot. */
  minLowerAfterTerminal: 2,
  /** Lower-case words after a terminal outnumber capitalised ones by this much (ellipses, cut abbreviations). */
  lowerToUpperAfterTerminal: 4,
  /** Words read: a lower-cased text is lower-cased throughout, and the cost stays bounded on long texts. */
  sampleWords: 400,
} as const;

/**
 * Whether the text was lower-cased: few of its words are capitalised, and after a sentence's terminal (one
 * code unit that `isTerminal` accepts) and a space, words start in lower case far more often than not. Read
 * from the text's first LOWER_CASED.sampleWords words, and no further than the capitals that already rule it out.
 */
export function isLowerCasedText(
  text: string,
  tokens: readonly Token[],
  isTerminal: (code: number) => boolean = isStop,
): boolean {
  let words = 0;
  let capitalised = 0;
  let lowerAfter = 0;
  let upperAfter = 0;
  const maxCapitalised = LOWER_CASED.maxCapitalisedShare * LOWER_CASED.sampleWords;
  for (let k = 0; k < tokens.length && words < LOWER_CASED.sampleWords; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      if (startsUpper(text, t) && ++capitalised >= maxCapitalised) return false;
      words += 1;
      continue;
    }
    const next = tokens[k + 1];
    if (t.kind !== 'punct' || t.end - t.start !== 1 || !isTerminal(text.charCodeAt(t.start))) continue;
    if (next?.kind !== 'word' || next.start !== t.end + 1 || text.charCodeAt(t.end) !== 0x20) continue;
    if (startsLower(text, next)) lowerAfter += 1;
    else if (startsUpper(text, next)) upperAfter += 1;
  }
  return (
    capitalised < LOWER_CASED.maxCapitalisedShare * words &&
    lowerAfter >= LOWER_CASED.minLowerAfterTerminal &&
    lowerAfter >= LOWER_CASED.lowerToUpperAfterTerminal * upperAfter
  );
}

/** ".", "!", "?": the terminals of most text. */
function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}
