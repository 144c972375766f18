import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEXTS, newDoc, storeContract } from './contract.js';
import { type PgServer, startPgServer } from './pg-server.js';
import { PostgresStore, numberPlaceholders } from './postgres.js';

describe('numberPlaceholders', () => {
  it('numbers ? in order', () =>
    assert.equal(numberPlaceholders('a = ? AND b IN (?, ?)'), 'a = $1 AND b IN ($2, $3)'));
});

const started = await startPgServer();
if ('skip' in started) {
  describe('Store contract: postgres', () => {
    it(`skipped: ${started.skip}`, { skip: started.skip }, () => undefined);
  });
} else {
  const server: PgServer = started;
  after(() => server.stop());
  let n = 0;
  storeContract('postgres', async () => {
    const s = await PostgresStore.connect(await server.createDatabase(`contract_${n++}`));
    await s.migrate();
    return s;
  });

  describe('PostgresStore', () => {
    let url = '';
    before(async () => {
      url = await server.createDatabase('twice');
    });
    it('migrates once when two stores open the same database', async () => {
      const [a, b] = await Promise.all([PostgresStore.connect(url), PostgresStore.connect(url)]);
      await Promise.all([a.migrate(), b.migrate()]);
      await a.addDocument(newDoc(TEXTS.strike));
      assert.equal((await b.stats()).articles, 1);
      await Promise.all([a.close(), b.close()]);
    });
    it('fails with a coded, one-line error when the server cannot be reached', async () => {
      await assert.rejects(
        PostgresStore.connect('postgres://nobody:secret@127.0.0.1:1/x'),
        (err: Error & { code?: string }) => {
          assert.equal(err.code, 'store-open');
          assert.doesNotMatch(err.message, /secret|\n/);
          return true;
        },
      );
    });
  });
}
