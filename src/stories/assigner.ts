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
 * Cost: a save writes the whole state. The clusterer's part is bounded (stories retire by time and
 * beyond maxStories, the vocabulary is pruned past maxVocabulary), the list of seen article ids grows by
 * one id an article. Saving every assignment would be quadratic over a large corpus; saving every 50
 * still is (N/50 saves of a state holding N ids). So the interval grows with the corpus, SAVE_EVERY
 * articles or SAVE_FRACTION of those seen, whichever is more: the bytes written over a run stay linear
 * in its length (about 1/SAVE_FRACTION times the final state), and a crash replays at most that many.
 */
import type { StoryAssigner } from '../store/story-assigner.js';
import type { Store, TimelineBuilder } from '../store/types.js';
import { type ClusterOptions, StoryClusterer } from './clusterer.js';
import { buildTimeline } from './timeline.js';
import type { StoryInput } from './types.js';

interface SavedState {
  v: 1;
  /** Article ids the clusterer has seen, in order. */
  seen: string[];
  clusterer: string;
}

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
  ) {}

  /** The assigner over the store's saved state, or a fresh clusterer when there is none. */
  static async open(store: Store, options: Partial<ClusterOptions> = {}): Promise<ClusterAssigner> {
    const raw = await store.loadClusterState();
    if (!raw) return new ClusterAssigner(store, new StoryClusterer(options), new Set());
    const state = JSON.parse(raw) as SavedState;
    if (state.v !== 1 || !Array.isArray(state.seen) || typeof state.clusterer !== 'string')
      throw new Error('the store holds clustering state of an unknown version');
    return new ClusterAssigner(store, StoryClusterer.restore(state.clusterer), new Set(state.seen));
  }

  knows(articleId: string): boolean {
    return this.seen.has(articleId);
  }

  async assign(input: StoryInput): Promise<string> {
    if (this.seen.has(input.id)) throw new Error(`article ${input.id} was already clustered`);
    const { story, merged } = this.clusterer.add(input);
    // Stories the article joined together: their stored articles move to the surviving story.
    for (const old of merged ?? []) {
      const detail = await this.store.getStory(old);
      for (const a of detail?.articleList ?? []) await this.store.assignStory(a.id, story);
    }
    this.seen.add(input.id);
    return story;
  }

  /** Saves the state every saveInterval() calls, and always when `final`; ingest calls it after Store.assignStory. */
  async save(final = false): Promise<void> {
    if (++this.unsaved < saveInterval(this.seen.size) && !final) return;
    this.unsaved = 0;
    const state: SavedState = { v: 1, seen: [...this.seen], clusterer: this.clusterer.serialize() };
    await this.store.saveClusterState(JSON.stringify(state));
  }
}

/** The store's timeline builder: events merged across a story's articles, with their conflicts. */
export const storeTimeline: TimelineBuilder = (articles) => {
  const { events, conflicts } = buildTimeline(
    articles.map((a) => ({ id: a.id, record: { ...a.record, site: a.record.site ?? a.site } })),
  );
  return { timeline: events, conflicts };
};
