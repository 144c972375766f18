/**
 * Sentence splitting over the tokens layer. A sentence ends after token i when, in this order:
 *
 * 1. A paragraph break (a blank line) follows: always, whatever else holds.
 * 2. Token i is inside the dateline at the start of the text ("PARIS, Nov 17 (Reuters) -"): never.
 * 3. Token i is a terminal (. ! ? … and their kin): closing quotes and brackets after it join the
 *    sentence; then it ends unless the next token starts in lower case or is , ; : ('"Why?" he asked').
 *    In a lower-cased text a lower-case word goes on only after a terminal other than a full stop followed by
 *    a closing quote or bracket ('?" he asked'); else it opens the next sentence.
 * 4. Token i is an abbreviation with its full stop: a title ("Gen.", "Mr.") never ends a sentence;
 *    one that can ("U.S.", "Inc.", "Jr.", an initial) ends it before a closing quote or before a
 *    capitalised common sentence starter ("in the U.S. The next day"), not before a name ("U.S. Army").
 * 5. A line break follows (a headline without final punctuation) and the line does not end in
 *    , ; : - ( & or a word a phrase cannot stop on ("the", "of", "and"), the next line does not start
 *    in lower case, the line is no running text ending in a preposition of time before a day, month or number
 *    ("elections next year in\nFebruary"), and the break is no wrap in hard-wrapped text (wraps.ts: the next
 *    word would not have fitted on the line). A wrap is a space for rule 4 too ("the U.S.\nArmy").
 *
 * Sentence spans run from the first token's start to the last token's end (no surrounding space).
 */
import { isLowerCasedText, startsLower, startsUpper } from '../tokens/casing.js';
import type { Span } from '../../doc/doc.js';
import { ABBREVIATIONS, type AbbreviationRole } from '../tokens/model/abbreviations.js';
import { flatCopy } from '../tokens/chars.js';
import type { Token } from '../tokens/tokenizer.js';
import {
  AMBIGUOUS_QUOTES,
  BRACKETS,
  CLOSERS,
  CONTINUES_AFTER_TERMINAL,
  CONTINUES_LINE,
  DATELINE_CLOSERS,
  OPENERS,
  TERMINALS,
} from './model/punctuation.js';
import { CALENDAR_WORDS, CONTINUES_PHRASE, TIME_PREPOSITIONS } from './model/continuing-words.js';
import { SENTENCE_STARTERS } from './model/starters.js';
import { isLineBreak, wrapBreaks } from './wraps.js';

export interface Sentence extends Span {
  /** Index of the sentence's first token in the tokens layer. */
  tokenStart: number;
  /** Index after its last token (exclusive). */
  tokenEnd: number;
}

/** How far into the text a dateline may reach, in tokens ("RIO DE JANEIRO, Brazil, Nov. 17 (Reuters) -"). */
const DATELINE_MAX_TOKENS = 24;
/** An agency in brackets holds one to three tokens: "(Reuters)", "(AP)", "(Dow Jones Newswires)". */
const AGENCY_MAX_TOKENS = 3;

type Break = 'none' | 'line' | 'paragraph';

/** TERMINALS by code unit: rule 3, the quick pass and the dateline look at a token's first code unit only. */
const TERMINAL_CODES = new Uint8Array(0x10000);
for (const ch of TERMINALS) if (ch.length === 1) TERMINAL_CODES[ch.charCodeAt(0)] = 1;

/** The longest CONTINUES_LINE mark: longer tokens need no look-up. */
const CONTINUES_LINE_MAX_LENGTH = Math.max(...[...CONTINUES_LINE].map((s) => s.length));

/** Whether token t is a mark (CONTINUES_LINE) or a word (CONTINUES_PHRASE) after which a line goes on. */
function continuesLine(text: string, t: Token): boolean {
  if (t.kind === 'word') return CONTINUES_PHRASE.has(t.lower);
  return t.end - t.start <= CONTINUES_LINE_MAX_LENGTH && CONTINUES_LINE.has(text.slice(t.start, t.end));
}

