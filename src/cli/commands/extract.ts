import { availableParallelism } from 'node:os';
import { toDatelineError } from '../../doc/errors.js';
import { docToRecord, errorRecord } from '../../doc/serialize.js';
import { extract } from '../../extract/index.js';
import { readInputs } from '../../ingest/sources.js';
import { type Command, type CommandContext, EXIT, UsageError } from '../command.js';
import { DOC_OPTIONS, parse, parseIsoDate, parseJobs } from '../options.js';
import { openOutput, recordWriter, resolveFormat, useColor } from '../output.js';
import { createProgress } from '../progress.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'clean article + metadata',
  help: `Usage: dateline extract [options] <input...>

Reads news pages and prints the clean article and its metadata, one record per document.

Inputs: .html/.htm/.xhtml files, .txt scrapes, .jsonl documents (any of them .gz), directories,
http(s) URLs, or - for standard input.

Options:
  --format jsonl|json|text   output format (default: text on a terminal, jsonl otherwise)
  --url URL                  the page's address when the input is a file
  --published DATE           publication date (ISO 8601) for inputs that carry none
  --no-extract               the input text is the article body: no boilerplate removal
  -o, --output FILE          write records to FILE
  --jobs N                   worker threads (default: the machine's cores)
  -q, --quiet                no progress bar
  --debug                    stack traces on internal errors

Examples:
  dateline extract page.html
  dateline extract --format jsonl pages/ > articles.jsonl
  curl -s https://example.com/news | dateline extract --url https://example.com/news -`,
  async run(ctx) {
    return runDocCommand(ctx, 'extract');
  },
};

/** Shared by extract (and analyze, once its layers exist): inputs → records, in input order. */
export async function runDocCommand(ctx: CommandContext, _name: string): Promise<number> {
  const { values, positionals } = parse(ctx.args, DOC_OPTIONS);
  if (values.help) {
    ctx.stdout.write(`${extractCommand.help}\n`);
    return EXIT.OK;
  }
  if (positionals.length === 0)
    throw new UsageError('no input: give files, directories, URLs or - for standard input');
  const format = resolveFormat(values.format, ctx.stdout.isTTY);
  const published = parseIsoDate(values.published, '--published');
  parseJobs(values.jobs, availableParallelism());
  const { stream, owned } = openOutput(values.output, ctx.stdout);
  const writer = recordWriter(stream, format, owned ? false : useColor(ctx.stdout, ctx.env), owned);
  const progress = createProgress(ctx.stderr, {
    enabled: !values.quiet && (owned || format !== 'text'),
    label: 'extract',
  });

  let failed = 0;
  for await (const item of readInputs(positionals, {
    ...(values.url ? { url: values.url } : {}),
    stdin: ctx.stdin,
  })) {
    if (!item.ok) {
      failed++;
      writer.write(errorRecord(item.input, item.error, item.id));
    } else {
      try {
        const doc = extract(item.doc, {
          ...(values['no-extract'] ? { noExtract: true } : {}),
          ...(published ? { published } : {}),
          ...(values.url ? { url: values.url } : {}),
        });
        writer.write(docToRecord(doc));
      } catch (err) {
        failed++;
        const e = toDatelineError(err);
        if (values.debug && e.code === 'internal')
          ctx.stderr.write(`${(e.cause as Error)?.stack ?? e.stack}\n`);
        writer.write(errorRecord(item.doc.input, e, item.doc.id));
      }
    }
    progress.tick(item.ok ? item.doc.input : item.input);
  }
  progress.done();
  await writer.close();
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}
