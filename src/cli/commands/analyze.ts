import { buildPipeline } from '../../annotate/annotator.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { runDocCommand } from './extract.js';

/** The record layers a user can ask for (../shared/docs/record.md). */
export const CONTRACT_LAYERS = ['entities', 'times', 'quantities', 'quotes', 'events'] as const;

const HELP = `Usage: dateline analyze [options] <input...>

Extracts the clean article and adds the annotation layers, one record per document.
Available now: entities (people, organisations, places, nationalities, grouped per real-world thing),
quotes (direct quotes and reported speech, with cue and speaker: an entity id or an unnamed source).
Coming with later releases: times, quantities, events.

Options: every option of 'dateline extract', plus
  --layers a,b      only these layers and what they need (default: every available layer)

Examples:
  dateline analyze page.html
  dateline analyze --layers entities --format jsonl pages/ > analysed.jsonl
  dateline analyze --no-extract --layers entities story.txt`;

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
