/**
 * The embedded store: one SQLite file (better-sqlite3), WAL journal, numbered migrations.
 *
 * addDocument is one synchronous transaction (BEGIN IMMEDIATE … COMMIT): the duplicate lookup and every
 * insert of the document commit together or not at all, so a process killed at any moment leaves the
 * file as it was before the document or after it. WAL with synchronous=NORMAL survives a killed process
 * (not necessarily a power cut in the last moments, which loses the newest commits, never consistency).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { encodeSignature } from './dedup.js';
import { StoreError, causeMessage } from './errors.js';
import { MIGRATIONS_TABLE, pendingMigrations } from './migrations.js';
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

export const SQLITE_SETTINGS = {
  /** Wait up to 5 s for another writer (a second ingest, the API's read counter) before failing. */
  BUSY_TIMEOUT_MS: 5000,
  /** Statements kept prepared; the store uses a few dozen distinct ones. */
  STATEMENT_CACHE: 128,
} as const;

export class SqliteStore extends SqlStore {
  readonly kind = 'sqlite';
  private readonly conn: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly runner: SqlRunner;

  constructor(path: string, opts: StoreOptions = {}) {
    super(opts);
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      this.conn = new Database(path, { timeout: SQLITE_SETTINGS.BUSY_TIMEOUT_MS });
      this.conn.pragma('journal_mode = WAL');
      this.conn.pragma('synchronous = NORMAL');
      this.conn.pragma('foreign_keys = ON');
    } catch (cause) {
      throw new StoreError('store-open', `cannot open ${path}: ${causeMessage(cause)}`, { cause });
    }
    this.runner = {
      all: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
        this.stmt(sql).all(...params) as T[],
      run: async (sql: string, params: readonly unknown[] = []) => {
        this.stmt(sql).run(...params);
      },
    };
  }

  protected get db(): SqlRunner {
    return this.runner;
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      if (this.statements.size >= SQLITE_SETTINGS.STATEMENT_CACHE) this.statements.clear();
      s = this.conn.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Transactions of this connection, one after the other (an async body could otherwise interleave). */
  private queue: Promise<unknown> = Promise.resolve();

  protected tx<T>(fn: (r: SqlRunner) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.conn.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this.runner);
        this.conn.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.conn.inTransaction) this.conn.exec('ROLLBACK');
        throw err;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined); // the caller gets the error; the queue goes on
    return next;
  }

  protected seenInsert(ids: readonly string[]): [string, unknown[]] {
    // The ids as one JSON array, spread into rows by json_each (`WHERE true`: SQLite's upsert-after-SELECT rule).
    return [
      'INSERT INTO cluster_seen (article_id) SELECT value FROM json_each(?) WHERE true ON CONFLICT DO NOTHING',
      [JSON.stringify(ids)],
    ];
  }

  protected searchFrom(q: string): { from: string; where: string; params: unknown[] } {
    const words = searchWords(q);
    return {
      from: 'articles_fts f JOIN articles a ON a.seq = f.rowid',
      where: 'articles_fts MATCH ?',
      params: words.length ? [words.map((w) => `"${w}"`).join(' ')] : [],
    };
  }

  async migrate(): Promise<void> {
    try {
      this.conn.exec(MIGRATIONS_TABLE);
      const applied = this.conn.prepare('SELECT version FROM schema_migrations').all() as Array<{
        version: number;
      }>;
      for (const m of pendingMigrations(
        'sqlite',
        applied.map((r) => r.version),
      )) {
        this.conn.transaction(() => {
          this.conn.exec(m.sql);
          this.conn
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(m.version, m.name, new Date().toISOString());
        })();
      }
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      throw new StoreError('store-migrate', `schema migration failed: ${causeMessage(cause)}`, { cause });
    }
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.conn.open) this.conn.close();
  }

  async addDocument(doc: NewDocument): Promise<AddResult> {
    const rows = toRows(doc);
    const write = this.conn.transaction((): AddResult => {
      const candidates = this.stmt(candidateQuery(rows.bands.length)).all(
        ...candidateParams(doc.contentHash, rows),
      ) as Row[];
      const dup = decideDuplicate(candidates, rows);
      if (dup) {
        if (dup.reason !== 'content-hash')
          this.stmt(
            `INSERT INTO documents (content_hash, input, url, canonical_url, fetched_at, article_id, status, reason)
             VALUES (?, ?, ?, ?, ?, ?, 'duplicate', ?)`,
          ).run(
            doc.contentHash,
            doc.input,
            doc.url,
            rows.canonicalUrl,
            doc.fetchedAt,
            dup.articleId,
            dup.reason,
          );
        return dup;
      }
      const seq = Number(
        (this.stmt('SELECT coalesce(max(seq), 0) + 1 AS n FROM articles').get() as { n: number }).n,
      );
      this.stmt(
        `INSERT INTO documents (content_hash, input, url, canonical_url, fetched_at, article_id, status, reason)
         VALUES (?, ?, ?, ?, ?, ?, 'new', NULL)`,
      ).run(doc.contentHash, doc.input, doc.url, rows.canonicalUrl, doc.fetchedAt, rows.id);
      this.stmt(
        `INSERT INTO articles (id, seq, url, canonical_url, title, site, published, language, text, head, text_hash,
           signature, record, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        rows.id,
        seq,
        rows.url,
        rows.canonicalUrl,
        rows.title,
        rows.site,
        rows.published,
        rows.language,
        rows.text,
        rows.head,
        rows.textHash,
        rows.signature ? encodeSignature(rows.signature) : null,
        rows.record,
        doc.fetchedAt,
      );
      this.stmt('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(
        seq,
        rows.title ?? '',
        rows.text,
      );
      const band = this.stmt('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)');
      for (const b of rows.bands) band.run(b, rows.id);
      const ent = this.stmt(
        `INSERT INTO entities (id, type, name, wikidata, geonames, iso3166) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
      );
      for (const e of rows.entities) ent.run(e.id, e.type, e.name, e.wikidata, e.geonames, e.iso3166);
      const men = this.stmt(
        `INSERT OR IGNORE INTO mentions (article_id, entity_id, local_id, start_off, end_off, text)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      for (const m of rows.mentions)
        men.run(rows.id, m.entity_id, m.local_id, m.start_off, m.end_off, m.text);
      const ev = this.stmt(
        `INSERT OR IGNORE INTO events (article_id, event_id, type, mode, event_date, status, ev_start, ev_end,
           evidence, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const e of rows.events)
        ev.run(
          rows.id,
          e.event_id,
          e.type,
          e.mode,
          e.event_date,
          e.status,
          e.ev_start,
          e.ev_end,
          e.evidence,
          e.data,
        );
      const role = this.stmt(
        'INSERT OR IGNORE INTO event_roles (article_id, event_id, entity_id, role) VALUES (?, ?, ?, ?)',
      );
      for (const r of rows.roles) role.run(rows.id, r.event_id, r.entity_id, r.role);
      const quote = this.stmt(
        `INSERT INTO quotes (article_id, idx, start_off, end_off, text, kind, speaker_entity_id, speaker_text, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const q of rows.quotes)
        quote.run(
          rows.id,
          q.idx,
          q.start_off,
          q.end_off,
          q.text,
          q.kind,
          q.speaker_entity_id,
          q.speaker_text,
          q.data,
        );
      return { status: 'new', articleId: rows.id };
    });
    let res: AddResult;
    try {
      res = write.immediate();
    } catch (cause) {
      throw new StoreError('store-write', `cannot store ${doc.input}: ${causeMessage(cause)}`, { cause });
    }
    if (res.status === 'new') this.remember(res.articleId, doc.record);
    return res;
  }
}
