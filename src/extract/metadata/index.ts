/**
 * Page metadata with a fixed precedence (docs/metadata.md; the source lists are data in precedence.ts).
 *
 * 1. Read the page's statements once: JSON-LD (indexed, @id references resolved), meta tags, and one
 *    bounded scan of the visible page (headings, microdata, bylines, <time>).
 * 2. Site: og:site_name > application-name > JSON-LD publisher name (> after the title: the suffix of
 *    <title> or og:title, "Headline | The Coastal Courier").
 * 3. Title: JSON-LD headline > microdata headline > og:title > twitter:title > ... > the heading (when
 *    the <title> confirms it, or alone) > <title>; site name removed.
 * 4. Authors: JSON-LD author > meta author keys > microdata author > rel=author > byline classes >
 *    "By ..." blocks > a byline at the top of the body; agencies get their canonical name.
 * 5. Published: JSON-LD datePublished (> dateCreated) > meta date keys > <time> (marked, then in the
 *    header, then any outside comments) > the URL > a date in a date-classed element or the body's start.
 * 6. Language (declared): <html lang> > content-language > og:locale > JSON-LD inLanguage.
 * 7. Description: og:description > meta description; URL: canonical (resolved) > og:url > JSON-LD url
 *    (article url, mainEntityOfPage, WebPage) > the given url.
 */
import type { Warning } from '../../doc/errors.js';
import type { HtmlTree } from '../html/tree.js';
import { mergeParsed, type ParsedAuthors, parseAuthors } from './authors.js';
import { dateFromUrl, findDateInText, normaliseDate } from './dates.js';
import { scanPage } from './dom.js';
import {
  firstString,
  indexJsonLd,
  isObject,
  jsonLdUrl,
  type JsonLdIndex,
  type JsonObject,
  type JsonValue,
  nameOf,
  resolveRef,
} from './jsonld.js';
import { METADATA_LIMITS, META_KEYS } from './precedence.js';
import { cleanText } from './text.js';
import { chooseTitle, siteFromTitle } from './title.js';

export { detectLanguage } from './language.js';

export interface PageMetadata {
  title: string | null;
  /** People first; a news agency appears here (canonical name) when it is the only byline. */
  authors: string[];
  /** ISO 8601 date or date-time. */
  published: string | null;
  /** Declared language (ISO 639-1), not detected. */
  language: string | null;
  site: string | null;
  description: string | null;
  url: string | null;
  /** News agencies credited on the page (canonical names, as in datelines: "Reuters", "Associated Press", "Agence France-Presse"). */
  agencies?: string[];
  /** Soft failures (malformed JSON-LD): for the record's warnings. */
  warnings?: Warning[];
}

export interface MetadataOptions {
  url?: string | null;
  /** The extracted body, for byline and date fallbacks. */
  bodyText?: string;
  /** The heading found near the content, a title candidate. */
  heading?: string | null;
  /** The current year, the upper bound for dates (defaults to the clock). */
  nowYear?: number;
}

/** Per tree: its non-empty meta values by key, in document order (the cascade asks for ~40 keys). */
const metaIndexes = new WeakMap<HtmlTree, ReadonlyMap<string, readonly string[]>>();
const NO_VALUES: readonly string[] = [];

/** Every non-empty meta value for a key, in document order. */
function metaValues(tree: HtmlTree, key: string): readonly string[] {
  let index = metaIndexes.get(tree);
  if (!index) {
    const byName = new Map<string, string[]>();
    for (const m of tree.metas) {
      if (!m.content.trim()) continue;
      const list = byName.get(m.name);
      if (list) list.push(m.content);
      else byName.set(m.name, [m.content]);
    }
    metaIndexes.set(tree, byName);
    index = byName;
  }
  return index.get(key) ?? NO_VALUES;
}

function firstMeta(tree: HtmlTree, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = metaValues(tree, k)[0];
    if (v) return v;
  }
  return null;
}

