/**
 * Entities + quotes speed on one core, in documents per minute (issue 5 target: ≥ 2,000).
 *
 * 1. Read PolNeAR's article texts (dev, then train; `--limit N`, default 300) from ../shared/data
 *    (or --data DIR); no I/O is timed. Without the data: prints `skipped: ...` and exits 0.
 * 2. Pin the process to one CPU (taskset) when available; load the entity model once (not timed).
 * 3. A warm-up round, then `--rounds N` (default 3) rounds over all texts, each document timed on its
 *    own: tokens → sentences → entities → quotes, and separately the quotes step alone.
 * 4. Report docs/min (documents × rounds over the summed wall time; and over CPU time, which a busy
 *    machine does not inflate), tokens/s, median / p95 ms per
 *    document, and the quotes step's share. `--json` for machine output.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA, REPO_ROOT, machine, median, parseArgs, pinToOneCore, quantile } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), {
  data: 'string',
  limit: 'number',
  rounds: 'number',
  json: 'boolean',
});
const dist = (p) => import(pathToFileURL(join(REPO_ROOT, 'dist', 'src', p)).href);
const { polnearDir, readPolnear } = await dist('annotate/quotes/brat.js');
const { findQuotes } = await dist('annotate/quotes/extract.js');
const { tokenize } = await dist('annotate/tokens/tokenizer.js');
const { splitSentences } = await dist('annotate/sentences/splitter.js');
const { findEntities } = await dist('annotate/entities/index.js');
const { loadModel } = await dist('annotate/entities/model.js');

const dir = polnearDir(args.data ?? DEFAULT_DATA);
if (!dir) {
  console.log(`skipped: no PolNeAR under ${args.data ?? DEFAULT_DATA}`);
  process.exit(0);
}
const limit = args.limit ?? 300;
const texts = [...readPolnear(dir, 'dev'), ...readPolnear(dir, 'train')].slice(0, limit).map((d) => d.text);
const pinned = pinToOneCore();
const model = loadModel();

function round() {
  const perDoc = [];
  const cpu0 = process.cpuUsage();
  let quotesMs = 0;
  let tokens = 0;
  for (const text of texts) {
    const t0 = performance.now();
    const toks = tokenize(text);
    const sents = splitSentences(text, toks);
    const ents = findEntities(text, toks, sents, model);
    const t1 = performance.now();
    findQuotes(text, toks, sents, ents);
    const t2 = performance.now();
    perDoc.push(t2 - t0);
    quotesMs += t2 - t1;
    tokens += toks.length;
  }
  const cpu = process.cpuUsage(cpu0);
  return { perDoc, quotesMs, tokens, cpuMs: (cpu.user + cpu.system) / 1000 };
}

round(); // warm-up
const rounds = [];
for (let r = 0; r < (args.rounds ?? 3); r++) rounds.push(round());
const totalMs = rounds.reduce((s, r) => s + r.perDoc.reduce((a, b) => a + b, 0), 0);
const quotesMs = rounds.reduce((s, r) => s + r.quotesMs, 0);
const docs = texts.length * rounds.length;
const perDocMedian = texts.map((_, i) => median(rounds.map((r) => r.perDoc[i])));
const sorted = [...perDocMedian].sort((a, b) => a - b);
const result = {
  machine: machine(),
  pinned,
  documents: texts.length,
  rounds: rounds.length,
  meanTokensPerDoc: Math.round(rounds[0].tokens / texts.length),
  docsPerMinute: Math.round((docs / totalMs) * 60000),
  // CPU time, not wall time: on a shared machine the wall clock also counts other processes' turns.
  docsPerCpuMinute: Math.round((docs / rounds.reduce((s, r) => s + r.cpuMs, 0)) * 60000),
  tokensPerSecond: Math.round(((rounds[0].tokens * rounds.length) / totalMs) * 1000),
  medianMsPerDoc: +quantile(sorted, 0.5).toFixed(2),
  p95MsPerDoc: +quantile(sorted, 0.95).toFixed(2),
  quotesShare: +(quotesMs / totalMs).toFixed(3),
  quotesOnlyDocsPerMinute: Math.round((docs / quotesMs) * 60000),
};
if (args.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    `entities + quotes, ${result.documents} PolNeAR articles × ${result.rounds} rounds, CPU ${pinned ?? 'not pinned'}`,
  );
  for (const [k, v] of Object.entries(result)) if (k !== 'machine') console.log(`  ${k.padEnd(24)} ${v}`);
  console.log(`  machine                  ${JSON.stringify(result.machine)}`);
}
