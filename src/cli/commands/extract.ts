import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../../extract/index.js';
import { type Command, type CommandContext, EXIT, UsageError } from '../command.js';
import { DOC_OPTIONS, parse, parseIsoDate, parseJobs } from '../options.js';
import { openOutput, recordWriter, resolveFormat, useColor } from '../output.js';
import { createProgress } from '../progress.js';
import { checkedUrl, forEachRecord } from './records.js';

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
  const debug = (stack: string | undefined) => {
    if (values.debug && stack) ctx.stderr.write(`${stack}\n`);
  };
  try {
    await forEachRecord(positionals, {
      ...(url ? { url } : {}),
      stdin: ctx.stdin,
      opts,
      layers,
      jobs,
      debug,
      onRecord: (rec) => {
        if ('error' in rec) failed++;
        writer.write(rec);
        progress.tick(rec.input);
      },
    });
  } finally {
    progress.done();
  }
  await writer.close();
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}
