import { buildPipeline } from '../../annotate/annotator.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { runDocCommand } from './extract.js';

/** The record layers a user can ask for (../shared/docs/record.md). */
export const CONTRACT_LAYERS = ['entities', 'times', 'quantities', 'quotes', 'events', 'checks'] as const;

const HELP = `Usage: dateline analyze [options] <input...>

Extracts the clean article and adds the annotation layers, one record per document.
Layers: entities (people, organisations, places, nationalities, grouped per real-world thing, linked to
Wikidata where known); times (dates, times, durations, sets as TIMEX3 values, anchored on the
publication date or dateline); quantities (counts, money, percentages, ages: value, unit, modifier,
role); quotes (direct and reported speech with speaker and cue); events (PLOVER: who did what to whom,
where, when, how many, according to whom); checks (sums of parts and conflicting counts).

Options: every option of 'dateline extract', plus
  --layers a,b      only these layers and what they need (default: every available layer)
  --format plover   one PLOVER JSON object per event per line (event_type, mode, context, actor,
                    recipient, source, date, location, …)
  --format csv      a GDELT-like events table, one row per event
  --mentions FILE   with --format csv: write the mentions table (one row per evidence span) to FILE

Examples:
  dateline analyze page.html
  dateline analyze --layers entities --format jsonl pages/ > analysed.jsonl
  dateline analyze --no-extract --layers entities story.txt
  dateline analyze --format csv --mentions mentions.csv pages/ > events.csv`;

/** Parses and checks --layers once, before any work: an unknown layer is a usage error. */
function layersOf(value: string | undefined): readonly string[] | 'all' {
  if (value === undefined) return 'all';
  const layers = value
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!layers.length) throw new UsageError('--layers needs at least one layer');
  for (const l of layers)
    if (!(CONTRACT_LAYERS as readonly string[]).includes(l))
      throw new UsageError(`unknown layer "${l}" (layers: ${CONTRACT_LAYERS.join(', ')})`);
  buildPipeline('all', { layers }); // a layer not available yet: a coded 'not-available' error, exit 1
  return layers;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'clean article + every annotation layer',
  help: HELP,
  async run(ctx) {
    if (ctx.args.includes('--help') || ctx.args.includes('-h')) {
      ctx.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    return runDocCommand(ctx, 'analyze', { help: HELP, layers: layersOf });
  },
};
