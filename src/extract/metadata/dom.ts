/**
 * What the visible page says about itself: headings, microdata (itemprop=headline / author /
 * datePublished), byline elements (rel=author, class/id cues, "By ..." blocks) and <time> elements. One
 * bounded pass over the tree collects the candidates; the precedence is applied in index.ts.
 */
import { detached } from '../../doc/strings.js';
import { type HElement, type HtmlTree, walkElements } from '../html/tree.js';
import {
  BYLINE_CLASS_WORDS,
  BYLINE_EXCLUDE_WORDS,
  DATE_CLASS_WORDS,
  METADATA_LIMITS,
  NOISE_CONTAINER_WORDS,
  NOISE_TAGS,
  UPDATED_CLASS,
  UPDATED_CUE,
} from './precedence.js';

export interface TimeCandidate {
  /** The datetime / content attribute, else the element's text. */
  value: string;
  /** 0: marked as the publication time (pubdate, itemprop, class); 1: in the article header; 2: elsewhere. */
  rank: number;
  order: number;
}

export interface PageSignals {
  /** The first h1 outside page chrome. */
  h1: string | null;
  /** itemprop=headline text (microdata). */
  headlines: string[];
  /** itemprop=author texts (microdata), in document order. */
  authorProps: string[];
  /** rel=author link texts. */
  relAuthors: string[];
  /** Texts of elements whose class / id says byline, in document order. */
  bylineBlocks: string[];
  /** Short blocks that start like a byline ("By ...", "Von ...", "Par ..."). */
  prefixBlocks: string[];
  /** <time> and itemprop=datePublished elements, not updates, not in comments or sidebars. */
  times: TimeCandidate[];
  /** Short texts of elements whose class / id says date. */
  dateBlocks: string[];
  /**
   * Short blocks just after the first h1 ("Published March 4, 2019"): the content extractor drops such
   * lines from the body as chrome, so the text-date fallback reads them here.
   */
  afterHeadingBlocks: string[];
}

/** How many blocks after the h1 can hold a visible date line: the header zone (byline, date, standfirst). */
const AFTER_HEADING_BLOCKS = 6;

/** Tags whose short text can be a "By ..." line. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'span',
  'address',
  'li',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'b',
  'small',
  'section',
  'footer',
  'header',
  'cite',
]);

/** A visible byline starts with one of these words, then a capitalised name. */
const BYLINE_START =
  /^(?:(?:written|reported|words|story)\s+by|by|von|par|por|di|door|av|af|przez|escrito\s+por)[\s:]+(?=\p{Lu})/iu;

const BYLINE_START_MAX_CHARS = 120;

/** Candidates kept per signal: the cascade reads the first few; a page with thousands is hostile. */
const MAX_PER_SIGNAL = 50;

function add<T>(list: T[], item: T): void {
  if (list.length < MAX_PER_SIGNAL) list.push(item);
}

const NO_WORDS: readonly string[] = [];

/** Class and id split into word parts: "story-byline author_name" → story, byline, author, name. */
function classWords(el: HElement): readonly string[] {
  const c = el.attrs.class;
  const i = el.attrs.id;
  if (c === undefined && i === undefined) return NO_WORDS;
  const s = `${c ?? ''} ${i ?? ''}`.toLowerCase();
  return s.trim() ? s.split(/[\s_-]+/).filter(Boolean) : NO_WORDS;
}

/** What an element's class/id says, as bits: judged once per distinct class/id string. */
const FLAG = { byline: 1, bylineExclude: 2, noise: 4, date: 8 } as const;
const FLAG_SETS: readonly (readonly [number, ReadonlySet<string>])[] = [
  [FLAG.byline, new Set(BYLINE_CLASS_WORDS)],
  [FLAG.bylineExclude, new Set(BYLINE_EXCLUDE_WORDS)],
  [FLAG.noise, new Set(NOISE_CONTAINER_WORDS)],
  [FLAG.date, new Set(DATE_CLASS_WORDS)],
];
/** Pages repeat a few class strings thousands of times; keyed by the attribute strings themselves. */
const flagCache = new Map<string, number>();
const FLAG_CACHE_MAX = 20_000;
/** Longer class/id strings are judged each time: the cache stays bounded in bytes, not only in entries. */
const FLAG_KEY_MAX = 256;

