import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { TEXTS, newDoc, storeContract } from './contract.js';
import { SqliteStore } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', async () => {
  const s = new SqliteStore(join(dir, `contract-${n++}.db`));
  await s.migrate();
  return s;
});

describe('SqliteStore', () => {
  it('keeps what it stored across close and reopen (a file, WAL)', async () => {
    const path = join(dir, 'reopen.db');
    const a = new SqliteStore(path);
    await a.migrate();
    await a.addDocument(newDoc(TEXTS.flood));
    await a.close();
    const b = new SqliteStore(path);
    await b.migrate();
    assert.equal((await b.stats()).articles, 1);
    assert.equal((await b.searchArticles('canal', 5, 0)).length, 1);
    await b.close();
  });

  it('runs concurrent story assignments one transaction after the other', async () => {
    const s = new SqliteStore(join(dir, 'concurrent.db'));
    await s.migrate();
    const a = await s.addDocument(newDoc(TEXTS.flood));
    const b = await s.addDocument(newDoc(TEXTS.strike));
    await Promise.all([
      s.assignStory(a.articleId, 'x'),
      s.assignStory(b.articleId, 'x'),
      s.assignStory('nope', 'y').catch(() => null),
    ]);
    assert.equal((await s.getStory('x'))?.articles, 2);
    await s.close();
  });

  it('fails with a coded, one-line error when the file cannot be opened', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    assert.throws(() => new SqliteStore(join(file, 'x.db')), { code: 'store-open' });
  });
});
