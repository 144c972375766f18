import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ClusterAssigner } from '../stories/assigner.js';
import { StoryClusterer } from '../stories/clusterer.js';
import { TEXTS, newDoc, storeContract } from './contract.js';
import { FaultySqliteStore } from './faulty.js';
import { MIGRATIONS_TABLE, migrations } from './migrations.js';
import { SEEN_CHUNK } from './sql-store.js';
import { SqliteStore } from './sqlite.js';
import { processDocument } from '../workers/process-document.js';
import type { TimelineBuilder } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', async () => {
  const s = new SqliteStore(join(dir, `contract-${n++}.db`));
  await s.migrate();
  return s;
});

describe('SqliteStore', () => {
  it('keeps what it stored across close and reopen (a file, WAL)', async () => {
    const path = join(dir, 'reopen.db');
    const a = new SqliteStore(path);
    await a.migrate();
    await a.addDocument(newDoc(TEXTS.flood));
    await a.close();
    const b = new SqliteStore(path);
    await b.migrate();
    assert.equal((await b.stats()).articles, 1);
    assert.equal((await b.searchArticles('canal', 5, 0)).length, 1);
    await b.close();
  });

  it("hands the timeline builder every article's stored record, kept parsed or read again", async () => {
    const path = join(dir, 'records.db');
    const seen: string[][] = [];
    const spy: TimelineBuilder = (articles) => {
      seen.push(articles.map((a) => `${a.id}:${a.record.title ?? ''}:${a.record.text.length}`));
      return { timeline: [], conflicts: [] };
    };
    const a = new SqliteStore(path, { timeline: spy });
    await a.migrate();
    const ids: string[] = [];
    for (const text of [TEXTS.flood, TEXTS.strike, TEXTS.election]) {
      const r = await a.addDocument(newDoc(text));
      ids.push(r.articleId);
      await a.assignStory(r.articleId, 'x');
    }
    await a.close();
    // A new store (nothing kept) refreshing the same story reads the records back.
    const b = new SqliteStore(path, { timeline: spy });
    await b.migrate();
    await b.assignStory(ids[0]!, 'x');
    const stored = await Promise.all(ids.map((id) => b.getArticle(id)));
    const expected = stored.map((art) => `${art!.id}:${art!.record.title ?? ''}:${art!.record.text.length}`);
    assert.deepEqual(seen, [expected.slice(0, 1), expected.slice(0, 2), expected, expected]);
    await b.close();
  });

  it('never changes a record it keeps: story refreshes and reads work on deep-frozen records', async () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object' && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
      return o;
    };
    const s = new SqliteStore(join(dir, `frozen-${n++}.db`));
    await s.migrate();
    const ids: string[] = [];
    for (const text of [TEXTS.flood, TEXTS.strike, TEXTS.election]) {
      const doc = processDocument(
        { input: 'frozen.txt', url: null, kind: 'text', content: text, warnings: [] },
        {},
        'all',
      );
      const r = await s.addDocument({
        ...newDoc(text),
        contentHash: `frozen-${ids.length}`,
        record: deepFreeze(doc),
      });
      ids.push(r.articleId);
      // Strict-mode code throws on any write to a frozen object: a refresh that edits a kept record fails here.
      await s.assignStory(r.articleId, 'one');
    }
    const story = await s.getStory('one');
    assert.equal(story?.articleList.length, 3);
    assert.ok(story.timeline.length > 0, 'the real timeline builder ran over the kept records');
    await s.close();
  });

  // A new article's record goes to the refresh as given (not parsed back), unless JSON would not carry
  // its event quantities: then the refresh sees what the stored copy holds, as a later process would.
  const keptCases: Array<[string, number, boolean, number | null]> = [
    ['finite quantities: the object as given', 300, true, 300],
    ['an infinity: read back from the store (null)', Infinity, false, null],
    ['NaN: read back from the store (null)', NaN, false, null],
  ];
  for (const [name, value, same, seenValue] of keptCases)
    it(`refreshes a new article's story with its record: ${name}`, async () => {
      const s = new SqliteStore(join(dir, `kept-${n++}.db`), {
        timeline: (articles) => {
          got.push(articles[0]!.record);
          return { timeline: [], conflicts: [] };
        },
      });
      const got: Array<{ events?: Array<{ quantities?: Record<string, number> }> }> = [];
      await s.migrate();
      const t = TEXTS.flood;
      const doc = newDoc(t, {
        extra: {
          events: [
            {
              id: 'v1',
              type: 'ASSAULT',
              mode: null,
              actors: [],
              targets: [],
              location: null,
              date: null,
              quantities: { displaced: value },
              status: 'occurred',
              source: null,
              evidence: { start: 0, end: 5, text: t.slice(0, 5) },
            },
          ],
        },
      });
      const r = await s.addDocument(doc);
      await s.assignStory(r.articleId, 'x');
      assert.equal(got.length, 1);
      assert.equal(got[0] === doc.record, same);
      assert.equal(got[0]!.events?.[0]?.quantities?.displaced ?? null, seenValue);
      await s.close();
    });

  it('runs concurrent story assignments one transaction after the other', async () => {
    const s = new SqliteStore(join(dir, 'concurrent.db'));
    await s.migrate();
    const a = await s.addDocument(newDoc(TEXTS.flood));
    const b = await s.addDocument(newDoc(TEXTS.strike));
    await Promise.all([
      s.assignStory(a.articleId, 'x'),
      s.assignStory(b.articleId, 'x'),
      s.assignStory('nope', 'y').catch(() => null),
    ]);
    assert.equal((await s.getStory('x'))?.articles, 2);
    await s.close();
  });

  it('fails with a coded, one-line error when the file cannot be opened', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    assert.throws(() => new SqliteStore(join(file, 'x.db')), { code: 'store-open' });
  });

  describe('a save of clustering state killed half-way leaves the previous state and seen ids', () => {
    // [statement that fails, ids in the save]: the first insert of ids, or a later chunk of a large save.
    const cases: Array<[number, number]> = [
      [1, 3],
      [2, SEEN_CHUNK + 1],
      [3, 2 * SEEN_CHUNK + 5],
    ];
    for (const [nth, count] of cases)
      it(`insert ${nth} of ${count} ids throws: nothing of the save is kept, on reopen too`, async () => {
        const path = join(dir, `fault-${nth}.db`);
        const s = new FaultySqliteStore(path);
        await s.migrate();
        await s.saveClusterState('{"v":2,"clusterer":"before"}', ['a', 'b']);
        const ids = Array.from({ length: count }, (_, i) => `n${i}`);
        s.faults.failOn(/INSERT INTO cluster_seen/, nth);
        await assert.rejects(s.saveClusterState('{"v":2,"clusterer":"after"}', [...ids, 'a']), {
          code: 'store-write',
        });
        const reopened = new SqliteStore(path);
        for (const store of [s, reopened]) {
          assert.equal(await store.loadClusterState(), '{"v":2,"clusterer":"before"}');
          assert.deepEqual((await store.loadClusterSeen()).sort(), ['a', 'b']);
        }
        await Promise.all([s.close(), reopened.close()]);
        // The same save without the fault keeps everything.
        const again = new SqliteStore(path);
        await again.saveClusterState('{"v":2,"clusterer":"after"}', [...ids, 'a']);
        assert.equal((await again.loadClusterSeen()).length, count + 2);
        await again.close();
      });
  });

  const batches: Array<[number, number]> = [
    [1, 1],
    [SEEN_CHUNK, 1],
    [SEEN_CHUNK + 1, 2],
    [2 * SEEN_CHUNK + 5, 3],
  ];
  for (const [count, statements] of batches)
    it(`writes ${count} seen ids in ${statements} statement(s), not one per id`, async () => {
      const s = new FaultySqliteStore(join(dir, `batch-${count}.db`));
      await s.migrate();
      s.faults.failOn(/INSERT INTO cluster_seen/, 0);
      await s.saveClusterState(
        '{"v":2}',
        Array.from({ length: count }, (_, i) => `id${i}`),
      );
      assert.equal(s.faults.matched, statements);
      assert.equal((await s.loadClusterSeen()).length, count);
      await s.close();
    });

  it('opens a file of schema 1 with a v1 clustering state: migrates, then saves the ids as rows (v2)', async () => {
    const path = join(dir, 'schema-1.db');
    const inputs = [
      'Valdoria flood forces evacuation',
      'Quorvane bankruptcy court filing',
      'Valdoria flood worsens',
    ];
    const clusterer = new StoryClusterer({ threshold: 0.2 });
    for (const [i, t] of inputs.entries())
      clusterer.add({ id: `old${i}`, title: t, text: t, published: null });
    // The file as a Dateline of migration 1 left it (its own migration SQL, then the state row of v1).
    const old = new Database(path);
    old.exec(MIGRATIONS_TABLE);
    old.exec(migrations('sqlite')[0]!.sql);
    old
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, ?, ?)')
      .run('initial', 'x');
    const v1 = { v: 1, seen: ['old0', 'old1', 'old2'], clusterer: clusterer.serialize() };
    old.prepare('INSERT INTO cluster_state (id, state) VALUES (1, ?)').run(JSON.stringify(v1));
    old.close();

    const s = new SqliteStore(path);
    await s.migrate();
    const versions = new Database(path, { readonly: true });
    const applied = versions.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    // Migration 3 dropped the two indexes no query looks up by; the others are all still there.
    const indexes = versions
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    versions.close();
    assert.deepEqual(indexes, [
      'articles_canonical_url',
      'articles_published',
      'articles_story',
      'articles_text_hash',
      'event_roles_entity',
      'events_date',
      'events_type_date',
      'mentions_entity',
      'quotes_speaker',
    ]);
    assert.deepEqual(applied, [{ version: 1 }, { version: 2 }, { version: 3 }]);
    assert.deepEqual(await s.loadClusterSeen(), []);
    const assigner = await ClusterAssigner.open(s, { threshold: 0.2 });
    assert.equal(assigner.knows('old1'), true);
    const t = 'Valdoria flood evacuation ends';
    assert.equal(await assigner.assign({ id: 'new0', title: t, text: t, published: null }), 's1');
    await assigner.save(true);
    await s.close();

    const after = new SqliteStore(path);
    const state = JSON.parse((await after.loadClusterState())!) as { v: number; seen?: unknown };
    assert.deepEqual([state.v, state.seen], [2, undefined]);
    assert.deepEqual((await after.loadClusterSeen()).sort(), ['new0', 'old0', 'old1', 'old2']);
    assert.equal((await ClusterAssigner.open(after, { threshold: 0.2 })).knows('old2'), true);
    await after.close();
  });
});
