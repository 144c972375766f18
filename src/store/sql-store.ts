/**
 * What the two backends share: the read queries (written once with `?` placeholders; the PostgreSQL
 * runner numbers them), the duplicate decision, story assignment. Each backend brings its runner,
 * its transaction, its full-text clause and its own write path for addDocument (the hot one).
 */
import type { ArticleRecord } from '../doc/record.js';
import type { NumberConflict, TimelineEvent } from '../stories/types.js';
import { DEDUP_SETTINGS, decodeSignature, similarity } from './dedup.js';
import { StoreError, causeMessage } from './errors.js';
import type { ArticleRows } from './rows.js';
import { snippetOf } from './rows.js';
import { listEventsTimeline } from './timeline.js';
import type {
  AddResult,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventFilter,
  HttpCacheEntry,
  Store,
  StoredArticle,
  StoredEvent,
  StoreStats,
  StoryDetail,
  StorySummary,
  TimelineBuilder,
} from './types.js';

export type Row = Record<string, unknown>;

/** Seen ids per INSERT statement of a save: one round trip for a usual save, bounded statements for the
 * first save after a v1 state is upgraded (every id it held at once). */
export const SEEN_CHUNK = 10_000;

/** Parsed records kept for story refreshes: a story's articles are refreshed again as it grows. Bounded by
 * count, not bytes; a story larger than this re-reads its records on each refresh, as every refresh did
 * before (and pushes other stories' records out). */
export const RECORD_CACHE = 512;
/** Ids per query reading records missing from that cache (bounded statements on a large story). */
export const RECORD_CHUNK = 500;

