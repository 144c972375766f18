/**
 * Plain-text scrapes: a page saved as text, chrome and all, → headline, body paragraphs, authors.
 *
 * 1. Lines: normalise line breaks and spaces; rejoin hard-wrapped paragraphs (a break where the next
 *    word would not have fitted, as the sentence splitter reads it, or a row of prose that does not end a
 *    sentence before one in lower case); cut image alt text glued
 *    to a dateline ("parisPARIS, Nov 17 ..."); join a dateline standing alone to its paragraph.
 * 2. Classify each line: chrome (phrase lexicon and line shapes in chrome.ts, rows of share buttons,
 *    navigation trails, date stamps), section boundary ("Related Articles", "Comments"), byline,
 *    credit line ("Reporting by ...; Editing by ..."), or text; count repeated lines.
 * 3. Body: between boundaries, the run of lines with the highest score (Kadane): sentence-like lines
 *    score up with their length, chrome and short non-sentences score down. Chrome clusters at the top
 *    and bottom fall outside it; chrome inside it is dropped line by line.
 * 4. Title: the best headline-shaped line shortly before the body (not a sentence, not chrome).
 * 5. Authors: the first byline ("By Jane Doe and John Roe, Reuters") before or at the top of the body.
 * 6. Published: the first date stamp above the body ("Published: Oct. 14, 2025 at 3:22 PM"), not an
 *    "Updated ..." one unless it is the only one; day/month order read only when it is unambiguous.
 *
 * Bylines and credit lines are never part of the body: "By X" gives authors; "Reporting by X;
 * Editing by Y" is dropped (it credits wire staff, not the page's authors).
 * Warnings: `no-title` when no headline is found, `no-body` when no article text is.
 */
import { type Warning, warning } from '../../doc/errors.js';
import {
  CHROME_GROUPS,
  CHROME_PATTERNS,
  COMMENT_COUNTER,
  COMMENT_HEADER,
  type ChromeGroup,
  SOCIAL_WORDS,
} from './chrome.js';
import { wrapBreaks } from '../../annotate/sentences/wraps.js';
import { parseDateline, titleCasePlace } from './dateline.js';
import { AGENCIES, agencyKey, MONTHS, WEEKDAYS } from './lexicon.js';

export interface PlainTextResult {
  title: string | null;
  /** Body paragraphs separated by a blank line, chrome removed. */
  text: string;
  authors: string[];
  /** The publication date from a date stamp above the body ("Published: Oct. 14, 2025"), ISO, or null. */
  published: string | null;
  warnings: Warning[];
}

/** Tunables, each with its reason. */
export const PLAIN_TEXT_TUNING = {
  /** A sentence-like line has at least this many words (and ends like a sentence)… */
  sentenceMinWords: 6,
  /** …or this many, ending or not (long paragraphs cut by the scrape). */
  longLineWords: 15,
  /** A short sentence ("He declined to comment.") has at least this many words; it scores a little. */
  shortSentenceMinWords: 3,
  shortSentenceScore: 0.3,
  /** Share of words starting in lower case in prose; headlines and menus are capitalised. */
  minLowerShare: 0.25,
  /** Score of a sentence-like line: base + words / per, capped (one long paragraph is not a page). */
  sentenceBase: 1,
  sentenceWordsPer: 10,
  sentenceCapWords: 60,
  /** Penalties: chrome and repeated lines weigh more than a short label (a subheading in the body). */
  chromePenalty: 1.5,
  shortPenalty: 1,
  otherPenalty: 0.5,
  bylinePenalty: 0.5,
  /** Weight of prose after a comment-section heading: comments can outnumber a short article. */
  commentsWeight: 0.25,
  /** A repeated line of at least this many words is a pull quote: the first copy stays in the body. */
  longRepeatWords: 12,
  /** Headline shape: words and characters. */
  titleMinWords: 3,
  titleMaxWords: 30,
  titleMaxChars: 250,
  /** A repeated line (or a Title Case line above a deck) is a headline only with this many words: menus are short. */
  repeatedTitleMinWords: 5,
  /** How far before the body a headline is looked for (non-blank lines). */
  titleLookback: 14,
  /** Chrome phrases are matched only on lines this short (a long paragraph may quote them). */
  chromeMaxChars: 400,
  /** Alt text glued to a dateline sits in the first characters of the line. */
  altGlueWindow: 100,
  /** Lines longer than this are read only up to it when classified (bounded time). */
  maxLineChars: 20_000,
} as const;

