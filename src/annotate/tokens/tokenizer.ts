/**
 * Dateline's tokenizer: one left-to-right scan over the text, no backtracking beyond a bounded look
 * at the next few characters, exact UTF-16 offsets. What counts as one token, and why, is written
 * down in docs/annotators.md; the short version:
 *
 * 1. Skip white space and invisible characters (bidi marks, BOM, control codes).
 * 2. Words: letters, digits and marks, joined across "-", "/", "_", "&" (AT&T), "." (U.S, 3.5,
 *    reuters.com), "," and ":" inside numbers (1,200; 09:30). Clitics split off ("Putin" "'s",
 *    "do" "n't"). A full stop stays on abbreviations from the lexicon, initials ("J.") and dotted
 *    letters ("U.S."). A scale or unit glued to a number splits off ("50" "m"); ordinals stay whole.
 * 3. Web addresses, e-mail addresses, hashtags and mentions are one token each.
 * 4. Han, Hiragana and Katakana characters are one token each; other scripts split like Latin.
 * 5. Punctuation is one token per character, except runs: "...", "?!", "--", "***".
 * 6. Symbols are one token per code point, an emoji with its modifiers and joiners as one.
 */
import type { Span } from '../../doc/doc.js';
import { detached } from '../../doc/strings.js';
import {
  ASCII_CLASS,
  CH,
  type CharClass,
  classAt,
  flatCopy,
  isLetterClass,
  isWordClass,
  widthAt,
} from './chars.js';
import { ABBREVIATIONS } from './model/abbreviations.js';
import { CLITICS, DECADE_SUFFIX, ORDINAL_SUFFIXES, UPPER_SCALE_SUFFIXES, URL_TLDS } from './model/lexicon.js';

export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention';

export interface Token extends Span {
  kind: TokenKind;
  /** Letters as X/x, digits as d, other characters as themselves; runs cut at four ("Xxxx", "dd.d"). */
  shape: string;
  /** The token's text in lower case. */
  lower: string;
  /** Whether white space follows the token directly. */
  spaceAfter: boolean;
}

// Character codes the scan compares against.
const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SLASH = 0x2f;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;
const AMP = 0x26;
const AT = 0x40;
const HASH = 0x23;
const APOS = 0x27;
const RSQUO = 0x2019;
const BANG = 0x21;
const QMARK = 0x3f;
const ZWJ = 0x200d;
const PLUS = 0x2b;
const DOLLAR = 0x24;

/** Hyphens that join the parts of a compound ("state-run", "al-Baghdadi"). */
function isHyphen(c: number): boolean {
  return c === HYPHEN || c === 0x2010 || c === 0x2011;
}
function isApostrophe(c: number): boolean {
  return c === APOS || c === RSQUO;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}
/** ASCII punctuation whose runs form one token ("--", "***", "##"). */
const RUN_PUNCT = new Set(['-', '*', '_', '#']);

/** A URL ends at white space or at one of these (they do not occur unescaped in addresses). */
const URL_STOP = new Set(['<', '>', '"', '“', '”', '‘', '’', '«', '»', '`', '|', '{', '}', '\\', '^']);
/** Trailing characters that belong to the sentence, not the URL ("see reuters.com/x."). */
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", ')', ']']);

const DATE_RE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))$/;
const TIME_RE = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** "reuters.com", "bbc.co.uk/news": a dotted word ending in a known top-level domain, path optional. */
const TLD_RE = /\.([a-z]{2,4})(?:\/|$)/i;

/** Splits text into tokens. Pure: the same text always gives equal tokens. */
export function tokenize(text: string): Token[] {
  return SCANNER.scan(text);
}

class Scanner {
  /** A flat copy of the text (see flatCopy): the scan reads its characters here. */
  private text = '';
  /** The text as given: token strings are cut from it, so that they keep no reference to the copy. */
  private source = '';
  private n = 0;
  private out: Token[] = [];
  /** Tokens written to out so far. */
  private count = 0;
  /** Outputs of attributes(): fields rather than a returned object, so that no object is allocated. */
  private shape = '';
  private lower = '';

  /** Scans text; the scanner keeps no reference to it or to its tokens afterwards. */
  scan(text: string): Token[] {
    this.text = flatCopy(text);
    this.source = text;
    this.n = text.length;
    // Room for the tokens expected, so that the array is not copied as it grows; trimmed at the end.
    this.out = new Array<Token>(Math.min(Math.ceil(text.length / CHARS_PER_TOKEN), MAX_PRESIZE));
    this.count = 0;
    const out = this.run();
    out.length = this.count;
    this.text = '';
    this.source = '';
    this.n = 0;
    this.out = NO_TOKENS;
    return out;
  }

