import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MemoryStore } from '../api/testing/memory-store.js';
import { floodRecord } from '../api/testing/records.js';
import { newDoc } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';
import { ClusterAssigner, SAVE_EVERY, SAVE_FRACTION, saveInterval } from './assigner.js';
import type { StoryInput } from './types.js';

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
    await assert.rejects(
      again.assign({ id: 'a1', title: 'x', text: 'x', published: null }),
      /already clustered/,
    );
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

  describe('kill -9 at any point, then a re-run of the same inputs', () => {
    // Invented headlines: four made-up events, many wordings each, interleaved (more than SAVE_EVERY).
    const events = [
      ['Valdoria flood', 'evacuation', 'Menth river'],
      ['Quorvane bankruptcy', 'creditors', 'court filing'],
      ['Zelmitra airline', 'grounded fleet', 'stranded passengers'],
      ['Ostrava chess final', 'grandmaster', 'tie-break'],
    ];
    const verbs = [
      'hits',
      'deepens',
      'spreads',
      'worsens',
      'eases',
      'returns',
      'ends',
      'grows',
      'stalls',
      'shifts',
    ];
    const inputs: StoryInput[] = [];
    for (let i = 0; i < 120; i++) {
      const [name, a, b] = events[i % events.length]!;
      const title = `${name} ${verbs[i % verbs.length]!} as ${i % 3 ? a : b} story ${Math.floor(i / 4)}`;
      inputs.push({ id: '', title, text: title, published: null });
    }

    /** Ingest's loop over a store (src/ingest/ingest.ts): stops dead after storing article `killAfter`'s story. */
    const ingest = async (store: Store, killAfter = -1): Promise<string[]> => {
      const assigner = await ClusterAssigner.open(store, { threshold: 0.2, mergeThreshold: 0.3 });
      const ids: string[] = [];
      for (const [i, input] of inputs.entries()) {
        const res = await store.addDocument(newDoc(input.text, { raw: `page ${i}` }));
        ids.push(res.articleId);
        const stored = await store.getArticle(res.articleId);
        if (res.status === 'duplicate' && stored?.storyId && assigner.knows(res.articleId)) continue;
        const story = await assigner.assign({ ...input, id: res.articleId });
        await store.assignStory(res.articleId, story);
        if (i === killAfter) return ids; // killed between the two writes: the save below never runs
        await assigner.save();
      }
      await assigner.save(true);
      return ids;
    };
    const snapshot = async (store: Store, ids: readonly string[]) => {
      const stories: Array<string | null> = [];
      for (const id of ids) stories.push((await store.getArticle(id))?.storyId ?? null);
      const seen = store.loadClusterSeen ? (await store.loadClusterSeen()).sort() : null;
      return { stories, state: await store.loadClusterState(), seen };
    };

    const dir = mkdtempSync(join(tmpdir(), 'dateline-assigner-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    let n = 0;
    const sqlite = async () => {
      const s = new SqliteStore(join(dir, `kill-${n++}.db`));
      await s.migrate();
      return s;
    };
    const backends: Array<[string, () => Promise<Store>, number[]]> = [
      ['memory store, ids inside the state', async () => new MemoryStore(), [0, 30, SAVE_EVERY - 2, 77, 119]],
      ['SQLite, ids in their own rows', sqlite, [SAVE_EVERY - 1, SAVE_EVERY, 99]],
    ];
    for (const [backend, open, points] of backends)
      for (const killAfter of points)
        it(`${backend}: killed after article ${killAfter + 1}, the store ends as a clean run's`, async () => {
          const clean = await open();
          const ids = await ingest(clean);
          const crashed = await open();
          await ingest(crashed, killAfter);
          assert.deepEqual(await ingest(crashed), ids);
          const want = await snapshot(clean, ids);
          assert.ok(new Set(ids).size > 100, 'the pages are stored as distinct articles');
          assert.ok(new Set(want.stories).size > 1, 'the corpus makes several stories');
          assert.equal(want.seen?.length ?? ids.length, new Set(ids).size);
          assert.deepEqual(await snapshot(crashed, ids), want);
          await clean.close();
          await crashed.close();
        });

    it('SQLite: the state row holds no article ids (they are rows of their own)', async () => {
      const store = await sqlite();
      const ids = await ingest(store);
      const state = (await store.loadClusterState())!;
      assert.equal(JSON.parse(state).v, 2);
      for (const id of ids) assert.ok(!state.includes(id));
      await store.close();
    });

    it('SQLite: a state saved with the ids inside (v1) goes on, its ids moved to rows', async () => {
      const store = await sqlite();
      const memory = new MemoryStore();
      await ingest(memory, 59); // v1 state saved after 50 articles
      await store.saveClusterState((await memory.loadClusterState())!);
      const assigner = await ClusterAssigner.open(store);
      assert.equal(assigner.knows('a1'), true);
      assert.equal(assigner.knows('a51'), false);
      await assigner.save(true);
      assert.equal((await store.loadClusterSeen()).length, 50);
      await store.close();
    });
  });
});
