import { availableParallelism } from 'node:os';
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
import { type Command, type CommandContext, EXIT, UsageError } from '../command.js';
import { DOC_OPTIONS, parse, parseIsoDate, parseJobs } from '../options.js';
import { openOutput, recordWriter, resolveFormat, useColor } from '../output.js';
import { createProgress } from '../progress.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'clean article + metadata',
  help: `Usage: dateline extract [options] <input...>

Reads news pages and prints the clean article and its metadata, one record per document, in input order.

Inputs: .html/.htm/.xhtml files, .txt scrapes, .jsonl documents (any of them .gz), directories,
http(s) URLs, or - for standard input.

Options:
  --format jsonl|json|text   output format (default: text on a terminal, jsonl otherwise)
  --url URL                  the page's address when the input is a file
  --published DATE           publication date (ISO 8601) for inputs that carry none
  --no-extract               the input text is the article body: no boilerplate removal
  -o, --output FILE          write records to FILE
  --jobs N                   worker threads (default: the machine's cores; 1 = in-process)
  -q, --quiet                no progress bar
  --debug                    stack traces on internal errors

Exit status: 0 all documents ok, 1 some failed (their error records are in the output), 2 usage error.

Examples:
  dateline extract page.html
  dateline extract --format jsonl pages/ > articles.jsonl
  curl -s https://example.com/news | dateline extract --url https://example.com/news -`,
  async run(ctx) {
    return runDocCommand(ctx);
  },
};

const WORKER_SCRIPT = new URL('../../workers/extract-worker.js', import.meta.url);

/**
 * Inputs → records, in input order (extract; analyze reuses it once its layers exist).
 *
 * 1. Parse options; a usage error exits 2 before any work.
 * 2. Read inputs one by one; unreadable ones become error records at their place.
 * 3. Extract in-process (--jobs 1) or in a worker pool with a per-document time limit.
 * 4. Write records as soon as every earlier one is written; exit 1 if any document failed.
 */
export async function runDocCommand(
  ctx: CommandContext,
  _command = 'extract',
  analysis?: { help: string; layers: (value: string | undefined) => readonly string[] | 'all' },
): Promise<number> {
  const { values, positionals } = parse(ctx.args, { ...DOC_OPTIONS, layers: { type: 'string' } });
  if (values.help) {
    ctx.stdout.write(`${analysis?.help ?? extractCommand.help}\n`);
    return EXIT.OK;
  }
  if (values.layers !== undefined && !analysis) throw new UsageError('--layers goes with analyze');
  const layers = analysis?.layers(values.layers);
  if (positionals.length === 0)
    throw new UsageError('no input: give files, directories, URLs or - for standard input');
  const format = resolveFormat(values.format, ctx.stdout.isTTY);
  if ((format === 'plover' || format === 'csv') && !analysis)
    throw new UsageError('--format plover and csv export events: they go with analyze');
  if (values.mentions !== undefined && format !== 'csv')
    throw new UsageError('--mentions goes with --format csv');
  const published = parseIsoDate(values.published, '--published');
  const jobs = parseJobs(values.jobs, availableParallelism());
  const url = values.url === undefined ? undefined : checkedUrl(values.url);
  const opts: ExtractOptions = {
    ...(values['no-extract'] ? { noExtract: true } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
  const { stream, owned } = openOutput(values.output, ctx.stdout);
  const writer = recordWriter(stream, format, owned ? false : useColor(ctx.stdout, ctx.env), owned, {
    mentions: values.mentions,
    stderr: ctx.stderr,
  });
  const progress = createProgress(ctx.stderr, {
    enabled: !values.quiet && (owned || format !== 'text'),
    label: 'extract',
  });

  let failed = 0;
  const reorder = new Reorderer<DatelineRecordOut>((rec) => {
    if ('error' in rec) failed++;
    writer.write(rec);
    progress.tick(rec.input);
  });
  const debug = (stack: string | undefined) => {
    if (values.debug && stack) ctx.stderr.write(`${stack}\n`);
  };
  const pool = jobs > 1 ? new WorkerPool<ExtractTask>(WORKER_SCRIPT, jobs) : null;
  const inflight = new Set<Promise<void>>();
  let seq = 0;
  try {
    for await (const item of readInputs(positionals, {
      ...(url ? { url } : {}),
      stdin: ctx.stdin,
    })) {
      const s = seq++;
      if (!item.ok) {
        reorder.put(s, errorRecord(item.input, item.error, item.id));
      } else if (!pool) {
        reorder.put(s, extractInline(item.doc, opts, layers, debug));
      } else {
        const raw = item.doc;
        const p = pool
          .run({ seq: s, raw, opts, ...(layers ? { layers } : {}) })
          .then((r) => reorder.put(s, fromTask(r, raw, debug)));
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
        // Bounded memory: wait while the pool is full or too many results wait behind a slow document.
        while (inflight.size >= pool.capacity || (inflight.size > 0 && reorder.waiting >= pool.capacity * 4))
          await Promise.race(inflight);
      }
    }
    await Promise.all(inflight);
  } finally {
    await pool?.close();
    progress.done();
  }
  await writer.close();
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}

function extractInline(
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
function checkedUrl(value: string): string {
  try {
    return checkUrl(value).href;
  } catch (err) {
    throw new UsageError(`--url: ${err instanceof Error ? err.message : String(err)}`);
  }
}