  private run(): Token[] {
    const { text, n } = this;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20) {
        i += 1;
        continue;
      }
      // An ASCII letter. Fast path, most words of news text: a run of ASCII letters ended by white
      // space, the end of the text, a character that neither joins nor follows up (PLAIN_WORD_END),
      // a full stop that is not the word's (plainBeforeStop), or an apostrophe before a clitic
      // (cliticSplit, as word() splits it). word() would come to the same token: no address ("www."
      // and "http:" need a full stop or colon before more text), no "n't", no number suffix, no
      // connector, no "$". The scan is here rather than in a method of its own, which V8 found too
      // large to inline (a call per word). Anything else takes word().
      if (((c | 0x20) - 0x61) >>> 0 < 26) {
        let flags = c < 0x61 ? F_FIRST_UPPER : F_LOWER;
        let j = i + 1;
        let d = 0;
        for (; j < n; j++) {
          d = text.charCodeAt(j);
          if (d >= 0x61 && d <= 0x7a) flags |= F_LOWER;
          else if (d >= 0x41 && d <= 0x5a) flags |= F_UPPER;
          else break;
        }
        if (j >= n) {
          this.emitPlainWord(i, j, flags, false);
          i = j;
        } else if (PLAIN_WORD_END[d] === 1 || (d === DOT && this.plainBeforeStop(i, j))) {
          this.emitPlainWord(i, j, flags, ASCII_CLASS[d] === CH.space);
          // One space after the word is stepped over here (run() would only step over it).
          i = d === 0x20 ? j + 1 : j;
        } else if ((d === APOS || d === RSQUO) && this.cliticSplit(i, j) === j) {
          // A clitic follows ("Putin|'s", "we|’re"): the word ends at the apostrophe, as in word().
          this.emitPlainWord(i, j, flags, false);
          i = j;
        } else i = this.word(i);
        continue;
      }
      // Punctuation that punct() would take alone (",", ")", ";"..., and ".", "!", "?" not followed by
      // another of them or a digit), and symbols that single() would ("$", "`", "%" before anything
      // below U+0300, which can be no mark, joiner or emoji modifier): emitted here.
      if (c < 0x80 && LONE_MARKS[c] !== '' && loneAt(text, i, c)) {
        let spaceAfter = false;
        let next = i + 1;
        if (next < n) {
          const d = text.charCodeAt(next);
          spaceAfter = d < 0x80 ? ASCII_CLASS[d] === CH.space : classAt(text, next) === CH.space;
          if (d === 0x20) next += 1; // stepped over with the mark, as above
        }
        const mark = LONE_MARKS[c]!;
        this.out[this.count++] = {
          start: i,
          end: i + 1,
          kind: ASCII_CLASS[c] === CH.punct ? 'punct' : 'symbol',
          shape: mark,
          lower: mark,
          spaceAfter,
        };
        i = next;
        continue;
      }
      const k = c < 0x80 ? (ASCII_CLASS[c]! as CharClass) : classAt(text, i);
      switch (k) {
        case CH.space:
          i += 1;
          break;
        case CH.ignorable:
        case CH.joiner:
          i += widthAt(text, i);
          break;
        case CH.lower:
        case CH.upper:
        case CH.letter:
        case CH.digit:
          i = this.word(i);
          break;
        case CH.ideograph:
          i = this.single(i, 'word');
          break;
        case CH.punct:
          i = this.punct(i);
          break;
        default:
          // "+44", "+0.05": a plus sign before a digit, not after a word, belongs to the number.
          if (text.charCodeAt(i) === PLUS && isAsciiDigit(text.charCodeAt(i + 1)) && !afterWord(text, i)) {
            i = this.word(i);
            break;
          }
          // symbols, stray marks, lone surrogates
          i = this.single(i, 'symbol');
      }
    }
    return this.out;
  }

  private emit(start: number, end: number, kind: TokenKind): void {
    const { text, n } = this;
    const len = end - start;
    let shape: string;
    let lower: string;
    const c0 = text.charCodeAt(start);
    if (len === 1 && c0 < SINGLE_TABLE_SIZE) {
      // One code unit (punctuation, a symbol, a letter): attributes by character code, no string built.
      shape = SINGLE_SHAPES[c0]!;
      if (shape === '') {
        this.attributes(start, end);
        SINGLE_SHAPES[c0] = shape = this.shape;
        SINGLE_LOWERS[c0] = this.lower;
      }
      lower = SINGLE_LOWERS[c0]!;
    } else {
      this.attributes(start, end);
      shape = this.shape;
      lower = this.lower;
    }
    let spaceAfter = false;
    if (end < n) {
      const c = text.charCodeAt(end);
      spaceAfter = c < 0x80 ? ASCII_CLASS[c] === CH.space : classAt(text, end) === CH.space;
    }
    this.out[this.count++] = { start, end, kind, shape, lower, spaceAfter };
  }

  /** Emits the plain word text[start, end) of ASCII letters with these case flags. */
  private emitPlainWord(start: number, end: number, flags: number, spaceAfter: boolean): void {
    const len = end - start;
    let shape: string;
    let lower: string;
    if (flags === F_LOWER) {
      shape = LOWER_SHAPES[len < 4 ? len : 4]!;
      lower = this.source.slice(start, end);
    } else if (
      (flags === F_FIRST_UPPER || flags === (F_FIRST_UPPER | F_LOWER)) &&
      len <= FLAT_CONCAT_MAX_LENGTH
    ) {
      shape = CAPITALISED_SHAPES[len < 5 ? len - 1 : 4]!;
      lower = asciiLower(this.text, this.source, start, end, flags);
    } else {
      // Capitals ("NATO"), mixed case ("McCaw"), long words: from the table, no toLowerCase on a hit.
      const attrs = attributesAt(this.text, this.source, start, end);
      shape = attrs.shape;
      lower = attrs.lower;
    }
    this.out[this.count++] = { start, end, kind: 'word', shape, lower, spaceAfter };
  }

  /**
   * Whether the plain word text[start, end) before a full stop is a token without it: two letters or
   * more (word() weighs an initial), the stop followed by white space or the end of the text (no
   * connector, no address), and not an abbreviation from the lexicon (which keeps its stop).
   */
  private plainBeforeStop(start: number, end: number): boolean {
    const { text, n } = this;
    if (end - start < 2) return false;
    if (end + 1 < n) {
      const d = text.charCodeAt(end + 1);
      if (d >= 0x80 || ASCII_CLASS[d] !== CH.space) return false;
    }
    return !(mayBeAbbreviation(text, start, end) && ABBREVIATIONS.has(text.slice(start, end)));
  }

  /** Sets this.shape and this.lower for the token text[start, end). */
  private attributes(start: number, end: number): void {
    const { text } = this;
    // Fast path for plain ASCII words and numbers (most of news text): shapes are constants.
    let flags = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) flags |= F_LOWER;
      else if (c >= 0x41 && c <= 0x5a) flags |= i === start ? F_FIRST_UPPER : F_UPPER;
      else if (c >= 0x30 && c <= 0x39) flags |= F_DIGIT;
      else {
        flags = F_OTHER;
        break;
      }
    }
    const len = end - start;
    if (flags === F_LOWER) {
      this.shape = LOWER_SHAPES[Math.min(len, 4)]!;
      this.lower = this.source.slice(start, end);
    } else if (
      (flags === F_FIRST_UPPER || flags === (F_FIRST_UPPER | F_LOWER)) &&
      len <= FLAT_CONCAT_MAX_LENGTH
    ) {
      this.shape = CAPITALISED_SHAPES[Math.min(len - 1, 4)]!;
      this.lower = asciiLower(text, this.source, start, end, flags);
    } else if (flags === F_DIGIT) {
      this.shape = DIGIT_SHAPES[Math.min(len, 4)]!;
      this.lower = this.source.slice(start, end);
    } else {
      // Capitals, mixed case, long words, anything else: from the table (no toLowerCase on a hit).
      const attrs = attributesAt(text, this.source, start, end);
      this.shape = attrs.shape;
      this.lower = attrs.lower;
    }
  }

  /** One code point (plus combining marks, emoji modifiers and ZWJ sequences) as one token. */
  private single(start: number, kind: TokenKind): number {
    const { text, n } = this;
    let i = start + widthAt(text, start);
    const regional = isRegionalIndicator(text, start);
    let pairedFlag = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = classAt(text, i);
      if (k === CH.mark || isEmojiModifier(text, i) || isTag(text, i)) {
        i += widthAt(text, i);
      } else if (c === ZWJ && kind === 'symbol' && i + 1 < n && classAt(text, i + 1) === CH.symbol) {
        i += 1 + widthAt(text, i + 1);
      } else if (regional && !pairedFlag && isRegionalIndicator(text, i)) {
        pairedFlag = true;
        i += 2;
      } else break;
    }
    this.emit(start, i, kind);
    return i;
  }

  private punct(start: number): number {
    const { text, n } = this;
    const c = text.charCodeAt(start);
    const ch = text[start]!;
    if (c === DOT && isAsciiDigit(text.charCodeAt(start + 1)) && !afterWord(text, start)) {
      let j = start + 1;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      this.emit(start, j, 'number'); // ".500" (a batting average), ".45"
      return j;
    }
    if (c === DOT) {
      let j = start + 1;
      while (j < n && text.charCodeAt(j) === DOT) j++;
      this.emit(start, j, 'punct');
      return j;
    }
    if (c === BANG || c === QMARK) {
      let j = start + 1;
      while (j < n && (text.charCodeAt(j) === BANG || text.charCodeAt(j) === QMARK)) j++;
      this.emit(start, j, 'punct');
      return j;
    }
    if (isApostrophe(c)) return this.apostrophe(start);
    if (c === HASH && start + 1 < n) {
      const k = classAt(text, start + 1);
      if (isLetterClass(k) || text.charCodeAt(start + 1) === UNDERSCORE) {
        const end = this.handleEnd(start + 1);
        this.emit(start, end, 'hashtag');
        return end;
      }
    }
    if (c === AT && start + 1 < n) {
      const d = text.charCodeAt(start + 1);
      if (isAsciiAlnum(d) || d === UNDERSCORE) {
        const end = this.handleEnd(start + 1);
        this.emit(start, end, 'mention');
        return end;
      }
    }
    if (RUN_PUNCT.has(ch)) {
      let j = start + 1;
      while (j < n && text.charCodeAt(j) === c) j++;
      this.emit(start, j, 'punct');
      return j;
    }
    const end = start + widthAt(text, start);
    this.emit(start, end, 'punct');
    return end;
  }

  /** End of a hashtag or mention body: letters, digits, marks and underscores. */
  private handleEnd(from: number): number {
    const { text, n } = this;
    let j = from;
    while (j < n) {
      const k = classAt(text, j);
      if (isWordClass(k) || k === CH.mark || text.charCodeAt(j) === UNDERSCORE) j += widthAt(text, j);
      else break;
    }
    return j;
  }

  /** An apostrophe that starts a token: a clitic ("'s"), "'n'", a year ("'90s"), or a quote mark. */
  private apostrophe(start: number): number {
    const { text, n } = this;
    let j = start + 1;
    while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j > start + 1 && !continuesWord(text, j)) {
      const suffix = text.slice(start + 1, j).toLowerCase();
      if (CLITICS.has(suffix)) {
        this.emit(start, j, 'word');
        return j;
      }
    }
    if (
      j === start + 2 &&
      (text.charCodeAt(start + 1) | 0x20) === 0x6e &&
      j < n &&
      isApostrophe(text.charCodeAt(j)) &&
      !continuesWord(text, j + 1)
    ) {
      this.emit(start, j + 1, 'word'); // rock 'n' roll
      return j + 1;
    }
    const before = start > 0 ? classAt(text, start - 1) : CH.space;
    if (
      !isWordClass(before) &&
      isAsciiDigit(text.charCodeAt(start + 1)) &&
      isAsciiDigit(text.charCodeAt(start + 2))
    ) {
      let e = start + 3;
      if (e < n && text[e] === 's') e++;
      if (!continuesWord(text, e)) {
        this.emit(start, e, 'word'); // '90s, '08
        return e;
      }
    }
    this.emit(start, start + 1, 'punct');
    return start + 1;
  }

  /** A word, number, compound, abbreviation, URL or e-mail address starting at a word character. */
  private word(start: number): number {
    const { text, n } = this;
    const c0 = text.charCodeAt(start);
    if ((c0 | 0x20) === 0x68 || (c0 | 0x20) === 0x77) {
      const u = this.urlEnd(start);
      if (u > start) {
        this.emit(start, u, 'url');
        return u;
      }
    }
    // "n't" as a token of its own (after "do" was split off, or in pre-tokenised text "do n't").
    if (
      (c0 | 0x20) === 0x6e &&
      isApostrophe(text.charCodeAt(start + 1)) &&
      (text.charCodeAt(start + 2) | 0x20) === 0x74 &&
      !continuesWord(text, start + 3)
    ) {
      this.emit(start, start + 3, 'word');
      return start + 3;
    }

    let i = c0 === PLUS ? start + 1 : start;
    let letters = false;
    let digits = false;
    let separators = false;
    let dots = 0;
    let segStart = i;
    let dottedLetters = true;
    for (;;) {
      // 1. A run of letters, digits and marks.
      while (i < n) {
        const c = text.charCodeAt(i);
        const k = c < 0x80 ? (ASCII_CLASS[c]! as CharClass) : classAt(text, i);
        if (k === CH.digit) {
          digits = true;
          i += c < 0xd800 ? 1 : widthAt(text, i); // astral digits (U+1D7CE…) take two code units
        } else if (k === CH.lower || k === CH.upper || k === CH.letter) {
          if (digits && !letters && i > segStart && classAt(text, i - 1) === CH.digit) {
            const stop = this.numberSuffix(start, i);
            if (stop >= 0) return stop;
          }
          letters = true;
          i += c < 0xd800 ? 1 : widthAt(text, i);
        } else if (k === CH.mark) {
          i += c < 0xd800 ? 1 : widthAt(text, i);
        } else if (k === CH.joiner && i + 1 < n && isWordClass(classAt(text, i + 1))) {
          i += 1;
        } else break;
      }
      if (i - segStart !== 1 || !isLetterClass(classAt(text, segStart))) dottedLetters = false;
      if (i >= n) break;

      // 2. A connector between two word characters, or the end of the word.
      const c = text.charCodeAt(i);
      const nk = i + 1 < n ? classAt(text, i + 1) : CH.space;
      const nextWord = isWordClass(nk) && nk !== CH.ideograph;
      const numeric = digits && !letters;
      let join = false;
      if (c === DOT) {
        if (nextWord) {
          if (numeric && nk === CH.digit) join = true;
          else if (i - segStart === 1 && isLetterClass(classAt(text, segStart)) && isLetterClass(nk))
            join = true;
          else if (letters && (nk === CH.lower || nk === CH.digit)) join = true;
        } else if (
          dottedLetters &&
          dots > 0 &&
          i - segStart === 1 &&
          isHyphen(text.charCodeAt(i + 1)) &&
          i + 2 < n &&
          isWordClass(classAt(text, i + 2))
        ) {
          i += 1; // "U.S.-led": step over the full stop; the hyphen joins below
          join = true;
        }
        if (join) dots += 1;
      } else if (c === COMMA) {
        join = numeric && isThousands(text, i + 1);
      } else if (c === COLON) {
        join = numeric && nk === CH.digit;
      } else if (c === SLASH || c === UNDERSCORE || isHyphen(c)) {
        join = nextWord;
      } else if (c === AMP) {
        join = nk === CH.upper && classAt(text, i - 1) === CH.upper;
      } else if (isApostrophe(c)) {
        const split = this.cliticSplit(start, i);
        if (split >= 0) {
          this.emitWord(start, split, letters, separators);
          return split;
        }
        join = isLetterClass(nk);
      } else if (c === AT) {
        const e = this.emailEnd(i);
        if (e > 0) {
          this.emit(start, e, 'email');
          return e;
        }
      }
      if (!join) break;
      if (c !== DOT) dottedLetters = false;
      separators = true;
      i += 1;
      segStart = i;
    }

    // 3. A dollar sign after a country code ("C$", "HK$", "US$"): one currency symbol.
    if (i < n && text.charCodeAt(i) === DOLLAR && i - start <= 3 && isAsciiUpperRun(text, start, i)) {
      this.emit(start, i + 1, 'symbol');
      return i + 1;
    }
    // 4. A list number at the start of a line ("1. Jesper Ronnback"): one token with its full stop.
    if (
      !letters &&
      !separators &&
      c0 !== PLUS &&
      i - start <= 3 &&
      i < n &&
      text.charCodeAt(i) === DOT &&
      (i + 1 >= n || classAt(text, i + 1) === CH.space) &&
      atLineStart(text, start)
    ) {
      this.emit(start, i + 1, 'ordinal');
      return i + 1;
    }
    // 5. A full stop that belongs to the word: dotted letters, an initial, a known abbreviation.
    let end = i;
    if (end < n && text.charCodeAt(end) === DOT && letters) {
      if (dottedLetters && dots > 0) end += 1;
      else if (end - start === 1 && classAt(text, start) === CH.upper) {
        // An initial precedes a name ("J. R. R. Tolkien"); "so am I." ends a sentence.
        if (upperFollows(text, end + 1)) end += 1;
      } else {
        const role = mayBeAbbreviation(text, start, end)
          ? ABBREVIATIONS.get(text.slice(start, end))
          : undefined;
        if (role === 'title' || role === 'final') end += 1;
        else if (role === 'before-number' && numberFollows(text, end + 1)) end += 1;
      }
    }
    if (end !== i) {
      this.emit(start, end, 'word');
      return end;
    }
    this.emitWord(start, end, letters, separators, dots > 0 && !dottedLetters);
    return end;
  }

  private emitWord(start: number, end: number, letters: boolean, separators: boolean, dotted = false): void {
    let kind: TokenKind = 'word';
    if (!letters) {
      kind = 'number';
      if (separators) {
        const raw = this.text.slice(start, end);
        if (DATE_RE.test(raw)) kind = 'date';
        else if (TIME_RE.test(raw)) kind = 'time';
      }
    } else if (dotted) {
      const m = TLD_RE.exec(this.text.slice(start, end));
      if (m && URL_TLDS.has(m[1]!.toLowerCase())) kind = 'url';
    }
    this.emit(start, end, kind);
  }

  /**
   * Letters right after the digits of a number (at i): an ordinal or decade suffix stays ("17th",
   * "1990s"); a scale or unit splits off ("50m" → "50"); anything else ("3D", "4x4") is one word.
   * Returns where the scan stops after emitting, or -1 to go on scanning the word.
   */
  private numberSuffix(start: number, i: number): number {
    const { text } = this;
    let j = i;
    let lowerOnly = true;
    for (;;) {
      const k = j < this.n ? classAt(text, j) : CH.space;
      if (k === CH.lower) j += widthAt(text, j);
      else if (k === CH.upper || k === CH.letter) {
        lowerOnly = false;
        j += widthAt(text, j);
      } else break;
    }
    if (continuesWord(text, j) || (j < this.n && isHyphen(text.charCodeAt(j)))) return -1;
    const suffix = text.slice(i, j);
    const plainDigits = isDigits(text, start, i);
    if (plainDigits && ORDINAL_SUFFIXES.has(suffix.toLowerCase())) {
      this.emit(start, j, 'ordinal');
      return j;
    }
    if (plainDigits && suffix === DECADE_SUFFIX && (i - start === 2 || i - start === 4)) {
      this.emit(start, j, 'word');
      return j;
    }
    if (lowerOnly || UPPER_SCALE_SUFFIXES.has(suffix)) {
      this.emitWord(start, i, false, !plainDigits);
      return i;
    }
    return -1;
  }

  /**
   * At an apostrophe inside a word: where the host word ends when a clitic follows ("Putin|'s",
   * "do|n't"), or -1 when the apostrophe is part of the word ("O'Brien") or ends it ("students'").
   */
  private cliticSplit(start: number, i: number): number {
    const { text } = this;
    let j = i + 1;
    while (j < this.n && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j === i + 1 || continuesWord(text, j)) return -1;
    const suffix = text.slice(i + 1, j).toLowerCase();
    if (CLITICS.has(suffix)) return i;
    if (suffix === 't' && i - 1 > start && (text.charCodeAt(i - 1) | 0x20) === 0x6e) return i - 1;
    return -1;
  }

  /** At "@" after a local part: the end of a "name@domain.tld" address, or -1. */
  private emailEnd(at: number): number {
    const { text, n } = this;
    let j = at + 1;
    let labels = 0;
    for (;;) {
      const labelStart = j;
      while (j < n && (isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === HYPHEN)) j++;
      if (j === labelStart) return -1;
      labels += 1;
      if (j + 1 < n && text.charCodeAt(j) === DOT && isAsciiAlnum(text.charCodeAt(j + 1))) j += 1;
      else break;
    }
    return labels >= 2 ? j : -1;
  }

  /** At "http://", "https://" or "www.": the end of the address, trailing punctuation left out; else -1. */
  private urlEnd(start: number): number {
    const { text, n } = this;
    let j: number;
    if (matchLower(text, start, 'https://')) j = start + 8;
    else if (matchLower(text, start, 'http://')) j = start + 7;
    else if (matchLower(text, start, 'www.')) j = start + 4;
    else return -1;
    if (j >= n || classAt(text, j) === CH.space) return -1;
    let open = 0;
    let close = 0;
    while (j < n) {
      const k = classAt(text, j);
      if (k === CH.space || k === CH.ignorable || URL_STOP.has(text[j]!)) break;
      const c = text.charCodeAt(j);
      if (c === 0x28) open++;
      else if (c === 0x29) close++;
      j += widthAt(text, j);
    }
    while (j > start) {
      const last = text[j - 1]!;
      if (!URL_TRAILING.has(last)) break;
      if (last === ')') {
        if (close <= open) break;
        close--;
      }
      j--;
    }
    return j;
  }
}

