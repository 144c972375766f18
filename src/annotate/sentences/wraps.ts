/**
 * Hard-wrapped text (wire copy, e-mail, MUC-style transcripts): which single line breaks are wraps, a
 * space the sender's editor turned into a line break when the next word would not fit, rather than
 * real breaks. Read once per text, in one pass over its lines, for texts the splitter asks about and for plain-text
 * input (extract/text/plain-text.ts):
 *
 * 1. Lines and blocks: a block is a run of non-blank lines. A block may be wrapped when it has two lines
 *    or more and none is wider than WRAP.maxWidth (a wider line is a paragraph written on one line).
 * 2. The text's wrap width: a high quantile of the widths of the lines a single break follows ("inner
 *    lines") in those blocks. A block with two inner lines or more wraps at its own widest inner line (at most
 *    the text's width) when that reaches near the text's width (a text may hold paragraphs wrapped a little
 *    narrower).
 * 3. Evidence that the text is wrapped at all: at least WRAP.minEvidence inner lines near their width
 *    stop without ending a sentence and are no headline, and the width is at least WRAP.minWidth
 *    (tables, lists, verse and addresses are narrower).
 * 4. A break after line A is a wrap when the first word of the next line would not have fitted on A,
 *    unless the next line opens a list item ("- ", "2. ", "(b) ") or A is a headline: a line with no
 *    lower-case letter above one with some (a title in capitals), or a line in both cases whose long
 *    words are all capitalised (a title, or one of a list of titles). Only the case of the two lines
 *    counts, so all-capitals text (MUC-4) is read by the width test alone.
 *
 * Widths are counted in UTF-16 code units from the start of the line, indentation included (columns).
 */
import { CH, classAt, isSpaceAt } from '../tokens/chars.js';
import { AMBIGUOUS_QUOTES, CLOSERS, TERMINALS } from './model/punctuation.js';

/** Tunables of the wrap test, each with its reason. Checked on MUC-4 (1,700 texts wrapped at 66-77). */
export const WRAP = {
  /** Narrower blocks are tables, lists, verse or addresses, whose lines are not wrapped prose. */
  minWidth: 40,
  /** Wider lines are paragraphs written on one line: nobody wraps at 100 columns and beyond. */
  maxWidth: 100,
  /** The text's width is the width exceeded by this share of inner lines: a stray wide line does not set it. */
  widthQuantile: 0.1,
  /** A line this close to the width is full: the longest common words are about this long. */
  near: 15,
  /** Full lines that stop mid-sentence needed to call a text wrapped: one could be a long headline. */
  minEvidence: 2,
  /** Columns of leeway in the fit test: widths measured on other lines may exceed a line's own by a little. */
  slack: 2,
  /** A headline has at least this many words of four letters or more, all capitalised ("Harbour Board Delays Vote"). */
  headlineMinLongWords: 2,
} as const;

/** Bullets that open a list item when followed by a space. */
const BULLETS: ReadonlySet<number> = new Set([0x2d, 0x2a, 0x2022, 0x00b7, 0x2023, 0x25aa, 0x25e6, 0x2043]);

/** Enumerators "1." "12)" open a list item; longer numbers are years or figures ("in\n1989. The"). */
const ENUMERATOR_MAX_DIGITS = 2;

interface Line {
  /** Offset of the line's first code unit. */
  start: number;
  /** Offset after its last character that is not white space (start when blank). */
  end: number;
  /** Offset of the first character that is not white space (end when blank). */
  content: number;
  /** Offset of the line break after it (its first code unit), -1 for the text's last line. */
  brk: number;
  /** A paragraph separator (U+2029) ends the line: a paragraph break, not a line break. */
  paragraph: boolean;
}

/**
 * Offsets of the line breaks (their first code unit: the \r of \r\n) that are wraps in hard-wrapped
 * text, in rising order. Empty when the text shows no wrapping. Linear in the text's length.
 */
