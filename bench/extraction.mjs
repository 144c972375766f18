/**
 * Extraction speed, side by side: Dateline `extract()` against Readability + linkedom on the
 * scrapinghub article-extraction benchmark pages, in one process pinned to one core.
 *
 * 1. Load the 181 pages once, decompressed, into memory (no I/O is timed).
 * 2. Warm-up round: every extractor over every page once; its outputs give the F1 (benchmark metric).
 * 3. N measured rounds, interleaved: ours, peer, ours, peer ... so drift (thermal, other load, GC
 *    state) hits both alike. Each page is timed on its own with the monotonic clock.
 * 4. Report pages/s (all pages × rounds over the summed time), median and p95 per-page ms (each
 *    page's median over the rounds), failures, F1, and the ratio ours/peer, the number that travels
 *    between machines. `--check` exits 1 when a ratio is below its floor in floors.json.
 *
 * Usage: node --expose-gc extraction.mjs [--rounds N] [--data DIR] [--limit N] [--json] [--check]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  DEFAULT_DATA,
  fail,
  loadDateline,
  loadReadability,
  machine,
  median,
  parseArgs,
  peerVersions,
  pinToOneCore,
  quantile,
  readFloors,
  table,
} from './lib.mjs';

const USAGE = `usage: node --expose-gc extraction.mjs [--rounds N] [--data DIR] [--limit N] [--json] [--check] [--no-pin]
  --rounds N  measured rounds of each extractor, interleaved (default 5; a warm-up round comes first)
  --data DIR  the shared data folder (default ../shared/data from the repository root)
  --limit N   only the first N pages (quick runs; the published figures use all pages)
  --json      machine-readable output on stdout
  --check     exit 1 when a ratio ours/peer is below its floor in floors.json
  --no-pin    do not pin the process to one CPU`;

const args = parseArgs(process.argv.slice(2), {
  rounds: 'number',
  data: 'string',
  limit: 'number',
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

// 1. Pages.
const benchDir = findScrapinghub(dataDir);
if (!benchDir) {
  process.stderr.write(
    `bench: skipped: no scrapinghub benchmark (ground-truth.json + html/) under ${dataDir}; ` +
      'pass --data DIR pointing at the shared data folder\n',
  );
  process.exit(args.check ? 1 : 0);
}
const pages = loadPages(benchDir, args.limit);
const htmlBytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);

const dateline = await loadDateline();
const { Readability, parseHTML } = await loadReadability();

/** The extractors, ours first; later peers are added to this list. `run` returns the body text. */
const contenders = [
  {
    name: 'dateline',
    label: 'Dateline extract()',
    run: (page) =>
      dateline.extract({ input: page.id, url: page.url, kind: 'html', content: page.html, warnings: [] })
        .text,
  },
  {
    name: 'readability-linkedom',
    label: 'Readability + linkedom',
    run: (page) => {
      const { document } = parseHTML(page.html);
      return new Readability(document).parse()?.textContent ?? '';
    },
  },
];

const pinned = args['no-pin'] ? null : pinToOneCore(0);
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null;

// 2–3. Warm-up, then interleaved measured rounds.
const state = contenders.map(() => ({ outputs: [], errors: [], times: pages.map(() => []), rounds: [] }));
for (let round = 0; round <= rounds; round++) {
  for (let c = 0; c < contenders.length; c++) {
    const warmup = round === 0;
    if (process.stderr.isTTY && !args.json)
      process.stderr.write(`\r${warmup ? 'warm-up' : `round ${round}/${rounds}`}: ${contenders[c].name}   `);
    gc?.();
    const total = runRound(contenders[c], state[c], warmup);
    if (!warmup) state[c].rounds.push(total);
  }
}
if (process.stderr.isTTY && !args.json) process.stderr.write('\r\x1b[K');

// 4. Figures.
const results = contenders.map((c, i) => summarise(c, state[i]));
const ours = results[0];
const floors = readFloors().speed ?? {};
const comparisons = results.slice(1).map((peer) => {
  const perRound = ours.roundMs.map((ms, r) => peer.roundMs[r] / ms);
  const ratio = ours.pagesPerSecond / peer.pagesPerSecond;
  const floor = floors[peer.name]?.minRatio ?? null;
  return {
    peer: peer.name,
    ratio,
    ratioRange: [Math.min(...perRound), Math.max(...perRound)],
    medianRatio: peer.medianMs / ours.medianMs,
    floor,
    ok: floor === null || ratio >= floor,
  };
});

const report = {
  benchmark: 'scrapinghub article-extraction-benchmark',
  date: new Date().toISOString(),
  machine: machine(),
  pinnedCpu: pinned,
  gcBetweenRounds: gc !== null,
  pages: pages.length,
  htmlMB: htmlBytes / 1e6,
  rounds,
  peers: peerVersions(),
  results: results.map(({ roundMs, ...r }) => ({ ...r, roundMs })),
  comparisons,
};

if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else printReport(report);