/** News text runs at about five characters per token (TimeBank: 5.3); four leaves room. */
const CHARS_PER_TOKEN = 4;
/** new Array(n) above about 100,000 elements gives a slow dictionary array: beyond this, grow as usual. */
const MAX_PRESIZE = 50_000;
/**
 * ASCII characters after which a run of ASCII letters is a plain word token: white space and
 * punctuation that is no connector in word() (not . , : / _ - & ' @ $) — a comma is one only
 * between digits, which a letter run is not. Anything else (non-ASCII too) takes the full steps.
 */
const PLAIN_WORD_END = new Uint8Array(0x10000);
for (const ch of ' \t\n\r\f\v,;)]}"?!') PLAIN_WORD_END[ch.charCodeAt(0)] = 1;

/**
 * By character code, the ASCII marks that are a token of their own, as strings ('' for the rest), each
 * its own shape and lower case. Punctuation as punct() takes it: not an apostrophe (clitics, years),
 * "#" or "@" (hashtags, mentions) or a RUN_PUNCT character; a full stop, "!" and "?" only where
 * stopRunAt is false after them. Symbols as single() takes them, before no mark or joiner; not "+"
 * (a sign before digits: "+44").
 */
const LONE_MARKS: string[] = Array.from({ length: 0x80 }, (_, c) => {
  const ch = String.fromCharCode(c);
  const k = ASCII_CLASS[c];
  if (k === CH.punct && ("'#@".includes(ch) || RUN_PUNCT.has(ch))) return '';
  if (k === CH.symbol && ch === '+') return '';
  if (k !== CH.punct && k !== CH.symbol) return '';
  return shapeOf(ch) === ch && ch.toLowerCase() === ch ? ch : '';
});
/** 1 for ".", "!" and "?", which punct() runs together ("...", "?!") and a full stop joins digits (".45"). */
const STOP_MARKS = new Uint8Array(0x80);
for (const c of [DOT, BANG, QMARK]) STOP_MARKS[c] = 1;
/** Combining marks, joiners and everything single() adds to a symbol start at U+0300 or later. */
const FIRST_SYMBOL_EXTENDER = 0x300;

