/**
 * Stores whose nth statement matching a pattern throws, inside or outside a transaction: tests use them
 * to kill a write half-way and check that what the store holds afterwards is all or nothing.
 */
import { StoreError } from './errors.js';
import { PostgresStore } from './postgres.js';
import type { SqlRunner } from './sql-store.js';
import { SqliteStore } from './sqlite.js';

/** Which statement fails, and how many matching ones ran. */
export class FaultPlan {
  private fault: { pattern: RegExp; nth: number; count: number } | null = null;

  /** Statements run so far that matched the pattern given to failOn. */
  get matched(): number {
    return this.fault?.count ?? 0;
  }

  /** From now on, the nth statement (0: none, only counted) whose SQL matches `pattern` throws (a
   * store-write error) instead of running. */
  failOn(pattern: RegExp, nth: number): void {
    this.fault = { pattern, nth, count: 0 };
  }

  wrap(r: SqlRunner): SqlRunner {
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
}

export class FaultySqliteStore extends SqliteStore {
  readonly faults = new FaultPlan();

  protected override get db(): SqlRunner {
    return this.faults.wrap(super.db);
  }

  protected override tx<T>(fn: (r: SqlRunner) => Promise<T>): Promise<T> {
    return super.tx((r) => fn(this.faults.wrap(r)));
  }
}

export class FaultyPostgresStore extends PostgresStore {
  readonly faults = new FaultPlan();

  static async connectFaulty(url: string): Promise<FaultyPostgresStore> {
    return new FaultyPostgresStore(await PostgresStore.openPool(url), {});
  }

  protected override get db(): SqlRunner {
    return this.faults.wrap(super.db);
  }

  protected override tx<T>(fn: (r: SqlRunner) => Promise<T>): Promise<T> {
    return super.tx((r) => fn(this.faults.wrap(r)));
  }
}
