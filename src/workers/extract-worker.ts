/** Worker thread: RawDocument → record (or coded error), one message at a time. */
import { parentPort } from 'node:worker_threads';
import { toDatelineError } from '../doc/errors.js';
import type { ExtractOptions } from '../extract/index.js';
import type { RawDocument } from '../ingest/types.js';
import type { TaskResult } from './pool.js';
import { processDocument } from './process-document.js';

export interface ExtractTask {
  seq: number;
  raw: RawDocument;
  opts: ExtractOptions;
  /** analyze: the requested layers ('all' = every available one); absent for extract. */
  layers?: readonly string[] | 'all';
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