/** Whether the LONE_MARKS mark c at i is a token of its own, given what follows it. */
function loneAt(text: string, i: number, c: number): boolean {
  if (STOP_MARKS[c] === 1) return !stopRunAt(text, i + 1);
  if (ASCII_CLASS[c] === CH.symbol)
    return i + 1 >= text.length || text.charCodeAt(i + 1) < FIRST_SYMBOL_EXTENDER;
  return true;
}

/** Whether the code unit at i is a full stop, "!", "?" or an ASCII digit. */
function stopRunAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const d = text.charCodeAt(i);
  return d === DOT || d === BANG || d === QMARK || isAsciiDigit(d);
}

/** The out field's value between scans (never written to: scan() gives each text a fresh array). */
const NO_TOKENS: Token[] = [];
/**
 * One scanner for the life of the process, reused by every call. Besides saving an allocation, this
 * keeps the scanner's hidden class alive: optimised code embeds it weakly, and when no scanner was
 * alive at a full garbage collection, V8 threw all the tokenizer's optimised code away ("weak
 * objects") and ran it unoptimised until it was compiled again, several times slower.
 */
const SCANNER = new Scanner();

/** The longest abbreviation form: longer words need no look-up. */
const ABBREVIATION_MAX_LENGTH = Math.max(...[...ABBREVIATIONS.keys()].map((k) => k.length));
/** 1 at (first code unit × (ABBREVIATION_MAX_LENGTH + 1) + length) for each ASCII-initial form. */
const ABBREVIATION_STARTS = new Uint8Array(0x80 * (ABBREVIATION_MAX_LENGTH + 1));
for (const form of ABBREVIATIONS.keys()) {
  const c = form.charCodeAt(0);
  if (c < 0x80) ABBREVIATION_STARTS[c * (ABBREVIATION_MAX_LENGTH + 1) + form.length] = 1;
}