if (args.check) {
  const below = comparisons.filter((c) => !c.ok);
  for (const c of below)
    process.stderr.write(
      `bench: FAIL ours/${c.peer} = ${c.ratio.toFixed(2)}x, below its floor ${c.floor}x\n`,
    );
  if (below.length) process.exit(1);
  if (!args.json) process.stdout.write('check: every ratio is at or above its floor\n');
}

// ---------------------------------------------------------------------------------------------

function findScrapinghub(data) {
  for (const d of [data, join(data, 'scrapinghub'), join(data, 'extraction', 'scrapinghub')]) {
    if (existsSync(join(d, 'ground-truth.json')) && existsSync(join(d, 'html'))) return d;
  }
  return null;
}

function loadPages(dir, limit) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const ids = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((id) => id in truth)
    .sort();
  const chosen = limit ? ids.slice(0, limit) : ids;
  if (!chosen.length) fail(`no pages with ground truth under ${dir}`);
  return chosen.map((id) => ({
    id,
    url: truth[id].url ?? null,
    truth: truth[id].articleBody,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

/** One pass of one extractor over every page; returns the summed ms. */
function runRound(contender, st, warmup) {
  let total = 0;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    let text = '';
    let error = null;
    const t0 = process.hrtime.bigint();
    try {
      text = contender.run(page);
    } catch (err) {
      error = err;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    total += ms;
    if (warmup) {
      // The warm-up's outputs are scored; a page that throws counts as an empty prediction.
      st.outputs.push(text);
      if (error)
        st.errors.push({ id: page.id, code: error.code ?? error.name, message: String(error.message) });
    } else st.times[i].push(ms);
  }
  return total;
}

function summarise(contender, st) {
  const totalMs = st.rounds.reduce((a, b) => a + b, 0);
  const perPage = st.times.map(median).sort((a, b) => a - b);
  const scores = pages.map((p, i) => dateline.shingleMatch(p.truth, st.outputs[i]));
  const quality = dateline.aggregate(scores);
  return {
    name: contender.name,
    label: contender.label,
    pagesPerSecond: (pages.length * st.rounds.length * 1000) / totalMs,
    mbPerSecond: (htmlBytes / 1e6) * ((st.rounds.length * 1000) / totalMs),
    medianMs: quantile(perPage, 0.5),
    p95Ms: quantile(perPage, 0.95),
    maxMs: perPage[perPage.length - 1],
    f1: quality.f1,
    precision: quality.precision,
    recall: quality.recall,
    failures: st.errors.length,
    errors: st.errors.slice(0, 10),
    roundMs: st.rounds,
  };
}

function printReport(r) {
  const m = r.machine;
  const out = [];
  out.push(
    `Extraction speed: ${r.pages} pages (${r.htmlMB.toFixed(1)} MB of HTML), warm-up + ${r.rounds} interleaved rounds each`,
  );
  out.push(
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}; ` +
      `${r.pinnedCpu === null ? 'NOT pinned' : `pinned to CPU ${r.pinnedCpu}`}; ` +
      `${r.gcBetweenRounds ? 'GC between rounds' : 'no --expose-gc: no GC between rounds'}`,
  );
  out.push(
    `peers: ${Object.entries(r.peers)
      .map(([k, v]) => `${k} ${v ?? '(missing)'}`)
      .join(', ')}`,
  );
  out.push('');
  out.push(
    table(
      ['extractor', 'pages/s', 'MB/s', 'median ms', 'p95 ms', 'max ms', 'F1', 'P', 'R', 'failures'],
      r.results.map((x) => [
        x.label,
        x.pagesPerSecond.toFixed(1),
        x.mbPerSecond.toFixed(2),
        x.medianMs.toFixed(2),
        x.p95Ms.toFixed(2),
        x.maxMs.toFixed(1),
        x.f1.toFixed(3),
        x.precision.toFixed(3),
        x.recall.toFixed(3),
        String(x.failures),
      ]),
    ),
  );
  out.push('');
  for (const c of r.comparisons) {
    const floor = c.floor === null ? 'no floor' : `floor ${c.floor}x: ${c.ok ? 'ok' : 'BELOW'}`;
    out.push(
      `ratio ours/${c.peer}: ${c.ratio.toFixed(2)}x pages/s (rounds ${c.ratioRange[0].toFixed(2)}–${c.ratioRange[1].toFixed(2)}x; ` +
        `median page ${c.medianRatio.toFixed(2)}x) — ${floor}`,
    );
  }
  out.push('');
  out.push(
    'pages/s = pages × rounds / summed time; median/p95/max over pages of each page’s median time across rounds;',
  );
  out.push(
    'F1/P/R: the benchmark metric (4-gram shingles) on the warm-up outputs; failures: pages where the extractor threw.',
  );
  for (const x of r.results)
    for (const e of x.errors)
      out.push(`  ${x.name} failed on ${e.id}: ${e.code}: ${e.message.slice(0, 100)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
