import { existsSync } from 'node:fs';
import { dbSpec, isPostgresUrl } from '../../store/open.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { parse } from '../options.js';
import { openForCommand } from './ingest.js';

const HELP = `Usage: dateline stats [--db PATH|URL] [--format json|text]

Counts of what the store holds: {"articles", "stories", "entities", "events", "quotes", "mentions",
"documents", "duplicates"}.

Options:
  --db PATH|URL         the store (default $DATELINE_DB, else ./dateline.db; postgres:// for PostgreSQL)
  --format json|text    default: text on a terminal, json otherwise

Examples:
  dateline stats
  dateline stats --db news.db --format json`;

export const statsCommand: Command = {
  name: 'stats',
  summary: 'counts of what the store holds',
  help: HELP,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, {
      db: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      ctx.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length) throw new UsageError(`stats takes no inputs (got "${positionals[0]}")`);
    const format = values.format ?? (ctx.stdout.isTTY ? 'text' : 'json');
    if (format !== 'json' && format !== 'text')
      throw new UsageError(`--format must be json or text (got "${values.format}")`);
    const spec = dbSpec(values.db, ctx.env, ctx.cwd);
    if (!isPostgresUrl(spec) && !existsSync(spec)) {
      ctx.stderr.write(`dateline stats: no store at ${spec} (dateline ingest creates it)\n`);
      return EXIT.FAILED;
    }
    const store = await openForCommand(ctx, 'stats', spec);
    if (!store) return EXIT.FAILED;
    try {
      const s = await store.stats();
      const out = {
        articles: s.articles,
        stories: s.stories,
        entities: s.entities,
        events: s.events,
        quotes: s.quotes,
        mentions: s.mentions,
        documents: s.documents,
        duplicates: s.duplicates,
      };
      if (format === 'json') ctx.stdout.write(`${JSON.stringify(out)}\n`);
      else {
        const w = Math.max(...Object.keys(out).map((k) => k.length));
        for (const [k, v] of Object.entries(out)) ctx.stdout.write(`${k.padEnd(w)}  ${v}\n`);
      }
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};