type Kind = 'blank' | 'chrome' | 'boundary' | 'byline' | 'credit' | 'text';

interface Line {
  text: string;
  kind: Kind;
  words: number;
  sentence: boolean;
  dateline: boolean;
  /** A boundary that opens the readers' comments. */
  comments: boolean;
  /** Normalised text, for repetition. */
  key: string;
  repeated: boolean;
}

export function extractPlainText(input: string): PlainTextResult {
  // 1. Lines.
  const raw = splitLines(input);
  const lines = raw.map(classify);
  markRepeats(lines);
  // 2–3. Body run.
  const run = bestRun(lines);
  const body = run ? bodyParagraphs(lines, run) : [];
  // 4–5. Title and authors.
  const title = run ? pickTitle(lines, run.start) : pickTitle(lines, lines.length);
  const authors = findAuthors(lines, run ? run.start + 3 : lines.length);

  const warnings: Warning[] = [];
  if (!title) warnings.push(warning('no-title', 'no headline found in the plain-text scrape'));
  if (!body.length) warnings.push(warning('no-body', 'no article text found in the plain-text scrape'));
  const published = findPublished(lines, run ? run.start : lines.length);
  return { title, text: body.join('\n\n'), authors, published, warnings };
}

// ── 1. Lines ─────────────────────────────────────────────────────────────────────────────────────

const SENTENCE_END = /[.!?…。؟»"”’')\]]$/u;

function splitLines(input: string): string[] {
  const text = input.replace(/^\uFEFF/, '');
  // The rows, and for each row but the last the offset of the line break after it.
  const raw: string[] = [];
  const breaks: number[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n|\u2028|\u2029/g)) {
    raw.push(text.slice(start, m.index));
    breaks.push(m.index);
    start = m.index + m[0].length;
  }
  raw.push(text.slice(start));
  const wraps = new Set(wrapBreaks(text));
  const rows = raw.map((l) => unglueAltText(l.replace(/[\s\u00a0\u200b]+/g, ' ').trim()));
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    // A hard-wrapped paragraph: a wrap, or a row of prose that does not end a sentence, then one in
    // lower case. (Each test looks at one row, never the growing paragraph: linear time on any input.)
    const parts = [rows[i]!];
    while (
      i + 1 < rows.length &&
      (wraps.has(breaks[i]!) || (isWrapped(rows[i]!) && /^\p{Ll}/u.test(rows[i + 1]!)))
    )
      parts.push(rows[++i]!);
    const line = parts.join(' ');
    // A dateline alone on its line opens the next paragraph.
    if (line && i + 1 < rows.length) {
      const d = parseDateline(line);
      if (d && d.end >= line.length) {
        let j = i + 1;
        while (j < rows.length && !rows[j]) j++;
        if (j < rows.length) {
          out.push(`${line} ${rows[j]}`);
          i = j;
          continue;
        }
      }
    }
    out.push(line);
  }
  return out;
}

function isWrapped(row: string): boolean {
  return row.length >= 40 && !SENTENCE_END.test(row) && wordCount(row) >= 8 && lowerShare(row) >= 0.5;
}

/**
 * Image alt text glued to the dateline by the scrape: "parisPARIS, Nov 17 (Reuters) - ..." or
 * "Rescue workers in Kabul KABUL (AFP) - ...". The line is cut where a dateline parses, if what comes
 * before is short and not a sentence.
 */
export function unglueAltText(line: string): string {
  if (!line || parseDateline(line)) return line;
  const window = line.slice(0, PLAIN_TEXT_TUNING.altGlueWindow);
  const starts = /(?<=[\p{Ll}\d.)])(?=\p{Lu})|(?<= )(?=\p{Lu}{2}|\()/gu;
  let tries = 0;
  for (const m of window.matchAll(starts)) {
    if (m.index === 0) continue;
    if (++tries > 6) break;
    const prefix = line.slice(0, m.index).trim();
    // "READ MORE: ..." is one capitalised label, not alt text before "MORE:".
    if (/\p{Lu}$/u.test(prefix)) continue;
    const n = prefix.split(' ').length;
    if (n > 8 || (/[.!?]$/.test(prefix) && n > 3)) break;
    if (parseDateline(line.slice(m.index))) return line.slice(m.index);
  }
  return line;
}

