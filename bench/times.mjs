/**
 * Times speed, side by side: Dateline's times layer against chrono-node on the TimeBank + AQUAINT
 * texts (TBAQ-cleaned), each document anchored at its creation time, in one process pinned to one core.
 *
 * 1. Load the .tml documents once (text without tags, gold TIMEX3, DCT); no I/O is timed.
 * 2. Warm-up round: both over every document once; their outputs are scored with the TempEval-3
 *    metric (relaxed F1, value F1; the same code as `dateline eval times`). chrono-node's results
 *    are mapped to TIMEX3 values by their certain components (hour → TIME, day → day, month → month).
 * 3. N measured rounds, interleaved (ours, chrono, ours, chrono ...), each document timed on its own.
 *    Dateline's time covers what the layer needs: tokenize + sentence split + findTimes.
 * 4. Report documents/s and chars/s for each from the sum of each document's median time over the
 *    rounds (robust to a shared machine preempting the process), the wall-clock figure and the sum of
 *    each document's fastest round (steadiest when every round is preempted) beside it, and
 *    the ratio ours/chrono (the number that travels between machines) for the full path (tokenize +
 *    sentences + findTimes) and for the layer alone. `--check` exits 1 when the layer's ratio is
 *    below the floor (floors.json speed["chrono-node"], else 2: issue 4's target); the tokenizer and
 *    sentence splitter it rests on are shared with every other layer, and timed in the full path.
 *
 * Usage: node --expose-gc times.mjs [--rounds N] [--data DIR] [--json] [--check] [--no-pin]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BENCH_DIR,
  DEFAULT_DATA,
  fail,
  machine,
  median,
  parseArgs,
  pinToOneCore,
  readFloors,
  REPO_ROOT,
  table,
} from './lib.mjs';

const USAGE = `usage: node --expose-gc times.mjs [--rounds N] [--data DIR] [--json] [--check] [--no-pin]
  --rounds N  measured rounds of each tagger, interleaved (default 5; a warm-up round comes first)
  --data DIR  the shared data folder (default ../shared/data from the repository root)
  --json      machine-readable output on stdout
  --check     exit 1 when the ratio ours/chrono-node is below its floor
  --no-pin    do not pin the process to one CPU`;

/** issue 4: at least twice chrono-node's speed on the same texts. */
const DEFAULT_MIN_RATIO = 2;

const args = parseArgs(process.argv.slice(2), {
  rounds: 'number',
  data: 'string',
  json: 'boolean',
  check: 'boolean',
  'no-pin': 'boolean',
  help: 'boolean',
});
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const rounds = Math.max(1, Math.floor(args.rounds ?? 5));
const dataDir = args.data ?? DEFAULT_DATA;

// 1. Documents.
const dist = (p) => join(REPO_ROOT, 'dist', 'src', p);
if (!existsSync(dist('annotate/times/find.js')))
  fail(
    'Dateline is not built (dist/src/annotate/times/find.js missing): run `npm run build` in the repository root first',
  );
