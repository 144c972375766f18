/**
 * Scoring helpers: which elements are dropped before segmentation, which blocks are prose, and how
 * well each element works as the article container (prose it holds minus the chrome it drags along).
 */
import type { Block } from './blocks.js';
import { cueCode, isHidden } from './cues.js';
import type { PageIndex } from './page-index.js';
import {
  CLASS_DROP_EXEMPT_TAGS,
  DROP_TAGS,
  EMBED_CLASS_RE,
  POSITIVE_TAGS,
  CONTENT_TUNABLES as T,
} from './settings.js';

export interface Cues {
  /** Per element: 1 when its subtree is dropped (hidden, chrome tag or chrome class). */
  excluded: Uint8Array;
  /** Per element: -1 negative, 1 positive, 2 itemprop=articleBody, 0 neutral. */
  cue: Int8Array;
}

/**
 * Marks hidden elements, chrome tags and chrome classes for dropping. An element that holds more than
 * DROP_GUARD_SHARE of the page's unlinked text is kept whatever it says (a page wrapped in one <form>,
 * a body with class "has-sidebar").
 */
/** strict: every cue; lenient: class/id cues ignored (hidden elements and chrome tags still dropped). */
export type CueMode = 'strict' | 'lenient';

export function markCues(index: PageIndex, mode: CueMode = 'strict'): Cues {
  const { els, chars, linkChars } = index;
  const n = els.length;
  const excluded = new Uint8Array(n);
  const cue = new Int8Array(n);
  const pageProse = Math.max(1, chars[0]! - linkChars[0]!);
  const embeds = embedFlags(index);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    const c = cueCode(el, POSITIVE_TAGS.has(el.tag));
    cue[i] = c;
    if (el.tag === 'html' || el.tag === 'body' || el.tag === '#root') {
      cue[i] = 0; // a page-type class on <body> ("single-post") says nothing about where the body is
      continue;
    }
    if (c > 0) continue;
    const byClass = mode === 'strict' && c < 0 && !embeds[i] && !CLASS_DROP_EXEMPT_TAGS.has(el.tag);
    const chrome = byClass || DROP_TAGS.has(el.tag) || isHidden(el);
    if (!chrome) continue;
    const prose = chars[i]! - linkChars[i]!;
    if (prose > T.DROP_GUARD_SHARE * pageProse) continue;
    excluded[i] = 1;
  }
  return { excluded, cue };
}

/** Per element: 1 when its subtree holds an embedded post (a quoted tweet), bottom-up. */
function embedFlags(index: PageIndex): Uint8Array {
  const { els, parent } = index;
  const flags = new Uint8Array(els.length);
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i]!;
    if (el.tag === 'blockquote' && EMBED_CLASS_RE.test(el.attrs.class ?? '')) flags[i] = 1;
    if (flags[i] && i > 0) flags[parent[i]!] = 1;
  }
  return flags;
}

/** Prose: long enough and mostly unlinked. Headings, labels and link lists are not. */
export function isProse(block: Block): boolean {
  if (block.kind === 'heading') return false;
  const len = block.text.length;
  if (len < T.MIN_GOOD_CHARS) return false;
  const max = len >= T.LONG_BLOCK_CHARS ? T.LONG_BLOCK_LINK_DENSITY : T.MAX_GOOD_LINK_DENSITY;
  return block.linkChars / len <= max;
}

/**
 * Prose flags for a run of blocks, with context: a short prose block whose nearest neighbours on both
 * sides are link-heavy is a teaser in a list of links, not article prose.
 */
export function proseFlags(blocks: readonly Block[]): Uint8Array {
  const flags = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) flags[i] = isProse(blocks[i]!) ? 1 : 0;
  const linky = (b: Block | undefined) =>
    b !== undefined && b.linkChars / b.text.length > T.LINKY_NEIGHBOUR_DENSITY;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (flags[i] && b.text.length <= T.TEASER_MAX_CHARS && linky(blocks[i - 1]) && linky(blocks[i + 1]))
      flags[i] = 0;
  }
  return flags;
}

