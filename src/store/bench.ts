/**
 * Store speed, SQLite vs PostgreSQL, on the same analysed records; and ingest throughput.
 * Reports; asserts nothing.
 *
 *   node dist/src/store/bench.js [--docs N] [--data DIR] [--no-ingest]
 *
 * 1. Analyse N pages written for the tests (test-pages.ts) once, in-process: the records to store.
 * 2. For each backend (SQLite file; PostgreSQL: a throwaway server with fsync on, skipped when none
 *    can be started): addDocument for all N (one transaction each), then 200 full-text searches,
 *    200 getArticle, 50 getEntity, 20 listEvents, 20 stats. Wall clock and CPU per phase.
 * 3. The PostgreSQL/SQLite time ratio per phase and overall (target: ≤ 2).
 * 4. Ingest throughput: `dateline ingest --quiet` over DIR/extraction/scrapinghub/html (181 gzipped
 *    pages, DIR defaulting to ../shared/data) into a fresh SQLite file, one worker per core; pages/s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../doc/record.js';
import { articlePage } from '../ingest/test-pages.js';
import { processDocument } from '../workers/process-document.js';
import { sha256 } from './dedup.js';
import { startPgServer } from './pg-server.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { NewDocument, Store } from './types.js';

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const N = Number(argValue('--docs') ?? 300);
const DATA =
  argValue('--data') ?? join(fileURLToPath(new URL('../../../..', import.meta.url)), 'shared', 'data');

type Phase = { name: string; ms: number; cpuMs: number };

async function timed(name: string, fn: () => Promise<void>): Promise<Phase> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { name, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

async function phases(store: Store, docs: NewDocument[]): Promise<Phase[]> {
  await store.migrate();
  const ids: string[] = [];
  const out: Phase[] = [];
  out.push(
    await timed(`addDocument ×${docs.length}`, async () => {
      for (const d of docs) ids.push((await store.addDocument(d)).articleId);
    }),
  );
  const words = ['council', 'bridge', 'budget', 'harbour', 'union', 'hospital', 'rail', 'school'];
  out.push(
    await timed('search ×200', async () => {
      for (let i = 0; i < 200; i++) await store.searchArticles(words[i % words.length], 20, 0);
    }),
  );
  out.push(
    await timed('getArticle ×200', async () => {
      for (let i = 0; i < 200; i++) await store.getArticle(ids[(i * 7) % ids.length]!);
    }),
  );
  const entities = await store.searchEntities(undefined, 50, 0);
  out.push(
    await timed(`getEntity ×${entities.length}`, async () => {
      for (const e of entities) await store.getEntity(e.id);
    }),
  );
  out.push(
    await timed('listEvents + stats ×20', async () => {
      for (let i = 0; i < 20; i++) {
        await store.listEvents({ limit: 50 });
        await store.stats();
      }
    }),
  );
  await store.close();
  return out;
}

function print(label: string, ps: Phase[]): void {
  console.log(`\n${label}`);
  for (const p of ps)
    console.log(`  ${p.name.padEnd(24)} ${p.ms.toFixed(0).padStart(7)} ms  (cpu ${p.cpuMs.toFixed(0)} ms)`);
}

async function main(): Promise<void> {
  // 1.
  console.log(`analysing ${N} pages …`);
  const docs: NewDocument[] = [];
  for (let i = 0; i < N; i++) {
    const html = articlePage(1000 + i);
    const record: ArticleRecord = processDocument(
      { input: `p${i}.html`, url: `https://bench.example/${i}`, kind: 'html', content: html, warnings: [] },
      {},
      'all',
    );
    docs.push({
      input: `p${i}.html`,
      url: record.url,
      canonicalUrl: null,
      contentHash: sha256(html),
      fetchedAt: new Date().toISOString(),
      record,
    });
  }
  const entityCount = docs.reduce((n, d) => n + (d.record.entities?.length ?? 0), 0);
  console.log(`records: ${N}, ${entityCount} entities (${(entityCount / N).toFixed(1)} per article)`);
  // 2.
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  try {
    const sqlite = await phases(new SqliteStore(join(dir, 'bench.db')), docs);
    print('SQLite (WAL, synchronous=NORMAL)', sqlite);
    const server = await startPgServer({ durable: true });
    if ('skip' in server) console.log(`\nPostgreSQL skipped: ${server.skip}`);
    else {
      try {
        const pg = await phases(await PostgresStore.connect(await server.createDatabase('bench')), docs);
        print('PostgreSQL (local TCP, synchronous_commit=off, fsync on)', pg);
        // 3.
        console.log('\nPostgreSQL / SQLite wall-clock ratio (target ≤ 2):');
        for (let i = 0; i < pg.length; i++)
          console.log(`  ${pg[i]!.name.padEnd(24)} ${(pg[i]!.ms / sqlite[i]!.ms).toFixed(2)}×`);
        const total = (ps: Phase[]) => ps.reduce((s, p) => s + p.ms, 0);
        console.log(`  ${'all phases'.padEnd(24)} ${(total(pg) / total(sqlite)).toFixed(2)}×`);
      } finally {
        await server.stop();
      }
    }
    // 4.
    const pages = join(DATA, 'extraction', 'scrapinghub', 'html');
    if (process.argv.includes('--no-ingest')) return;
    if (!existsSync(pages)) {
      console.log(`\ningest throughput skipped: ${pages} is absent`);
      return;
    }
    const count = readdirSync(pages).filter((f) => f.endsWith('.html.gz')).length;
    const bin = fileURLToPath(new URL('../../../bin/dateline.js', import.meta.url));
    const db = join(dir, 'ingest.db');
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'ingest', '--db', db, '--quiet', pages], {
      encoding: 'utf8',
    });
    const s = (performance.now() - t) / 1000;
    console.log(
      `\ningest of ${count} scrapinghub pages, ${availableParallelism()} workers: ${s.toFixed(1)} s, ` +
        `${(count / s).toFixed(1)} pages/s — ${r.stdout.trim()}`,
    );
    const t2 = performance.now();
    const again = spawnSync(process.execPath, [bin, 'ingest', '--db', db, '--quiet', pages], {
      encoding: 'utf8',
    });
    const s2 = (performance.now() - t2) / 1000;
    console.log(
      `re-ingest (all stored): ${s2.toFixed(1)} s, ${(count / s2).toFixed(1)} pages/s — ${again.stdout.trim()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
