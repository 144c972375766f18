/**
 * Ingest: inputs → analysed records → the store, idempotently.
 *
 * 1. Read inputs in order (ingest-sources.ts): pages, directories, URLs, feeds, sitemaps, WARC files;
 *    a few ahead of the one being analysed (read-ahead.ts), so that reading overlaps analysis.
 * 2. A document whose content hash is already stored is a duplicate without analysis (re-ingesting
 *    costs a hash and a lookup per page); a 304 from a conditional GET likewise.
 * 3. The rest are analysed in the worker pool, one worker per core (extract + every layer).
 * 4. Results are written in input order, one transaction per document (Store.addDocument), so that
 *    the store after a crash and a re-run equals the store after one clean run.
 * 5. Each new article goes to the story assigner, then Store.assignStory. An article stored just
 *    before a crash but not yet in a story is assigned when the re-run meets it (as a duplicate).
 * 6. Validators of fetched pages (ETag, Last-Modified) are kept for the next conditional GET.
 */
import type { ArticleRecord } from '../doc/record.js';
import { DatelineError, type ErrorCode, toDatelineError } from '../doc/errors.js';
import type { ExtractOptions } from '../extract/index.js';
import { canonicalUrl } from '../store/dedup.js';
import type { StoryAssigner } from '../store/story-assigner.js';
import type { AddResult, Store } from '../store/types.js';
import { recordToStoryInput } from '../stories/input.js';
import type { StoryInput } from '../stories/types.js';
import type { ExtractTask } from '../workers/extract-worker.js';
import { processDocument } from '../workers/process-document.js';
import { Reorderer, type TaskResult, WorkerPool } from '../workers/pool.js';
import { type IngestItem, type IngestSourceOptions, readIngestInputs } from './ingest-sources.js';
import { readAhead } from './read-ahead.js';

export interface IngestSummary {
  documents: number;
  new: number;
  duplicates: number;
  failed: number;
}

export interface IngestOptions {
  store: Store;
  stories: StoryAssigner;
  sources: IngestSourceOptions;
  extract: ExtractOptions;
  /** Worker threads; 1 = in-process. */
  jobs: number;
  /** One line per failed document. */
  onError?: (input: string, err: DatelineError) => void;
  /** After each document, with its input and what became of it. */
  onDocument?: (input: string, outcome: 'new' | 'duplicate' | 'failed') => void;
}

type Outcome =
  | { kind: 'error'; input: string; error: DatelineError }
  | { kind: 'known'; input: string; articleId: string; storyId: string | null }
  | { kind: 'record'; item: Extract<IngestItem, { ok: true }>; record: ArticleRecord };

const WORKER_SCRIPT = new URL('../workers/extract-worker.js', import.meta.url);

/** Inputs read ahead of the one being analysed: reading overlaps analysis (a few pages in memory). */
const READ_AHEAD = 4;

/** What the story assigner needs of a stored article: the one mapping `dateline cluster` uses too. */
export function storyInputOf(articleId: string, rec: ArticleRecord): StoryInput {
  return recordToStoryInput(articleId, rec);
}

