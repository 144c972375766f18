import { availableParallelism } from 'node:os';
import type { ArticleRecord, DatelineRecordOut } from '../../doc/record.js';
import type { ExtractOptions } from '../../extract/index.js';
import { StoryClusterer } from '../../stories/clusterer.js';
import { recordToStoryInput } from '../../stories/input.js';
import { type Command, type CommandContext, EXIT, UsageError } from '../command.js';
import { DOC_OPTIONS, parse, parseIsoDate, parseJobs } from '../options.js';
import { openOutput, resolveFormat } from '../output.js';
import { createProgress } from '../progress.js';
import { checkedUrl, forEachRecord } from './records.js';

const HELP = `Usage: dateline cluster [options] <input...>

Groups documents into stories without a store: each document joins the most similar story so far
(title, lead, URL words, time; shared entities with --layers entities) or opens a new one.
Prints one {"id": ..., "story": ..., "score": ...} per input document, in input order (id = the JSONL
line's id, else the input); --format text prints the stories with their documents.

Inputs: as for 'dateline extract' (.html/.htm/.xhtml, .txt, .jsonl, any .gz, directories, URLs, -).

Options: every option of 'dateline extract', plus
  --layers entities    run the entity tagger and use shared entities as a signal
  --threshold X        similarity needed to join a story (default: tuned, see docs/stories.md)

Exit status: 0 all documents ok, 1 some failed (their error records are in the output), 2 usage error.

Examples:
  dateline cluster --no-extract headlines.jsonl
  dateline cluster --layers entities --format text pages/`;

export const clusterCommand: Command = {
  name: 'cluster',
  summary: 'group documents into stories, no store needed',
  help: HELP,
  async run(ctx) {
    return runCluster(ctx);
  },
};

type ClusterLine = { id: string; story: string; score: number; title: string | null } | DatelineRecordOut;

/**
 * Inputs → one story per document, in input order.
 *
 * 1. Parse options; a usage error exits 2 before any work.
 * 2. Read and extract (and tag entities with --layers entities) like extract, in-process or in the pool.
 * 3. Feed each record to one StoryClusterer in input order, as soon as every earlier one is fed.
 * 4. Write a line per document (jsonl streams; json and text are written at the end, text grouped).
 */
async function runCluster(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parse(ctx.args, {
    ...DOC_OPTIONS,
    layers: { type: 'string' },
    threshold: { type: 'string' },
  });
  if (values.help) {
    ctx.stdout.write(`${HELP}\n`);
    return EXIT.OK;
  }
  const layers = layersOf(values.layers);
  const threshold = thresholdOf(values.threshold);
  if (positionals.length === 0)
    throw new UsageError('no input: give files, directories, URLs or - for standard input');
  const format = resolveFormat(values.format, ctx.stdout.isTTY);
  const published = parseIsoDate(values.published, '--published');
  const jobs = parseJobs(values.jobs, availableParallelism());
  const url = values.url === undefined ? undefined : checkedUrl(values.url);
  const opts: ExtractOptions = {
    ...(values['no-extract'] ? { noExtract: true } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
  const { stream, owned } = openOutput(values.output, ctx.stdout);
  const progress = createProgress(ctx.stderr, {
    enabled: !values.quiet && (owned || format !== 'text'),
    label: 'cluster',
  });
  const clusterer = new StoryClusterer(threshold === undefined ? {} : { threshold });
  const lines: ClusterLine[] = [];
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
        let line: ClusterLine;
        if ('error' in rec) {
          failed++;
          line = rec;
        } else {
          const record = rec as ArticleRecord;
          const id = record.id ?? record.input;
          const a = clusterer.add(recordToStoryInput(id, record));
          line = { id, story: a.story, score: a.score, title: record.title };
        }
        lines.push(line);
        progress.tick(rec.input);
      },
    });
  } finally {
    progress.done();
  }
  // Printed once every document is in: a story merged into another by a later article is reported under
  // the story that absorbed it.
  for (const l of lines) if ('story' in l) l.story = clusterer.resolve(l.story);
  if (format === 'jsonl') for (const l of lines) stream.write(`${JSON.stringify(jsonLine(l))}\n`);
  if (format === 'json') stream.write(`${JSON.stringify(lines.map(jsonLine), null, 2)}\n`);
  if (format === 'text') stream.write(textListing(lines));
  if (owned)
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => resolve());
    });
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}

/** The contract's line: id and story (and the score it joined with); error records as they are. */
function jsonLine(line: ClusterLine): unknown {
  if ('story' in line) return { id: line.id, story: line.story, score: line.score };
  return line;
}

/** Stories in order of creation, each with its documents; failures last. */
export function textListing(lines: readonly ClusterLine[]): string {
  const stories = new Map<string, Array<{ id: string; title: string | null }>>();
  const errors: string[] = [];
  for (const l of lines) {
    if ('story' in l) {
      const list = stories.get(l.story) ?? [];
      list.push({ id: l.id, title: l.title });
      stories.set(l.story, list);
    } else if ('error' in l) errors.push(`${l.input}: ${l.error.code}: ${l.error.message}`);
  }
  const out: string[] = [];
  for (const [story, docs] of stories) {
    out.push(`${story} (${docs.length} document${docs.length === 1 ? '' : 's'})`);
    for (const d of docs) out.push(`  ${d.id}${d.title ? `  ${d.title}` : ''}`);
  }
  if (errors.length) out.push('failed:', ...errors.map((e) => `  ${e}`));
  return `${out.join('\n')}\n`;
}

/** Only the entities layer makes sense here: it feeds the shared-entity signal. */
function layersOf(value: string | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const layers = value
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const l of layers)
    if (l !== 'entities') throw new UsageError(`cluster uses only the entities layer (got "${l}")`);
  return layers.length ? layers : undefined;
}

function thresholdOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0 || x > 1)
    throw new UsageError(`--threshold takes a number from 0 to 1 (got "${value}")`);
  return x;
}
