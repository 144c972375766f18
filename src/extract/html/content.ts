/**
 * Main-content extraction from the HtmlTree: Dateline's block-scoring algorithm.
 *
 * 1. Index the tree in document order with text and link-text lengths (one pass each way).
 * 2. Mark what is dropped before reading: hidden elements, chrome tags (nav, aside, footer, forms...)
 *    and chrome class/id cues (share, related, comments, ads, cookie, newsletter, captions...), unless
 *    the element holds most of the page's prose.
 * 3. Cut the visible text into blocks (paragraphs, headings, list items, quotes, table rows).
 * 4. Tally prose and chrome characters per element, bottom-up.
 * 5. Choose the container with the best score (prose minus penalised chrome, raised by article cues),
 *    plus siblings that share its parent and score well on their own.
 * 6. Keep the container's blocks, minus the heading, link lists and chrome lines; trim non-prose edges.
 * 7. Fallback cascade, each step only when the one before is poor:
 *    a. the container result (above), unless the page's JSON-LD articleBody shows it missed most;
 *    b. the page's JSON-LD articleBody, when the DOM result is short;
 *    c. steps 2–6 again with class/id cues ignored (the story may sit in a wrapper named like chrome);
 *    d. every prose block of the page;
 *    e. every visible block of the page.
 *
 * Pure: the tree is read, never changed.
 */
import { type Block, segmentBlocks } from './blocks.js';
import { buildIndex, type PageIndex } from './page-index.js';
import {
  bestContainer,
  type CueMode,
  declaredAncestor,
  isProse,
  markCues,
  tally,
  withSiblings,
} from './scoring.js';
import { CHROME_LINE_PATTERNS, LEAD_TRIM_KINDS, CONTENT_TUNABLES as T, TAIL_TRIM_KINDS } from './settings.js';
import { jsonLdArticleBody } from './structured.js';
import { type HtmlTree, textContent } from './tree.js';

export interface ContentResult {
  /** Body text: blocks separated by a blank line. */
  text: string;
  /** The first heading inside or just above the content, when any (a title candidate). */
  heading: string | null;
  /** Which step of the fallback cascade produced the text. */
  method: string;
}

export interface ContentOptions {
  url?: string | null;
}

export function extractContent(tree: HtmlTree, _opts: ContentOptions = {}): ContentResult {
  // 1. Index the tree once.
  const index = buildIndex(tree.root);

  // 2–6. The container's text, with every chrome cue applied.
  const strict = readContainer(index, 'strict', tree.title);
  const { heading } = strict;

  // 7. Fallback cascade.
  // a. The container, unless the page's JSON-LD shows the DOM missed most of the body.
  const structured = jsonLdArticleBody(tree.jsonLd);
  if (strict.text.length >= T.POOR_RESULT_CHARS) {
    if (structured && strict.text.length < T.JSONLD_PREFERRED_RATIO * structured.length)
      return { text: structured, heading, method: 'json-ld' };
    return { text: strict.text, heading, method: strict.method };
  }
  // b. The JSON-LD articleBody.
  if (structured && structured.length > strict.text.length)
    return { text: structured, heading, method: 'json-ld' };
  // c. The container again with class cues ignored: the story may sit in a wrapper named like chrome.
  const lenient = readContainer(index, 'lenient', tree.title);
  if (lenient.text.length >= T.POOR_RESULT_CHARS)
    return { text: lenient.text, heading: heading ?? lenient.heading, method: `lenient-${lenient.method}` };
  // d. Every prose block of the page.
  const paragraphs = joinBlocks(finishBlocks(lenient.blocks.filter(isProse), heading, tree.title));
  if (paragraphs.length > strict.text.length && paragraphs.length >= T.POOR_RESULT_CHARS)
    return { text: paragraphs, heading, method: 'paragraphs' };
  if (strict.text) return { text: strict.text, heading, method: strict.method };
  if (paragraphs) return { text: paragraphs, heading, method: 'paragraphs' };
  // e. Every visible block.
  return { text: joinBlocks(lenient.blocks.map((b) => b.text)), heading, method: 'body' };
}

interface ContainerRead {
  text: string;
  heading: string | null;
  method: 'container' | 'container+siblings' | 'none';
  /** Every visible block of the page under this mode. */
  blocks: Block[];
}

/** Steps 2–6: drop chrome, segment, tally, choose the container, finish its blocks. */
function readContainer(index: PageIndex, mode: CueMode, pageTitle: string | null): ContainerRead {
  // 2–4. Drop chrome, segment, tally.
  const cues = markCues(index, mode);
  const blocks = segmentBlocks(index, cues.excluded);
  const tallies = tally(index, blocks);
  // 5. The container (or the declared article around it) and its siblings.
  const best = declaredAncestor(index, tallies, cues, bestContainer(index, tallies, cues));
  const ranges = best.at >= 0 ? withSiblings(index, tallies, cues, best) : [];
  const heading = findHeading(index, blocks, ranges);
  // 6. Its text.
  const text = joinBlocks(finishBlocks(blocksIn(blocks, ranges), heading, pageTitle));
  const method = !ranges.length ? 'none' : ranges.length > 1 ? 'container+siblings' : 'container';
  return { text, heading, method, blocks };
}

