/**
 * The document loop the record commands share (extract, analyze, cluster): read the inputs, process each
 * document in process or in the worker pool, and hand the records over in input order.
 *
 * 1. Inputs are read one at a time (files, directories, URLs, JSONL, stdin); a bad input is an error record.
 * 2. With one job, each document is processed in process; otherwise in the worker pool.
 * 3. Results are reordered to input order; memory stays bounded (the loop waits while the pool is full or
 *    too many results wait behind a slow document).
 */
import type { ErrorCode } from '../../doc/errors.js';
import { DatelineError, toDatelineError } from '../../doc/errors.js';
import type { DatelineRecordOut } from '../../doc/record.js';
import { errorRecord } from '../../doc/serialize.js';
import type { ExtractOptions } from '../../extract/index.js';
import { checkUrl } from '../../ingest/fetch.js';
import { readInputs } from '../../ingest/sources.js';
import type { RawDocument } from '../../ingest/types.js';
import type { ExtractTask } from '../../workers/extract-worker.js';
import { processDocument } from '../../workers/process-document.js';
import { Reorderer, type TaskResult, WorkerPool } from '../../workers/pool.js';
import { UsageError } from '../command.js';

const WORKER_SCRIPT = new URL('../../workers/extract-worker.js', import.meta.url);

export interface RecordLoopOptions {
  url?: string;
  stdin: NodeJS.ReadableStream;
  opts: ExtractOptions;
  /** analyze: the layers to add; extract: undefined. */
  layers?: readonly string[] | 'all' | undefined;
  jobs: number;
  /** Called with internal errors' stacks (printed with --debug). */
  debug: (stack: string | undefined) => void;
  /** Each record, in input order. */
  onRecord: (record: DatelineRecordOut) => void;
}

export async function forEachRecord(specs: readonly string[], o: RecordLoopOptions): Promise<void> {
  const reorder = new Reorderer<DatelineRecordOut>(o.onRecord);
  const pool = o.jobs > 1 ? new WorkerPool<ExtractTask>(WORKER_SCRIPT, o.jobs) : null;
  const inflight = new Set<Promise<void>>();
  let seq = 0;
  try {
    // 1.
    for await (const item of readInputs([...specs], { ...(o.url ? { url: o.url } : {}), stdin: o.stdin })) {
      const s = seq++;
      if (!item.ok) reorder.put(s, errorRecord(item.input, item.error, item.id));
      // 2.
      else if (!pool) reorder.put(s, processInline(item.doc, o.opts, o.layers, o.debug));
      else {
        const raw = item.doc;
        const p = pool
          .run({ seq: s, raw, opts: o.opts, ...(o.layers ? { layers: o.layers } : {}) })
          .then((r) => reorder.put(s, fromTask(r, raw, o.debug)));
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
        // 3.
        while (inflight.size >= pool.capacity || (inflight.size > 0 && reorder.waiting >= pool.capacity * 4))
          await Promise.race(inflight);
      }
    }
    await Promise.all(inflight);
  } finally {
    await pool?.close();
  }
}

function processInline(
  raw: RawDocument,
  opts: ExtractOptions,
  layers: readonly string[] | 'all' | undefined,
  debug: (s: string | undefined) => void,
): DatelineRecordOut {
  try {
    return processDocument(raw, opts, layers);
  } catch (err) {
    const e = toDatelineError(err);
    if (e.code === 'internal') debug((e.cause as Error | undefined)?.stack ?? e.stack);
    return errorRecord(raw.input, e, raw.id);
  }
}

function fromTask(
  r: TaskResult,
  raw: RawDocument,
  debug: (s: string | undefined) => void,
): DatelineRecordOut {
  if (r.ok) return r.record;
  if (r.code === 'internal') debug(r.stack);
  return errorRecord(raw.input, new DatelineError(r.code as ErrorCode, r.message), raw.id);
}

/** --url must be an http(s) address; credentials are removed from it. */
export function checkedUrl(value: string): string {
  try {
    return checkUrl(value).href;
  } catch (err) {
    throw new UsageError(`--url: ${err instanceof Error ? err.message : String(err)}`);
  }
}
