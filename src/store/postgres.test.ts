import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { articlePage } from '../ingest/test-pages.js';
import { runCli } from '../testing/cli.js';
import { SAVE_EVERY } from '../stories/assigner.js';
import { crashRerunContract } from '../stories/crash-scenario.js';
import { TEXTS, newDoc, storeContract } from './contract.js';
import { FaultyPostgresStore } from './faulty.js';
import { type PgServer, startPgServer } from './pg-server.js';
import { PostgresStore, numberPlaceholders } from './postgres.js';
import { SEEN_CHUNK } from './sql-store.js';

describe('numberPlaceholders', () => {
  it('numbers ? in order', () =>
    assert.equal(numberPlaceholders('a = ? AND b IN (?, ?)'), 'a = $1 AND b IN ($2, $3)'));
});

const started = await startPgServer();
if ('skip' in started) {
  describe('Store contract: postgres', () => {
    it(`skipped: ${started.skip}`, { skip: started.skip }, () => undefined);
  });
} else {
  const server: PgServer = started;
  after(() => server.stop());
  let n = 0;
  storeContract('postgres', async () => {
    const s = await PostgresStore.connect(await server.createDatabase(`contract_${n++}`));
    await s.migrate();
    return s;
  });

  // The re-run connects a new store to the same database, as a restarted process would.
  const onDatabase = async (store: PostgresStore, url: string) => {
    await store.migrate();
    return {
      store,
      reopen: async () => {
        await store.close();
        const again = await PostgresStore.connect(url);
        await again.migrate();
        return again;
      },
    };
  };
  crashRerunContract({
    name: 'PostgreSQL, ids in their own rows',
    open: async () => {
      const url = await server.createDatabase(`crash_${n++}`);
      return onDatabase(await PostgresStore.connect(url), url);
    },
    openFaulty: async (nth) => {
      const url = await server.createDatabase(`crash_${n++}`);
      const store = await FaultyPostgresStore.connectFaulty(url);
      store.faults.failOn(/INSERT INTO cluster_seen/, nth);
      return onDatabase(store, url);
    },
    points: [{ after: SAVE_EVERY - 1 }, { after: 99 }, { inSave: 1 }, { inSave: 2 }],
  });

  describe('PostgresStore: a save of clustering state killed half-way leaves the previous state and ids', () => {
    const cases: Array<[number, number]> = [
      [1, 3],
      [2, SEEN_CHUNK + 1],
    ];
    for (const [nth, count] of cases)
      it(`insert ${nth} of ${count} ids throws: nothing of the save is kept`, async () => {
        const url = await server.createDatabase(`fault_${nth}`);
        const s = await FaultyPostgresStore.connectFaulty(url);
        await s.migrate();
        await s.saveClusterState('{"v":2,"clusterer":"before"}', ['a', 'b']);
        s.faults.failOn(/INSERT INTO cluster_seen/, nth);
        const ids = Array.from({ length: count }, (_, i) => `n${i}`);
        await assert.rejects(s.saveClusterState('{"v":2,"clusterer":"after"}', ids), { code: 'store-write' });
        const fresh = await PostgresStore.connect(url);
        for (const store of [s, fresh]) {
          assert.equal(await store.loadClusterState(), '{"v":2,"clusterer":"before"}');
          assert.deepEqual((await store.loadClusterSeen()).sort(), ['a', 'b']);
        }
        await Promise.all([s.close(), fresh.close()]);
      });
  });

  describe('PostgresStore', () => {
    let url = '';
    before(async () => {
      url = await server.createDatabase('twice');
    });
    it('migrates once when two stores open the same database', async () => {
      const [a, b] = await Promise.all([PostgresStore.connect(url), PostgresStore.connect(url)]);
      await Promise.all([a.migrate(), b.migrate()]);
      await a.addDocument(newDoc(TEXTS.strike));
      assert.equal((await b.stats()).articles, 1);
      await Promise.all([a.close(), b.close()]);
    });
    it('serves dateline ingest and stats end to end (--db postgres://…), idempotently', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dateline-pg-cli-'));
      try {
        for (let i = 0; i < 3; i++) writeFileSync(join(dir, `p${i}.html`), articlePage(200 + i));
        writeFileSync(join(dir, 'p0-mirror.html'), articlePage(200, 1));
        const db = await server.createDatabase('cli');
        const last = (s: string) => JSON.parse(s.trim().split('\n').at(-1)!) as Record<string, number>;
        const first = await runCli(['ingest', '--db', db, '--jobs', '1', dir]);
        assert.equal(first.code, 0, first.err);
        assert.deepEqual(last(first.out), { documents: 4, new: 3, duplicates: 1, failed: 0 });
        const again = await runCli(['ingest', '--db', db, '--jobs', '1', dir]);
        assert.deepEqual(last(again.out), { documents: 4, new: 0, duplicates: 4, failed: 0 });
        const stats = last((await runCli(['stats', '--db', db, '--format', 'json'])).out);
        assert.deepEqual([stats.articles, stats.documents, stats.duplicates], [3, 4, 1]);
        assert.ok(stats.stories! >= 1 && stats.stories! <= 3, `${stats.stories} stories`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('fails with a coded, one-line error when the server cannot be reached', async () => {
      await assert.rejects(
        PostgresStore.connect('postgres://nobody:secret@127.0.0.1:1/x'),
        (err: Error & { code?: string }) => {
          assert.equal(err.code, 'store-open');
          assert.doesNotMatch(err.message, /secret|\n/);
          return true;
        },
      );
    });
  });
}
