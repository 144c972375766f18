/**
 * Named-entity speed and accuracy, side by side: Dateline's entity pipeline against compromise (the
 * most used JS option) on the CoNLL-2003 English test set, in one process pinned to one core.
 *
 * 1. Read CoNLL test (../shared/data/ner/conll2003/test.txt) once; each document becomes plain text:
 *    its tokens joined by spaces, its sentences by newlines. No I/O is timed.
 * 2. Contenders, each given the same text and returning entity character spans with a CoNLL type:
 *    - dateline: the full pipeline on raw text (tokenizer, sentence splitter, entity tagger);
 *    - dateline-pretok: the tagger alone on CoNLL's own tokens (what `dateline eval ner` times);
 *    - compromise: nlp(text), then .people() / .organizations() / .places() with offsets (it has no
 *      MISC type, so MISC counts against its recall).
 * 3. Warm-up rounds (WARMUP, default 3: V8 needs about three passes over the 231 documents to reach
 *    steady speed; the first round's outputs are scored), then N rounds interleaved: dateline, pretok, compromise,
 *    dateline, ... Each document is timed on its own with the monotonic clock.
 * 4. Scoring is the same for everyone: spans are mapped back to CoNLL tokens (tokens whose start lies in
 *    the span; trailing punctuation dropped), turned into IOB2 tags and scored with conlleval's
 *    exact-span P/R/F1 (dist/src/annotate/entities/conll.js, the code behind `dateline eval ner`).
 *    Record types map back: PERSON → PER, ORG → ORG, GPE/LOC → LOC, NORP/MISC → MISC.
 * 5. Report tokens/s (tokens × rounds over summed time; and the median over rounds), tokens per second
 *    of the process's own CPU time (process.cpuUsage: steadier than wall time when other jobs share the
 *    core), F1 per type, and the ratio dateline / compromise of median-round tokens/s, wall and CPU.
 *    `--check` exits 1 when the wall-clock ratio of the pipeline is below the floor in floors.json.
 *
 * Usage: node --expose-gc ner.mjs [--rounds N] [--data DIR] [--limit N] [--json] [--check] [--no-pin]
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

const USAGE = `usage: node --expose-gc ner.mjs [--rounds N] [--data DIR] [--limit N] [--json] [--check] [--no-pin]
  --rounds N  measured rounds of each contender, interleaved (default 5)
  --warmup N  untimed rounds of each contender first (default 3; the first one is scored)
  --data DIR  the shared data folder (default ../shared/data from the repository root)
  --limit N   only the first N documents (quick runs; the published figures use all 231)
  --json      machine-readable output on stdout
  --check     exit 1 when the ratio dateline/compromise is below its floor in floors.json
  --no-pin    do not pin the process to one CPU`;

const args = parseArgs(process.argv.slice(2), {
  rounds: 'number',
  warmup: 'number',
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
const warmup = Math.max(1, Math.floor(args.warmup ?? 3));
const dataDir = args.data ?? DEFAULT_DATA;
const testFile = join(dataDir, 'ner', 'conll2003', 'test.txt');
if (!existsSync(testFile)) {
  process.stderr.write(`bench: skipped: no CoNLL-2003 test set at ${testFile}; pass --data DIR\n`);
  process.exit(args.check ? 1 : 0);
}

const dist = (p) => {
  const f = join(REPO_ROOT, 'dist', 'src', p);
  if (!existsSync(f))
    fail(`Dateline is not built (${f} missing): run \`npm run build\` in the repository root`);
  return import(pathToFileURL(f).href);
};
const { readConllFile, byDocument, scoreChunks } = await dist('annotate/entities/conll.js');
const { loadModel } = await dist('annotate/entities/model.js');
const { tagDocument } = await dist('annotate/entities/tagger.js');
const { buildPipeline, runPipeline } = await dist('annotate/annotator.js');
const { Doc } = await dist('doc/doc.js');
let nlp;
try {
  nlp = (await import('compromise')).default;
} catch (err) {
  fail(`compromise is not installed (${err.code ?? err.message}): run \`npm ci\` in bench/ first`);
}
const compromiseVersion = JSON.parse(
  readFileSync(join(BENCH_DIR, 'node_modules', 'compromise', 'package.json'), 'utf8'),
).version;

// 1. Documents as text, with each token's offset.
let docs = byDocument(readConllFile(testFile)).map((sents) => {
  let text = '';
  const starts = [];
  const sentences = sents.map((s) => s.words);
  sents.forEach((s, k) => {
    if (k > 0) text += '\n';
    s.words.forEach((w, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      text += w;
    });
  });
  return {
    text,
    starts,
    sentences,
    gold: sents.flatMap((s) => s.tags),
    words: sents.flatMap((s) => s.words),
  };
});
if (args.limit) docs = docs.slice(0, args.limit);
const totalTokens = docs.reduce((n, d) => n + d.words.length, 0);

const RECORD_TO_CONLL = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', MISC: 'MISC' };
const META = {
  input: 'bench',
  url: null,
  title: null,
  authors: [],
  published: null,
  dateline: null,
  language: 'en',
};
loadModel();
const pipeline = buildPipeline(['entity-tagger']);

/** 2. Contenders: run(doc) → [start, end, type][] over doc.text, or IOB tags directly (`tags`). */
const contenders = [
  {
    name: 'dateline',
    label: `Dateline pipeline on raw text (tokens, sentences, entities)`,
    run: (d) => {
      const doc = runPipeline(new Doc(d.text, META), pipeline);
      const out = [];
      for (const e of doc.getLayer('entities'))
        for (const m of e.mentions) out.push([m.start, m.end, RECORD_TO_CONLL[e.type]]);
      return { spans: out };
    },
  },
  {
    name: 'dateline-pretok',
    label: 'Dateline tagger on CoNLL tokens (as `dateline eval ner`)',
    run: (d) => ({ tags: tagDocument(loadModel(), d.sentences).flat() }),
  },
  {
    name: 'compromise',
    label: `compromise ${compromiseVersion}: people(), organizations(), places()`,
    run: (d) => {
      const doc = nlp(d.text);
      const out = [];
      for (const [view, type] of [
        [doc.people(), 'PER'],
        [doc.organizations(), 'ORG'],
        [doc.places(), 'LOC'],
      ])
        for (const m of view.json({ offset: true }))
          out.push([m.offset.start, m.offset.start + m.offset.length, type]);
      return { spans: out };
    },
  },
];

