/**
 * The PostgreSQL store (pg): the same schema and queries as SQLite (`?` placeholders numbered here),
 * full-text search on a generated tsvector column.
 *
 * addDocument costs two round trips: the duplicate lookup, then one statement whose data-modifying
 * CTEs insert the document, the article and its entities, mentions, events, roles, quotes and bands
 * from one JSON parameter. One statement is one transaction: all rows or none. Sessions run with
 * synchronous_commit = off, like SQLite's WAL + synchronous=NORMAL: a killed client or server process
 * loses nothing committed; a power cut may lose the last few hundred milliseconds, never consistency.
 */
import pg from 'pg';
import { encodeSignature } from './dedup.js';
import { StoreError, causeMessage } from './errors.js';
import { MIGRATIONS_TABLE, pendingMigrations } from './migrations.js';
import { redactDb } from './open.js';
import { toRows } from './rows.js';
import {
  type Row,
  type SqlRunner,
  SqlStore,
  type StoreOptions,
  candidateParams,
  candidateQuery,
  decideDuplicate,
  searchWords,
} from './sql-store.js';
import type { AddResult, NewDocument } from './types.js';

export const POSTGRES_SETTINGS = {
  /** 4 connections: ingest writes on one, the API reads on the others. */
  POOL_SIZE: 4,
  /** Fail an unreachable server in 10 s rather than hang the command. */
  CONNECT_TIMEOUT_MS: 10_000,
  /** Durability as SQLite's WAL + NORMAL (see the docblock); 'on' for a server that must not lose a commit. */
  SYNCHRONOUS_COMMIT: 'off',
} as const;

/** `a = ? AND b = ?` → `a = $1 AND b = $2` (the shared queries hold no literal question marks). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** bigint counts come back as strings from pg; the shared code converts with Number(). */
function runnerOf(q: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    all: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await q.query(numberPlaceholders(sql), params as unknown[])).rows as T[],
    run: async (sql: string, params: readonly unknown[] = []) => {
      await q.query(numberPlaceholders(sql), params as unknown[]);
    },
  };
}

const INSERT_ALL = `WITH
 p AS (SELECT $1::jsonb AS j),
 d AS (INSERT INTO documents (content_hash, input, url, canonical_url, fetched_at, article_id, status, reason)
   SELECT j->>'contentHash', j->>'input', j->>'url', j->>'canonicalUrl', j->>'fetchedAt', j->>'id', 'new', NULL FROM p),
 a AS (INSERT INTO articles (id, seq, url, canonical_url, title, site, published, language, text, head,
     text_hash, signature, record, added_at)
   SELECT j->>'id', (SELECT coalesce(max(seq), 0) + 1 FROM articles), j->>'url', j->>'canonicalUrl', j->>'title',
     j->>'site', j->>'published', j->>'language', j->>'text', j->>'head', j->>'textHash', j->>'signature', j->>'record',
     j->>'fetchedAt' FROM p),
 b AS (INSERT INTO article_bands (band_key, article_id)
   SELECT DISTINCT x, (SELECT j->>'id' FROM p) FROM jsonb_array_elements_text((SELECT j->'bands' FROM p)) AS x
   ON CONFLICT DO NOTHING),
 e AS (INSERT INTO entities (id, type, name, wikidata, geonames, iso3166)
   SELECT id, type, name, wikidata, geonames, iso3166 FROM jsonb_to_recordset((SELECT j->'entities' FROM p))
     AS x(id text, type text, name text, wikidata text, geonames text, iso3166 text)
   ON CONFLICT (id) DO NOTHING),
 m AS (INSERT INTO mentions (article_id, entity_id, local_id, start_off, end_off, text)
   SELECT (SELECT j->>'id' FROM p), entity_id, local_id, start_off, end_off, text
   FROM jsonb_to_recordset((SELECT j->'mentions' FROM p))
     AS x(entity_id text, local_id text, start_off int, end_off int, text text)
   ON CONFLICT DO NOTHING),
 v AS (INSERT INTO events (article_id, event_id, type, mode, event_date, status, ev_start, ev_end, evidence, data)
   SELECT (SELECT j->>'id' FROM p), event_id, type, mode, event_date, status, ev_start, ev_end, evidence, data
   FROM jsonb_to_recordset((SELECT j->'events' FROM p))
     AS x(event_id text, type text, mode text, event_date text, status text, ev_start int, ev_end int,
          evidence text, data text)
   ON CONFLICT DO NOTHING),
 r AS (INSERT INTO event_roles (article_id, event_id, entity_id, role)
   SELECT (SELECT j->>'id' FROM p), event_id, entity_id, role
   FROM jsonb_to_recordset((SELECT j->'roles' FROM p)) AS x(event_id text, entity_id text, role text)
   ON CONFLICT DO NOTHING),
 q AS (INSERT INTO quotes (article_id, idx, start_off, end_off, text, kind, speaker_entity_id, speaker_text, data)
   SELECT (SELECT j->>'id' FROM p), idx, start_off, end_off, text, kind, speaker_entity_id, speaker_text, data
   FROM jsonb_to_recordset((SELECT j->'quotes' FROM p))
     AS x(idx int, start_off int, end_off int, text text, kind text, speaker_entity_id text, speaker_text text,
          data text))
SELECT 1`;

