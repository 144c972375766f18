/**
 * What `dateline ingest` reads: everything `extract` reads, plus WARC files, RSS/Atom feeds and news
 * sitemaps (files or URLs), each document with the hash of its content and the time it was fetched.
 *
 * 1. Classify each spec: a `.warc`/`.warc.gz` file → WARC records (warc.ts); a `.xml`/`.rss`/`.atom`
 *    file or any URL → read or fetched politely (polite.ts), then sniffed: a feed or sitemap lists
 *    page URLs (feeds.ts), which are fetched politely in turn; anything else is a page.
 * 2. Everything else (files, directories, stdin) goes through readInputs, unchanged.
 * 3. Each document gets sha256 of its content (decoded text; identical bytes give identical text).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError, type Warning, toDatelineError } from '../doc/errors.js';
import { contentHash } from '../store/dedup.js';
import { decompress, readFileCapped } from './bytes.js';
import { isGzip } from './sniff.js';
import { looksLikeUrl, redactUrl } from './fetch.js';
import { type FeedEntry, parseFeedOrSitemap, sniffFeed } from './feeds.js';
import { INPUT_LIMITS } from './limits.js';
import type { PoliteFetcher } from './polite.js';
import { bytesToItems } from './page-bytes.js';
import { readInputs } from './sources.js';
import type { InputOptions, RawDocument } from './types.js';
import { readWarc } from './warc.js';
import { compareNames } from './walk.js';

export type IngestItem =
  | {
      ok: true;
      doc: RawDocument;
      /** sha256 of the content as read (hex). */
      contentHash: string;
      /** ISO 8601: when the page was fetched (WARC-Date for WARC records) or read. */
      fetchedAt: string;
      /** For a fetched page: its validators, stored with it for the next conditional GET. */
      validators?: { url: string; etag: string | null; lastModified: string | null };
    }
  | { ok: false; input: string; id?: string; error: DatelineError }
  /** A URL whose validators say it has not changed since it was stored (conditional GET: 304). */
  | { ok: 'unchanged'; input: string; contentHash: string };

export interface IngestSourceOptions extends InputOptions {
  /** Fetches URLs (robots.txt, per-host delay, retries, conditional GET). */
  fetcher: PoliteFetcher;
  /** Max page URLs taken from one feed or sitemap (and nested sitemaps). */
  maxFeedEntries?: number;
}

const FEED_FILE = /\.(xml|rss|atom|rdf)(\.gz)?$/i;
const WARC_FILE = /\.warc(\.gz)?$/i;

/** Hashing the decoded content: equal bytes → equal text → equal hash. */
export function contentHashOf(doc: RawDocument): string {
  return contentHash(doc.kind, doc.content);
}

export async function* readIngestInputs(
  specs: string[],
  opts: IngestSourceOptions,
): AsyncGenerator<IngestItem> {
  const now = () => new Date().toISOString();
  for (const spec of specs) {
    // 1.
    if (!looksLikeUrl(spec) && WARC_FILE.test(spec)) {
      yield* readWarc(spec, opts);
      continue;
    }
    if (looksLikeUrl(spec) || FEED_FILE.test(spec)) {
      yield* readListedOrPage(spec, opts);
      continue;
    }
    // 2–3. A directory: its pages, then its WARC files (readInputs walks pages only).
    const warcs = await warcFilesUnder(spec);
    const inner: InputOptions = warcs.length
      ? {
          ...opts,
          onWarning: (input, w) => {
            if (w.code !== 'empty-directory') (opts.onWarning ?? printWarning)(input, w);
          },
        }
      : opts;
    for await (const item of readInputs([spec], inner)) {
      if (!item.ok) yield item;
      else yield { ok: true, doc: item.doc, contentHash: contentHashOf(item.doc), fetchedAt: now() };
    }
    for (const w of warcs) yield* readWarc(w, opts);
  }
}

function printWarning(input: string, w: Warning): void {
  process.stderr.write(`dateline: warning: ${input}: ${w.message}\n`);
}

/** WARC files under a directory, sorted like the page walk (none when spec is not a directory). */
async function warcFilesUnder(spec: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      const st = await stat(dir);
      if (!st.isDirectory() || seen.has(`${st.dev}:${st.ino}`) || depth > INPUT_LIMITS.maxDirDepth) return;
      seen.add(`${st.dev}:${st.ino}`);
      names = (await readdir(dir)).sort(compareNames);
    } catch {
      return; // readInputs reports a missing or unreadable directory for this spec
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (WARC_FILE.test(name)) out.push(path);
      else await visit(path, depth + 1);
    }
  };
  await visit(spec, 0);
  return out;
}

