/**
 * The crash/re-run scenario every store backing the ClusterAssigner must pass (the assigner's tests run it
 * on the memory and SQLite stores, the PostgreSQL tests on a real server): ingest's loop over invented
 * headlines is stopped dead at a point (between storing an article's story and the next save, or inside
 * a save's transaction), the store is opened again as a new process would, and the same inputs are run
 * again: the store must end as a clean run's (every article in the same story, the same state row, the
 * same seen ids).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newDoc } from '../store/contract.js';
import type { Store } from '../store/types.js';
import { ClusterAssigner } from './assigner.js';
import type { StoryInput } from './types.js';

/** A store, and how to open its file or database again after the process holding it died. */
export interface Opened {
  store: Store;
  reopen(): Promise<Store>;
}

/** Where the first run stops: after article `after` (0-based) has its story stored, before the save; or
 * at the `nth` save's write of seen ids, which throws inside the save's transaction. */
export type KillPoint = { after: number } | { inSave: number };

export interface CrashBackend {
  name: string;
  /** A fresh, empty store. */
  open(): Promise<Opened>;
  points: KillPoint[];
  /** A fresh store whose nth insert of seen ids throws (needed for `inSave` points). */
  openFaulty?(nth: number): Promise<Opened>;
}

// Invented headlines: four made-up events, many wordings each, interleaved (more than SAVE_EVERY).
const EVENTS = [
  ['Valdoria flood', 'evacuation', 'Menth river'],
  ['Quorvane bankruptcy', 'creditors', 'court filing'],
  ['Zelmitra airline', 'grounded fleet', 'stranded passengers'],
  ['Ostrava chess final', 'grandmaster', 'tie-break'],
];
const VERBS = [
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

export const CRASH_INPUTS: readonly StoryInput[] = Array.from({ length: 120 }, (_, i) => {
  const [name, a, b] = EVENTS[i % EVENTS.length]!;
  const title = `${name} ${VERBS[i % VERBS.length]!} as ${i % 3 ? a : b} story ${Math.floor(i / 4)}`;
  return { id: '', title, text: title, published: null };
});

const OPTIONS = { threshold: 0.2, mergeThreshold: 0.3 };

/** Ingest's loop over a store (src/ingest/ingest.ts); stops dead after storing article `killAfter`'s story. */
export async function crashIngest(store: Store, killAfter = -1): Promise<string[]> {
  const assigner = await ClusterAssigner.open(store, OPTIONS);
  const ids: string[] = [];
  for (const [i, input] of CRASH_INPUTS.entries()) {
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
}

/** Every article's story, the state row and the seen ids, comparable across stores. */
export async function crashSnapshot(store: Store, ids: readonly string[]) {
  const stories: Array<string | null> = [];
  for (const id of ids) stories.push((await store.getArticle(id))?.storyId ?? null);
  const seen = store.loadClusterSeen ? (await store.loadClusterSeen()).sort() : null;
  return { stories, state: await store.loadClusterState(), seen };
}

export function crashRerunContract(backend: CrashBackend): void {
  describe(`kill at any point, then a re-run of the same inputs: ${backend.name}`, () => {
    let clean: { ids: string[]; want: Awaited<ReturnType<typeof crashSnapshot>> } | null = null;
    const cleanRun = async () => {
      if (clean) return clean;
      const { store } = await backend.open();
      const ids = await crashIngest(store);
      clean = { ids, want: await crashSnapshot(store, ids) };
      await store.close();
      assert.ok(new Set(ids).size > 100, 'the pages are stored as distinct articles');
      assert.ok(new Set(clean.want.stories).size > 1, 'the corpus makes several stories');
      assert.equal(clean.want.seen?.length ?? ids.length, new Set(ids).size);
      return clean;
    };

    for (const point of backend.points) {
      const label =
        'after' in point
          ? `killed after article ${point.after + 1}, before its save`
          : `killed inside save ${point.inSave}'s transaction`;
      it(`${label}: reopened and re-run, the store ends as a clean run's`, async () => {
        const { ids, want } = await cleanRun();
        let opened: Opened;
        if ('after' in point) {
          opened = await backend.open();
          await crashIngest(opened.store, point.after);
        } else {
          assert.ok(backend.openFaulty, 'a backend with inSave points opens faulty stores');
          opened = await backend.openFaulty(point.inSave);
          await assert.rejects(crashIngest(opened.store), { code: 'store-write' });
        }
        const store = await opened.reopen();
        assert.deepEqual(await crashIngest(store), ids);
        assert.deepEqual(await crashSnapshot(store, ids), want);
        await store.close();
      });
    }
  });
}