/** The longest dateline closer: longer tokens need no look-up. */
const DATELINE_CLOSER_MAX_LENGTH = Math.max(...[...DATELINE_CLOSERS].map((s) => s.length));

/** What every rule may read: the text, its tokens, and facts computed once per text. */
interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Index of the dateline's last token, or -1. */
  readonly datelineEnd: number;
  /**
   * 1 where an odd number of straight double quotes precede the token in its paragraph (inside a
   * quotation); computed on first need (a detached straight quote), null until then: most texts never ask.
   */
  insideQuote: Uint8Array | null;
  /** Offsets of the line breaks that are wraps in hard-wrapped text, rising (wraps.ts); computed on first need. */
  wraps: readonly number[] | null;
  /** Whether the text is written in lower case only (isLowerCased); computed on first need. */
  lowerCased: boolean | null;
}

/** Splits tokenised text into sentences. Pure; linear in the number of tokens. */
export function splitSentences(given: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  if (n === 0) return out;
  const text = flatCopy(given);
  const ctx: Context = {
    text,
    tokens,
    datelineEnd: findDatelineEnd(text, tokens),
    insideQuote: null,
    wraps: null,
    lowerCased: null,
  };
  let first = 0;
  let i = 0;
  // (The next token is carried over to the next turn, read once; the kind before the first code unit: most
  // tokens are words.)
  let t = tokens[0]!;
  while (i < n) {
    // Most tokens end no sentence and are seen here only: one with at most one space before the next
    // token (no break), that is not a terminal (rule 3) and does not end in a full stop (rule 4).
    if (i + 1 < n) {
      const next = tokens[i + 1]!;
      const end = t.end;
      const gap = next.start - end;
      if (
        (gap === 0 || (gap === 1 && text.charCodeAt(end) === 0x20)) &&
        text.charCodeAt(end - 1) !== 0x2e &&
        (t.kind !== 'punct' || TERMINAL_CODES[text.charCodeAt(t.start)] !== 1)
      ) {
        i += 1;
        t = next;
        continue;
      }
    }
    const last = sentenceEndAt(ctx, i);
    i = last < 0 ? i + 1 : last + 1;
    if (i < n) t = tokens[i]!;
    if (last < 0) continue;
    out.push(sentence(tokens, first, last));
    first = last + 1;
  }
  if (first < n) out.push(sentence(tokens, first, n - 1));
  return out;
}

function sentence(tokens: readonly Token[], first: number, last: number): Sentence {
  return { start: tokens[first]!.start, end: tokens[last]!.end, tokenStart: first, tokenEnd: last + 1 };
}

/** The index of the last token of a sentence that ends at token i (after closers), or -1. */
function sentenceEndAt(ctx: Context, i: number): number {
  const { text, tokens, datelineEnd } = ctx;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return -1;
  const gap = breakBetween(text, t.end, next.start);
  // 1. Paragraph break.
  if (gap === 'paragraph') return i;
  // 2. Inside the dateline.
  if (i <= datelineEnd) return -1;
  // 3. Terminal punctuation.
  if (t.kind === 'punct' && TERMINAL_CODES[text.charCodeAt(t.start)] === 1) return endAfterTerminal(ctx, i);
  // 4. Abbreviation with its full stop.
  const role = abbreviationRole(text, t);
  if (role === 'final') {
    // A closing quote after it ends the sentence ('... in the U.S."'); a bracket does not ("(U.S.) 6-3").
    const j = absorbClosers(ctx, i);
    for (let k = i + 1; k <= j; k++)
      if (!BRACKETS.has(text.slice(tokens[k]!.start, tokens[k]!.end))) return endAfterTerminal(ctx, i);
    const space = gap === 'none' || (gap === 'line' && isWrap(ctx, t.end));
    if (space && (isStarter(text, next) || opensQuotation(text, tokens, i + 1))) return i;
  } else if (role !== null) {
    return -1;
  }
  // 5. Line break after a headline-like line.
  if (
    gap === 'line' &&
    !startsLower(text, next) &&
    !continuesLine(text, t) &&
    !prepositionBeforeDate(text, t, next) &&
    // (Last: the wrap test reads the whole text's lines the first time it is asked.)
    !isWrap(ctx, t.end)
  )
    return i;
  return -1;
}

