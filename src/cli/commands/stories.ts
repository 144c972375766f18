/**
 * `dateline stories`: the stories in the store, newest first; with an id, one story's timeline of
 * merged events (with their independent sources), its conflicting numbers and its articles.
 */
import type { StoryDetail, StorySummary } from '../../store/types.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { parse } from '../options.js';
import { openExisting } from './store-access.js';

const HELP = `Usage: dateline stories [--db PATH|URL] [--format json|jsonl|text] [--limit N] [STORY-ID]

Lists the stories in the store (newest first): id, title, articles, events, dates. With a story id,
shows that story: its timeline of events merged across articles, how many independent sources back
each, the numbers the sources disagree on, and its articles.

Options:
  --db PATH|URL             the store (default $DATELINE_DB, else ./dateline.db)
  --format json|jsonl|text  default: text on a terminal, jsonl otherwise (one story per line)
  --limit N                 at most N stories (default 50)

Examples:
  dateline stories
  dateline stories --format jsonl --limit 10
  dateline stories s3`;

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'the stories in the store, or one story with its timeline',
  help: HELP,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, {
      db: { type: 'string' },
      format: { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      ctx.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    const format = values.format ?? (ctx.stdout.isTTY ? 'text' : 'jsonl');
    if (!['json', 'jsonl', 'text'].includes(format))
      throw new UsageError(`--format must be json, jsonl or text (got "${values.format}")`);
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
      throw new UsageError(`--limit takes a whole number from 1 to 100000 (got "${values.limit}")`);
    if (positionals.length > 1) throw new UsageError('give at most one story id');
    const store = await openExisting(ctx, 'stories', values.db);
    if (!store) return EXIT.FAILED;
    try {
      if (positionals[0] !== undefined) {
        const story = await store.getStory(positionals[0]);
        if (!story) {
          ctx.stderr.write(`dateline stories: no story "${positionals[0]}"\n`);
          return EXIT.FAILED;
        }
        ctx.stdout.write(format === 'text' ? storyText(story) : `${JSON.stringify(story)}\n`);
        return EXIT.OK;
      }
      const stories = await store.listStories(limit, 0);
      if (format === 'json') ctx.stdout.write(`${JSON.stringify(stories)}\n`);
      else if (format === 'jsonl') for (const s of stories) ctx.stdout.write(`${JSON.stringify(s)}\n`);
      else ctx.stdout.write(listText(stories));
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

const day = (d: string | null) => (d ? d.slice(0, 10) : '—');

function listText(stories: readonly StorySummary[]): string {
  if (!stories.length) return 'No stories yet (dateline ingest adds articles and groups them).\n';
  const width = Math.max(...stories.map((s) => s.id.length));
  const lines = stories.map(
    (s) =>
      `${s.id.padEnd(width)}  ${day(s.firstPublished)}…${day(s.lastPublished)}  ${String(s.articles).padStart(3)} art. ${String(s.events).padStart(3)} ev.  ${oneLine(s.title)}`,
  );
  return `${lines.join('\n')}\n`;
}

function storyText(s: StoryDetail): string {
  const out = [
    `${oneLine(s.title)}  (${s.id})`,
    `${s.articles} articles, ${s.events} events, ${day(s.firstPublished)} – ${day(s.lastPublished)}`,
    '',
    'Timeline:',
  ];
  for (const e of s.timeline) {
    const who = (xs: typeof e.actors) =>
      xs.map((x) => (typeof x === 'string' ? x : 'name' in x ? x.name : x.text)).join(', ') || '?';
    const counts = Object.entries(e.quantities)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    out.push(
      `  ${day(e.date)}  ${e.type.padEnd(9)} ${who(e.actors)} → ${who(e.targets)}${e.location ? ` in ${e.location}` : ''}${counts ? ` (${counts})` : ''}  [${e.independentSources} independent source${e.independentSources === 1 ? '' : 's'}]`,
    );
  }
  if (!s.timeline.length) out.push('  (no events)');
  if (s.conflicts.length) {
    out.push('', 'Numbers that disagree:');
    for (const c of s.conflicts)
      out.push(
        `  ${c.field}: ${c.values.map((v) => `${v.value} (${v.articleIds.length} article${v.articleIds.length === 1 ? '' : 's'})`).join(' vs ')}`,
      );
  }
  out.push('', 'Articles:');
  for (const a of s.articleList)
    out.push(`  ${day(a.published)}  ${oneLine(a.title ?? '(untitled)')}${a.site ? ` — ${a.site}` : ''}`);
  return `${out.join('\n')}\n`;
}

/** Titles come from pages: one line, no control characters (a terminal must not be driven by them). */
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
