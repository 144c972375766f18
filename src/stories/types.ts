/**
 * Stories: articles grouped by what they report, with a timeline of events merged across articles.
 * These shapes are shared by the clusterer (src/stories), the stores (src/store) and the API (src/api).
 */
import type { EntityRef, EventStatus } from '../annotate/events/types.js';

/** What the clusterer needs to know of one article. */
export interface StoryInput {
  /** The article's id in the store, or the document's id / input in `dateline cluster`. */
  id: string;
  title: string | null;
  text: string;
  /** The page's address, when known: its path's words often carry the whole headline. */
  url?: string | null;
  /** ISO 8601 date or date-time; null when unknown (time decay then uses the order of arrival). */
  published: string | null;
  /** The publisher (site or outlet name), when known. */
  source?: string | null;
  /** Names (canonical) or KB ids of the article's entities, most mentioned first. */
  entities?: readonly string[];
  /** PLOVER types of the article's events. */
  eventTypes?: readonly string[];
}

/** One participant of a merged event, as a name for people (ids are per-article). */
export interface TimelineParticipant {
  name: string;
  kb?: string;
}

/** One event of a story, merged across the articles that report it. */
export interface TimelineEvent {
  id: string;
  type: string;
  mode: string | null;
  date: string | null;
  status: EventStatus;
  actors: Array<TimelineParticipant | EntityRef>;
  targets: Array<TimelineParticipant | EntityRef>;
  location: string | null;
  /** The counts agreed on (the most reported value when sources disagree). */
  quantities: Record<string, number>;
  /** Each article that reports the event, with its evidence span in that article's text. */
  sources: Array<{
    articleId: string;
    site: string | null;
    agency: string | null;
    start: number;
    end: number;
    text: string;
  }>;
  /** Sources after folding copies of one wire story (same agency, same text) into one. */
  independentSources: number;
}

/** Numbers the sources disagree on: "129 killed" in one article, "130 killed" in another. */
export interface NumberConflict {
  eventId: string;
  /** The quantity's role or unit: "killed", "injured", "arrested" … */
  field: string;
  values: Array<{ value: number; articleIds: string[] }>;
}
