/** The shapes the UI reads from the API (a subset of the record contract and the store's answers). */
export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface Entity {
  id: string;
  type: string;
  name: string;
  kb?: { wikidata?: string };
  mentions: Span[];
}
export interface Time extends Span {
  type: string;
  value: string;
}
export interface Quantity extends Span {
  value: number;
  unit: string;
  modifier?: string;
}
export interface Quote extends Span {
  kind: string;
  speaker: (Span & { entity: string | null; description?: string }) | null;
  cue: Span | null;
}
export type Ref = string | { text: string };
export interface EventItem {
  id: string;
  type: string;
  mode?: string | null;
  actors: Ref[];
  targets: Ref[];
  location?: Ref | null;
  date?: string | null;
  quantities?: Record<string, number>;
  status: string;
  source?: Ref | null;
  evidence: Span;
}
export interface ArticleRecord {
  url: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  dateline: { text: string; place: string | null; date: string | null; agency: string | null } | null;
  text: string;
  site?: string | null;
  entities?: Entity[];
  times?: Time[];
  quantities?: Quantity[];
  quotes?: Quote[];
  events?: EventItem[];
}
export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  site: string | null;
  published: string | null;
  storyId: string | null;
  snippet: string;
}
export interface StoredArticle extends ArticleSummary {
  record: ArticleRecord;
  reads: number;
  related: ArticleSummary[];
  /** Record entity id → the store-wide entity id (for links to entity pages). */
  entityIds?: Record<string, string>;
}
export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  events: number;
  firstPublished: string | null;
  lastPublished: string | null;
}
export interface TimelineEvent {
  id: string;
  type: string;
  date: string | null;
  status: string;
  actors: Array<Ref | { name: string }>;
  targets: Array<Ref | { name: string }>;
  location: string | null;
  quantities: Record<string, number>;
  sources: Array<{ articleId: string; site: string | null; agency: string | null; text: string }>;
  independentSources: number;
}
export interface StoryDetail extends StorySummary {
  articleList: ArticleSummary[];
  timeline: TimelineEvent[];
  conflicts: Array<{
    eventId: string;
    field: string;
    values: Array<{ value: number; articleIds: string[] }>;
  }>;
}
export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  kb?: { wikidata?: string };
  articles: number;
  mentions: number;
}
export interface EntityDetail extends EntitySummary {
  appearances: Array<{
    article: ArticleSummary;
    mentions: Array<{ start: number; end: number; text: string }>;
  }>;
  events: Array<{ articleId: string; eventId: string; type: string; date: string | null; role: string }>;
  quotes: Array<{ articleId: string; published: string | null; text: string }>;
}
