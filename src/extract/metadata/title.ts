/**
 * Title: the first usable candidate in precedence order, with the site name removed ("Storm hits coast |
 * The Daily Example", "The Daily Example - Storm hits coast"). The site part is found by the known site
 * names first, then by matching the page's heading, then by the parts' shapes.
 */
import { TITLE_SEPARATORS } from './precedence.js';
import { cleanText, compareKey } from './text.js';

export interface TitleCandidates {
  /** JSON-LD headline, then microdata itemprop=headline. */
  structured: readonly string[];
  /** og:title, twitter:title, ... in META_KEYS.title order. */
  meta: readonly string[];
  /** The heading found near the content (or the page's first h1). */
  heading: string | null;
  /** `<title>`. */
  document: string | null;
  /** og:site_name, application-name, JSON-LD publisher name. */
  siteNames: readonly string[];
}

/** A headline is at least this many characters; shorter candidates are labels ("Home", "News"). */
const MIN_TITLE_CHARS = 4;
/** Real titles have at most a handful of parts; more is not a title (and would make matching costly). */
const MAX_TITLE_PARTS = 8;
/** The site part of a title is short: at most this many words when found by shape alone. */
const SITE_PART_MAX_WORDS = 4;

/** Two strings name the same thing: equal keys, or one contains the other and the shorter is not tiny. */
function sameName(a: string, b: string): boolean {
  const ka = compareKey(a);
  const kb = compareKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= 0.5;
}

/** Small words a site or section name may keep in lower case ("Voice of the Valley", "El País de hoy"). */
const NAME_CONNECTIVES: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'de',
  'du',
  'la',
  'le',
  'del',
  'der',
  'y',
  'et',
  'und',
  'di',
]);

/** A site or section label: short, and a name (every word capitalised) or a domain ("example.com"). */
function looksLikeSiteName(part: string): boolean {
  if (words(part) > SITE_PART_MAX_WORDS) return false;
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(part)) return true;
  if (!/[\p{Lu}\p{Ll}]/u.test(part)) return true; // uncased scripts: the length test alone
  return part
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !NAME_CONNECTIVES.has(w.toLowerCase()))
    .every((w) => /^[^\p{L}]*[\p{Lu}\d]/u.test(w));
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Splits on the first separator (in TITLE_SEPARATORS order) the title contains. */
function splitTitle(title: string): { sep: string; parts: string[] } | null {
  for (const sep of TITLE_SEPARATORS) {
    if (!title.includes(sep)) continue;
    const parts = title
      .split(sep)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length >= 2) return { sep, parts };
  }
  return null;
}

export interface StripOptions {
  siteNames: readonly string[];
  /** Other statements of the headline (the h1): a part that matches one is the headline. */
  hints?: readonly string[];
  /** Also guess the site part by its shape (only for `<title>`, which nearly always carries one). */
  byShape?: boolean;
}

/** Removes the site (and section) name from a title; returns the title unchanged when unsure. */
export function stripSiteName(title: string, opts: StripOptions): string {
  let current = title;
  // At most a few rounds: "Headline - Section | Site" loses one part per round.
  for (let round = 0; round < 3; round++) {
    const split = splitTitle(current);
    if (!split || split.parts.length > MAX_TITLE_PARTS) return current;
    const { sep, parts } = split;
    // 1. A part (or a run of parts) that is the heading itself.
    for (const hint of opts.hints ?? []) {
      for (let i = 0; i < parts.length; i++)
        for (let j = parts.length; j > i; j--) {
          const joined = parts.slice(i, j).join(sep);
          if (j - i < parts.length && compareKey(joined) === compareKey(hint)) return joined;
        }
    }
    // 2. A known site name at either end.
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (opts.siteNames.some((s) => sameName(last, s))) {
      current = parts.slice(0, -1).join(sep);
      continue;
    }
    if (opts.siteNames.some((s) => sameName(first, s))) {
      current = parts.slice(1).join(sep);
      continue;
    }
    if (!opts.byShape) return current;
    // 3. By shape: the headline is the longest part; the others must look like names (short, capitalised).
    const longest = parts.reduce((a, b) => (words(b) > words(a) ? b : a));
    const others = parts.filter((p) => p !== longest);
    if (others.every((p) => looksLikeSiteName(p) && words(p) < words(longest))) return longest;
    return current;
  }
  return current;
}

