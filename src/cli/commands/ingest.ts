import { availableParallelism } from 'node:os';
import type { DatelineError } from '../../doc/errors.js';
import type { ExtractOptions } from '../../extract/index.js';
import { checkUrl } from '../../ingest/fetch.js';
import { ingest } from '../../ingest/ingest.js';
import { PoliteFetcher } from '../../ingest/polite.js';
import { StoreError } from '../../store/errors.js';
import { dbSpec, openStore, redactDb } from '../../store/open.js';
import { ClusterAssigner, storeTimeline } from '../../stories/assigner.js';
import type { Store } from '../../store/types.js';
import { type Command, type CommandContext, EXIT, UsageError } from '../command.js';
import { parse, parseIsoDate, parseJobs } from '../options.js';
import { createProgress } from '../progress.js';

const HELP = `Usage: dateline ingest [options] <input...>

Analyses documents and stores them (idempotent: what is stored is not stored again; a page whose
article is already stored under other chrome or another URL counts as a duplicate). Prints progress
on stderr and, last on stdout, {"documents": N, "new": N, "duplicates": N, "failed": N}.

Inputs: everything 'dateline extract' reads (files, directories, URLs, -), plus RSS/Atom feeds and
news sitemaps (URL or .xml/.rss/.atom file: their pages are fetched) and WARC files (.warc, .warc.gz;
directories are searched for them too).
URLs are fetched politely: robots.txt, one request per host at a time with a delay, retries with
backoff, conditional GET for pages fetched before.

Options:
  --db PATH|URL         the store: a SQLite file (default $DATELINE_DB, else ./dateline.db) or a
                        postgres:// URL
  --url URL             the page's address when the input is a single file
  --published DATE      publication date (ISO 8601) for inputs that carry none
  --no-extract          the input text is the article body
  --jobs N              worker threads (default: the machine's cores; 1 = in-process)
  --delay-ms N          milliseconds between two requests to one host (default 1000)
  --ignore-robots       do not read robots.txt (only for sites you own)
  -q, --quiet           no progress bar
  --debug               stack traces on internal errors

Exit status: 0 all documents ok, 1 some failed (one line each on stderr), 2 usage error.

Examples:
  dateline ingest pages/
  dateline ingest --db news.db https://example.com/feed.xml
  dateline ingest --db postgres://localhost/news CC-NEWS-20240101.warc.gz`;

export const INGEST_OPTIONS = {
  db: { type: 'string' },
  url: { type: 'string' },
  published: { type: 'string' },
  'no-extract': { type: 'boolean' },
  jobs: { type: 'string' },
  'delay-ms': { type: 'string' },
  'ignore-robots': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Opens the store for a command, a failure as one line (exit 1). */
export async function openForCommand(
  ctx: CommandContext,
  command: string,
  db: string | undefined,
): Promise<Store | null> {
  const spec = dbSpec(db, ctx.env, ctx.cwd);
  try {
    return await openStore(spec, { timeline: storeTimeline });
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    ctx.stderr.write(`dateline ${command}: ${redactDb(err.message)} (${err.code})\n`);
    return null;
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse and store (idempotent); feeds and WARC too',
  help: HELP,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, INGEST_OPTIONS);
    if (values.help) {
      ctx.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length === 0)
      throw new UsageError(
        'no input: give files, directories, URLs, feeds, WARC files or - for standard input',
      );
    const published = parseIsoDate(values.published, '--published');
    const jobs = parseJobs(values.jobs, availableParallelism());
    const delayMs = values['delay-ms'] === undefined ? undefined : Number(values['delay-ms']);
    if (delayMs !== undefined && (!Number.isInteger(delayMs) || delayMs < 0 || delayMs > 600_000))
      throw new UsageError(`--delay-ms takes a whole number of milliseconds (got "${values['delay-ms']}")`);
    let url: string | undefined;
    if (values.url !== undefined) {
      try {
        url = checkUrl(values.url).href;
      } catch (err) {
        throw new UsageError(`--url: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const extract: ExtractOptions = {
      ...(values['no-extract'] ? { noExtract: true } : {}),
      ...(published ? { published } : {}),
      ...(url ? { url } : {}),
    };
    const store = await openForCommand(ctx, 'ingest', values.db);
    if (!store) return EXIT.FAILED;
    const progress = createProgress(ctx.stderr, { enabled: !values.quiet, label: 'ingest' });
    const fetcher = new PoliteFetcher({
      ...(delayMs !== undefined ? { delayMs } : {}),
      robots: !values['ignore-robots'],
      cache: { get: (u) => store.getHttpCache(u) },
    });
    try {
      const summary = await ingest(positionals, {
        store,
        stories: await ClusterAssigner.open(store),
        jobs,
        extract,
        sources: {
          fetcher,
          stdin: ctx.stdin,
          ...(url ? { url } : {}),
          onWarning: (input, w) => ctx.stderr.write(`dateline ingest: warning: ${input}: ${w.message}\n`),
        },
        onError: (input: string, err: DatelineError) => {
          progress.done();
          ctx.stderr.write(`dateline ingest: ${input}: ${err.message} (${err.code})\n`);
          if (values.debug && err.cause instanceof Error && err.cause.stack)
            ctx.stderr.write(`${err.cause.stack}\n`);
        },
        onDocument: (input) => progress.tick(input),
      });
      progress.done();
      ctx.stdout.write(`${JSON.stringify(summary)}\n`);
      return summary.failed > 0 ? EXIT.FAILED : EXIT.OK;
    } catch (err) {
      progress.done();
      if (!(err instanceof StoreError)) throw err;
      ctx.stderr.write(`dateline ingest: ${redactDb(err.message)} (${err.code})\n`);
      return EXIT.FAILED;
    } finally {
      await store.close();
    }
  },
};