/**
 * A preposition of time at the end of a line of running text before a day, a month or a number on the next line
 * ("elections next year in\nFebruary", "resume on\n14 March"); not a short line ("Log in\nMonday, 12 March").
 */
function prepositionBeforeDate(text: string, t: Token, next: Token): boolean {
  if (
    t.kind !== 'word' ||
    !TIME_PREPOSITIONS.has(t.lower) ||
    !(next.kind === 'number' || next.kind === 'ordinal' || CALENDAR_WORDS.has(next.lower))
  )
    return false;
  let k = t.start;
  while (k > 0 && t.end - k < RUNNING_LINE_CHARS && !isLineBreak(text.charCodeAt(k - 1))) k -= 1;
  return t.end - k >= RUNNING_LINE_CHARS;
}
/** How long a line is at the least to be running text rather than a label or a link ("Log in"). */
const RUNNING_LINE_CHARS = 24;

/** Whether the line break after offset `from` (the end of a token) is a wrap in hard-wrapped text. */
function isWrap(ctx: Context, from: number): boolean {
  const { text } = ctx;
  let k = from;
  while (k < text.length && !isLineBreak(text.charCodeAt(k))) k += 1;
  ctx.wraps ??= wrapBreaks(text);
  return includesSorted(ctx.wraps, k);
}

/** Binary search in a rising list. */
function includesSorted(list: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === x;
}

/** After a terminal at i: absorb closers, then end unless the sentence visibly goes on. */
function endAfterTerminal(ctx: Context, i: number): number {
  const { text, tokens } = ctx;
  const j = absorbClosers(ctx, i);
  const next = tokens[j + 1];
  if (!next) return j;
  if (breakBetween(text, tokens[j]!.end, next.start) === 'paragraph') return j;
  // In lower-cased text only a terminal other than a full stop that a closing quote or bracket follows still goes
  // on before a lower-case word ('?" he asked'); after '."' the word opens the next sentence.
  if (
    startsLower(text, next) &&
    (!isLowerCased(ctx) || (j > i && text.charCodeAt(tokens[i]!.start) !== 0x2e))
  )
    return -1;
  if (next.kind === 'punct' && CONTINUES_AFTER_TERMINAL.has(text.slice(next.start, next.end))) return -1;
  return j;
}

/** Whether the text was lower-cased (isLowerCasedText, read once), its terminals this splitter's. */
function isLowerCased(ctx: Context): boolean {
  ctx.lowerCased ??= isLowerCasedText(ctx.text, ctx.tokens, isTerminalCode);
  return ctx.lowerCased;
}

/** Whether a code unit is one of TERMINALS. */
function isTerminalCode(code: number): boolean {
  return TERMINAL_CODES[code] === 1;
}

/** The last of the closing quotes and brackets that directly follow token i (i itself when none). */
function absorbClosers(ctx: Context, i: number): number {
  const { text, tokens } = ctx;
  let j = i;
  for (;;) {
    const next = tokens[j + 1];
    if (next?.kind !== 'punct' || breakBetween(text, tokens[j]!.end, next.start) !== 'none') return j;
    const s = text.slice(next.start, next.end);
    if (CLOSERS.has(s) || (AMBIGUOUS_QUOTES.has(s) && closesQuote(ctx, j + 1))) j += 1;
    else return j;
  }
}

/**
 * A straight quote closes when it is attached to the token before it (`."`), and opens when attached to
 * the word after it (`"We`). Detached on both sides (`. " I`, as in text re-joined from tokens), a
 * double quote closes when a quotation is open (odd count so far in the paragraph); a single quote, whose
 * count apostrophes would spoil, closes.
 */
