/**
 * Class/id and attribute cues: what an element says about itself (chrome, article, hidden).
 * Pure functions over one element; no tree walks.
 */
import {
  ARTICLE_BODY_ITEMPROPS,
  BODY_CLASS_RE,
  CONTENT_TUNABLES as T,
  HIDDEN_STYLE_RE,
  NEGATIVE_SUBSTRING_RE,
  NEGATIVE_WORDS,
  POSITIVE_WORDS,
} from './settings.js';
import { detached } from '../../doc/strings.js';
import type { HElement } from './tree.js';

export type Cue = 'negative' | 'positive' | 'neutral';

/** The words of a class/id string: split on non-alphanumerics and camelCase humps, lower-cased. */
export function classWords(value: string): string[] {
  const out: string[] = [];
  for (const token of value.split(/[^A-Za-z0-9]+/)) {
    if (!token) continue;
    const lower = token.toLowerCase();
    out.push(lower);
    const humps = token.match(/[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])/g);
    if (humps && humps.length > 1) for (const h of humps) out.push(h.toLowerCase());
  }
  return out;
}

/** Negative when any chrome word or substring is present, else positive when an article word is. */
export function cueOfClass(value: string): Cue {
  if (!value.trim()) return 'neutral';
  const lower = value.toLowerCase();
  if (NEGATIVE_SUBSTRING_RE.test(lower)) return 'negative';
  const words = classWords(value);
  if (words.some((w) => NEGATIVE_WORDS.has(w))) return 'negative';
  if (words.some((w) => POSITIVE_WORDS.has(w))) return 'positive';
  return 'neutral';
}

/** What a class/id string says: its cue, and whether it names the story's body ("article-body"). */
interface ClassVerdict {
  cue: Cue;
  body: boolean;
}

/** Pages repeat the same class strings thousands of times: each is judged once (a pure memo). */
const CLASS_CACHE = new Map<string, ClassVerdict>();
const CLASS_CACHE_MAX = 50_000;

function classVerdict(el: HElement): ClassVerdict | null {
  const c = el.attrs.class;
  const i = el.attrs.id;
  if (c === undefined && i === undefined) return null;
  const value =
    i === undefined ? c!.slice(0, T.MAX_CLASS_CHARS) : `${c ?? ''} ${i}`.slice(0, T.MAX_CLASS_CHARS);
  let v = CLASS_CACHE.get(value);
  if (v === undefined) {
    const cue = cueOfClass(value);
    v = { cue, body: cue !== 'negative' && BODY_CLASS_RE.test(value) };
    if (CLASS_CACHE.size >= CLASS_CACHE_MAX) CLASS_CACHE.clear();
    CLASS_CACHE.set(detached(value), v);
  }
  return v;
}

/** The cue of an element from its class, id and ARIA role. */
export function elementCue(el: HElement): Cue {
  return cueWith(el, classVerdict(el));
}

function cueWith(el: HElement, verdict: ClassVerdict | null): Cue {
  const role = el.attrs.role?.toLowerCase();
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary')
    return 'negative';
  if (role === 'main' || role === 'article') return 'positive';
  return verdict?.cue ?? 'neutral';
}

const CUE_VALUE: Record<Cue, number> = { negative: -1, neutral: 0, positive: 1 };

/**
 * What an element says about itself, as the content scorer reads it: 2 when it names the article body
 * (isArticleBody), 1 for a positive tag, else the cue (elementCue) as 1 / 0 / -1. The class/id string
 * is judged once for both questions.
 */
export function cueCode(el: HElement, positiveTag: boolean): number {
  const verdict = classVerdict(el);
  if (bodyItemprop(el) || (verdict?.body ?? false)) return 2;
  if (positiveTag) return 1;
  return CUE_VALUE[cueWith(el, verdict)];
}

/** Hidden by the `hidden` attribute, aria-hidden or an inline display:none / visibility:hidden. */
export function isHidden(el: HElement): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && style.length < 2000 && HIDDEN_STYLE_RE.test(style);
}

/**
 * itemprop=articleBody (or text/reviewBody), or a compound body class ("article-body"): the page's own
 * statement of where the body is.
 */
export function isArticleBody(el: HElement): boolean {
  if (bodyItemprop(el)) return true;
  return classVerdict(el)?.body ?? false;
}

function bodyItemprop(el: HElement): boolean {
  const prop = el.attrs.itemprop;
  return (
    prop
      ?.toLowerCase()
      .split(/\s+/)
      .some((v) => ARTICLE_BODY_ITEMPROPS.has(v)) ?? false
  );
}