/** A feed, sitemap or page, by URL or file: feeds and sitemaps expand to their pages. */
async function* readListedOrPage(spec: string, opts: IngestSourceOptions): AsyncGenerator<IngestItem> {
  const input = looksLikeUrl(spec) ? redactUrl(spec) : spec;
  let got: Awaited<ReturnType<typeof fetchOrRead>>;
  try {
    got = await fetchOrRead(spec, opts);
  } catch (err) {
    yield { ok: false, input, error: toDatelineError(err) };
    return;
  }
  if (got.unchanged) {
    yield { ok: 'unchanged', input, contentHash: got.unchanged };
    return;
  }
  const kind = sniffFeed(got.bytes);
  if (!kind) {
    yield* pageItems(got, input, opts);
    return;
  }
  const seen = new Set<string>();
  yield* expandList(got.bytes, input, opts, seen, 0);
}

async function* expandList(
  bytes: Buffer,
  input: string,
  opts: IngestSourceOptions,
  seen: Set<string>,
  depth: number,
): AsyncGenerator<IngestItem> {
  const max = opts.maxFeedEntries ?? INGEST_LIMITS.maxFeedEntries;
  let parsed: ReturnType<typeof parseFeedOrSitemap>;
  try {
    parsed = parseFeedOrSitemap(bytes, input);
  } catch (err) {
    yield { ok: false, input, error: toDatelineError(err) };
    return;
  }
  for (const bad of parsed.errors) yield { ok: false, input: `${input}#${bad.index}`, error: bad.error };
  for (const entry of parsed.entries) {
    if (seen.size >= max) {
      opts.onWarning?.(input, {
        code: 'feed-truncated',
        message: `more than ${max} entries: the rest skipped`,
      });
      return;
    }
    if (seen.has(entry.url)) continue;
    seen.add(entry.url);
    if (entry.kind === 'sitemap') {
      if (depth >= INGEST_LIMITS.maxSitemapDepth) {
        yield {
          ok: false,
          input: entry.url,
          error: new DatelineError(
            'too-large',
            `sitemap nested deeper than ${INGEST_LIMITS.maxSitemapDepth} levels`,
          ),
        };
        continue;
      }
      let got: Awaited<ReturnType<typeof fetchOrRead>>;
      try {
        got = await fetchOrRead(entry.url, opts);
      } catch (err) {
        yield { ok: false, input: entry.url, error: toDatelineError(err) };
        continue;
      }
      if (!got.unchanged) yield* expandList(got.bytes, entry.url, opts, seen, depth + 1);
      continue;
    }
    yield* fetchEntry(entry, opts);
  }
}

async function* fetchEntry(entry: FeedEntry, opts: IngestSourceOptions): AsyncGenerator<IngestItem> {
  let got: Awaited<ReturnType<typeof fetchOrRead>>;
  try {
    got = await fetchOrRead(entry.url, opts);
  } catch (err) {
    yield { ok: false, input: entry.url, error: toDatelineError(err) };
    return;
  }
  if (got.unchanged) {
    yield { ok: 'unchanged', input: entry.url, contentHash: got.unchanged };
    return;
  }
  yield* pageItems(got, entry.url, opts);
}

async function* pageItems(got: Got, input: string, opts: IngestSourceOptions): AsyncGenerator<IngestItem> {
  const src = { input, url: got.url, contentType: got.contentType, fetchedAt: got.fetchedAt };
  const validators =
    got.requested && (got.etag || got.lastModified)
      ? { url: got.requested, etag: got.etag ?? null, lastModified: got.lastModified ?? null }
      : undefined;
  for await (const item of bytesToItems(got.bytes, src, opts))
    yield item.ok === true && validators ? { ...item, validators } : item;
}

interface Got {
  bytes: Buffer;
  url: string | null;
  contentType: string | null;
  fetchedAt: string;
  /** Set (to the stored content hash) when a conditional GET answered 304. */
  unchanged?: string;
  requested?: string;
  etag?: string | null;
  lastModified?: string | null;
}

/** A URL fetched politely or a file read, gzip undone (sitemaps are often .xml.gz). */
async function fetchOrRead(spec: string, opts: IngestSourceOptions): Promise<Got> {
  const got: Got = looksLikeUrl(spec)
    ? await opts.fetcher.fetch(spec)
    : {
        bytes: await readFileCapped(spec, opts.maxBytes ?? INPUT_LIMITS.maxBytes),
        url: opts.url ?? null,
        contentType: null,
        fetchedAt: new Date().toISOString(),
      };
  if (isGzip(got.bytes))
    got.bytes = await decompress(got.bytes, 'gzip', opts.maxDecodedBytes ?? INPUT_LIMITS.maxDecodedBytes);
  return got;
}

export const INGEST_LIMITS = {
  /** 10,000 pages per feed or sitemap (nested ones included): a news sitemap holds at most 1,000 by spec. */
  maxFeedEntries: 10_000,
  /** Sitemap index → sitemap → pages: 2 levels is what sites use; deeper is a loop or a trap. */
  maxSitemapDepth: 2,
} as const;