/**
 * The title by precedence: structured headline > og:title > twitter:title > ... > the heading (when the
 * `<title>` confirms it or there is nothing else) > `<title>`. Every candidate is cleaned and loses its
 * site name.
 */
export function chooseTitle(c: TitleCandidates): string | null {
  const heading = cleanText(c.heading);
  const hints = heading ? [heading] : [];
  const usable = (t: string) =>
    t.length >= MIN_TITLE_CHARS && !c.siteNames.some((s) => compareKey(s) === compareKey(t));
  for (const raw of [...c.structured, ...c.meta]) {
    const t = stripSiteName(cleanText(raw), { siteNames: c.siteNames, hints });
    if (usable(t)) return t;
  }
  const doc = cleanText(c.document);
  if (heading && usable(heading) && (!doc || compareKey(doc).includes(compareKey(heading)))) return heading;
  if (doc) {
    const t = stripSiteName(doc, { siteNames: c.siteNames, hints, byShape: true });
    if (usable(t)) return t;
  }
  if (heading && usable(heading)) return heading;
  return doc || null;
}

/** Separators that put a site name after a headline ("Headline | Site", "Headline - Site"). */
const SITE_SUFFIX_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • '];

/**
 * One-word section and format labels that end titles but are not sites ("Storm latest - Live",
 * "Why the council voted no | Opinion").
 */
const SECTION_LABELS: ReadonlySet<string> = new Set([
  'news',
  'world',
  'opinion',
  'analysis',
  'live',
  'video',
  'videos',
  'photos',
  'gallery',
  'sport',
  'sports',
  'business',
  'politics',
  'home',
  'latest',
  'update',
  'updates',
  'breaking',
  'podcast',
  'review',
  'interview',
  'editorial',
  'local',
  'national',
  'international',
  'culture',
  'science',
  'health',
  'tech',
  'technology',
  'weather',
  'blog',
]);

/**
 * The site name a title carries at its end ("Storm hits coast | The Coastal Courier", "Storm hits
 * coast - Coastal Courier"), for pages that state none elsewhere; null when unsure.
 *
 * 1. Split on the first site separator the title contains; the last part is the candidate.
 * 2. It must look like a name (short, capitalised or a domain), not be a one-word section label, and be
 *    shorter than the headline part before it.
 * 3. With a heading, the parts before it must start with the heading ("Headline - World | Site");
 *    without one, the first part must be the longest.
 */
export function siteFromTitle(title: string | null, heading: string | null): string | null {
  const t = cleanText(title);
  if (!t) return null;
  const sep = SITE_SUFFIX_SEPARATORS.find((s) => t.includes(s));
  if (!sep) return null;
  const parts = t
    .split(sep)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_TITLE_PARTS) return null;
  const site = parts[parts.length - 1]!;
  const head = parts.slice(0, -1);
  if (!looksLikeSiteName(site) || !/\p{L}/u.test(site)) return null;
  if (words(site) === 1 && SECTION_LABELS.has(site.toLowerCase())) return null;
  const h = cleanText(heading);
  if (h) {
    const hk = compareKey(h);
    // The headline part is the heading, or starts with it ("Headline - World" before " | Site").
    return hk.length >= MIN_TITLE_CHARS && compareKey(head.join(sep)).startsWith(hk) ? site : null;
  }
  if (words(site) >= words(head[0]!)) return null;
  return head.every((p) => words(p) <= words(head[0]!)) ? site : null;
}