function closesQuote(ctx: Context, q: number): boolean {
  const { text, tokens } = ctx;
  const quote = tokens[q]!;
  const before = tokens[q - 1]!;
  const after = tokens[q + 1];
  if (before.end === quote.start) return true;
  if (!after) return true;
  if (after.start === quote.end) return false;
  if (text[quote.start] !== '"') return true;
  ctx.insideQuote ??= quoteParity(text, tokens);
  return ctx.insideQuote[q] === 1;
}

/** For each token, whether an odd number of straight double quotes precede it in its paragraph. */
function quoteParity(text: string, tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > 0 && breakBetween(text, tokens[k - 1]!.end, t.start) === 'paragraph') open = 0;
    inside[k] = open;
    if (t.end - t.start === 1 && text.charCodeAt(t.start) === 0x22) open ^= 1;
  }
  return inside;
}

/** Token q opens a quotation that starts with a capital: `“We`, `"It` (attached to the word it opens). */
function opensQuotation(text: string, tokens: readonly Token[], q: number): boolean {
  const quote = tokens[q]!;
  const word = tokens[q + 1];
  if (quote.kind !== 'punct' || !word || word.start !== quote.end || !startsUpper(text, word)) return false;
  const s = text.slice(quote.start, quote.end);
  return OPENERS.has(s) || (AMBIGUOUS_QUOTES.has(s) && quote.start !== tokens[q - 1]!.end);
}

/** The role of a word token that carries its full stop ("Gen.", "U.S.", "J."), else null. */
function abbreviationRole(text: string, t: Token): AbbreviationRole | null {
  if (t.kind !== 'word' || t.end - t.start < 2 || text.charCodeAt(t.end - 1) !== 0x2e) return null;
  // Anything else the tokenizer kept a full stop on is dotted letters ("U.S.", "a.m.") or an initial.
  return ABBREVIATIONS.get(text.slice(t.start, t.end - 1)) ?? 'final';
}

function isStarter(text: string, t: Token): boolean {
  return t.kind === 'word' && startsUpper(text, t) && SENTENCE_STARTERS.has(t.lower);
}

/** What separates two tokens: nothing, a line break, or a paragraph break (a blank line). */
function breakBetween(text: string, from: number, to: number): Break {
  let lines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2029) return 'paragraph';
    if (isLineBreak(c) && (c !== 0x0d || text.charCodeAt(k + 1) !== 0x0a)) {
      lines += 1;
      if (lines >= 2) return 'paragraph';
    }
  }
  return lines === 1 ? 'line' : 'none';
}

/**
 * The index of the dateline's last token when the text opens with one, else -1. A dateline starts
 * with a capitalised word and closes with a dash or colon (after a place in capitals or an agency in
 * brackets: "PARIS -", "Paris, Nov 17 (Reuters) -"), or with the agency's bracket at a line end.
 */
function findDatelineEnd(text: string, tokens: readonly Token[]): number {
  const first = tokens[0]!;
  if (first.kind !== 'word' || !startsUpper(text, first)) return -1;
  const capsPlace = !first.shape.includes('x') && first.end - first.start > 1;
  let agency = false;
  let open = -1;
  const limit = Math.min(tokens.length - 1, DATELINE_MAX_TOKENS);
  for (let i = 0; i <= limit; i++) {
    const t = tokens[i]!;
    const len = t.end - t.start;
    const c = text.charCodeAt(t.start);
    const next = tokens[i + 1];
    const gap = next ? breakBetween(text, t.end, next.start) : 'paragraph';
    if (t.kind === 'punct' && TERMINAL_CODES[c] === 1) return -1;
    if (len === 1 && c === 0x28) open = i;
    else if (len === 1 && c === 0x29 && open >= 0) {
      const inner = i - open - 1;
      agency = inner >= 1 && inner <= AGENCY_MAX_TOKENS && startsUpper(text, tokens[open + 1]!);
      open = -1;
      if (agency && gap === 'line') return i;
    } else if (len <= DATELINE_CLOSER_MAX_LENGTH && DATELINE_CLOSERS.has(text.slice(t.start, t.end))) {
      return capsPlace || agency ? i : -1;
    }
    if (gap !== 'none') return -1;
  }
  return -1;
}