// ── 2. Classification ────────────────────────────────────────────────────────────────────────────

interface CompiledGroup {
  group: ChromeGroup;
  set: ReadonlySet<string>;
}

const COMPILED: readonly CompiledGroup[] = CHROME_GROUPS.map((group) => ({
  group,
  set: new Set(group.phrases.map((p) => p.normalize('NFC'))),
}));

/** Lower case, no bullets or arrows around it, no end colon: the form chrome phrases are written in. */
export function normaliseChrome(line: string): string {
  return line
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[\s•·›»>|*#▶►\-–—+]+/u, '')
    .replace(/[\s:.!…»›>|\-–—]+$/u, '')
    .replace(/\s+/g, ' ');
}

function chromeGroup(text: string): ChromeGroup | null {
  if (text.length > PLAIN_TEXT_TUNING.chromeMaxChars) return null;
  const norm = normaliseChrome(text);
  const lower = text.normalize('NFC').toLowerCase();
  for (const { group, set } of COMPILED) {
    if (group.match === 'line') {
      if (set.has(norm)) return group;
      // "Related Articles (5)", "Comments (12)".
      const counted = norm.replace(/\s*[([]\d{1,6}[)\]]$/, '');
      if (counted !== norm && set.has(counted)) return group;
    } else if (group.match === 'start') {
      for (const p of set) if (opensWith(norm, p)) return group;
    } else {
      for (const p of set) if (lower.includes(p)) return group;
    }
  }
  return null;
}

/** "read more: storm hits ..." opens with "read more"; "readers say" does not. */
function opensWith(norm: string, phrase: string): boolean {
  if (!norm.startsWith(phrase)) return false;
  if (phrase.endsWith(':') || norm.length === phrase.length) return true;
  return /^\s*[:»›|\-–—]/u.test(norm.slice(phrase.length));
}

function isSocialRow(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s|•·,/]+/)
    .filter(Boolean);
  return words.length >= 2 && words.length <= 12 && words.every((w) => SOCIAL_WORDS.has(w));
}

/** "Home > World > Europe", "News | Sport | Business | Culture". */
function isNavTrail(text: string): boolean {
  const parts = text.split(/\s[|•·›»>/]\s|\s?[›»]\s?/);
  if (parts.length < 3) return false;
  return parts.every((p) => p.trim().split(' ').length <= 4);
}

const DATE_WORDS =
  /^(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|cet|est|edt|bst|ist|publié|mis|à|jour|le|veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|a|las|pubblicato|aggiornato|il|alle|atualizado|em|às|نشر|في|بتاريخ|de|del|du|der|of|the)$/i;

/** A line of dates and times only: "November 17, 2015 10:32 AM GMT", "Published: 17/11/2015". */
export function isDateStamp(text: string): boolean {
  const words = text.split(/[\s,|•·\-–—]+/).filter(Boolean);
  if (!words.length || words.length > 16) return false;
  let datey = 0;
  let strong = false;
  for (const w of words) {
    const k = w.toLowerCase().replace(/[:.,()]+$/g, '');
    if (/^\d{1,4}(?:[/.\-:]\d{1,4}){1,2}(?:am|pm)?$/.test(k) || /^(?:19|20)\d\d$/.test(k)) {
      strong = true;
      datey++;
    } else if (k in MONTHS || WEEKDAYS.has(k) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(k) || DATE_WORDS.test(k)) {
      datey++;
    }
  }
  return strong && datey / words.length >= 0.75;
}