/**
 * PostgreSQL text cannot hold NUL: in the columns it becomes U+FFFD (one UTF-16 unit, so offsets hold).
 * The record column keeps the record exactly (its JSON escapes NUL as text).
 */
function noNul(_key: string, v: unknown): unknown {
  return typeof v === 'string' && v.includes('\0') ? v.replaceAll('\0', '\uFFFD') : v;
}

export class PostgresStore extends SqlStore {
  readonly kind = 'postgres';
  private readonly runner: SqlRunner;

  protected constructor(
    private readonly pool: pg.Pool,
    opts: StoreOptions,
  ) {
    super(opts);
    this.runner = runnerOf(pool);
  }

  static async connect(url: string, opts: StoreOptions = {}): Promise<PostgresStore> {
    return new PostgresStore(await PostgresStore.openPool(url), opts);
  }

  /** A pool with one connection tried (so a wrong URL or a server down fails here, coded). */
  protected static async openPool(url: string): Promise<pg.Pool> {
    const pool = new pg.Pool({
      connectionString: url,
      max: POSTGRES_SETTINGS.POOL_SIZE,
      connectionTimeoutMillis: POSTGRES_SETTINGS.CONNECT_TIMEOUT_MS,
      options: `-c synchronous_commit=${POSTGRES_SETTINGS.SYNCHRONOUS_COMMIT}`,
    });
    // An idle client's error (server restarted) must not crash the process: the next query reports it.
    pool.on('error', () => undefined);
    try {
      const c = await pool.connect();
      c.release();
    } catch (cause) {
      await pool.end();
      throw new StoreError('store-open', `cannot connect to ${redactDb(url)}: ${causeMessage(cause)}`, {
        cause,
      });
    }
    return pool;
  }

  protected get db(): SqlRunner {
    return this.runner;
  }

  protected async tx<T>(fn: (r: SqlRunner) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(runnerOf(client));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined); // the connection may be gone; the error below says why
      throw err;
    } finally {
      client.release();
    }
  }

  protected seenInsert(ids: readonly string[]): [string, unknown[]] {
    // The ids as one text[] parameter, unnested into rows: one round trip however many.
    return [
      'INSERT INTO cluster_seen (article_id) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING',
      [[...ids]],
    ];
  }

  protected searchFrom(q: string): { from: string; where: string; params: unknown[] } {
    const words = searchWords(q);
    return {
      from: 'articles a',
      where: `a.tsv @@ plainto_tsquery('english', ?)`,
      params: words.length ? [words.join(' ')] : [],
    };
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      // One migrator at a time (two ingests starting together): a transaction-scoped advisory lock.
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(7243012)');
      await client.query(MIGRATIONS_TABLE);
      const applied = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows;
      for (const m of pendingMigrations(
        'postgres',
        applied.map((r) => r.version),
      )) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
      }
      await client.query('COMMIT');
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => undefined); // reported below
      if (cause instanceof StoreError) throw cause;
      throw new StoreError('store-migrate', `schema migration failed: ${causeMessage(cause)}`, { cause });
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async addDocument(doc: NewDocument): Promise<AddResult> {
    const rows = toRows(doc);
    try {
      const candidates = await this.runner.all(
        candidateQuery(rows.bands.length),
        candidateParams(doc.contentHash, rows),
      );
      const dup = decideDuplicate(candidates, rows);
      if (dup) {
        if (dup.reason !== 'content-hash')
          await this.runner.run(
            `INSERT INTO documents (content_hash, input, url, canonical_url, fetched_at, article_id, status, reason)
             VALUES (?, ?, ?, ?, ?, ?, 'duplicate', ?) ON CONFLICT (content_hash) DO NOTHING`,
            [
              doc.contentHash,
              doc.input,
              doc.url,
              rows.canonicalUrl,
              doc.fetchedAt,
              dup.articleId,
              dup.reason,
            ],
          );
        return dup;
      }
      const payload = {
        ...rows,
        contentHash: doc.contentHash,
        input: doc.input,
        fetchedAt: doc.fetchedAt,
        signature: rows.signature ? encodeSignature(rows.signature) : null,
      };
      await this.pool.query(INSERT_ALL, [JSON.stringify(payload, noNul)]);
      this.remember(rows.id, doc.record);
      return { status: 'new', articleId: rows.id };
    } catch (cause) {
      throw new StoreError('store-write', `cannot store ${doc.input}: ${causeMessage(cause)}`, { cause });
    }
  }
}
