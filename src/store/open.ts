/**
 * Opens the store a `--db` value names: a `postgres://` (or `postgresql://`) URL selects PostgreSQL,
 * anything else is the path of a SQLite file. The schema is migrated on open.
 */
import { resolve } from 'node:path';
import type { StoreOptions } from './sql-store.js';
import type { Store } from './types.js';

export const DEFAULT_DB = 'dateline.db';

/** --db, else $DATELINE_DB, else ./dateline.db. */
export function dbSpec(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const spec = flag ?? env.DATELINE_DB ?? DEFAULT_DB;
  return isPostgresUrl(spec) ? spec : resolve(cwd, spec);
}

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export async function openStore(spec: string, opts: StoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(spec)) {
    const { PostgresStore } = await import('./postgres.js');
    const store = await PostgresStore.connect(spec, opts);
    try {
      await store.migrate();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }
  const { SqliteStore } = await import('./sqlite.js');
  const store = new SqliteStore(spec, opts);
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

/** A URL or path safe to print (no password). */
export function redactDb(spec: string): string {
  return spec.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