const BYLINE = /^(?:by|par|von|por|di|door|av|de)\s+(\p{Lu}.{1,160})$/iu;
const BYLINE_AR = /^بقلم\s*:?\s*(.{2,120})$/u;
const CREDIT =
  /^[([]?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|written|editing|edited|compiled|research|graphics|translated|translation|production|produced|with reporting)\s+by\b|^[([]\s*(?:avec|with|con|mit|com)\s+(?:afp|reuters|ap|efe|dpa|ansa|agencies|agences)\b/iu;

/** The names in a byline ("Jane Doe and John Roe, Reuters") or null when it is not one. */
export function bylineNames(text: string): string[] | null {
  const m = BYLINE.exec(text) ?? BYLINE_AR.exec(text);
  if (!m) return null;
  // Cut what follows the names: "| November 17, 2015", "• 5 min read", ", Reuters".
  const head = m[1]!.split(/\s[|•·–—]\s|\s-\s/)[0]!;
  const parts = head
    .split(/,|;|\s+(?:and|et|und|y|e|en|och|و)\s+|\s&\s/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    const p = withoutAffiliation(withoutPlace(part));
    if (!p) continue;
    if (!NAME_SHAPE.test(p)) {
      if (names.length) break; // "By Jane Doe, in Paris" — the names are done.
      return null;
    }
    names.push(titleCasePlace(p));
  }
  return names.length ? names : null;
}

/** A place after a name: "Ruta Mekonen in Derevan", "Callum Dervish at Harbour Road" (capitalised place words). */
const PLACE_TAIL = /^(\p{Lu}.{1,80}?)\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** "Ruta Mekonen in Derevan" → "Ruta Mekonen" (the rest must still be shaped like a name). */
function withoutPlace(part: string): string {
  const m = PLACE_TAIL.exec(part);
  return m && NAME_SHAPE.test(m[1]!) ? m[1]! : part;
}

/** "DEREK HOLLOWAY Associated Press" → "DEREK HOLLOWAY"; "Reuters" or "Staff Writer" alone → "". */
function withoutAffiliation(part: string): string {
  const words = part.split(' ');
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (AGENCIES[agencyKey(tail)] || ROLE_WORDS.test(tail)) return words.slice(0, -k).join(' ');
  }
  return part;
}

/** Capitalised words, with particles: "Jane Doe", "Ana de la Cruz", "JANE DOE", "Jean-Luc O'Neill". */
const NAME_SHAPE =
  /^\p{Lu}[\p{L}'’.-]{0,30}(?: (?:(?:de|da|do|dos|van|von|der|den|la|le|del|di|du|bin|al|el|ibn) )*\p{Lu}[\p{L}'’.-]{0,30}){1,4}$|^[\u0600-\u06FF ]{3,60}$/u;
const ROLE_WORDS =
  /^(?:staff|staff writer|staff reporter|correspondent|senior correspondent|reporter|editor|news desk|agencies|agency|our correspondent|special correspondent|wire services|bureau)$/i;

/** Scripts written without spaces between words: a word is about two characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(' ')) if (/[\p{L}\d]/u.test(w)) n++;
  const unspaced = text.length > 0 ? (text.match(UNSPACED)?.length ?? 0) : 0;
  return n + Math.floor(unspaced / 2);
}

function lowerShare(text: string): number {
  let words = 0;
  let lower = 0;
  for (const w of text.split(' ')) {
    const c = /\p{L}/u.exec(w)?.[0];
    if (!c) continue;
    words++;
    if (c === c.toLowerCase()) lower++; // uncased scripts (Arabic) count as lower case
  }
  return words ? lower / words : 0;
}

function classify(full: string): Line {
  const text =
    full.length > PLAIN_TEXT_TUNING.maxLineChars ? full.slice(0, PLAIN_TEXT_TUNING.maxLineChars) : full;
  const base = {
    text: full,
    words: 0,
    sentence: false,
    dateline: false,
    key: '',
    repeated: false,
    comments: false,
  };
  if (!text) return { ...base, kind: 'blank' };
  const words = wordCount(text);
  const key = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const dateline = parseDateline(text) !== null;
  const t = PLAIN_TEXT_TUNING;
  const sentence =
    (dateline && words >= 4) ||
    ((words >= t.longLineWords || (words >= t.sentenceMinWords && SENTENCE_END.test(text))) &&
      lowerShare(text) >= t.minLowerShare);
  const line = { ...base, words, key, sentence, dateline };
  if (COMMENT_COUNTER.test(text) || COMMENT_HEADER.test(text))
    return { ...line, kind: 'boundary', sentence: false, comments: true };
  const group = dateline ? null : chromeGroup(text);
  if (group)
    return {
      ...line,
      kind: group.boundary ? 'boundary' : 'chrome',
      sentence: false,
      comments: group.comments === true,
    };
  if (!dateline && text.length <= 300) {
    if (bylineNames(text)) return { ...line, kind: 'byline', sentence: false };
    if (CREDIT.test(text)) return { ...line, kind: 'credit', sentence: false };
    if (
      CHROME_PATTERNS.some((p) => p.pattern.test(text)) ||
      isSocialRow(text) ||
      isNavTrail(text) ||
      isDateStamp(text)
    )
      return { ...line, kind: 'chrome', sentence: false };
  }
  return { ...line, kind: 'text' };
}

/** Lines that occur more than once are chrome (menus, teasers), except the first copy of a long one. */
function markRepeats(lines: Line[]): void {
  const seen = new Map<string, number>();
  for (const l of lines) if (l.key) seen.set(l.key, (seen.get(l.key) ?? 0) + 1);
  const kept = new Set<string>();
  for (const l of lines) {
    if (!l.key || (seen.get(l.key) ?? 0) < 2) continue;
    if (l.words >= PLAIN_TEXT_TUNING.longRepeatWords && l.sentence && !kept.has(l.key)) {
      kept.add(l.key);
      continue;
    }
    l.repeated = true;
  }
}

// ── 3. Body ──────────────────────────────────────────────────────────────────────────────────────

interface Run {
  start: number;
  end: number; // inclusive
  score: number;
}

function lineScore(l: Line): number {
  const t = PLAIN_TEXT_TUNING;
  if (l.kind === 'chrome') return -t.chromePenalty;
  if (l.kind === 'byline' || l.kind === 'credit') return -t.bylinePenalty;
  if (l.repeated) return -t.chromePenalty;
  if (l.sentence) return t.sentenceBase + Math.min(l.words, t.sentenceCapWords) / t.sentenceWordsPer;
  if (isShortSentence(l)) return t.shortSentenceScore;
  return l.words <= 3 ? -t.shortPenalty : -t.otherPenalty;
}

/** "He declined to comment.": a few words of prose that end a sentence; kept at the end of a body. */
function isShortSentence(l: Line): boolean {
  return (
    l.kind === 'text' &&
    l.words >= PLAIN_TEXT_TUNING.shortSentenceMinWords &&
    /[.!?]["”»’]?$/u.test(l.text) &&
    lowerShare(l.text) >= 0.5
  );
}

/** The highest-scoring run of lines between boundaries (Kadane); blank lines are neutral. */
function bestRun(lines: Line[]): Run | null {
  let best: Run | null = null;
  let cur: Run | null = null;
  let afterComments = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'blank') continue;
    if (l.kind === 'boundary') {
      cur = null;
      if (l.comments) afterComments = true;
      continue;
    }
    const raw = lineScore(l);
    // Readers' comments are prose too, but never the article: they count for less.
    const s = afterComments && raw > 0 ? raw * PLAIN_TEXT_TUNING.commentsWeight : raw;
    if (!cur || cur.score <= 0) cur = s > 0 ? { start: i, end: i, score: s } : null;
    else {
      cur.score += s;
      if (s > 0) cur.end = i;
    }
    // A run only grows at a positive line, so its end is always a sentence.
    // Ties go to the longer run: a paragraph after an inline ad is still the article.
    if (cur && cur.end === i && (!best || cur.score >= best.score)) best = { ...cur };
  }
  return best;
}