export function wrapBreaks(text: string): readonly number[] {
  const wraps: number[] = [];
  const lines = splitLines(text);
  const blocks = wrappableBlocks(lines);
  if (blocks.length === 0) return wraps;
  // 2. The text's width.
  const textWidth = highWidth(lines, blocks);
  if (textWidth < WRAP.minWidth) return wraps;
  const widths = blocks.map(([first, last]) => blockWidth(lines, first, last, textWidth));
  // 3. Evidence.
  const lower = lowerCaseFinder(text);
  const headline = (a: Line, b: Line) => isHeadline(text, a, b, lower);
  let evidence = 0;
  for (let b = 0; b < blocks.length && evidence < WRAP.minEvidence; b++) {
    const [first, last] = blocks[b]!;
    for (let k = first; k < last; k++) {
      const line = lines[k]!;
      if (width(line) < widths[b]! - WRAP.near || endsSentence(text, line)) continue;
      if (!headline(line, lines[k + 1]!)) evidence += 1;
    }
  }
  if (evidence < WRAP.minEvidence) return wraps;
  // 4. Each break.
  for (let b = 0; b < blocks.length; b++) {
    const [first, last] = blocks[b]!;
    const fit = widths[b]! - WRAP.slack;
    for (let k = first; k < last; k++) {
      const a = lines[k]!;
      const next = lines[k + 1]!;
      if (width(a) + 1 + firstWordLength(text, next) <= fit) continue;
      if (opensListItem(text, next)) continue;
      if (headline(a, next)) continue;
      wraps.push(a.brk);
    }
  }
  return wraps;
}

/** Line breaks other than \n: texts without any (most) are cut with indexOf, which runs far faster. */
const OTHER_BREAKS = ['\r', '\u2028', '\u2029', '\x85'];

/** 1. The text's lines, in order; every code unit belongs to one line or to the break after it. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  const onlyNewlines = OTHER_BREAKS.every((b) => !text.includes(b));
  let start = 0;
  for (;;) {
    let k = start;
    if (onlyNewlines) {
      k = text.indexOf('\n', start);
      if (k < 0) k = n;
    } else {
      while (k < n && !isBreakCode(text.charCodeAt(k))) k += 1;
    }
    const c = k < n ? text.charCodeAt(k) : -1;
    let end = k;
    while (end > start && isSpaceAt(text, end - 1)) end -= 1;
    let content = start;
    while (content < end && isSpaceAt(text, content)) content += 1;
    lines.push({ start, end, content, brk: c === -1 ? -1 : k, paragraph: c === 0x2029 });
    if (c === -1) return lines;
    start = c === 0x0d && text.charCodeAt(k + 1) === 0x0a ? k + 2 : k + 1;
  }
}

/** A line break's code unit (the paragraph separator U+2029 is a paragraph break, never one). */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x85;
}

/** A line break's or the paragraph separator's code unit: where a line ends. */
function isBreakCode(c: number): boolean {
  return isLineBreak(c) || c === 0x2029;
}

