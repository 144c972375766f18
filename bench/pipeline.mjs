/**
 * The whole pipeline's throughput on one core: `dateline ingest --jobs 1` of the 181 gzipped
 * scrapinghub pages into a fresh SQLite file (extraction, every layer, store writes, story clustering).
 *
 * 1. Link the first SUBSET pages into a temporary folder (the marginal rate's baseline).
 * 2. Run the CLI as a child process, pinned to one core when `taskset` exists, RUNS times for the
 *    full folder and for the subset, alternating, each into a fresh database; keep the fastest of each.
 * 3. Report gross pages/s (all pages over the whole run, start-up included) and marginal pages/s
 *    ((all − subset) pages over the time difference: start-up cancels out), with the child's CPU time,
 *    and the median and range of the marginal rate of each (full, subset) pair.
 *
 * Usage: node bench/pipeline.mjs [--data DIR] [--runs N] [--subset N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_DATA, REPO_ROOT, fail, parseArgs } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { data: 'string', runs: 'number', subset: 'number' });
const dataDir = resolve(args.data ?? DEFAULT_DATA, 'extraction', 'scrapinghub', 'html');
/** Best of three: the machine is shared, the fastest run is the least disturbed. */
const RUNS = args.runs ?? 3;
/** The baseline subset of the marginal rate (the first N files by name). */
const SUBSET = args.subset ?? 60;
const BIN = join(REPO_ROOT, 'bin', 'dateline.js');

if (!existsSync(dataDir)) fail(`no pages at ${dataDir} (pass --data DIR, the shared data folder)`);
if (!existsSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js')))
  fail('Dateline is not built: run `npm run build`');

const files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'dateline-pipeline-'));
const subsetDir = join(work, 'subset');
mkdirSync(subsetDir);
for (const f of files.slice(0, SUBSET)) symlinkSync(join(dataDir, f), join(subsetDir, f));

const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** One ingest run: wall ms and the child's CPU ms (user + sys, from bash's `times`). */
function run(dir, n) {
  const db = join(work, `run-${n}.db`);
  const cmd = `${hasTaskset ? 'taskset -c 0 ' : ''}node ${JSON.stringify(BIN)} ingest --jobs 1 -q --db ${JSON.stringify(db)} ${JSON.stringify(dir)} >/dev/null; rc=$?; times; exit $rc`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) fail(`ingest failed: ${r.stderr}`);
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  // `times` prints the shell's then its children's user and sys times: "0m1.234s 0m0.056s".
  const line = r.stdout.trim().split('\n').pop() ?? '';
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wall, cpu: secs.length === 2 ? (secs[0] + secs[1]) * 1000 : NaN };
}

let n = 0;
const fmt = (x) => x.toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
try {
  // Full and subset runs alternate, so a slow spell of the machine hits both sides of a pair.
  const pairs = Array.from({ length: RUNS }, () => ({ full: run(dataDir, n++), sub: run(subsetDir, n++) }));
  const full = {
    wall: Math.min(...pairs.map((p) => p.full.wall)),
    cpu: Math.min(...pairs.map((p) => p.full.cpu)),
  };
  const sub = {
    wall: Math.min(...pairs.map((p) => p.sub.wall)),
    cpu: Math.min(...pairs.map((p) => p.sub.cpu)),
  };
  const extra = files.length - Math.min(SUBSET, files.length);
  const rate = (f, s) => (extra / (f - s)) * 1000;
  const perPair = pairs.map((p) => rate(p.full.cpu, p.sub.cpu));
  console.log(
    `pipeline: dateline ingest --jobs 1 (${hasTaskset ? 'pinned to cpu 0' : 'not pinned'}), best of ${RUNS}`,
  );
  console.log(`  ${files.length} pages: ${fmt(full.wall)} ms wall, ${fmt(full.cpu)} ms cpu`);
  console.log(`  ${SUBSET} pages: ${fmt(sub.wall)} ms wall, ${fmt(sub.cpu)} ms cpu`);
  console.log(`  gross:    ${fmt((files.length / full.wall) * 1000)} pages/s (wall)`);
  console.log(
    `  marginal: ${fmt(rate(full.wall, sub.wall))} pages/s (wall), ${fmt(rate(full.cpu, sub.cpu))} pages/s (cpu)`,
  );
  // Each pair's own marginal rate: the spread shows how much of a figure is the machine.
  console.log(
    `  marginal per pair (cpu): median ${fmt(median(perPair))}, min ${fmt(Math.min(...perPair))}, max ${fmt(Math.max(...perPair))} pages/s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
