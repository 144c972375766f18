/**
 * JSON-LD: parse each block defensively (size cap, one retry without raw control characters), flatten
 * @graph / arrays / nesting into a bounded list of objects, and index them by @id so that references such
 * as Yoast's `"author": {"@id": ".../#/schema/person/ab12"}` resolve.
 */
import { warning, type Warning } from '../../doc/errors.js';
import { ARTICLE_TYPES, METADATA_LIMITS, PAGE_TYPES } from './precedence.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface JsonLdIndex {
  /** Article-type objects (NewsArticle, Article, BlogPosting, ...), in document order. */
  articles: JsonObject[];
  /** WebPage-type objects, used after every article. */
  pages: JsonObject[];
  byId: Map<string, JsonObject>;
  warnings: Warning[];
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Lower-cased `@type`s of an object ("NewsArticle", ["Article", "ReportageNews"], "schema:Article"). */
export function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const x of list) if (typeof x === 'string') out.push(x.replace(/^.*[/:#]/, '').toLowerCase());
  return out;
}

function parseBlock(raw: string): { value: JsonValue } | { error: string } {
  const body = raw.trim().replace(/^<!--/, '').replace(/-->$/, '').trim();
  if (!body) return { error: 'empty block' };
  try {
    return { value: JSON.parse(body) as JsonValue };
  } catch (first) {
    // Sites often leave raw newlines and tabs inside strings, which JSON forbids: one retry without them.
    try {
      return { value: JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ')) as JsonValue };
    } catch {
      return { error: first instanceof Error ? first.message : String(first) };
    }
  }
}

/** Parses every JSON-LD block of a page into an index; malformed or oversized blocks become warnings. */
export function indexJsonLd(blocks: readonly string[]): JsonLdIndex {
  const index: JsonLdIndex = { articles: [], pages: [], byId: new Map(), warnings: [] };
  let budget: number = METADATA_LIMITS.JSON_LD_MAX_NODES;
  for (const [i, raw] of blocks.slice(0, METADATA_LIMITS.JSON_LD_MAX_BLOCKS).entries()) {
    if (raw.length > METADATA_LIMITS.JSON_LD_MAX_CHARS) {
      index.warnings.push(
        warning('json-ld-skipped', `JSON-LD block ${i + 1} is too large (${raw.length} chars)`),
      );
      continue;
    }
    const parsed = parseBlock(raw);
    if ('error' in parsed) {
      index.warnings.push(
        warning('json-ld-skipped', `JSON-LD block ${i + 1} is not valid JSON: ${parsed.error}`),
      );
      continue;
    }
    // Iterative walk with a depth bound and a node budget: hostile nesting cannot blow the stack or the clock.
    const stack: { v: JsonValue; depth: number }[] = [{ v: parsed.value, depth: 0 }];
    const found: JsonObject[] = [];
    while (stack.length && budget > 0) {
      const { v, depth } = stack.pop()!;
      if (depth > METADATA_LIMITS.JSON_LD_MAX_DEPTH) continue;
      if (Array.isArray(v)) {
        for (let k = v.length - 1; k >= 0; k--) stack.push({ v: v[k]!, depth: depth + 1 });
        continue;
      }
      if (!isObject(v)) continue;
      budget--;
      found.push(v);
      const keys = Object.keys(v);
      for (let k = keys.length - 1; k >= 0; k--) {
        const child = v[keys[k]!];
        if (typeof child === 'object' && child !== null) stack.push({ v: child, depth: depth + 1 });
      }
    }
    for (const o of found) {
      const id = o['@id'];
      // The fullest object for an @id wins: references are {"@id": ...} alone.
      if (typeof id === 'string' && Object.keys(o).length > 1 && !index.byId.has(id)) index.byId.set(id, o);
      const types = typesOf(o);
      if (types.some((t) => ARTICLE_TYPES.has(t))) index.articles.push(o);
      else if (types.some((t) => PAGE_TYPES.has(t))) index.pages.push(o);
    }
  }
  return index;
}

/** Follows an {"@id": ...} reference to the full object, when the page defines it. */
export function resolveRef(index: JsonLdIndex, v: JsonValue | undefined): JsonValue | undefined {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1)
    return index.byId.get(v['@id']) ?? v;
  return v;
}

/** The first string value of a property across the given objects (a string, or the first of an array). */
export function firstString(objects: readonly JsonObject[], key: string): string | null {
  for (const o of objects) {
    const v = o[key];
    if (typeof v === 'string' && v.trim()) return v;
    if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x.trim()) return x;
    if (isObject(v) && typeof v['@value'] === 'string') return v['@value'];
  }
  return null;
}

/** The `name` of an object-valued property (publisher, author), following @id references. */
export function nameOf(index: JsonLdIndex, v: JsonValue | undefined): string | null {
  const r = resolveRef(index, v);
  if (typeof r === 'string') return r;
  if (isObject(r) && typeof r.name === 'string') return r.name;
  return null;
}

/**
 * The page's address as JSON-LD states it: an article's `url`, then its `mainEntityOfPage` (a string,
 * an {"@id"} or a WebPage with a `url`), then a WebPage's `url` or `@id`. Only absolute http(s)
 * addresses, without the fragment ("…/story/#webpage" is the page "…/story/"); blank-node ids are not
 * addresses.
 */
export function jsonLdUrl(index: JsonLdIndex): string | null {
  const candidates: (JsonValue | undefined)[] = [];
  for (const a of index.articles) {
    candidates.push(a.url);
    const main = resolveRef(index, a.mainEntityOfPage);
    if (typeof main === 'string') candidates.push(main);
    else if (isObject(main)) candidates.push(main.url, main['@id']);
  }
  for (const p of index.pages) candidates.push(p.url, p['@id']);
  for (const c of candidates) {
    const v = Array.isArray(c) ? c[0] : c;
    const u = typeof v === 'string' ? absoluteHttp(v) : null;
    if (u) return u;
  }
  return null;
}

function absoluteHttp(s: string): string | null {
  if (!/^\s*https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(s.trim());
    u.hash = '';
    return u.href;
  } catch {
    // Malformed address ("https://exa mple"): not usable.
    return null;
  }
}
