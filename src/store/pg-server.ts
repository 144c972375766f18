/**
 * A throwaway PostgreSQL server for tests and benches: initdb into a temp dir, pg_ctl start on a free
 * local port, stop and delete afterwards. As root, the server runs as the `postgres` user (initdb
 * refuses root). Returns a reason to skip instead when no server binaries are installed
 * (.ci/run installs Debian's postgresql).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PgServer {
  /** postgres://… of the `postgres` database. */
  url: string;
  /** A fresh, empty database on the server. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The directory of initdb/pg_ctl: $DATELINE_PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
export function findPgBin(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DATELINE_PG_BIN)
    return existsSync(join(env.DATELINE_PG_BIN, 'initdb')) ? env.DATELINE_PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** uid/gid of a user from /etc/passwd, or null. */
function userIds(name: string): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (!line) return null;
  const f = line.split(':');
  return { uid: Number(f[2]), gid: Number(f[3]) };
}

export async function startPgServer(opts: { durable?: boolean } = {}): Promise<PgServer | { skip: string }> {
  const bin = findPgBin();
  if (!bin)
    return {
      skip: 'no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb); .ci/run installs them',
    };
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? userIds('postgres') : null;
  if (asRoot && !ids) return { skip: 'running as root and there is no postgres user to run the server as' };
  const dir = mkdtempSync(join(tmpdir(), 'dateline-pg-'));
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const as = ids ? { uid: ids.uid, gid: ids.gid } : {};
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
      {
        ...as,
        cwd: dir,
      },
    );
    // Tests trade durability for speed; the bench keeps fsync on (durable) for a fair comparison.
    const fast = opts.durable ? '' : ' -c fsync=off -c full_page_writes=off';
    await run(
      join(bin, 'pg_ctl'),
      [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-w',
        '-t',
        '30',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${fast}`,
        'start',
      ],
      { ...as, cwd: dir },
    );
  } catch (err) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-500) : '';
    rmSync(dir, { recursive: true, force: true });
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { skip: `could not start a PostgreSQL server: ${msg} ${log}`.trim() };
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    async createDatabase(name) {
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await c.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    async stop() {
      try {
        await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { ...as, cwd: dir });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
