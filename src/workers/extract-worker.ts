/** Worker thread: RawDocument → record (or coded error), one message at a time. */
import { parentPort } from 'node:worker_threads';
import { toDatelineError } from '../doc/errors.js';
import { buildPipeline, runPipeline } from '../annotate/annotator.js';
import { layersToRecord } from '../annotate/record.js';
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import { docToRecord } from '../doc/serialize.js';
import { type ExtractOptions, extract } from '../extract/index.js';
import type { RawDocument } from '../ingest/types.js';
import type { TaskResult } from './pool.js';

export interface ExtractTask {
  seq: number;
  raw: RawDocument;
  opts: ExtractOptions;
  /** analyze: the requested layers ('all' = every available one); absent for extract. */
  layers?: readonly string[] | 'all';
}

/** Extract, then (analyze) run the annotation pipeline and add its layers to the record. */
export function processDocument(
  raw: RawDocument,
  opts: ExtractOptions,
  layers?: readonly string[] | 'all',
): ArticleRecord {
  const doc: Doc = extract(raw, opts);
  if (layers === undefined) return docToRecord(doc);
  const pipeline = buildPipeline('all', layers === 'all' ? {} : { layers });
  runPipeline(doc, pipeline);
  return { ...docToRecord(doc), ...layersToRecord(doc) };
}

parentPort?.on('message', (task: ExtractTask) => {
  let result: TaskResult;
  try {
    result = { seq: task.seq, ok: true, record: processDocument(task.raw, task.opts, task.layers) };
  } catch (err) {
    const e = toDatelineError(err);
    result = {
      seq: task.seq,
      ok: false,
      code: e.code,
      message: e.message,
      stack: (e.cause as Error | undefined)?.stack ?? e.stack,
    };
  }
  parentPort?.postMessage(result);
});