export interface Tallies {
  /** Prose characters in each element's subtree. */
  prose: Float64Array;
  /** Non-prose, unlinked characters. */
  other: Float64Array;
  /** Linked characters outside prose. */
  links: Float64Array;
}

/** Adds each block to its owner, then sums bottom-up: one pass over blocks, one over elements. */
export function tally(index: PageIndex, blocks: readonly Block[]): Tallies {
  const n = index.els.length;
  const prose = new Float64Array(n);
  const other = new Float64Array(n);
  const links = new Float64Array(n);
  const flags = proseFlags(blocks);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (flags[k]) prose[b.owner]! += b.text.length;
    else {
      links[b.owner]! += b.linkChars;
      other[b.owner]! += b.text.length - b.linkChars;
    }
  }
  for (let i = n - 1; i > 0; i--) {
    const p = index.parent[i]!;
    prose[p]! += prose[i]!;
    other[p]! += other[i]!;
    links[p]! += links[i]!;
  }
  return { prose, other, links };
}

/** How well an element works as the container: prose minus penalised chrome, scaled by its cue. */
export function containerScore(t: Tallies, cue: number, i: number): number {
  const base = t.prose[i]! - T.BAD_TEXT_PENALTY * t.other[i]! - T.LINK_TEXT_PENALTY * t.links[i]!;
  if (base <= 0) return base;
  const bonus = cue === 2 ? T.ARTICLE_BODY_BONUS : cue === 1 ? T.POSITIVE_CUE_BONUS : 0;
  return base * (1 + bonus);
}

/** The best-scoring element (the deepest on ties) and its score; -1 when nothing holds prose. */
export function bestContainer(index: PageIndex, t: Tallies, cues: Cues): { at: number; score: number } {
  let at = -1;
  let score = 0;
  for (let i = 0; i < index.els.length; i++) {
    if (cues.excluded[i] || t.prose[i] === 0) continue;
    const s = containerScore(t, cues.cue[i]!, i);
    if (s >= score && s > 0) {
      at = i;
      score = s;
    }
  }
  return { at, score };
}

/**
 * The chosen container plus its siblings that hold enough prose and score well on their own (an
 * article split across several divs by ad slots). Returned as preorder ranges [start, end].
 */
export function withSiblings(
  index: PageIndex,
  t: Tallies,
  cues: Cues,
  best: { at: number; score: number },
): Array<[number, number]> {
  const p = index.parent[best.at]!;
  if (p < 0) return [[best.at, index.end[best.at]!]];
  const ranges: Array<[number, number]> = [];
  for (let c = p + 1; c <= index.end[p]!; c = index.end[c]! + 1) {
    if (c === best.at) {
      ranges.push([c, index.end[c]!]);
      continue;
    }
    if (cues.excluded[c] || cues.cue[c]! < 0) continue;
    const s = containerScore(t, cues.cue[c]!, c);
    if (t.prose[c]! >= T.SIBLING_MIN_GOOD && s >= T.SIBLING_SHARE * best.score)
      ranges.push([c, index.end[c]!]);
  }
  return ranges;
}

/**
 * When the best container sits a few levels inside an element that declares itself the article
 * (class/id cue, <article>, itemprop=articleBody) and that element is not a link list, the declared
 * element is the body: short lines and links inside it (list items, product links) belong to the story.
 */
export function declaredAncestor(
  index: PageIndex,
  t: Tallies,
  cues: Cues,
  best: { at: number; score: number },
): { at: number; score: number } {
  if (best.at < 0 || cues.cue[best.at]! > 0) return best;
  let p = index.parent[best.at]!;
  for (let up = 0; up < T.DECLARED_MAX_UP && p > 0; up++, p = index.parent[p]!) {
    if (cues.excluded[p] || cues.cue[p]! <= 0) continue;
    const total = t.prose[p]! + t.other[p]! + t.links[p]!;
    if (total > 0 && t.links[p]! / total <= T.DECLARED_MAX_LINK_DENSITY) return { at: p, score: best.score };
    break;
  }
  return best;
}
