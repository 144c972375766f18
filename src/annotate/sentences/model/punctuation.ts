/**
 * Punctuation the sentence splitter reads, each set with its reason. Written for Dateline.
 */

/** First characters of a token that ends a sentence: full stops, marks, ellipses, in the scripts we meet. */
export const TERMINALS: ReadonlySet<string> = new Set([
  '.', // full stop, and "..." (the tokenizer keeps a run of dots as one token)
  '!',
  '?', // also "?!" and "!!!", one token each
  '…', // the ellipsis character
  '。', // CJK full stop
  '！',
  '？', // full-width marks
  '؟', // Arabic question mark
  '۔', // Urdu full stop
  '।', // Devanagari danda
]);

/** Closing marks that stay with the sentence they close ("... said.)" and "... said.”"). */
export const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}', '”', '’', '»', '›', '」', '』']);

/** Opening quotation marks: after an abbreviation that can end a sentence, one of these before a capital starts the next. */
export const OPENERS: ReadonlySet<string> = new Set(['“', '‘', '«', '„', '‹', '「', '『']);

/** Closing brackets: after an abbreviation they do not show a sentence end ("Doug Flach (U.S.) 6-3"). */
export const BRACKETS: ReadonlySet<string> = new Set([')', ']', '}']);

/** Straight quotes close the sentence only when attached to the terminal (`."` not `. "`). */
export const AMBIGUOUS_QUOTES: ReadonlySet<string> = new Set(['"', "'"]);

/** A line ending in one of these continues on the next line (no headline-style break). */
export const CONTINUES_LINE: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  '[',
  '{',
  '-',
  '--',
  '–',
  '—',
  '&',
  '/',
  '“',
  '‘',
]);

/** Punctuation after a terminal that shows the sentence goes on ('"Why?", he asked'). */
export const CONTINUES_AFTER_TERMINAL: ReadonlySet<string> = new Set([',', ';', ':']);

/** Dashes and colons that close a dateline ("PARIS (Reuters) -", "PARIS, Nov 17, (RTRS):"). */
export const DATELINE_CLOSERS: ReadonlySet<string> = new Set(['-', '--', '–', '—', ':']);
