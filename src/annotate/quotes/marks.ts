/**
 * Quotation marks → quoted spans, paragraph by paragraph:
 *
 * 1. Double marks (“ ” „ « », straight " and two apostrophes '') open and close top-level quotes. A straight mark opens after
 *    white space, an opening bracket or a dash (or at the start of a paragraph) and closes otherwise.
 * 2. Single marks (‘ ’ and straight ') inside a double quote are nested and ignored; outside one, a pair
 *    around a few words is a partial quote ("a 'significant number' of strikes"), never an apostrophe
 *    (a straight or curly single mark between letters is an apostrophe, as is one after s and before space).
 * 3. A quote still open at the end of a paragraph ends there; when the next paragraph opens with a
 *    mark, the quote `continues` (the news convention for a quote running across paragraphs).
 *
 * Spans include their marks.
 */
import type { Span } from '../../doc/doc.js';

export interface QuotedSpan extends Span {
  /** 'double' for a top-level quote, 'single' for a partial quote outside any double quote. */
  marks: 'double' | 'single';
  /** The quote runs on into the next paragraph (this part ended unclosed at a paragraph break). */
  continues: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
/** A partial quote in single marks spans at most this many characters (longer: an apostrophe misread). */
const MAX_SINGLE_CHARS = 80;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || /[\s([{\u2014\u2013-]/.test(prev);
}

/** ' " “ ” „ « » ‘ ’: the characters findQuotedSpans acts on. */
function isMarkCode(c: number): boolean {
  return (
    c === 0x27 ||
    c === 0x22 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x2018 ||
    c === 0x2019
  );
}

/** The paragraphs of a text (runs separated by a blank line), as spans. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\u00a0]*\n\s*/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}

/** The quoted spans of the text, in order. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const paras = paragraphs(text);
  paras.forEach((p, k) => {
    let open = -1;
    let singleOpen = -1;
    for (let i = p.start; i < p.end; i++) {
      // Only quotation marks change the state: every other character is passed over unread.
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const ch = text[i]!;
      const prev = i > p.start ? text[i - 1] : undefined;
      const next = text[i + 1];
      // Two apostrophes stand for a double mark in some wire and archive text (''Like this,'' she said).
      if (ch === "'" && next === "'") {
        if (open < 0 && opensAfter(prev)) {
          open = i;
          singleOpen = -1;
        } else if (open >= 0) {
          out.push({ start: open, end: i + 2, marks: 'double', continues: false });
          open = -1;
        }
        i++;
        continue;
      }
      if (ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch)) {
        const opening = DOUBLE_OPEN.has(ch) || (ch === '"' && open < 0 && opensAfter(prev));
        if (open < 0 && opening) {
          open = i;
          singleOpen = -1;
        } else if (open >= 0 && !DOUBLE_OPEN.has(ch)) {
          out.push({ start: open, end: i + 1, marks: 'double', continues: false });
          open = -1;
        }
        continue;
      }
      if (open >= 0) continue;
      if ((ch === SINGLE_OPEN || ch === "'") && singleOpen < 0 && opensAfter(prev) && isLetter(next)) {
        singleOpen = i;
      } else if ((ch === SINGLE_CLOSE || ch === "'") && singleOpen >= 0 && !isLetter(next)) {
        if (isLetter(prev) && i - singleOpen <= MAX_SINGLE_CHARS)
          out.push({ start: singleOpen, end: i + 1, marks: 'single', continues: false });
        singleOpen = -1;
      }
    }
    if (open >= 0) {
      let end = p.end;
      while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
      const nextPara = paras[k + 1];
      const first = nextPara ? text.slice(nextPara.start, nextPara.start + 2) : '';
      const reopens = DOUBLE_OPEN.has(first[0] ?? '') || first[0] === '"' || first === "''";
      out.push({ start: open, end, marks: 'double', continues: reopens });
    }
  });
  return out;
}
