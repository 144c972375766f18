/**
 * The story assigner ingest uses: the incremental clusterer, its state kept in the store so that
 * clustering carries on across runs (never re-clustered from scratch).
 *
 * When an article bridges two stories the clusterer merges them; their stored articles move to the
 * surviving story (Store.assignStory drops the emptied one).
 *
 * Crash safety: the state is saved every saveInterval() assignments and at the end of a run. A crash in
 * between leaves articles in stories that the saved state has not seen; `knows()` tells ingest so, and
 * the re-run adds them again in input order from the last saved state (the clusterer is deterministic,
 * so they land in the same stories and the state then matches what a clean run holds).
 *
 * Cost: a save writes the clusterer's whole state, which is bounded (stories retire by time and beyond
 * maxStories, the vocabulary is pruned past maxVocabulary). The ids of the articles it has seen grow by
 * one an article, so they are not in it: a SQL store keeps them in rows of their own (cluster_seen), and a
 * save adds only the ids since the last one, in the same transaction as the state (a store without
 * loadClusterSeen, such as the test MemoryStore, gets them inside the state, v1). Saving every assignment
 * would still cost a serialisation of the state per article, so saves come every SAVE_EVERY articles or
 * SAVE_FRACTION of those seen, whichever is more: the bytes written stay linear in the run's length even
 * in the v1 layout, and a crash replays at most that many articles.
 */
import { DatelineError } from '../doc/errors.js';
import { StoreError } from '../store/errors.js';
import type { StoryAssigner } from '../store/story-assigner.js';
import type { Store, TimelineBuilder } from '../store/types.js';
import { type ClusterOptions, StoryClusterer } from './clusterer.js';
import { buildTimeline } from './timeline.js';
import type { StoryInput } from './types.js';

/** The state row: v1 lists the seen ids inside it; v2 keeps them in the store's own rows (loadClusterSeen). */
type SavedState = { v: 1; seen: string[]; clusterer: string } | { v: 2; clusterer: string };

/** Least assignments between two saves of the clusterer's state (the replay a crash may cost). */
export const SAVE_EVERY = 50;
/** On a large store, a save every this share of the articles seen: linear write volume (see above). */
export const SAVE_FRACTION = 0.02;

/** Assignments between two saves once `seen` articles have been clustered. */
export function saveInterval(seen: number): number {
  return Math.max(SAVE_EVERY, Math.ceil(seen * SAVE_FRACTION));
}

export class ClusterAssigner implements StoryAssigner {
  private unsaved = 0;

  private constructor(
    private readonly store: Store,
    private readonly clusterer: StoryClusterer,
    private readonly seen: Set<string>,
    /** Seen ids not yet in the store's rows (those since the last save; all of a v1 state's at first). */
    private pending: string[],
  ) {}

  /** The assigner over the store's saved state, or a fresh clusterer when there is none. */
  static async open(store: Store, options: Partial<ClusterOptions> = {}): Promise<ClusterAssigner> {
    const raw = await store.loadClusterState();
    if (!raw) return new ClusterAssigner(store, new StoryClusterer(options), new Set(), []);
    const state = JSON.parse(raw) as SavedState;
    if (typeof state.clusterer !== 'string' || (state.v === 1 ? !Array.isArray(state.seen) : state.v !== 2))
      throw new StoreError('store-cluster-state', 'the store holds clustering state of an unknown version');
    const clusterer = StoryClusterer.restore(state.clusterer);
    if (state.v === 1) return new ClusterAssigner(store, clusterer, new Set(state.seen), [...state.seen]);
    if (!store.loadClusterSeen)
      throw new StoreError('store-cluster-state', 'the clustering state needs a store that keeps its seen ids');
    return new ClusterAssigner(store, clusterer, new Set(await store.loadClusterSeen()), []);
  }

  knows(articleId: string): boolean {
    return this.seen.has(articleId);
  }

  async assign(input: StoryInput): Promise<string> {
    // A caller's bug (ingest asks knows() first): clustering an article twice would count it twice.
    if (this.seen.has(input.id)) throw new DatelineError('internal', `article ${input.id} was already clustered`);
    const { story, merged } = this.clusterer.add(input);
    // Stories the article joined together: their stored articles move to the surviving story.
    for (const old of merged ?? []) {
      const detail = await this.store.getStory(old);
      for (const a of detail?.articleList ?? []) await this.store.assignStory(a.id, story);
    }
    this.seen.add(input.id);
    this.pending.push(input.id);
    return story;
  }

  /** Saves the state every saveInterval() calls, and always when `final`; ingest calls it after Store.assignStory. */
  async save(final = false): Promise<void> {
    if (++this.unsaved < saveInterval(this.seen.size) && !final) return;
    this.unsaved = 0;
    const clusterer = this.clusterer.serialize();
    if (this.store.loadClusterSeen) {
      // The ids go to their own rows in the state's transaction: the state row stays bounded.
      const state: SavedState = { v: 2, clusterer };
      await this.store.saveClusterState(JSON.stringify(state), this.pending);
    } else {
      const state: SavedState = { v: 1, seen: [...this.seen], clusterer };
      await this.store.saveClusterState(JSON.stringify(state));
    }
    this.pending = [];
  }
}

/** The store's timeline builder: events merged across a story's articles, with their conflicts. */
export const storeTimeline: TimelineBuilder = (articles) => {
  const { events, conflicts } = buildTimeline(
    articles.map((a) => ({ id: a.id, record: { ...a.record, site: a.record.site ?? a.site } })),
  );
  return { timeline: events, conflicts };
};
