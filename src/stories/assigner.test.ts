import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryStore } from '../api/testing/memory-store.js';
import { floodRecord } from '../api/testing/records.js';
import { ClusterAssigner } from './assigner.js';

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
});
