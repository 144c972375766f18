/**
 * The hook ingest calls after each new article: which story does it belong to? The clusterer in
 * src/stories implements it; until it is wired in, every article starts a story of its own.
 */
import type { StoryInput } from '../stories/types.js';

export interface StoryAssigner {
  /** The id of the story the article belongs to (an existing one or a new one). */
  assign(input: StoryInput): Promise<string> | string;
  /** Whether the assigner's own state has seen the article (absent: it keeps no state). */
  knows?(articleId: string): boolean;
  /**
   * Persists the assigner's state: called after each Store.assignStory (it may save only every so
   * often) and with `final` at the end of a run (it must save then).
   */
  save?(final?: boolean): Promise<void>;
}

/** One story per article, its id derived from the article id (deterministic across runs). */
export const singletonStories: StoryAssigner = {
  assign(input) {
    return `s${input.id.replace(/^a/, '')}`;
  },
};