/** Whether text[start, end) may be in ABBREVIATIONS, by its first character and length (a quick sieve). */
function mayBeAbbreviation(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len > ABBREVIATION_MAX_LENGTH) return false;
  const c = text.charCodeAt(start);
  return c >= 0x80 || ABBREVIATION_STARTS[c * (ABBREVIATION_MAX_LENGTH + 1) + len] === 1;
}

/** Whether the character at i continues a word (a letter, digit or mark, or an apostrophe). */
function continuesWord(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const k = classAt(text, i);
  return isWordClass(k) || k === CH.mark || isApostrophe(text.charCodeAt(i));
}

/** Whether the character before i is a letter, digit or mark (so i is inside or right after a word). */
function afterWord(text: string, i: number): boolean {
  if (i === 0) return false;
  const k = classAt(text, i - 1);
  return isWordClass(k) || k === CH.mark;
}

/** Only spaces and tabs between i and the previous line break (or the start of the text). */
function atLineStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  return j < 0 || text.charCodeAt(j) === 0x0a || text.charCodeAt(j) === 0x0d;
}

function isAsciiUpperRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return end > start;
}

/** ",ddd" not followed by another digit: a thousands group. */
function isThousands(text: string, i: number): boolean {
  return (
    isAsciiDigit(text.charCodeAt(i)) &&
    isAsciiDigit(text.charCodeAt(i + 1)) &&
    isAsciiDigit(text.charCodeAt(i + 2)) &&
    !isAsciiDigit(text.charCodeAt(i + 3))
  );
}

function isDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/** One to three spaces then a capital letter from i: the name after an initial. */
function upperFollows(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j < i + 3 && text.charCodeAt(j) === 0x20) j++;
  return j > i && j < text.length && classAt(text, j) === CH.upper;
}

/** Spaces then a digit from i: "No. 10". */
function numberFollows(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j < i + 3 && text.charCodeAt(j) === 0x20) j++;
  return j > i && isAsciiDigit(text.charCodeAt(j));
}

/** Case-insensitive match of an ASCII lower-case literal at i. */
function matchLower(text: string, i: number, lit: string): boolean {
  if (i + lit.length > text.length) return false;
  for (let k = 0; k < lit.length; k++) {
    const c = text.charCodeAt(i + k);
    const l = lit.charCodeAt(k);
    if (c !== l && !(isAsciiLetter(c) && (c | 0x20) === l)) return false;
  }
  return true;
}

function isRegionalIndicator(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xd83c && d >= 0xdde6 && d <= 0xddff;
}
/** Skin-tone modifiers U+1F3FB–U+1F3FF. */
function isEmojiModifier(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xd83c && d >= 0xdffb && d <= 0xdfff;
}
/** Tag characters U+E0020–U+E007F (subdivision flags). */
function isTag(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xdb40 && d >= 0xdc20 && d <= 0xdc7f;
}