/** 4. Character spans → IOB2 tags over the document's CoNLL tokens (first span wins a token). */
function spansToTags(d, spans) {
  const tags = new Array(d.words.length).fill('O');
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [start, end, type] of sorted) {
    const idx = [];
    for (let i = 0; i < d.starts.length; i++) if (d.starts[i] >= start && d.starts[i] < end) idx.push(i);
    while (idx.length && !/[\p{L}\p{N}]/u.test(d.words[idx[idx.length - 1]])) idx.pop();
    if (!idx.length || idx.some((i) => tags[i] !== 'O')) continue;
    idx.forEach((i, k) => (tags[i] = `${k === 0 ? 'B' : 'I'}-${type}`));
  }
  return tags;
}

function score(outputs) {
  const gold = [];
  const pred = [];
  docs.forEach((d, k) => {
    gold.push(d.gold);
    const o = outputs[k];
    pred.push(o.tags ?? spansToTags(d, o.spans));
  });
  return scoreChunks(gold, pred);
}

// 3. Pin, warm up (scored), then interleaved timed rounds.
const pinned = args['no-pin'] ? null : pinToOneCore();
const results = contenders.map((c) => ({
  ...c,
  outputs: docs.map((d) => c.run(d)),
  roundMs: [],
  roundCpuMs: [],
}));
for (const r of results) r.scores = score(r.outputs);
for (let round = 1; round < warmup; round++) for (const r of results) for (const d of docs) r.run(d);
for (let round = 0; round < rounds; round++)
  for (const r of results) {
    globalThis.gc?.();
    let ms = 0;
    const cpu0 = process.cpuUsage();
    for (const d of docs) {
      const t0 = performance.now();
      r.run(d);
      ms += performance.now() - t0;
    }
    const cpu = process.cpuUsage(cpu0);
    r.roundMs.push(ms);
    r.roundCpuMs.push((cpu.user + cpu.system) / 1000);
  }

