/** Worker thread: RawDocument → record (or coded error), one message at a time. */
import { parentPort } from 'node:worker_threads';
import { toDatelineError } from '../doc/errors.js';
import { docToRecord } from '../doc/serialize.js';
import { type ExtractOptions, extract } from '../extract/index.js';
import type { RawDocument } from '../ingest/types.js';
import type { TaskResult } from './pool.js';

export interface ExtractTask {
  seq: number;
  raw: RawDocument;
  opts: ExtractOptions;
}

parentPort?.on('message', (task: ExtractTask) => {
  let result: TaskResult;
  try {
    result = { seq: task.seq, ok: true, record: docToRecord(extract(task.raw, task.opts)) };
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