/** Lower-case letters by ASCII code, as strings ('' for other codes). */
const ASCII_LOWER: string[] = Array.from({ length: 0x80 }, (_, c) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? String.fromCharCode(c | 0x20) : '',
);
/** Below this length a concatenation is copied into one flat string (V8 makes a rope from 13 on). */
const FLAT_CONCAT_MAX_LENGTH = 12;

/**
 * The lower case of the ASCII letters text[start, end) (source holds the same characters), whose case
 * flags the scan took: the slice itself when all are lower case; a capitalised word's first letter
 * lowered and the rest sliced (toLowerCase calls into the runtime for a slice of a text with any
 * non-Latin-1 character, such as a curly quote: ~5× slower); else toLowerCase.
 */
function asciiLower(text: string, source: string, start: number, end: number, flags: number): string {
  if (flags === F_LOWER) return source.slice(start, end);
  if (
    (flags === F_FIRST_UPPER || flags === (F_FIRST_UPPER | F_LOWER)) &&
    end - start <= FLAT_CONCAT_MAX_LENGTH
  )
    return ASCII_LOWER[text.charCodeAt(start)]! + source.slice(start + 1, end);
  return source.slice(start, end).toLowerCase();
}

const F_LOWER = 1;
const F_FIRST_UPPER = 2;
const F_UPPER = 4;
const F_DIGIT = 8;
const F_OTHER = 16;
/** Shapes of plain ASCII tokens by length (runs cut at four), so the common case builds no string. */
const LOWER_SHAPES = ['', 'x', 'xx', 'xxx', 'xxxx'];
const DIGIT_SHAPES = ['', 'd', 'dd', 'ddd', 'dddd'];
const CAPITALISED_SHAPES = ['X', 'Xx', 'Xxx', 'Xxxx', 'Xxxxx'];