/** The body's paragraphs: the run's text lines, chrome, bylines, credits and stray labels dropped. */
function bodyParagraphs(lines: Line[], run: Run): string[] {
  const out: string[] = [];
  for (let i = run.start; i <= run.end; i++) {
    const l = lines[i]!;
    if (l.kind !== 'text' || l.repeated) continue;
    // A one-word label inside the body ("Photos", "Video") is chrome; a subheading has more words.
    if (!l.sentence && l.words < 2) continue;
    out.push(l.text);
  }
  return out;
}

// ── 4–5. Title and authors ───────────────────────────────────────────────────────────────────────

function headlineShaped(l: Line): boolean {
  const t = PLAIN_TEXT_TUNING;
  if (l.kind !== 'text' || l.dateline) return false;
  if (l.words < t.titleMinWords || l.words > t.titleMaxWords || l.text.length > t.titleMaxChars) return false;
  if (/[.,;:]$/.test(l.text) && !/\.\.\.$|…$/.test(l.text)) return false;
  if (/https?:\/\/|www\./i.test(l.text)) return false;
  // A capital, a digit, an opening quote, or a letter of a script without case (Arabic, Japanese).
  const first = /\p{L}/u.exec(l.text.slice(0, 1))?.[0];
  if (first && first.toLowerCase() === first.toUpperCase()) return true;
  return /^[\p{Lu}\d"“‘'«¿¡]/u.test(l.text);
}

/**
 * The headline: among headline-shaped lines shortly before the body, the one a page repeats (its
 * <title> and <h1>) if any, else the nearest that is not a caption (a caption is a sentence).
 */
function pickTitle(lines: Line[], bodyStart: number): string | null {
  let seen = 0;
  let nearest = -1;
  let repeated: Line | null = null;
  for (let i = bodyStart - 1; i >= 0 && seen < PLAIN_TEXT_TUNING.titleLookback; i--) {
    const l = lines[i]!;
    if (l.kind === 'blank') continue;
    seen++;
    if (!headlineShaped(l) || l.sentence) continue;
    if (nearest < 0) nearest = i;
    // A repeated headline is the page's <title> and <h1>; a repeated short line is a menu item.
    if (l.repeated && !repeated && l.words >= PLAIN_TEXT_TUNING.repeatedTitleMinWords) repeated = l;
  }
  if (repeated) return stripSiteSuffix(repeated.text);
  if (nearest < 0) return null;
  // A headline in Title Case right above a sentence-case line: the line is its deck (standfirst).
  let prev = nearest - 1;
  while (prev >= 0 && lines[prev]!.kind === 'blank') prev--;
  const n = lines[nearest]!;
  const p = prev >= 0 ? lines[prev]! : null;
  if (
    p &&
    headlineShaped(p) &&
    !p.sentence &&
    !p.repeated &&
    p.words >= PLAIN_TEXT_TUNING.repeatedTitleMinWords &&
    capitalShare(p.text) >= 0.6 &&
    capitalShare(n.text) < 0.6
  )
    return stripSiteSuffix(p.text);
  return stripSiteSuffix(n.text);
}

/** Share of words of four letters or more that start with a capital ("Title Case Headline"). */
function capitalShare(text: string): number {
  const words = text.split(' ').filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length ? words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length : 0;
}

/** "Storm batters coast | The Daily Example" → the headline (a page <title> copied into the text). */
function stripSiteSuffix(title: string): string {
  const m = /^(.{15,}?) (?:\||–|—|-) ([^|–—]{2,40})$/u.exec(title);
  if (m && wordCount(m[2]!) <= 4 && /^\p{Lu}/u.test(m[2]!) && wordCount(m[1]!) >= 3) return m[1]!;
  return title;
}

function findAuthors(lines: Line[], until: number): string[] {
  for (let i = 0; i < Math.min(until, lines.length); i++) {
    if (lines[i]!.kind !== 'byline') continue;
    const names = bylineNames(lines[i]!.text);
    if (names) return names;
  }
  return [];
}

const UPDATE_WORDS =
  /^(?:updated|last updated|modified|mis à jour|aktualisiert|actualizado|aggiornato|atualizado)\b/iu;

function findPublished(lines: Line[], until: number): string | null {
  let fallback: string | null = null;
  for (let i = 0; i < Math.min(until, lines.length); i++) {
    const l = lines[i]!;
    if (l.kind !== 'chrome' && l.kind !== 'byline' && l.kind !== 'text') continue;
    if (l.words > 16) continue;
    const date = stampDate(l.text);
    if (!date) continue;
    if (!UPDATE_WORDS.test(l.text)) return date;
    fallback ??= date;
  }
  return fallback;
}

/**
 * The date in a stamp line, ISO: "2015-11-17", "Nov. 17, 2015", "17 November 2015", "17. November
 * 2015", "2 de febrero de 2020", "17.11.2015", "17/11/2015" (day first when the day is over 12,
 * month first when the month position is; "03/04/2015" is ambiguous and gives null).
 */
export function stampDate(text: string): string | null {
  const iso = /\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const md = /(\p{L}{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b/u.exec(text);
  if (md && MONTHS[md[1]!.toLowerCase()])
    return checked(Number(md[3]), MONTHS[md[1]!.toLowerCase()]!, Number(md[2]));
  const dm = /\b(\d{1,2})(?:st|nd|rd|th|\.)? (?:de )?(\p{L}{3,10})\.?,? (?:de )?((?:19|20)\d\d)\b/u.exec(
    text,
  );
  if (dm && MONTHS[dm[2]!.toLowerCase()])
    return checked(Number(dm[3]), MONTHS[dm[2]!.toLowerCase()]!, Number(dm[1]));
  const num = /\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b/.exec(text);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    const year = Number(num[4]);
    if (num[2] === '.' || a > 12) return checked(year, b, a);
    if (b > 12) return checked(year, a, b);
  }
  return null;
}

function checked(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