function classFlags(el: HElement): number {
  const c = el.attrs.class;
  const i = el.attrs.id;
  if (c === undefined && i === undefined) return 0;
  const key = i === undefined ? c! : c === undefined ? `#${i}` : `${c} #${i}`;
  let flags = flagCache.get(key);
  if (flags === undefined) {
    flags = 0;
    const words = classWords(el);
    for (const [bit, set] of FLAG_SETS) if (words.some((w) => set.has(w))) flags |= bit;
    if (key.length <= FLAG_KEY_MAX) {
      if (flagCache.size >= FLAG_CACHE_MAX) flagCache.clear();
      flagCache.set(detached(key), flags);
    }
  }
  return flags;
}

/** The first few characters of an element's text (cheap pre-check before shortText). */
function leadingText(el: HElement, n: number): string {
  let out = '';
  const stack: HElement['children'][number][] = [el];
  let visited = 0;
  while (stack.length && out.length < n && ++visited < 64) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.text;
    else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
  return out.trimStart();
}

/** Words a byline can start with (lower-case first word of BYLINE_START). */
const BYLINE_FIRST_WORD = /^(?:written|reported|words|story|by|von|par|por|di|door|av|af|przez|escrito)\b/i;

/** Verdicts per element: the scan asks about many elements that share ancestors. */
const noiseCache = new WeakMap<HElement, boolean>();

/** True inside comments, sidebars, related lists, nav and footers: their names and dates are not the article's. */
function inNoise(el: HElement): boolean {
  const path: HElement[] = [];
  let verdict = false;
  for (let p: HElement | null = el; p; p = p.parent) {
    const known = noiseCache.get(p);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    path.push(p);
    if (NOISE_TAGS.has(p.tag) || (classFlags(p) & FLAG.noise) !== 0) {
      verdict = true;
      break;
    }
  }
  // Every element on the path shares the verdict of the first noisy (or known) ancestor found.
  for (const p of path) noiseCache.set(p, verdict);
  return verdict;
}

/** Inside a <header>, or an ancestor that also holds the page's h1: the article's own header. */
function inArticleHeader(el: HElement): boolean {
  let depth = 0;
  for (let p: HElement | null = el.parent; p && depth < 4; p = p.parent, depth++) {
    if (p.tag === 'header' || classWords(p).includes('header')) return true;
    if (p.children.some((c) => c.type === 'el' && c.tag === 'h1')) return true;
  }
  return false;
}

/**
 * The element's text when it is short (≤ max chars), else null. Bounded in nodes visited, so nested
 * byline classes cannot make the scan quadratic.
 */
export function shortText(el: HElement, max: number = METADATA_LIMITS.SHORT_TEXT_MAX): string | null {
  const parts: string[] = [];
  let len = 0;
  let visited = 0;
  const stack: (HElement | { type: 'text'; text: string })[] = [el];
  while (stack.length) {
    if (++visited > METADATA_LIMITS.SHORT_TEXT_MAX_NODES) return null;
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push(n.text);
      len += n.text.trim().length;
      if (len > max * 2) return null;
      continue;
    }
    if (n.tag === 'br') parts.push('\n');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  const t = parts
    .join('')
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return t.length <= max ? t : null;
}

/** The first descendant (not `el`) that satisfies `pred`, looking at a bounded number of elements. */
function findDescendant(el: HElement, pred: (e: HElement) => boolean): HElement | null {
  let n = 0;
  for (const e of walkElements(el)) {
    if (++n > METADATA_LIMITS.SHORT_TEXT_MAX_NODES) break;
    if (e !== el && pred(e)) return e;
  }
  return null;
}

/** Text before `el` inside its parent (for "Updated <time>"). */
function textBefore(el: HElement): string {
  const parent = el.parent;
  if (!parent) return '';
  const out: string[] = [];
  for (const c of parent.children) {
    if (c === el) break;
    if (c.type === 'text') out.push(c.text);
    else if (c.tag !== 'time') out.push(shortText(c, 80) ?? '');
  }
  return out.join(' ').slice(-60);
}