export interface SqlRunner {
  all<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

export interface StoreOptions {
  /** Builds a story's timeline and conflicts on assignStory (default: every event, by date). */
  timeline?: TimelineBuilder;
}

/** Rows that may make a new document a duplicate, in one query (one round trip on PostgreSQL). */
export function candidateQuery(bands: number): string {
  const inList = bands ? Array.from({ length: bands }, () => '?').join(', ') : 'NULL';
  return `SELECT 'content-hash' AS reason, d.article_id AS id, a.story_id AS story_id, NULL AS signature, 0 AS seq
  FROM documents d JOIN articles a ON a.id = d.article_id WHERE d.content_hash = ?
UNION ALL SELECT 'url', id, story_id, NULL, seq FROM articles WHERE canonical_url = ?
UNION ALL SELECT 'text', id, story_id, NULL, seq FROM articles WHERE text_hash = ?
UNION ALL SELECT DISTINCT 'near', a.id, a.story_id, a.signature, a.seq
  FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE b.band_key IN (${inList})`;
}

export function candidateParams(contentHash: string, rows: ArticleRows): unknown[] {
  return [contentHash, rows.canonicalUrl ?? '', rows.textHash, ...rows.bands];
}

/**
 * The duplicate decision over candidate rows: same raw bytes first, then the same canonical URL,
 * then the same normalised text, then the most similar MinHash signature at or over the threshold
 * (ties: the earliest stored). Null: the document is new.
 */
export function decideDuplicate(
  candidates: readonly Row[],
  rows: ArticleRows,
): Extract<AddResult, { status: 'duplicate' }> | null {
  const of = (reason: string) => candidates.filter((c) => c.reason === reason);
  const dup = (c: Row, reason: 'content-hash' | 'url' | 'near-duplicate') => ({
    status: 'duplicate' as const,
    articleId: String(c.id),
    reason,
    storyId: (c.story_id as string | null) ?? null,
  });
  const hash = of('content-hash')[0];
  if (hash) return dup(hash, 'content-hash');
  const url = of('url')[0];
  if (url && rows.canonicalUrl) return dup(url, 'url');
  const text = of('text').sort((x, y) => Number(x.seq) - Number(y.seq))[0];
  if (text) return dup(text, 'near-duplicate');
  if (!rows.signature) return null;
  let best: { row: Row; sim: number; seq: number } | null = null;
  for (const c of of('near')) {
    if (typeof c.signature !== 'string') continue;
    const sim = similarity(rows.signature, decodeSignature(c.signature));
    const seq = Number(c.seq);
    if (sim >= DEDUP_SETTINGS.THRESHOLD && (!best || sim > best.sim || (sim === best.sim && seq < best.seq)))
      best = { row: c, sim, seq };
  }
  return best ? dup(best.row, 'near-duplicate') : null;
}

const SUMMARY_COLS = `a.id, a.url, a.title, a.site, a.published, a.story_id, a.head`;
const NEWEST = `a.published DESC NULLS LAST, a.seq DESC`;

function toSummary(r: Row): ArticleSummary {
  return {
    id: String(r.id),
    url: (r.url as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    site: (r.site as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    storyId: (r.story_id as string | null) ?? null,
    snippet: snippetOf(String(r.head ?? '')),
  };
}

const num = (v: unknown) => Number(v ?? 0);

export abstract class SqlStore implements Store {
  abstract readonly kind: string;
  protected readonly timeline: TimelineBuilder;

  constructor(opts: StoreOptions = {}) {
    this.timeline = opts.timeline ?? listEventsTimeline;
  }

  protected abstract get db(): SqlRunner;
  /** Runs fn in one transaction (all or nothing). */
  protected abstract tx<T>(fn: (r: SqlRunner) => Promise<T>): Promise<T>;
  /** One statement inserting these ids into cluster_seen, an id already there skipped (the backend's array form). */
  protected abstract seenInsert(ids: readonly string[]): [sql: string, params: unknown[]];
  /** FROM/WHERE for full-text search of q (the backend's own index). */
  protected abstract searchFrom(q: string): { from: string; where: string; params: unknown[] };

  abstract migrate(): Promise<void>;
  abstract close(): Promise<void>;
  abstract addDocument(doc: import('./types.js').NewDocument): Promise<AddResult>;

  /** A query, its failure as a coded store error. */
  protected async read<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return await this.db.all<T>(sql, params);
    } catch (cause) {
      throw new StoreError('store-read', `query failed: ${causeMessage(cause)}`, { cause });
    }
  }

  async assignStory(articleId: string, storyId: string): Promise<void> {
    const now = new Date().toISOString();
    await this.tx(async (r) => {
      const [art] = await r.all('SELECT title, story_id FROM articles WHERE id = ?', [articleId]);
      if (!art) throw new StoreError('store-not-found', `no article ${articleId}`);
      await r.run(
        `INSERT INTO stories (id, title, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [storyId, (art.title as string | null) ?? 'Untitled story', now, now],
      );
      await r.run('UPDATE articles SET story_id = ? WHERE id = ?', [storyId, articleId]);
      await this.refreshStory(r, storyId, now);
      const previous = art.story_id as string | null;
      if (previous && previous !== storyId) {
        const [left] = await r.all('SELECT count(*) AS n FROM articles WHERE story_id = ?', [previous]);
        if (num(left?.n) === 0) await r.run('DELETE FROM stories WHERE id = ?', [previous]);
        else await this.refreshStory(r, previous, now);
      }
    });
  }

  /** Parsed records of articles whose story was refreshed lately (a stored record never changes). */
  private readonly records = new Map<string, ArticleRecord>();

  /** The articles' stored records, parsed once while they stay among the RECORD_CACHE latest used. */
  private async recordsOf(r: SqlRunner, ids: readonly string[]): Promise<ArticleRecord[]> {
    // What is cached now is taken before any await: a concurrent refresh may evict it meanwhile.
    const read = new Map<string, ArticleRecord>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.records.get(id);
      if (hit) read.set(id, hit);
      else missing.push(id);
    }
    for (let i = 0; i < missing.length; i += RECORD_CHUNK) {
      const part = missing.slice(i, i + RECORD_CHUNK);
      const rows = await r.all(
        `SELECT id, record FROM articles WHERE id IN (${part.map(() => '?').join(', ')})`,
        part,
      );
      for (const row of rows) read.set(String(row.id), JSON.parse(String(row.record)) as ArticleRecord);
    }
    return ids.map((id) => {
      const rec = read.get(id);
      if (!rec) throw new StoreError('store-not-found', `no article ${id}`);
      this.keepRecord(id, rec);
      return rec;
    });
  }

  /** Puts a parsed record in the cache as the most recently used (re-inserted: the Map's order is the
   * order of last use, the least recently used goes first). */
  private keepRecord(id: string, rec: ArticleRecord): void {
    this.records.delete(id);
    if (this.records.size >= RECORD_CACHE) this.records.delete(this.records.keys().next().value!);
    this.records.set(id, rec);
  }

  /**
   * A backend's addDocument calls this once a new article is committed: its story is refreshed next
   * (assignStory), so the record goes to the cache as given instead of being read back and parsed
   * (≈ 0.2 ms a page). The object is kept as is: records are plain JSON data (what parsing the stored
   * row would give), and a caller does not change a record after storing it.
   */
  protected remember(id: string, record: ArticleRecord): void {
    if (jsonSafeQuantities(record)) this.keepRecord(id, record);
  }

  private async refreshStory(r: SqlRunner, storyId: string, now: string): Promise<void> {
    const arts = await r.all('SELECT id, site FROM articles WHERE story_id = ? ORDER BY seq', [storyId]);
    const records = await this.recordsOf(
      r,
      arts.map((a) => String(a.id)),
    );
    const members = arts.map((a, i) => ({
      id: String(a.id),
      site: (a.site as string | null) ?? null,
      record: records[i]!,
    }));
    const built = this.timeline(members);
    await r.run('UPDATE stories SET timeline = ?, conflicts = ?, updated_at = ? WHERE id = ?', [
      JSON.stringify(built.timeline),
      JSON.stringify(built.conflicts),
      now,
      storyId,
    ]);
  }

  async loadClusterState(): Promise<string | null> {
    const [row] = await this.read('SELECT state FROM cluster_state WHERE id = 1');
    return row ? String(row.state) : null;
  }

  async saveClusterState(state: string, seen: readonly string[] = []): Promise<void> {
    await this.tx(async (r) => {
      await r.run(
        'INSERT INTO cluster_state (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state',
        [state],
      );
      // The ids assigned since the last save (every id of a v1 state on the first save after an upgrade):
      // one statement per SEEN_CHUNK of them, all in the state's transaction.
      for (let i = 0; i < seen.length; i += SEEN_CHUNK) {
        const [sql, params] = this.seenInsert(seen.slice(i, i + SEEN_CHUNK));
        await r.run(sql, params);
      }
    });
  }

  async loadClusterSeen(): Promise<string[]> {
    return (await this.read('SELECT article_id FROM cluster_seen')).map((r) => String(r.article_id));
  }

  async recordRead(articleId: string): Promise<void> {
    await this.db.run('UPDATE articles SET reads = reads + 1 WHERE id = ?', [articleId]);
  }

  async findDocument(contentHash: string): Promise<{ articleId: string; storyId: string | null } | null> {
    const [row] = await this.read(
      'SELECT d.article_id, a.story_id FROM documents d JOIN articles a ON a.id = d.article_id WHERE d.content_hash = ?',
      [contentHash],
    );
    return row
      ? { articleId: String(row.article_id), storyId: (row.story_id as string | null) ?? null }
      : null;
  }

  async getHttpCache(url: string): Promise<HttpCacheEntry | null> {
    const [row] = await this.read(
      'SELECT url, etag, last_modified, content_hash, fetched_at FROM http_cache WHERE url = ?',
      [url],
    );
    if (!row) return null;
    return {
      url: String(row.url),
      etag: (row.etag as string | null) ?? null,
      lastModified: (row.last_modified as string | null) ?? null,
      contentHash: (row.content_hash as string | null) ?? null,
      fetchedAt: String(row.fetched_at),
    };
  }

  async putHttpCache(e: HttpCacheEntry): Promise<void> {
    await this.db.run(
      `INSERT INTO http_cache (url, etag, last_modified, content_hash, fetched_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         content_hash = excluded.content_hash, fetched_at = excluded.fetched_at`,
      [e.url, e.etag, e.lastModified, e.contentHash, e.fetchedAt],
    );
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.read(`SELECT
      (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM articles) AS articles,
      (SELECT count(*) FROM documents WHERE status = 'duplicate') AS duplicates,
      (SELECT count(*) FROM stories) AS stories,
      (SELECT count(*) FROM entities) AS entities,
      (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM quotes) AS quotes,
      (SELECT count(*) FROM mentions) AS mentions`);
    return {
      documents: num(r?.documents),
      articles: num(r?.articles),
      duplicates: num(r?.duplicates),
      stories: num(r?.stories),
      entities: num(r?.entities),
      events: num(r?.events),
      quotes: num(r?.quotes),
      mentions: num(r?.mentions),
    };
  }

  async searchArticles(q: string | undefined, limit: number, offset: number): Promise<ArticleSummary[]> {
    const words = q?.trim();
    if (!words) {
      const rows = await this.read(
        `SELECT ${SUMMARY_COLS} FROM articles a ORDER BY ${NEWEST} LIMIT ? OFFSET ?`,
        [limit, offset],
      );
      return rows.map(toSummary);
    }
    const s = this.searchFrom(words);
    if (!s.params.length) return [];
    const rows = await this.read(
      `SELECT ${SUMMARY_COLS} FROM ${s.from} WHERE ${s.where} ORDER BY ${NEWEST} LIMIT ? OFFSET ?`,
      [...s.params, limit, offset],
    );
    return rows.map(toSummary);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    // One query (one round trip on PostgreSQL): the article, then up to 20 others of its story.
    const rows = await this.read(
      `SELECT * FROM (
         SELECT ${SUMMARY_COLS}, a.record, a.reads, 0 AS rel, a.seq AS s FROM articles a WHERE a.id = ?
         UNION ALL
         SELECT * FROM (SELECT ${SUMMARY_COLS}, NULL AS record, 0 AS reads, 1 AS rel, a.seq AS s FROM articles a
           WHERE a.story_id = (SELECT story_id FROM articles WHERE id = ?) AND a.id <> ?
           ORDER BY ${NEWEST} LIMIT 20) r
       ) x ORDER BY rel, published DESC NULLS LAST, s DESC`,
      [id, id, id],
    );
    const [row, ...rest] = rows;
    if (!row || Number(row.rel) !== 0) return null;
    return {
      ...toSummary(row),
      record: JSON.parse(String(row.record)) as ArticleRecord,
      reads: num(row.reads),
      related: rest.map(toSummary),
    };
  }

  private storySummarySql(where: string): string {
    return `SELECT s.id, s.title, count(a.id) AS articles,
      (SELECT count(*) FROM events e JOIN articles a2 ON a2.id = e.article_id WHERE a2.story_id = s.id) AS events,
      min(a.published) AS first_published, max(a.published) AS last_published, max(a.seq) AS last_seq
    FROM stories s LEFT JOIN articles a ON a.story_id = s.id ${where}
    GROUP BY s.id, s.title`;
  }

  async listStories(limit: number, offset: number): Promise<StorySummary[]> {
    const rows = await this.read(
      `${this.storySummarySql('')} ORDER BY last_published DESC NULLS LAST, last_seq DESC LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    return rows.map(toStorySummary);
  }

  async getStory(id: string): Promise<StoryDetail | null> {
    const [row] = await this.read(this.storySummarySql('WHERE s.id = ?'), [id]);
    if (!row) return null;
    const [extra] = await this.read('SELECT timeline, conflicts FROM stories WHERE id = ?', [id]);
    const articleList = (
      await this.read(`SELECT ${SUMMARY_COLS} FROM articles a WHERE a.story_id = ? ORDER BY ${NEWEST}`, [id])
    ).map(toSummary);
    return {
      ...toStorySummary(row),
      articleList,
      timeline: JSON.parse(String(extra?.timeline ?? '[]')) as TimelineEvent[],
      conflicts: JSON.parse(String(extra?.conflicts ?? '[]')) as NumberConflict[],
    };
  }

  private entitySql(where: string): string {
    return `SELECT e.id, e.type, e.name, e.wikidata, e.geonames, e.iso3166,
      count(DISTINCT m.article_id) AS articles, count(m.entity_id) AS mentions
    FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id ${where}
    GROUP BY e.id, e.type, e.name, e.wikidata, e.geonames, e.iso3166`;
  }

  async searchEntities(q: string | undefined, limit: number, offset: number): Promise<EntitySummary[]> {
    const words = q?.trim().toLowerCase();
    const rows = words
      ? await this.read(
          `${this.entitySql('WHERE lower(e.name) LIKE ?')} ORDER BY mentions DESC, e.id LIMIT ? OFFSET ?`,
          [`%${words.replace(/[%_\\]/g, '')}%`, limit, offset],
        )
      : await this.read(`${this.entitySql('')} ORDER BY mentions DESC, e.id LIMIT ? OFFSET ?`, [
          limit,
          offset,
        ]);
    return rows.map(toEntitySummary);
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const [row] = await this.read(this.entitySql('WHERE e.id = ?'), [id]);
    if (!row) return null;
    const ments = await this.read(
      `SELECT ${SUMMARY_COLS}, m.start_off, m.end_off, m.text AS mention FROM mentions m
       JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? ORDER BY ${NEWEST}, m.start_off`,
      [id],
    );
    const appearances: EntityDetail['appearances'] = [];
    const byArticle = new Map<string, EntityDetail['appearances'][number]>();
    for (const m of ments) {
      let app = byArticle.get(String(m.id));
      if (!app) {
        app = { article: toSummary(m), mentions: [] };
        byArticle.set(String(m.id), app);
        appearances.push(app);
      }
      app.mentions.push({ start: num(m.start_off), end: num(m.end_off), text: String(m.mention) });
    }
    const events = await this.read(
      `SELECT r.article_id, r.event_id, r.role, e.type, e.event_date FROM event_roles r
       JOIN events e ON e.article_id = r.article_id AND e.event_id = r.event_id
       JOIN articles a ON a.id = r.article_id
       WHERE r.entity_id = ? ORDER BY e.event_date DESC NULLS LAST, a.seq, r.event_id, r.role`,
      [id],
    );
    const quotes = await this.read(
      `SELECT q.article_id, a.published, q.text FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE q.speaker_entity_id = ? ORDER BY ${NEWEST}, q.idx`,
      [id],
    );
    return {
      ...toEntitySummary(row),
      appearances,
      events: events.map((e) => ({
        articleId: String(e.article_id),
        eventId: String(e.event_id),
        type: String(e.type),
        date: (e.event_date as string | null) ?? null,
        role: e.role as EntityDetail['events'][number]['role'],
      })),
      quotes: quotes.map((q) => ({
        articleId: String(q.article_id),
        published: (q.published as string | null) ?? null,
        text: String(q.text),
      })),
    };
  }

  async listEvents(filter: EventFilter): Promise<StoredEvent[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.type) {
      where.push('e.type = ?');
      params.push(filter.type);
    }
    if (filter.from) {
      where.push('substr(e.event_date, 1, 10) >= ?');
      params.push(filter.from.slice(0, 10));
    }
    if (filter.to) {
      where.push('substr(e.event_date, 1, 10) <= ?');
      params.push(filter.to.slice(0, 10));
    }
    const rows = await this.read(
      `SELECT e.article_id, a.story_id, e.data FROM events e JOIN articles a ON a.id = e.article_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.event_date DESC NULLS LAST, a.seq, e.event_id LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 100, filter.offset ?? 0],
    );
    return rows.map((r) => ({
      articleId: String(r.article_id),
      storyId: (r.story_id as string | null) ?? null,
      event: JSON.parse(String(r.data)) as StoredEvent['event'],
    }));
  }
}

/**
 * Whether the event quantities the timeline counts are finite numbers, as the stored JSON gives them back
 * (a NaN or an infinity would be null there, an undefined value absent): otherwise remember() leaves the
 * record to be read back, so a refresh sees what a later process reading the store sees.
 */
function jsonSafeQuantities(record: ArticleRecord): boolean {
  for (const ev of record.events ?? [])
    for (const v of Object.values(ev.quantities ?? {})) if (!Number.isFinite(v)) return false;
  return true;
}

function toStorySummary(r: Row): StorySummary {
  return {
    id: String(r.id),
    title: String(r.title),
    articles: num(r.articles),
    events: num(r.events),
    firstPublished: (r.first_published as string | null) ?? null,
    lastPublished: (r.last_published as string | null) ?? null,
  };
}

function toEntitySummary(r: Row): EntitySummary {
  const kb: NonNullable<EntitySummary['kb']> = {};
  if (r.wikidata) kb.wikidata = String(r.wikidata);
  if (r.geonames) kb.geonames = String(r.geonames);
  if (r.iso3166) kb.iso3166 = String(r.iso3166);
  return {
    id: String(r.id),
    type: String(r.type),
    name: String(r.name),
    ...(Object.keys(kb).length ? { kb } : {}),
    articles: num(r.articles),
    mentions: num(r.mentions),
  };
}

/** Words of a search query (letters and digits only: no operator of either engine's syntax gets through). */
export function searchWords(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
