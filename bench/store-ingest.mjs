/**
 * The whole pipeline into each store backend, side by side: `dateline ingest --jobs 1` of the 181 gzipped
 * scrapinghub pages into a fresh SQLite file and into a fresh PostgreSQL database (issue 7: the
 * PostgreSQL backend within 2× of SQLite). `npm run bench:store` in the root times the store's own
 * operations in isolation; this times what a user waits for.
 *
 * 1. Start a throwaway PostgreSQL server (dist/src/store/pg-server.js: fsync on, synchronous_commit off);
 *    without server binaries, print `skipped: ...` and exit 0.
 * 2. RUNS times, alternating: ingest into a new SQLite file, then into a new PostgreSQL database, the
 *    CLI pinned to one core when `taskset` exists; wall time and the child's CPU time.
 * 3. Report each run and the PostgreSQL / SQLite ratio of the best wall times.
 *
 * Usage: node bench/store-ingest.mjs [--data DIR] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA, REPO_ROOT, fail, parseArgs } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { data: 'string', runs: 'number' });
const pages = resolve(args.data ?? DEFAULT_DATA, 'extraction', 'scrapinghub', 'html');
/** Alternating pairs: the machine is shared, the fastest run of each is the least disturbed. */
const RUNS = args.runs ?? 3;
const BIN = join(REPO_ROOT, 'bin', 'dateline.js');
const PG_SERVER = join(REPO_ROOT, 'dist', 'src', 'store', 'pg-server.js');

if (!existsSync(pages)) {
  console.log(`skipped: no pages at ${pages} (pass --data DIR, the shared data folder)`);
  process.exit(0);
}
if (!existsSync(PG_SERVER)) fail('Dateline is not built: run `npm run build`');
const count = readdirSync(pages).filter((f) => f.endsWith('.html.gz') || f.endsWith('.html')).length;
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** One ingest into `db` (a file path or a postgres:// URL): wall ms and the child's CPU ms. */
function ingest(db) {
  const cmd = `${hasTaskset ? 'taskset -c 0 ' : ''}node ${JSON.stringify(BIN)} ingest --jobs 1 -q --db ${JSON.stringify(db)} ${JSON.stringify(pages)} >/dev/null; rc=$?; times; exit $rc`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) fail(`ingest into ${db} failed: ${r.stderr}`);
  // `times` prints the shell's then its children's user and sys times: "0m1.234s 0m0.056s".
  const line = r.stdout.trim().split('\n').pop() ?? '';
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wall, cpu: secs.length === 2 ? (secs[0] + secs[1]) * 1000 : NaN };
}

const { startPgServer } = await import(pathToFileURL(PG_SERVER).href);
const server = await startPgServer();
if ('skip' in server) {
  console.log(`skipped: ${server.skip}`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'dateline-store-ingest-'));
const fmt = (r) => `${(r.wall / 1000).toFixed(2)} s wall, ${(r.cpu / 1000).toFixed(2)} s CPU`;
try {
  const sqlite = [];
  const pg = [];
  for (let i = 0; i < RUNS; i++) {
    sqlite.push(ingest(join(work, `run-${i}.db`)));
    pg.push(ingest(await server.createDatabase(`ingest_${i}`)));
    console.log(`run ${i + 1}: SQLite ${fmt(sqlite[i])} | PostgreSQL ${fmt(pg[i])}`);
  }
  const best = (rs) => Math.min(...rs.map((r) => r.wall));
  console.log(
    `\ningest of ${count} pages, one core: SQLite ${(count / (best(sqlite) / 1000)).toFixed(1)} pages/s, ` +
      `PostgreSQL ${(count / (best(pg) / 1000)).toFixed(1)} pages/s; ` +
      `PostgreSQL / SQLite ${(best(pg) / best(sqlite)).toFixed(2)}× (best wall times; target ≤ 2×)`,
  );
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