const suite = await import(pathToFileURL(dist('eval/suites/times.js')).href);
const { findTimes } = await import(pathToFileURL(dist('annotate/times/find.js')).href);
const { tokenize } = await import(pathToFileURL(dist('annotate/tokens/tokenizer.js')).href);
const { splitSentences } = await import(pathToFileURL(dist('annotate/sentences/splitter.js')).href);
let chrono;
try {
  chrono = await import('chrono-node');
} catch (err) {
  fail(`chrono-node is not installed (${err.code ?? err.message}): run \`npm ci\` in bench/ first`);
}
const dir = suite.timexDir(dataDir);
if (!dir) {
  process.stderr.write(`bench: skipped: no timex/timebank-aquaint under ${dataDir}; pass --data DIR\n`);
  process.exit(args.check ? 1 : 0);
}
const docs = suite.loadTmlDir(dir).filter((d) => d.dct);
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const pinned = args['no-pin'] ? null : pinToOneCore(0);

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** chrono-node's parsed component → a TIMEX3 type and value, by what it is certain of. */
function chronoTimex(r) {
  const c = r.start;
  const y = pad(c.get('year'), 4);
  const day = `${y}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('hour'))
    return { type: 'TIME', value: `${day}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}` };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: day };
  if (c.isCertain('month')) return { type: 'DATE', value: `${y}-${pad(c.get('month'))}` };
  if (c.isCertain('year')) return { type: 'DATE', value: y };
  return { type: 'DATE', value: day };
}

const contenders = [
  {
    name: 'dateline',
    label: 'Dateline times (tokenize + sentences + findTimes)',
    run: (d) => {
      const tokens = tokenize(d.text);
      return findTimes(d.text, tokens, splitSentences(d.text, tokens), d.dct);
    },
  },
  {
    name: 'dateline-layer',
    label:
      'Dateline findTimes alone (tokens and sentences given, as in the pipeline where other layers share them)',
    prepare: (d) => {
      const tokens = tokenize(d.text);
      return { tokens, sentences: splitSentences(d.text, tokens) };
    },
    run: (d, pre) => findTimes(d.text, pre.tokens, pre.sentences, d.dct),
  },
  {
    name: 'chrono-node',
    label: `chrono-node ${chronoVersion()} (en, parse with the DCT as reference)`,
    run: (d) => {
      const ref = new Date(`${d.dct.slice(0, 10)}T12:00:00Z`);
      return chrono
        .parse(d.text, ref)
        .map((r) => ({ start: r.index, end: r.index + r.text.length, ...chronoTimex(r) }));
    },
  },
];

function chronoVersion() {
  try {
    return JSON.parse(readFileSync(join(BENCH_DIR, 'node_modules', 'chrono-node', 'package.json'), 'utf8'))
      .version;
  } catch {
    return '?';
  }
}

// 2. Warm-up and scores.
const prepared = Object.fromEntries(contenders.map((c) => [c.name, docs.map((d) => c.prepare?.(d))]));
const scores = {};
for (const c of contenders) {
  const s = suite.te3Score(docs.map((d, i) => ({ gold: d.timexes, sys: c.run(d, prepared[c.name][i]) })));
  scores[c.name] = { relaxedF1: s.relaxed.f1, valueF1: s.valueF1, strictF1: s.strict.f1 };
}

// 3. Measured rounds, interleaved.
const perDoc = Object.fromEntries(contenders.map((c) => [c.name, docs.map(() => [])]));
const roundTotals = Object.fromEntries(contenders.map((c) => [c.name, []]));
for (let r = 0; r < rounds; r++) {
  for (const c of contenders) {
    globalThis.gc?.();
    let total = 0;
    const pre = prepared[c.name];
    docs.forEach((d, i) => {
      const t0 = performance.now();
      c.run(d, pre[i]);
      const ms = performance.now() - t0;
      perDoc[c.name][i].push(ms);
      total += ms;
    });
    roundTotals[c.name].push(total);
  }
}

// 4. Report.
const result = {};
for (const c of contenders) {
  const totalMs = roundTotals[c.name].reduce((a, b) => a + b, 0);
  // Robust: each document's median over the rounds, summed. A shared machine preempts a process for
  // tens of ms at random; the median drops those spikes, the plain sum (wall) keeps them.
  const medianSumMs = perDoc[c.name].reduce((n, v) => n + median(v), 0);
  // Each document's fastest round, summed: on a loaded machine (every round preempted) the least disturbed.
  const minSumMs = perDoc[c.name].reduce((n, v) => n + Math.min(...v), 0);
  result[c.name] = {
    label: c.label,
    docsPerS: docs.length / (medianSumMs / 1000),
    charsPerS: chars / (medianSumMs / 1000),
    wallDocsPerS: (docs.length * rounds) / (totalMs / 1000),
    minDocsPerS: docs.length / (minSumMs / 1000),
    medianDocMs: median(perDoc[c.name].map((v) => median(v))),
    ...scores[c.name],
  };
}
const ratio = result.dateline.docsPerS / result['chrono-node'].docsPerS;
const layerRatio = result['dateline-layer'].docsPerS / result['chrono-node'].docsPerS;
const wallRatio = result.dateline.wallDocsPerS / result['chrono-node'].wallDocsPerS;
const minRatio = result.dateline.minDocsPerS / result['chrono-node'].minDocsPerS;
const layerMinRatio = result['dateline-layer'].minDocsPerS / result['chrono-node'].minDocsPerS;
const perRound = roundTotals['chrono-node'].map((t, i) => t / roundTotals.dateline[i]);
const floor = readFloors().speed?.['chrono-node']?.minRatio ?? DEFAULT_MIN_RATIO;
const report = {
  documents: docs.length,
  chars,
  rounds,
  pinnedCpu: pinned,
  machine: machine(),
  contenders: result,
  ratio: {
    docsPerS: ratio,
    layerOnly: layerRatio,
    wall: wallRatio,
    fastestRounds: minRatio,
    layerFastestRounds: layerMinRatio,
    wallRoundMin: Math.min(...perRound),
    wallRoundMax: Math.max(...perRound),
    floor,
  },
};
if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const m = report.machine;
  process.stdout.write(
    `times: ${docs.length} TimeBank/AQUAINT documents (${(chars / 1e6).toFixed(2)} M chars), ${rounds} rounds, ` +
      `${pinned === null ? 'not pinned' : `pinned to CPU ${pinned}`}\n` +
      `machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.platform}\n\n` +
      table(
        ['tagger', 'docs/s', 'k chars/s', 'wall docs/s', 'median doc ms', 'relaxed F1', 'value F1'],
        contenders.map((c) => {
          const x = result[c.name];
          return [
            c.name,
            x.docsPerS.toFixed(0),
            (x.charsPerS / 1000).toFixed(0),
            x.wallDocsPerS.toFixed(0),
            x.medianDocMs.toFixed(3),
            x.relaxedF1.toFixed(3),
            x.valueF1.toFixed(3),
          ];
        }),
      ) +
      `\n\nratio dateline/chrono-node: ${ratio.toFixed(2)}x (floor ${floor}x); the layer alone: ${layerRatio.toFixed(2)}x; ` +
      `wall clock: ${wallRatio.toFixed(2)}x (rounds ${report.ratio.wallRoundMin.toFixed(2)}–${report.ratio.wallRoundMax.toFixed(2)}); ` +
      `fastest rounds: ${minRatio.toFixed(2)}x (layer ${layerMinRatio.toFixed(2)}x)\n` +
      "docs/s: documents over the sum of each document's median time across rounds; wall: over all rounds' total time; " +
      "fastest rounds: over the sum of each document's fastest round (steadiest on a loaded machine)\n",
  );
}
if (args.check) {
  // The gate is on the layer: tokens and sentences are shared with every other layer of the pipeline.
  if (layerRatio < floor) {
    process.stderr.write(`check: the layer's ratio ${layerRatio.toFixed(2)} is below the floor ${floor}\n`);
    process.exit(1);
  }
  if (!args.json) process.stdout.write('check: the ratio is at or above its floor\n');
}