/** Article nodes first, then page nodes: the story's own statements before the page's. */
function jsonLdNodes(index: JsonLdIndex): JsonObject[] {
  return [...index.articles, ...index.pages];
}

function jsonLdAuthors(index: JsonLdIndex, site: string[]): ParsedAuthors | null {
  for (const node of index.articles) {
    const raw = node.author ?? node.creator;
    if (raw === undefined) continue;
    const list: JsonValue[] = Array.isArray(raw) ? raw : [raw];
    const parsed: ParsedAuthors[] = [];
    for (const item of list.slice(0, 50)) {
      const r = resolveRef(index, item);
      const name = typeof r === 'string' ? r : isObject(r) ? nameOf(index, r) : null;
      if (name) parsed.push(parseAuthors(name, { siteNames: site, allowSingleWord: true }));
    }
    const merged = mergeParsed(parsed);
    if (merged.people.length || merged.agencies.length) return merged;
  }
  return null;
}

function resolveUrl(href: string | null, base: string | null, pageUrl: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const root = pageUrl ? new URL(base ?? '', pageUrl).href : base ? new URL(base).href : undefined;
    const u = new URL(href.trim(), root);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    // A relative href with nothing to resolve it against, or a malformed one: not usable.
    return null;
  }
}

/** "en_US", "en-gb", "EN" → "en"; null for anything that is not a language tag. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

export function extractMetadata(tree: HtmlTree, opts: MetadataOptions = {}): PageMetadata {
  const dateOpts = opts.nowYear !== undefined ? { nowYear: opts.nowYear } : {};
  const pageUrl = opts.url ?? null;

  // 1. The page's statements.
  const ld = indexJsonLd(tree.jsonLd);
  const nodes = jsonLdNodes(ld);
  const page = scanPage(tree);

  // 2. Site.
  const publisher = ld.articles.map((a) => nameOf(ld, a.publisher)).find((n) => n) ?? null;
  const siteCandidates = [...META_KEYS.site.map((k) => firstMeta(tree, [k])), publisher]
    .map((s) => cleanText(s))
    .filter(Boolean);

  // 3. Title.
  const titleCandidates = (siteNames: readonly string[]) => ({
    structured: [
      firstString(ld.articles, 'headline'),
      firstString(ld.pages, 'headline'),
      ...page.headlines,
    ].filter((s): s is string => !!s),
    meta: META_KEYS.title.flatMap((k) => metaValues(tree, k).slice(0, 1)),
    heading: opts.heading ?? page.h1,
    document: tree.title,
    siteNames,
  });
  let title = chooseTitle(titleCandidates(siteCandidates));

  // A site named only in a title's suffix ("Headline | The Coastal Courier"): <title>, then the meta
  // titles. It names the site and comes off the title, but does not filter authors (it is a guess).
  const hint = opts.heading ?? page.h1 ?? null;
  const titleSite = siteCandidates.length
    ? null
    : ([tree.title, ...META_KEYS.title.map((k) => firstMeta(tree, [k]))]
        .map((t) => siteFromTitle(t, hint))
        .find((s) => s) ?? null);
  if (titleSite) title = chooseTitle(titleCandidates([titleSite]));
  const site = siteCandidates[0] ?? titleSite;

  // 4. Authors: the first source that yields a name wins.
  const visible = { siteNames: siteCandidates };
  const authorSources: (() => ParsedAuthors | null)[] = [
    () => jsonLdAuthors(ld, siteCandidates),
    ...META_KEYS.authors.map(
      (k) => () =>
        mergeParsed(
          metaValues(tree, k)
            .filter((v) => !/^\s*(?:https?:|www\.)/i.test(v))
            .map((v) => parseAuthors(v, { siteNames: siteCandidates, allowSingleWord: true })),
        ),
    ),
    () => mergeParsed(page.authorProps.map((t) => parseAuthors(t, { ...visible, allowSingleWord: true }))),
    () => mergeParsed(page.relAuthors.map((t) => parseAuthors(t, visible))),
    () =>
      page.bylineBlocks
        .map((t) => parseAuthors(t, visible))
        .find((p) => p.people.length || p.agencies.length) ?? null,
    () =>
      page.prefixBlocks
        .map((t) => parseAuthors(t, visible))
        .find((p) => p.people.length || p.agencies.length) ?? null,
    () => bodyByline(opts.bodyText ?? '', siteCandidates),
  ];
  let found: ParsedAuthors = { people: [], agencies: [] };
  for (const source of authorSources) {
    const p = source();
    if (p && (p.people.length || p.agencies.length)) {
      found = p;
      break;
    }
  }
  const authors = found.people.length ? found.people : found.agencies;

  // 5. Published.
  const dateSources: (() => string | null)[] = [
    () =>
      firstValidDate(
        [firstString(ld.articles, 'datePublished'), firstString(ld.articles, 'dateCreated')],
        dateOpts,
      ),
    () => firstValidDate([firstString(ld.pages, 'datePublished')], dateOpts),
    () =>
      firstValidDate(
        META_KEYS.published.flatMap((k) => metaValues(tree, k).slice(0, 1)),
        dateOpts,
      ),
    () =>
      firstValidDate(
        page.times.map((t) => t.value),
        dateOpts,
      ),
    () => dateFromUrl(resolveUrl(tree.canonical, tree.base, pageUrl), dateOpts),
    () => dateFromUrl(firstMeta(tree, META_KEYS.url), dateOpts),
    () => dateFromUrl(pageUrl, dateOpts),
    () => page.dateBlocks.map((t) => findDateInText(t, dateOpts)).find((d) => d) ?? null,
    () => findDateInText((opts.bodyText ?? '').slice(0, METADATA_LIMITS.BODY_HEAD_CHARS), dateOpts),
    () => page.afterHeadingBlocks.map((t) => findDateInText(t, dateOpts)).find((d) => d) ?? null,
  ];
  let published: string | null = null;
  for (const source of dateSources) {
    published = source();
    if (published) break;
  }

  // 6. Declared language.
  const language =
    normaliseLanguageTag(tree.lang) ??
    normaliseLanguageTag(firstMeta(tree, META_KEYS.language)) ??
    normaliseLanguageTag(firstString(nodes, 'inLanguage'));

  // 7. Description and URL.
  const description = cleanText(firstMeta(tree, META_KEYS.description)) || null;
  const url =
    resolveUrl(tree.canonical, tree.base, pageUrl) ??
    resolveUrl(firstMeta(tree, META_KEYS.url), null, pageUrl) ??
    jsonLdUrl(ld) ??
    pageUrl;

  return {
    title,
    authors,
    published,
    language,
    site,
    description,
    url,
    ...(found.agencies.length ? { agencies: found.agencies } : {}),
    ...(ld.warnings.length ? { warnings: ld.warnings } : {}),
  };
}

function firstValidDate(values: readonly (string | null)[], opts: { nowYear?: number }): string | null {
  for (const v of values) {
    const d = normaliseDate(v, opts);
    if (d) return d;
  }
  return null;
}

/** Capitalised words after a byline word at the top of the body ("By Jane Doe and John Roe"). */
const BODY_BYLINE =
  /(?:^|[\s.!?:|])(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|Av|Af|Di)\s+(\p{Lu}[\p{L}'’.-]{0,30}(?:(?:,\s*|\s+(?:and|und|et|y|e|en|og|och|&)\s+|\s+)\p{Lu}[\p{L}'’.-]{0,30}){0,7})/u;

function bodyByline(body: string, siteNames: string[]): ParsedAuthors | null {
  const head = body.slice(0, METADATA_LIMITS.BODY_HEAD_CHARS);
  const m = BODY_BYLINE.exec(head);
  if (!m) return null;
  const line = m[1]!.split('\n')[0]!;
  const p = parseAuthors(line, { siteNames });
  return p.people.length || p.agencies.length ? p : null;
}
