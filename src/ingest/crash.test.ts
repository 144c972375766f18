/**
 * Crash safety: an ingest killed with SIGKILL mid-run, then run again, leaves exactly what one clean
 * run leaves (same articles, documents, entities, mentions, stories, timelines), and an intact file.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { articlePage } from './test-pages.js';

const BIN = fileURLToPath(new URL('../../../bin/dateline.js', import.meta.url));
const PAGES = 12;
const dir = mkdtempSync(join(tmpdir(), 'dateline-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const pages = join(dir, 'pages');
mkdirSync(pages);
for (let i = 0; i < PAGES; i++)
  writeFileSync(join(pages, `p${String(i).padStart(2, '0')}.html`), articlePage(100 + i));
writeFileSync(join(pages, 'p05-mirror.html'), articlePage(105, 1));
writeFileSync(join(pages, 'p11-mirror.html'), articlePage(111, 2));
const DOCS = PAGES + 2;

const args = (db: string) => [BIN, 'ingest', '--db', db, '--jobs', '1', '--quiet', pages];

/** Everything a store holds, timestamps aside, in a fixed order. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const q = (sql: string) => db.prepare(sql).all();
    return {
      documents: q(
        'SELECT content_hash, input, article_id, status, reason FROM documents ORDER BY content_hash',
      ),
      articles: q(
        'SELECT id, seq, url, title, text_hash, signature, story_id, record FROM articles ORDER BY id',
      ),
      entities: q('SELECT * FROM entities ORDER BY id'),
      mentions: q('SELECT * FROM mentions ORDER BY article_id, start_off, end_off, entity_id'),
      bands: q('SELECT * FROM article_bands ORDER BY band_key, article_id'),
      stories: q('SELECT id, title, timeline, conflicts FROM stories ORDER BY id'),
      search: q(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'council' ORDER BY rowid`),
    };
  } finally {
    db.close();
  }
}

/** Documents stored so far, or -1 while the file or its schema is not there yet. */
function storedCount(path: string): number {
  if (!existsSync(path)) return -1;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'documents'`).get();
    return hasTable ? (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n : -1;
  } finally {
    db.close();
  }
}

describe('ingest crash safety', () => {
  it('kill -9 mid-run, then the same ingest: the store equals a clean run', async () => {
    const clean = join(dir, 'clean.db');
    const r = spawnSync(process.execPath, args(clean), { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { documents: DOCS, new: PAGES, duplicates: 2, failed: 0 });

    const crashed = join(dir, 'crashed.db');
    const child = spawn(process.execPath, args(crashed), { stdio: 'ignore' });
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    let atKill = -1;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && child.exitCode === null) {
      atKill = storedCount(crashed);
      if (atKill >= 3) break;
      await new Promise((res) => setTimeout(res, 5));
    }
    child.kill('SIGKILL');
    const code = await exited;
    assert.equal(code, null, 'the child was killed, not finished');
    assert.ok(atKill >= 3 && atKill < DOCS, `killed mid-run (${atKill} of ${DOCS} stored)`);

    const again = spawnSync(process.execPath, args(crashed), { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    const summary = JSON.parse(again.stdout) as Record<string, number>;
    assert.equal(summary.documents, DOCS);
    assert.equal(summary.failed, 0);
    assert.deepEqual(dump(crashed), dump(clean));
  });
});
