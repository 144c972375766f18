import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { migrations, pendingMigrations } from './migrations.js';

describe('pendingMigrations', () => {
  for (const d of ['sqlite', 'postgres'] as const) {
    it(`${d}: all on a new store, the rest after some, none when up to date`, () => {
      const all = migrations(d).map((m) => m.version);
      assert.deepEqual(
        pendingMigrations(d, []).map((m) => m.version),
        all,
      );
      assert.deepEqual(
        pendingMigrations(d, all.slice(0, 1)).map((m) => m.version),
        all.slice(1),
      );
      assert.deepEqual(pendingMigrations(d, all), []);
    });

    it(`${d}: refuses a store written by a newer Dateline`, () => {
      const newest = Math.max(...migrations(d).map((m) => m.version));
      assert.throws(() => pendingMigrations(d, [newest + 1]), /newer Dateline/);
    });
  }
});
