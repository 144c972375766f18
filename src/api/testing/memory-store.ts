/**
 * A Store held in memory, for the API's and the UI's tests: articles are added as records, each with a
 * story id given by the test. Only what the read endpoints need is implemented with care.
 */
import type { ArticleRecord } from '../../doc/record.js';
import type { TimelineEvent } from '../../stories/types.js';
import type {
  AddResult,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventFilter,
  HttpCacheEntry,
  NewDocument,
  StoredArticle,
  StoredEvent,
  Store,
  StoreStats,
  StoryDetail,
  StorySummary,
} from '../../store/types.js';

interface Row {
  id: string;
  record: ArticleRecord;
  storyId: string | null;
  reads: number;
}

export class MemoryStore implements Store {
  readonly kind = 'memory';
  private readonly rows: Row[] = [];
  private clusterState: string | null = null;
  private readonly httpCache = new Map<string, HttpCacheEntry>();

  async migrate(): Promise<void> {}
  async close(): Promise<void> {}

  /** Test helper: stores a record directly. */
  put(record: ArticleRecord, storyId: string | null = null): string {
    const id = `a${this.rows.length + 1}`;
    this.rows.push({ id, record, storyId, reads: 0 });
    return id;
  }

  async addDocument(doc: NewDocument): Promise<AddResult> {
    const same = this.rows.find((r) => r.record.text === doc.record.text);
    if (same) return { status: 'duplicate', articleId: same.id, reason: 'content-hash' };
    return { status: 'new', articleId: this.put(doc.record) };
  }
  async assignStory(articleId: string, storyId: string): Promise<void> {
    const row = this.rows.find((r) => r.id === articleId);
    if (row) row.storyId = storyId;
  }
  async loadClusterState(): Promise<string | null> {
    return this.clusterState;
  }
  async saveClusterState(state: string): Promise<void> {
    this.clusterState = state;
  }
  async findDocument(_contentHash: string): Promise<{ articleId: string; storyId: string | null } | null> {
    return null;
  }
  async getHttpCache(url: string): Promise<HttpCacheEntry | null> {
    return this.httpCache.get(url) ?? null;
  }
  async putHttpCache(entry: HttpCacheEntry): Promise<void> {
    this.httpCache.set(entry.url, entry);
  }
  async recordRead(articleId: string): Promise<void> {
    const row = this.rows.find((r) => r.id === articleId);
    if (row) row.reads++;
  }

  async stats(): Promise<StoreStats> {
    return {
      documents: this.rows.length,
      articles: this.rows.length,
      duplicates: 0,
      stories: new Set(this.rows.map((r) => r.storyId).filter(Boolean)).size,
      entities: this.entityIndex().size,
      mentions: this.rows.reduce(
        (n, r) => n + (r.record.entities ?? []).reduce((k, e) => k + e.mentions.length, 0),
        0,
      ),
      events: this.rows.reduce((n, r) => n + (r.record.events?.length ?? 0), 0),
      quotes: this.rows.reduce((n, r) => n + (r.record.quotes?.length ?? 0), 0),
    };
  }

  async searchArticles(q: string | undefined, limit: number, offset: number): Promise<ArticleSummary[]> {
    const needle = q?.toLowerCase();
    return this.newestFirst()
      .filter((r) => !needle || `${r.record.title ?? ''} ${r.record.text}`.toLowerCase().includes(needle))
      .slice(offset, offset + limit)
      .map((r) => this.summary(r));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.rows.find((r) => r.id === id);
    if (!row) return null;
    const related = this.rows
      .filter((r) => r !== row && r.storyId !== null && r.storyId === row.storyId)
      .map((r) => this.summary(r));
    return { ...this.summary(row), record: row.record, reads: row.reads, related };
  }

  async listStories(limit: number, offset: number): Promise<StorySummary[]> {
    const ids = [...new Set(this.newestFirst().map((r) => r.storyId))].filter((s): s is string => !!s);
    return ids.slice(offset, offset + limit).map((id) => this.storySummary(id));
  }

  async getStory(id: string): Promise<StoryDetail | null> {
    const rows = this.rows.filter((r) => r.storyId === id);
    if (!rows.length) return null;
    const timeline = rows.flatMap((r) =>
      (r.record.events ?? []).map((e) => ({
        id: `${r.id}-${e.id}`,
        type: e.type,
        mode: e.mode ?? null,
        date: e.date ?? null,
        status: e.status as TimelineEvent['status'],
        actors: e.actors,
        targets: e.targets,
        location: null,
        quantities: e.quantities ?? {},
        sources: [{ articleId: r.id, site: r.record.site ?? null, agency: null, ...e.evidence }],
        independentSources: 1,
      })),
    );
    return {
      ...this.storySummary(id),
      articleList: rows.map((r) => this.summary(r)),
      timeline,
      conflicts: [],
    };
  }

  async searchEntities(q: string | undefined, limit: number, offset: number): Promise<EntitySummary[]> {
    const needle = q?.toLowerCase();
    return [...this.entityIndex().values()]
      .filter((e) => !needle || e.name.toLowerCase().includes(needle))
      .slice(offset, offset + limit);
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const e = this.entityIndex().get(id);
    if (!e) return null;
    const appearances = this.rows.flatMap((r) =>
      (r.record.entities ?? [])
        .filter((x) => entityKey(x) === id)
        .map((x) => ({ article: this.summary(r), mentions: x.mentions })),
    );
    return { ...e, appearances, events: [], quotes: [] };
  }

  async listEvents(filter: EventFilter): Promise<StoredEvent[]> {
    return this.rows
      .flatMap((r) =>
        (r.record.events ?? []).map((event) => ({ articleId: r.id, storyId: r.storyId, event })),
      )
      .filter((x) => !filter.type || x.event.type === filter.type)
      .filter((x) => !filter.from || (x.event.date ?? '') >= filter.from)
      .filter((x) => !filter.to || (x.event.date ?? '9999') <= filter.to)
      .slice(filter.offset ?? 0, (filter.offset ?? 0) + (filter.limit ?? 20));
  }

  private newestFirst(): Row[] {
    return [...this.rows].sort((a, b) => (b.record.published ?? '').localeCompare(a.record.published ?? ''));
  }

  private summary(r: Row): ArticleSummary {
    return {
      id: r.id,
      url: r.record.url,
      title: r.record.title,
      site: r.record.site ?? null,
      published: r.record.published,
      storyId: r.storyId,
      snippet: r.record.text.slice(0, 200),
    };
  }

  private storySummary(id: string): StorySummary {
    const rows = this.rows.filter((r) => r.storyId === id);
    const dates = rows
      .map((r) => r.record.published)
      .filter((d): d is string => !!d)
      .sort();
    return {
      id,
      title: rows[0]?.record.title ?? id,
      articles: rows.length,
      events: rows.reduce((n, r) => n + (r.record.events?.length ?? 0), 0),
      firstPublished: dates[0] ?? null,
      lastPublished: dates[dates.length - 1] ?? null,
    };
  }

  private entityIndex(): Map<string, EntitySummary> {
    const out = new Map<string, EntitySummary>();
    for (const r of this.rows) {
      for (const e of r.record.entities ?? []) {
        const key = entityKey(e);
        const cur = out.get(key) ?? { id: key, type: e.type, name: e.name, articles: 0, mentions: 0 };
        cur.articles++;
        cur.mentions += e.mentions.length;
        out.set(key, cur);
      }
    }
    return out;
  }
}

function entityKey(e: { type: string; name: string; kb?: { wikidata?: string } }): string {
  return e.kb?.wikidata ?? `${e.type}:${e.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