export async function ingest(specs: string[], opts: IngestOptions): Promise<IngestSummary> {
  const { store } = opts;
  const summary: IngestSummary = { documents: 0, new: 0, duplicates: 0, failed: 0 };
  const pool = opts.jobs > 1 ? new WorkerPool<ExtractTask>(WORKER_SCRIPT, opts.jobs) : null;
  const inflight = new Set<Promise<void>>();
  let writing: Promise<void> = Promise.resolve();
  let fatal: unknown = null;

  const fail = (input: string, error: DatelineError) => {
    summary.failed++;
    opts.onError?.(input, error);
    opts.onDocument?.(input, 'failed');
  };
  const assign = async (articleId: string, rec: ArticleRecord) => {
    const storyId = await opts.stories.assign(storyInputOf(articleId, rec));
    await store.assignStory(articleId, storyId);
    await opts.stories.save?.();
  };
  /** Stored in a story, but unknown to the assigner's saved state (a crash between the two writes). */
  const unseen = (articleId: string) => opts.stories.knows?.(articleId) === false;
  // 4–6: one document at a time, in input order.
  const write = async (o: Outcome): Promise<void> => {
    summary.documents++;
    if (o.kind === 'error') return fail(o.input, o.error);
    if (o.kind === 'known') {
      if (o.storyId === null || unseen(o.articleId)) {
        const art = await store.getArticle(o.articleId);
        if (art) await assign(o.articleId, art.record);
      }
      summary.duplicates++;
      opts.onDocument?.(o.input, 'duplicate');
      return;
    }
    const { item, record } = o;
    let res: AddResult;
    try {
      res = await store.addDocument({
        input: item.doc.input,
        url: record.url ?? item.doc.url,
        canonicalUrl: canonicalUrl(record.url ?? item.doc.url),
        contentHash: item.contentHash,
        fetchedAt: item.fetchedAt,
        record,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'store-write')
        return fail(item.doc.input, new DatelineError('internal', (err as Error).message, { cause: err }));
      throw err;
    }
    if (res.status === 'new') {
      await assign(res.articleId, record);
      summary.new++;
    } else {
      if (res.storyId === null || unseen(res.articleId)) await assign(res.articleId, record);
      summary.duplicates++;
    }
    if (item.validators)
      await store.putHttpCache({
        ...item.validators,
        contentHash: item.contentHash,
        fetchedAt: item.fetchedAt,
      });
    opts.onDocument?.(item.doc.input, res.status);
  };
  const reorder = new Reorderer<Outcome>((o) => {
    writing = writing
      .then(() => (fatal ? undefined : write(o)))
      .catch((err: unknown) => {
        fatal ??= err;
      });
  });

  let seq = 0;
  try {
    for await (const item of readAhead(readIngestInputs(specs, opts.sources), READ_AHEAD)) {
      if (fatal) break;
      const s = seq++;
      // 1–2.
      if (item.ok === false) {
        reorder.put(s, { kind: 'error', input: item.input, error: item.error });
        continue;
      }
      const known = await store.findDocument(item.contentHash);
      if (known) {
        reorder.put(s, { kind: 'known', input: item.ok === true ? item.doc.input : item.input, ...known });
        continue;
      }
      if (item.ok === 'unchanged') {
        // Validators said unchanged but the content is gone from the store: count it as failed, re-fetch next run.
        reorder.put(s, {
          kind: 'error',
          input: item.input,
          error: new DatelineError('fetch-failed', 'not modified (304) but not in the store; run again'),
        });
        continue;
      }
      // 3.
      if (!pool) {
        reorder.put(s, analyse(item));
        continue;
      }
      const p = pool
        .run({ seq: s, raw: item.doc, opts: opts.extract, layers: 'all' })
        .then((r) => reorder.put(s, fromTask(r, item)));
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
      while (inflight.size >= pool.capacity || (inflight.size > 0 && reorder.waiting >= pool.capacity * 4))
        await Promise.race(inflight);
    }
    await Promise.all(inflight);
  } finally {
    await pool?.close();
  }
  await writing;
  if (fatal) throw fatal;
  await opts.stories.save?.(true);
  return summary;

  function analyse(item: Extract<IngestItem, { ok: true }>): Outcome {
    try {
      return { kind: 'record', item, record: processDocument(item.doc, opts.extract, 'all') };
    } catch (err) {
      return { kind: 'error', input: item.doc.input, error: toDatelineError(err) };
    }
  }
}

function fromTask(r: TaskResult, item: Extract<IngestItem, { ok: true }>): Outcome {
  if (r.ok) return { kind: 'record', item, record: r.record };
  return { kind: 'error', input: item.doc.input, error: new DatelineError(r.code as ErrorCode, r.message) };
}
