/**
 * A SQLite store whose nth statement matching a pattern throws, inside or outside a transaction: tests
 * use it to kill a write half-way and check that what the store holds afterwards is all or nothing.
 */
import { StoreError } from './errors.js';
import type { SqlRunner } from './sql-store.js';
import { SqliteStore } from './sqlite.js';

export class FaultySqliteStore extends SqliteStore {
  private fault: { pattern: RegExp; nth: number; count: number } | null = null;

  /** Statements run so far that matched the pattern given to failOn. */
  get matched(): number {
    return this.fault?.count ?? 0;
  }

  /** From now on, the nth statement (0: none, only counted) whose SQL matches `pattern` throws (a store-write error) instead of running. */
  failOn(pattern: RegExp, nth: number): void {
    this.fault = { pattern, nth, count: 0 };
  }

  private wrap(r: SqlRunner): SqlRunner {
    const check = (sql: string) => {
      const f = this.fault;
      if (f && f.pattern.test(sql) && ++f.count === f.nth)
        throw new StoreError('store-write', `injected fault on statement ${f.nth} matching ${f.pattern}`);
    };
    return {
      all: async (sql, params) => {
        check(sql);
        return r.all(sql, params);
      },
      run: async (sql, params) => {
        check(sql);
        return r.run(sql, params);
      },
    };
  }

  protected override get db(): SqlRunner {
    return this.wrap(super.db);
  }

  protected override tx<T>(fn: (r: SqlRunner) => Promise<T>): Promise<T> {
    return super.tx((r) => fn(this.wrap(r)));
  }
}