/** 1. Blocks that may be wrapped, as [first line, last line] (inclusive). */
function wrappableBlocks(lines: readonly Line[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = 0;
  while (k < lines.length) {
    if (lines[k]!.content === lines[k]!.end) {
      k += 1;
      continue;
    }
    const first = k;
    let narrow = width(lines[k]!) <= WRAP.maxWidth;
    while (k + 1 < lines.length && !lines[k]!.paragraph && lines[k + 1]!.content < lines[k + 1]!.end) {
      k += 1;
      if (width(lines[k]!) > WRAP.maxWidth) narrow = false;
    }
    if (narrow && k > first) out.push([first, k]);
    k += 1;
  }
  return out;
}

/**
 * 2. The width exceeded by WRAP.widthQuantile of the inner lines of the blocks, from a count per width
 * (widths in blocks are at most WRAP.maxWidth): linear, no sort.
 */
function highWidth(lines: readonly Line[], blocks: ReadonlyArray<[number, number]>): number {
  const count = new Uint32Array(WRAP.maxWidth + 1);
  let inner = 0;
  for (const [first, last] of blocks) {
    for (let k = first; k < last; k++) count[width(lines[k]!)]! += 1;
    inner += last - first;
  }
  // As in a list sorted from the widest: the width at index floor(inner * quantile).
  let above = Math.floor(inner * WRAP.widthQuantile);
  let w = WRAP.maxWidth;
  while (w > 0 && above >= count[w]!) above -= count[w--]!;
  return w;
}

/** 2. A block's wrap width: its widest inner line when it has two and that reaches near the text's. */
function blockWidth(lines: readonly Line[], first: number, last: number, textWidth: number): number {
  if (last - first < 2) return textWidth;
  let widest = 0;
  for (let k = first; k < last; k++) widest = Math.max(widest, width(lines[k]!));
  return widest >= textWidth - WRAP.near ? Math.min(widest, textWidth) : textWidth;
}

function width(line: Line): number {
  return line.end - line.start;
}

/** Code units up to the first white space of a non-blank line. */
function firstWordLength(text: string, line: Line): number {
  let k = line.content;
  while (k < line.end && !isSpaceAt(text, k)) k += 1;
  return k - line.content;
}

/** The line's last character, closing quotes and brackets skipped, is a terminal (. ! ? …). */
function endsSentence(text: string, line: Line): boolean {
  let k = line.end - 1;
  while (k > line.content && (CLOSERS.has(text[k]!) || AMBIGUOUS_QUOTES.has(text[k]!))) k -= 1;
  return TERMINALS.has(text[k]!);
}

/** The line opens with a bullet, "1." / "12)" or a bracketed "(3)" / "(b)", then a space. */
function opensListItem(text: string, line: Line): boolean {
  const k = line.content;
  const c = text.charCodeAt(k);
  const spaceAt = (j: number) => j < line.end && isSpaceAt(text, j);
  if (BULLETS.has(c)) return spaceAt(k + 1);
  if (c === 0x28) {
    // "(3) ", "(12) ", "(b) ": one or two digits, or one letter, in brackets.
    for (let j = k + 2; j <= k + 1 + ENUMERATOR_MAX_DIGITS && j < line.end; j++) {
      if (text.charCodeAt(j) !== 0x29) continue;
      const inner = text.slice(k + 1, j);
      return spaceAt(j + 1) && (/^\d+$/.test(inner) || /^\p{L}$/u.test(inner));
    }
    return false;
  }
  let j = k;
  while (j < line.end && j - k <= ENUMERATOR_MAX_DIGITS && classAt(text, j) === CH.digit) j += 1;
  if (j === k || j - k > ENUMERATOR_MAX_DIGITS) return false;
  const mark = text.charCodeAt(j);
  return (mark === 0x2e || mark === 0x29) && spaceAt(j + 1);
}

/**
 * Line a is a headline above line b: a has no lower-case letter and b has one (a title in capitals
 * above text in both cases), or a has lower case and at least WRAP.headlineMinLongWords long words
 * (four letters or more), all capitalised.
 */
function isHeadline(text: string, a: Line, b: Line, lower: LowerCaseFinder): boolean {
  if (lower(a.content) >= a.end) return lower(b.content) < b.end;
  let longWords = 0;
  let k = a.content;
  while (k < a.end) {
    while (k < a.end && isSpaceAt(text, k)) k += 1;
    // One word: its first letter's case and its number of letters.
    let letters = 0;
    let firstCase = 0;
    while (k < a.end && !isSpaceAt(text, k)) {
      const cls = classAt(text, k);
      if (cls === CH.lower || cls === CH.upper) {
        if (letters === 0) firstCase = cls;
        letters += 1;
      }
      k += 1;
    }
    if (letters < 4) continue;
    if (firstCase !== CH.upper) return false;
    longWords += 1;
  }
  return longWords >= WRAP.headlineMinLongWords;
}

/** The offset of the first lower-case letter at or after an offset (text length when none). */
type LowerCaseFinder = (from: number) => number;

/**
 * A LowerCaseFinder that remembers its last answer: asked with rising offsets it reads the text once,
 * however many lines ask (all-capitals text, where no line has one, would otherwise be read per line).
 */
function lowerCaseFinder(text: string): LowerCaseFinder {
  const re = /\p{Ll}/gu;
  let askedFrom = 0;
  let found = re.exec(text)?.index ?? text.length;
  return (from) => {
    if (from >= askedFrom && from <= found) return found;
    re.lastIndex = from;
    found = re.exec(text)?.index ?? text.length;
    askedFrom = from;
    return found;
  };
}