interface Attributes {
  shape: string;
  lower: string;
}

/** Single code units below this (Latin, Greek, Cyrillic, general punctuation, currency) have a table slot. */
const SINGLE_TABLE_SIZE = 0x3000;
/** Shape and lower case of one-code-unit tokens by character code, filled on first sight ('' = not yet). */
const SINGLE_SHAPES: string[] = Array.from({ length: SINGLE_TABLE_SIZE }, () => '');
const SINGLE_LOWERS: string[] = Array.from({ length: SINGLE_TABLE_SIZE }, () => '');

/**
 * Shape and lower case by token text, memoised: news repeats its words, and a hit allocates nothing.
 * Bounded so that hostile text cannot grow it without limit; results never depend on the cache.
 */
const ATTRIBUTE_CACHE = new Map<string, Attributes>();
const ATTRIBUTE_CACHE_MAX = 50_000;
/** Longer tokens (URLs, runs) are rarely repeated: not worth a cache slot. */
const ATTRIBUTE_CACHE_MAX_LENGTH = 24;

/** Slots of the table in front of ATTRIBUTE_CACHE (a power of two; 1,024 thrashed on the Cyrillic pages). */
const RECENT_SIZE = 8192;
/** The token text and attributes last seen in each slot ('' and null: none yet). */
const RECENT_KEYS: string[] = Array.from({ length: RECENT_SIZE }, () => '');
const RECENT_ATTRIBUTES: Array<Attributes | null> = Array.from({ length: RECENT_SIZE }, () => null);

/**
 * Shape and lower case of the token text[start, end) (source holds the same characters): looked up by
 * a hash of its character codes in a small table first, which needs no string cut from the text (the
 * same few forms recur: "'s", "U.S.", "n't", "Mr."), then in ATTRIBUTE_CACHE.
 */
function attributesAt(text: string, source: string, start: number, end: number): Attributes {
  const len = end - start;
  if (len > ATTRIBUTE_CACHE_MAX_LENGTH) return cachedAttributes(source.slice(start, end));
  let hash = len;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const slot = (hash ^ (hash >>> 10)) & (RECENT_SIZE - 1);
  const key = RECENT_KEYS[slot]!;
  if (key.length === len) {
    let k = 0;
    while (k < len && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === len) return RECENT_ATTRIBUTES[slot]!;
  }
  const raw = source.slice(start, end);
  const attrs = cachedAttributes(raw);
  // A copy: a slice of the text (13+ characters) would keep the whole document alive.
  RECENT_KEYS[slot] = detached(raw);
  RECENT_ATTRIBUTES[slot] = attrs;
  return attrs;
}

function cachedAttributes(raw: string): Attributes {
  const hit = ATTRIBUTE_CACHE.get(raw);
  if (hit) return hit;
  if (raw.length > ATTRIBUTE_CACHE_MAX_LENGTH) return { shape: shapeOf(raw), lower: raw.toLowerCase() };
  // Cached from a copy: a slice of the text (13+ characters) would keep the whole document alive.
  const key = detached(raw);
  const attrs: Attributes = { shape: shapeOf(key), lower: key.toLowerCase() };
  if (ATTRIBUTE_CACHE.size >= ATTRIBUTE_CACHE_MAX) ATTRIBUTE_CACHE.clear();
  ATTRIBUTE_CACHE.set(key, attrs);
  return attrs;
}

/** spaCy-style word shape: X, x, d, other characters as they are; runs longer than four cut to four. */
export function shapeOf(raw: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < raw.length;) {
    const k: CharClass = classAt(raw, i);
    const w = widthAt(raw, i);
    let s: string;
    if (k === CH.upper) s = 'X';
    else if (k === CH.lower || k === CH.letter || k === CH.ideograph) s = 'x';
    else if (k === CH.digit) s = 'd';
    else s = raw.slice(i, i + w);
    i += w;
    const code = s.charCodeAt(0);
    if (code === last) {
      run += 1;
      if (run > 4) continue;
    } else {
      last = code;
      run = 1;
    }
    out += s;
  }
  return out;
}
