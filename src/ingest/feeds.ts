/**
 * RSS 2.0, RSS 1.0 (RDF), Atom feeds and sitemaps (urlset with news:news, sitemapindex) → page URLs.
 * Parsed with htmlparser2 in XML mode (lenient: a broken tail loses only what follows it). An entry
 * without a usable http(s) link is one error item; the others go on.
 */
import { Parser } from 'htmlparser2';
import { DatelineError } from '../doc/errors.js';
import { checkUrl, looksLikeUrl } from './fetch.js';

export type ListKind = 'rss' | 'atom' | 'rdf' | 'urlset' | 'sitemapindex';

export interface FeedEntry {
  /** A page, or (from a sitemap index) another sitemap. */
  kind: 'page' | 'sitemap';
  url: string;
  title: string | null;
  /** As the feed states it (RFC 822 or ISO 8601), when it does. */
  published: string | null;
}

export interface ParsedList {
  kind: ListKind;
  entries: FeedEntry[];
  errors: Array<{ index: number; error: DatelineError }>;
}

const ROOTS: Record<string, ListKind> = {
  rss: 'rss',
  feed: 'atom',
  'rdf:rdf': 'rdf',
  urlset: 'urlset',
  sitemapindex: 'sitemapindex',
};

/** The list kind from the first element of the document (past the XML declaration, comments, doctype). */
export function sniffFeed(bytes: Uint8Array): ListKind | null {
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const stripped = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Za-z][^>]*>/g, '').trimStart();
  const m = /^<([A-Za-z][\w:.-]*)/.exec(stripped);
  return m ? (ROOTS[m[1]!.toLowerCase()] ?? null) : null;
}

/** Element names without a namespace prefix other than the ones that matter (news:, rdf:). */
function local(name: string): string {
  const n = name.toLowerCase();
  return n.startsWith('news:') || n.startsWith('rdf:') ? n : n.replace(/^[\w.-]+:/, '');
}

export function parseFeedOrSitemap(bytes: Uint8Array, input: string): ParsedList {
  const kind = sniffFeed(bytes);
  if (!kind) throw new DatelineError('empty-input', 'not an RSS/Atom feed or a sitemap');
  const base = looksLikeUrl(input) ? input : undefined;
  const entries: FeedEntry[] = [];
  const errors: ParsedList['errors'] = [];
  const entryTag =
    kind === 'rss' || kind === 'rdf'
      ? 'item'
      : kind === 'atom'
        ? 'entry'
        : kind === 'urlset'
          ? 'url'
          : 'sitemap';
  let cur: {
    link: string | null;
    alt: string | null;
    id: string | null;
    title: string | null;
    date: string | null;
  } | null = null;
  let text = '';
  let index = 0;
  const finish = () => {
    if (!cur) return;
    const i = index++;
    const raw = cur.link ?? cur.alt ?? (cur.id && /^https?:/i.test(cur.id) ? cur.id : null);
    if (!raw) {
      errors.push({ index: i, error: new DatelineError('bad-url', `${entryTag} ${i + 1} has no link`) });
    } else {
      try {
        const url = checkUrl(new URL(raw.trim(), base).href).href;
        entries.push({
          kind: kind === 'sitemapindex' ? 'sitemap' : 'page',
          url,
          title: cur.title,
          published: cur.date,
        });
      } catch (err) {
        const msg =
          err instanceof DatelineError
            ? err.message
            : `not a URL: ${JSON.stringify(raw.trim().slice(0, 80))}`;
        errors.push({ index: i, error: new DatelineError('bad-url', `${entryTag} ${i + 1}: ${msg}`) });
      }
    }
    cur = null;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const n = local(name);
        text = '';
        if (n === entryTag) {
          finish();
          cur = { link: null, alt: null, id: null, title: null, date: null };
          if (kind === 'rdf' && attrs['rdf:about']) cur.id = attrs['rdf:about'];
        } else if (cur && n === 'link' && kind === 'atom' && attrs.href) {
          const rel = (attrs.rel ?? 'alternate').toLowerCase();
          if (rel === 'alternate') cur.link ??= attrs.href;
          else cur.alt ??= attrs.href;
        }
      },
      ontext(t) {
        text += t;
      },
      onclosetag(name) {
        const n = local(name);
        const value = text.trim();
        text = '';
        if (!cur) return;
        if (n === entryTag) finish();
        else if ((n === 'link' && kind !== 'atom') || n === 'loc') {
          if (value) cur.link ??= value;
        } else if (n === 'guid' || n === 'id') {
          if (value) cur.id ??= value;
        } else if (n === 'title' || n === 'news:title') {
          if (value) cur.title ??= value;
        } else if (
          ['pubdate', 'published', 'updated', 'date', 'news:publication_date', 'lastmod'].includes(n)
        ) {
          if (value) cur.date ??= value;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(Buffer.from(bytes).toString('utf8'));
  parser.end();
  finish();
  return { kind, entries, errors };
}
