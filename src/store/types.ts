/**
 * One Store interface, two backends (SQLite via better-sqlite3, PostgreSQL via pg), one shared
 * contract test. Every method is async so both backends fit; writes of one document are one
 * transaction, so a crash leaves the store as it was before the document or after it, never between.
 */
import type { ArticleRecord } from '../doc/record.js';
import type { NumberConflict, TimelineEvent } from '../stories/types.js';

/** What ingest hands the store for one analysed page. */
export interface NewDocument {
  /** Where it came from: a path or URL as given. */
  input: string;
  url: string | null;
  /** The URL after canonicalisation (no tracking parameters, fragment, default port …). */
  canonicalUrl: string | null;
  /** sha256 of the raw bytes as fetched or read. */
  contentHash: string;
  /** ISO 8601 date-time of the fetch or read. */
  fetchedAt: string;
  /** The analysed record (extract + every layer). A SQL store keeps this object for its story's
   * refreshes (instead of parsing the stored copy back): plain JSON data, not changed once stored. */
  record: ArticleRecord;
}

export type AddResult =
  | { status: 'new'; articleId: string }
  /** The same raw content, the same canonical URL, or the same article under other chrome. */
  | {
      status: 'duplicate';
      articleId: string;
      reason: 'content-hash' | 'url' | 'near-duplicate';
      /** The stored article's story; null when a crash came between storing it and assigning it. */
      storyId?: string | null;
    };

/** What a conditional GET needs to know of a URL fetched before. */
export interface HttpCacheEntry {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the body last fetched. */
  contentHash: string | null;
  fetchedAt: string;
}

/** Computes a story's timeline and number conflicts from its articles (the clusterer's job; a default lists events). */
export type TimelineBuilder = (
  articles: ReadonlyArray<{ id: string; site: string | null; record: ArticleRecord }>,
) => { timeline: TimelineEvent[]; conflicts: NumberConflict[] };

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  site: string | null;
  published: string | null;
  storyId: string | null;
  /** The first words of the text, for lists. */
  snippet: string;
}

export interface StoredArticle extends ArticleSummary {
  record: ArticleRecord;
  /** Times the article was opened in the UI or through the API. */
  reads: number;
  related: ArticleSummary[];
}

export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  events: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

export interface StoryDetail extends StorySummary {
  articleList: ArticleSummary[];
  timeline: TimelineEvent[];
  conflicts: NumberConflict[];
}

/** An entity across the store: one row per real-world thing (KB id, else type + normalised name). */
export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  kb?: { wikidata?: string; geonames?: string; iso3166?: string };
  articles: number;
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  /** Articles that mention it, newest first, with the mentions' spans in each article's text. */
  appearances: Array<{
    article: ArticleSummary;
    mentions: Array<{ start: number; end: number; text: string }>;
  }>;
  /** Events it takes part in, with its role. */
  events: Array<{
    articleId: string;
    eventId: string;
    type: string;
    date: string | null;
    role: 'actor' | 'target' | 'location' | 'source';
  }>;
  /** Quotes it is the speaker of. */
  quotes: Array<{ articleId: string; published: string | null; text: string }>;
}

export interface EventFilter {
  type?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface StoredEvent {
  articleId: string;
  storyId: string | null;
  /** The event as in the article's record (ids refer to that record's entities). */
  event: NonNullable<ArticleRecord['events']>[number];
}

export interface StoreStats {
  documents: number;
  articles: number;
  duplicates: number;
  stories: number;
  entities: number;
  events: number;
  quotes: number;
  mentions: number;
}

export interface Store {
  /** 'sqlite' | 'postgres'. */
  readonly kind: string;
  /** Creates or upgrades the schema (numbered migrations, each in a transaction). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Adds one analysed document in one transaction; idempotent (a stored page adds nothing). */
  addDocument(doc: NewDocument): Promise<AddResult>;
  /** Puts an article in a story (creating the story when new) and refreshes the story's timeline. */
  assignStory(articleId: string, storyId: string): Promise<void>;
  /** Opaque clusterer state, saved in the same store so that clustering is incremental across runs. */
  loadClusterState(): Promise<string | null>;
  /**
   * Replaces the state; `seen` (article ids the new state has folded since the last save) is added to the
   * ids loadClusterSeen() returns, in the same transaction, when the store keeps them (loadClusterSeen
   * present; a store without it ignores `seen` and the caller keeps its ids inside the state).
   */
  saveClusterState(state: string, seen?: readonly string[]): Promise<void>;
  /** Every id passed as `seen` to saveClusterState (unordered). */
  loadClusterSeen?(): Promise<string[]>;
  /** Counts a read of the article (the UI's read counter). */
  recordRead(articleId: string): Promise<void>;

  /** The article stored for these raw bytes (sha256), or null: lets ingest skip analysing known pages. */
  findDocument(contentHash: string): Promise<{ articleId: string; storyId: string | null } | null>;
  /** Validators for conditional GET (ETag, Last-Modified) of a URL fetched before. */
  getHttpCache(url: string): Promise<HttpCacheEntry | null>;
  putHttpCache(entry: HttpCacheEntry): Promise<void>;

  stats(): Promise<StoreStats>;
  /** Full-text search over title and text when q is given; newest first. */
  searchArticles(q: string | undefined, limit: number, offset: number): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listStories(limit: number, offset: number): Promise<StorySummary[]>;
  getStory(id: string): Promise<StoryDetail | null>;
  getEntity(id: string): Promise<EntityDetail | null>;
  searchEntities(q: string | undefined, limit: number, offset: number): Promise<EntitySummary[]>;
  listEvents(filter: EventFilter): Promise<StoredEvent[]>;
}
