/**
 * Numbered schema migrations, one list per backend; each runs in its own transaction and is recorded
 * in schema_migrations, so `migrate()` is safe to call on every open. Append, never edit a shipped one.
 *
 * Tables: documents (one per distinct raw content: hash, URL, fetch time, the article it gave or
 * duplicated), articles (clean text + the full record as JSON), entities (one per real-world thing),
 * mentions, events (+ event_roles: which entity plays which part), quotes, stories (with their timeline
 * and conflicts as JSON), article_bands (MinHash bands for near-duplicates), http_cache (validators for
 * conditional GET), cluster_state. Full-text search: FTS5 (SQLite), a tsvector column (PostgreSQL).
 */
import { StoreError } from './errors.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const json = (d: Dialect) => (d === 'sqlite' ? 'TEXT' : 'TEXT');
const int = (d: Dialect) => (d === 'sqlite' ? 'INTEGER' : 'BIGINT');

function initial(d: Dialect): string {
  return `
CREATE TABLE documents (
  content_hash TEXT PRIMARY KEY,
  input TEXT NOT NULL,
  url TEXT,
  canonical_url TEXT,
  fetched_at TEXT NOT NULL,
  article_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('new', 'duplicate')),
  reason TEXT
);
CREATE INDEX documents_article ON documents(article_id);
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  seq ${int(d)} NOT NULL UNIQUE,
  url TEXT,
  canonical_url TEXT,
  title TEXT,
  site TEXT,
  published TEXT,
  language TEXT,
  text TEXT NOT NULL,
  head TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  signature TEXT,
  story_id TEXT,
  reads ${int(d)} NOT NULL DEFAULT 0,
  record ${json(d)} NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX articles_canonical_url ON articles(canonical_url);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE article_bands (
  band_key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band_key, article_id)
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  wikidata TEXT,
  geonames TEXT,
  iso3166 TEXT
);
CREATE INDEX entities_name ON entities(lower(name));
CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, start_off, end_off, entity_id)
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE events (
  article_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  event_date TEXT,
  status TEXT NOT NULL,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  data ${json(d)} NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type_date ON events(type, event_date);
CREATE INDEX events_date ON events(event_date);
CREATE TABLE event_roles (
  article_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id, entity_id, role)
);
CREATE INDEX event_roles_entity ON event_roles(entity_id);
CREATE TABLE quotes (
  article_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker_entity_id TEXT,
  speaker_text TEXT,
  data ${json(d)} NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  timeline ${json(d)} NOT NULL DEFAULT '[]',
  conflicts ${json(d)} NOT NULL DEFAULT '[]'
);
CREATE TABLE http_cache (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  content_hash TEXT,
  fetched_at TEXT NOT NULL
);
CREATE TABLE cluster_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  state TEXT NOT NULL
);
${
  d === 'sqlite'
    ? `CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', tokenize='porter unicode61 remove_diacritics 2');`
    : `ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', text)) STORED;
CREATE INDEX articles_tsv ON articles USING gin(tsv);`
}
`;
}

const UNUSED_INDEXES = 'DROP INDEX IF EXISTS entities_name; DROP INDEX IF EXISTS documents_article;';

export function migrations(d: Dialect): Migration[] {
  return [
    { version: 1, name: 'initial schema', sql: initial(d) },
    // The ids of the articles the clusterer state has folded, one row each, written in the transaction
    // of the state they belong to: the state row stays bounded instead of listing every article.
    { version: 2, name: 'cluster seen ids', sql: 'CREATE TABLE cluster_seen (article_id TEXT PRIMARY KEY);' },
    // Two indexes no query looks up by: entity search is `lower(name) LIKE '%…%'` (a leading wildcard, so a
    // scan either way) and no query reads documents by article id. Each cost a B-tree leaf at a random key
    // per new entity or document, written at every commit (≈ 10 WAL frames a page on SQLite).
    { version: 3, name: 'drop unused indexes', sql: UNUSED_INDEXES },
  ];
}

/**
 * The migrations a store still needs, oldest first, given the versions it has applied; a store written by
 * a newer Dateline (a version this one does not know) is refused rather than read half-understood.
 */
export function pendingMigrations(d: Dialect, applied: Iterable<number>): Migration[] {
  const done = new Set(applied);
  const known = migrations(d);
  const newest = Math.max(...known.map((m) => m.version));
  if ([...done].some((v) => v > newest))
    throw new StoreError('store-newer', 'the database was written by a newer Dateline; upgrade to read it');
  return known.filter((m) => !done.has(m.version));
}

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