function timeCandidate(el: HElement, itemprop: string): TimeCandidate | null {
  const isPubProp = itemprop === 'datepublished' || itemprop === 'datecreated';
  if (el.tag !== 'time' && !isPubProp) return null;
  if (itemprop === 'datemodified') return null;
  const cls = classWords(el).join(' ');
  if (UPDATED_CLASS.test(cls)) return null;
  const value = el.attrs.datetime ?? el.attrs.content ?? shortText(el, 80) ?? '';
  if (!value.trim()) return null;
  if (UPDATED_CUE.test(textBefore(el).replace(/[\s:]+$/, ''))) return null;
  if (inNoise(el)) return null;
  const marked =
    isPubProp || 'pubdate' in el.attrs || /\b(?:published|pubdate|publish|posted|created)\b/.test(cls);
  return { value, rank: marked ? 0 : inArticleHeader(el) ? 1 : 2, order: el.order };
}

/** One bounded pass over the tree, collecting every signal the metadata cascade reads. */
export function scanPage(tree: HtmlTree): PageSignals {
  const s: PageSignals = {
    h1: null,
    headlines: [],
    authorProps: [],
    relAuthors: [],
    bylineBlocks: [],
    prefixBlocks: [],
    times: [],
    dateBlocks: [],
    afterHeadingBlocks: [],
  };
  let seen = 0;
  let afterH1 = -1; // blocks seen since the first h1, -1 before it
  // Depth-first, document order (walkElements inlined: this loop visits every element of the page).
  const stack: HElement[] = [tree.root];
  while (stack.length) {
    const el = stack.pop()!;
    for (let k = el.children.length - 1; k >= 0; k--) {
      const c = el.children[k]!;
      if (c.type === 'el') stack.push(c);
    }
    if (++seen > METADATA_LIMITS.SCAN_MAX_ELEMENTS) break;
    if (el.tag === 'meta' || el.tag === 'link' || el.tag === '#root') continue;
    const attrs = el.attrs;
    const itemprop = attrs.itemprop === undefined ? '' : attrs.itemprop.toLowerCase();
    const flags = classFlags(el);

    if (el.tag === 'h1' && s.h1 === null && !inNoise(el)) {
      s.h1 = shortText(el, 400);
      afterH1 = 0;
    } else if (afterH1 >= 0 && afterH1 < AFTER_HEADING_BLOCKS && BLOCK_TAGS.has(el.tag)) {
      afterH1++;
      const t = shortText(el, 120);
      if (t && /\d/.test(t) && !inNoise(el)) s.afterHeadingBlocks.push(t);
    }
    if (itemprop === 'headline') {
      const t = el.attrs.content ?? shortText(el, 400);
      if (t) add(s.headlines, t);
    }
    if (itemprop === 'author' || itemprop === 'creator') {
      const nameEl = findDescendant(el, (e) => (e.attrs.itemprop ?? '').toLowerCase() === 'name');
      const t = nameEl ? (nameEl.attrs.content ?? shortText(nameEl)) : (el.attrs.content ?? shortText(el));
      if (t && !inNoise(el)) add(s.authorProps, t);
    }
    if (attrs.rel !== undefined && attrs.rel.toLowerCase().split(/\s+/).includes('author')) {
      const t = shortText(el);
      if (t && !inNoise(el)) add(s.relAuthors, t);
    }
    if ((flags & (FLAG.byline | FLAG.bylineExclude)) === FLAG.byline) {
      const t = shortText(el);
      if (t && !inNoise(el)) add(s.bylineBlocks, t);
    }
    if (
      BLOCK_TAGS.has(el.tag) &&
      s.prefixBlocks.length < MAX_PER_SIGNAL &&
      BYLINE_FIRST_WORD.test(leadingText(el, 16))
    ) {
      const t = shortText(el, BYLINE_START_MAX_CHARS);
      if (t && BYLINE_START.test(t) && !inNoise(el)) s.prefixBlocks.push(t);
    }
    const tc =
      s.times.length < MAX_PER_SIGNAL && (el.tag === 'time' || itemprop !== '')
        ? timeCandidate(el, itemprop)
        : null;
    if (tc) s.times.push(tc);
    if (s.dateBlocks.length < MAX_PER_SIGNAL && (flags & FLAG.date) !== 0) {
      const t = shortText(el, 120);
      if (t && /\d/.test(t) && !inNoise(el)) s.dateBlocks.push(t);
    }
  }
  s.times.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return s;
}
