import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MemoryStore } from '../api/testing/memory-store.js';
import { floodRecord } from '../api/testing/records.js';
import { FaultySqliteStore } from '../store/faulty.js';
import { SqliteStore } from '../store/sqlite.js';
import { ClusterAssigner, SAVE_EVERY, SAVE_FRACTION, saveInterval } from './assigner.js';
import { StoryClusterer } from './clusterer.js';
import { type Opened, crashIngest, crashRerunContract } from './crash-scenario.js';

const TITLES = [
  'Valdoria flood forces evacuation of thousands',
  'Menth river bursts its banks near dam',
  'Valdoria flood: evacuation as Menth river bursts banks',
];

describe('ClusterAssigner', () => {
  it('moves the stored articles of stories the clusterer merges to the survivor', async () => {
    const store = new MemoryStore();
    const assigner = await ClusterAssigner.open(store, { threshold: 0.2, mergeThreshold: 0.3 });
    const stories: string[] = [];
    for (const title of TITLES) {
      const id = store.put(floodRecord({ title, text: title, entities: [], events: [], quotes: [] }));
      const story = await assigner.assign({ id, title, text: title, published: null });
      await store.assignStory(id, story);
      await assigner.save();
      stories.push(story);
    }
    assert.deepEqual(stories, ['s1', 's2', 's1']);
    assert.equal((await store.getStory('s1'))?.articles, 3);
    assert.equal(await store.getStory('s2'), null);
  });

  it('after a crash before a save, replaying the unseen articles gives the same stories', async () => {
    const store = new MemoryStore();
    const inputs = TITLES.map((t, i) => ({ id: `a${i + 1}`, title: t, text: t, published: null }));
    const first = await ClusterAssigner.open(store, { threshold: 0.2 });
    const before: string[] = [];
    for (const input of inputs) {
      before.push(await first.assign(input));
      await first.save(); // fewer than SAVE_EVERY: nothing written yet, as if killed here
    }
    assert.equal(await store.loadClusterState(), null);
    const replay = await ClusterAssigner.open(store, { threshold: 0.2 });
    assert.ok(inputs.every((x) => !replay.knows(x.id)));
    const after: string[] = [];
    for (const input of inputs) after.push(await replay.assign(input));
    assert.deepEqual(after, before);
  });

  it('keeps its state in the store and knows what it has seen', async () => {
    const store = new MemoryStore();
    const first = await ClusterAssigner.open(store);
    await first.assign({ id: 'a1', title: TITLES[0]!, text: TITLES[0]!, published: null });
    await first.save(true);
    const again = await ClusterAssigner.open(store);
    assert.equal(again.knows('a1'), true);
    assert.equal(again.knows('a2'), false);
    await assert.rejects(again.assign({ id: 'a1', title: 'x', text: 'x', published: null }), {
      code: 'internal',
      message: /already clustered/,
    });
  });

  describe('saveInterval', () => {
    const cases: Array<[number, number]> = [
      [0, SAVE_EVERY],
      [1000, SAVE_EVERY],
      [SAVE_EVERY / SAVE_FRACTION, SAVE_EVERY],
      [10_000, 200],
      [1_000_000, 20_000],
    ];
    for (const [seen, want] of cases)
      it(`after ${seen} articles, every ${want}`, () => assert.equal(saveInterval(seen), want));

    it('keeps the ids written over a long run linear in its length', () => {
      // Each save writes every id seen so far: with a fixed interval the sum is quadratic (N²/100 for 50).
      const n = 1_000_000;
      let written = 0;
      for (let seen = 0; seen < n;) {
        seen = Math.min(n, seen + saveInterval(seen));
        written += seen;
      }
      assert.ok(written < (2 * n) / SAVE_FRACTION, `${written} ids written`);
      assert.ok(written > n);
    });
  });

  describe('crash and re-run (memory and SQLite stores)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-assigner-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    let n = 0;
    /** A fresh file; the re-run opens a new SqliteStore on it, as a restarted process would. */
    const onFile = async (store: SqliteStore, path: string): Promise<Opened> => {
      await store.migrate();
      return {
        store,
        reopen: async () => {
          await store.close();
          const again = new SqliteStore(path);
          await again.migrate();
          return again;
        },
      };
    };
    const sqlite = () => {
      const path = join(dir, `kill-${n++}.db`);
      return onFile(new SqliteStore(path), path);
    };
    const faulty = (nth: number) => {
      const path = join(dir, `kill-${n++}.db`);
      const store = new FaultySqliteStore(path);
      store.faults.failOn(/INSERT INTO cluster_seen/, nth);
      return onFile(store, path);
    };

    crashRerunContract({
      name: 'memory store, ids inside the state',
      open: async () => {
        const store = new MemoryStore();
        return { store, reopen: async () => store };
      },
      points: [0, 30, SAVE_EVERY - 2, 77, 119].map((after) => ({ after })),
    });
    crashRerunContract({
      name: 'SQLite, ids in their own rows',
      open: sqlite,
      openFaulty: faulty,
      points: [{ after: SAVE_EVERY - 1 }, { after: SAVE_EVERY }, { after: 99 }, { inSave: 1 }, { inSave: 2 }],
    });

    it('SQLite: the state row holds no article ids (they are rows of their own)', async () => {
      const { store } = await sqlite();
      const ids = await crashIngest(store);
      const state = (await store.loadClusterState())!;
      assert.equal(JSON.parse(state).v, 2);
      for (const id of ids) assert.ok(!state.includes(id));
      await store.close();
    });

    it('SQLite: a state saved with the ids inside (v1) goes on, its ids moved to rows', async () => {
      const { store } = await sqlite();
      const memory = new MemoryStore();
      await crashIngest(memory, 59); // v1 state saved after 50 articles
      await store.saveClusterState((await memory.loadClusterState())!);
      const assigner = await ClusterAssigner.open(store);
      assert.equal(assigner.knows('a1'), true);
      assert.equal(assigner.knows('a51'), false);
      await assigner.save(true);
      assert.equal((await store.loadClusterSeen?.())?.length, 50);
      await store.close();
    });
  });

  describe('refuses with coded errors', () => {
    const state = (s: unknown) => {
      const store = new MemoryStore();
      void store.saveClusterState(JSON.stringify(s));
      return store;
    };
    const clusterer = new StoryClusterer().serialize();
    const cases: Array<[string, MemoryStore]> = [
      ['a state of an unknown version', state({ v: 3, clusterer })],
      ['a v1 state without its ids', state({ v: 1, clusterer })],
      ['a v2 state in a store that keeps no seen ids', state({ v: 2, clusterer })],
    ];
    for (const [name, store] of cases)
      it(name, () => assert.rejects(ClusterAssigner.open(store), { code: 'store-cluster-state' }));
  });
});