/** Per element: 1 inside one of the (disjoint) preorder ranges. Linear in the page, whatever the ranges. */
function rangeMask(size: number, ranges: ReadonlyArray<[number, number]>): Uint8Array {
  const mask = new Uint8Array(size);
  for (const [s, e] of ranges) mask.fill(1, s, e + 1);
  return mask;
}

/** Blocks whose owner lies in one of the preorder ranges, in document order. */
export function blocksIn(blocks: readonly Block[], ranges: ReadonlyArray<[number, number]>): Block[] {
  if (!ranges.length) return [];
  let size = 0;
  for (const [, e] of ranges) size = Math.max(size, e + 1);
  const mask = rangeMask(size, ranges);
  return blocks.filter((b) => mask[b.owner] === 1);
}

/**
 * The title candidate: the first h1 inside the chosen ranges, else the last h1 before them, else the
 * first h1 of the page (h1s are read even when their header was dropped as chrome); with no h1 at all,
 * the first heading of the content.
 */
export function findHeading(
  index: PageIndex,
  blocks: readonly Block[],
  ranges: ReadonlyArray<[number, number]>,
): string | null {
  const start = ranges[0]?.[0] ?? 0;
  const mask = rangeMask(index.els.length, ranges);
  let before: string | null = null;
  let first: string | null = null;
  for (let i = 0; i < index.els.length; i++) {
    const el = index.els[i]!;
    if (el.tag !== 'h1') continue;
    const text = textContent(el);
    if (!text) continue;
    first ??= text;
    if (mask[i]) return text;
    if (i < start) before = text;
  }
  return before ?? first ?? firstHeadingIn(blocks, ranges);
}

function firstHeadingIn(blocks: readonly Block[], ranges: ReadonlyArray<[number, number]>): string | null {
  for (const b of blocksIn(blocks, ranges)) if (b.kind === 'heading') return b.text;
  return null;
}

/** A section label or kicker above the story ("Transports", "World News"): a few words, no sentence. */
function isLabel(b: Block): boolean {
  return (
    b.kind === 'p' &&
    b.text.length <= T.MAX_LABEL_CHARS &&
    !/[.!?:;,\d]/.test(b.text) &&
    b.text.split(' ').length <= 3
  );
}

/** A short line that is chrome wherever it appears (labels, credits, bylines, date-only lines). */
export function isChromeLine(text: string): boolean {
  if (text.length > T.CHROME_LINE_MAX_CHARS) return false;
  return CHROME_LINE_PATTERNS.some((re) => re.test(text));
}

/**
 * Drops the heading, link lists and chrome lines, then trims non-prose blocks off both ends (kickers,
 * bylines and dates above the body; tags and bios below it).
 */
export function finishBlocks(
  blocks: readonly Block[],
  heading: string | null,
  pageTitle: string | null = null,
): string[] {
  const title = pageTitle ? normaliseTitle(pageTitle) : '';
  const kept = blocks.filter((b) => {
    if (b.kind === 'heading' && (b.level === 1 || b.text === heading)) return false;
    // The story's title repeated as a lower heading (the page's h1 being the site logo).
    if (b.kind === 'heading' && b.text.length >= T.MIN_TITLE_CHARS && title.includes(normaliseTitle(b.text)))
      return false;
    if (b.linkChars / b.text.length > T.MAX_KEEP_LINK_DENSITY) return false;
    return !isChromeLine(b.text);
  });
  let first = 0;
  let last = kept.length - 1;
  while (
    first <= last &&
    !isProse(kept[first]!) &&
    (LEAD_TRIM_KINDS.has(kept[first]!.kind) || isLabel(kept[first]!))
  )
    first++;
  while (last >= first && !isProse(kept[last]!) && isTailChrome(kept[last]!)) last--;
  // Nothing is prose: keep what survived the filters rather than nothing.
  if (first > last) return kept.map((b) => b.text);
  return kept.slice(first, last + 1).map((b) => b.text);
}

/** Trailing labels and headings, and trailing list items that are mostly links (a "more stories" list). */
function isTailChrome(b: Block): boolean {
  if (TAIL_TRIM_KINDS.has(b.kind)) return true;
  return b.kind === 'li' && b.linkChars / b.text.length >= T.TAIL_LINK_LIST_DENSITY;
}

function normaliseTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function joinBlocks(texts: readonly string[]): string {
  return texts.join('\n\n');
}