// 5. Report.
const summary = results.map((r) => {
  const totalMs = r.roundMs.reduce((a, b) => a + b, 0);
  const perRound = r.roundMs.map((ms) => totalTokens / (ms / 1000));
  const f = (t) => Math.round((r.scores[t]?.f1 ?? 0) * 1000) / 1000;
  return {
    name: r.name,
    label: r.label,
    tokensPerSecond: Math.round((totalTokens * rounds) / (totalMs / 1000)),
    medianTokensPerSecond: Math.round(median(perRound)),
    medianTokensPerCpuSecond: Math.round(median(r.roundCpuMs.map((ms) => totalTokens / (ms / 1000)))),
    f1: f('ALL'),
    precision: Math.round(r.scores.ALL.precision * 1000) / 1000,
    recall: Math.round(r.scores.ALL.recall * 1000) / 1000,
    perType: { PER: f('PER'), LOC: f('LOC'), ORG: f('ORG'), MISC: f('MISC') },
  };
});
const byName = Object.fromEntries(summary.map((s) => [s.name, s]));
const ratio = (a, key) => Math.round((byName[a][key] / byName.compromise[key]) * 10) / 10;
const ratios = {
  dateline: ratio('dateline', 'medianTokensPerSecond'),
  'dateline-pretok': ratio('dateline-pretok', 'medianTokensPerSecond'),
};
const cpuRatios = {
  dateline: ratio('dateline', 'medianTokensPerCpuSecond'),
  'dateline-pretok': ratio('dateline-pretok', 'medianTokensPerCpuSecond'),
};
/** Issue 3's target (bench/floors.json may pin another as speed.compromise.minRatio). */
const minRatio = readFloors().speed?.compromise?.minRatio ?? 5;
const ok = ratios.dateline >= minRatio;
const report = {
  documents: docs.length,
  tokens: totalTokens,
  rounds,
  pinnedCpu: pinned,
  machine: machine(),
  contenders: summary,
  ratioVsCompromise: ratios,
  cpuRatioVsCompromise: cpuRatios,
  minRatio,
};
if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const m = report.machine;
  process.stdout.write(
    `CoNLL-2003 test: ${docs.length} documents, ${totalTokens} tokens, ${rounds} rounds after ${warmup} warm-up rounds; ` +
      `${pinned === null ? 'not pinned' : `pinned to CPU ${pinned}`}; ${m.cpu}, node ${m.node}\n\n`,
  );
  process.stdout.write(
    `${table(
      ['contender', 'tokens/s', 'median round', 'per CPU s', 'F1', 'P', 'R', 'PER', 'LOC', 'ORG', 'MISC'],
      summary.map((s) => [
        s.name,
        s.tokensPerSecond,
        s.medianTokensPerSecond,
        s.medianTokensPerCpuSecond,
        s.f1,
        s.precision,
        s.recall,
        s.perType.PER,
        s.perType.LOC,
        s.perType.ORG,
        s.perType.MISC,
      ]),
    )}\n\n`,
  );
  for (const s of summary) process.stdout.write(`  ${s.name}: ${s.label}\n`);
  process.stdout.write(
    `\nratio dateline / compromise (median round tokens/s): ${ratios.dateline}x (pipeline on raw text), ` +
      `${ratios['dateline-pretok']}x (tagger on CoNLL tokens); floor ${minRatio}x\n` +
      `ratio per CPU second (median round; the process's own CPU time, steadier on a shared machine): ` +
      `${cpuRatios.dateline}x (pipeline), ${cpuRatios['dateline-pretok']}x (tagger)\n`,
  );
}
if (args.check && !ok) {
  process.stderr.write(`bench: ratio ${ratios.dateline}x below the floor ${minRatio}x\n`);
  process.exit(1);
}
