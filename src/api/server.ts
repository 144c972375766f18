/**
 * Starts the API + UI on a port: loopback by default; bound beyond loopback only with a token for the
 * write endpoints (one is generated and printed when none is given).
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/types.js';
import { createAnalyzer } from './analyze.js';
import { createApp } from './app.js';

export interface ServerOptions {
  store: Store;
  host?: string;
  port?: number;
  token?: string | null;
  corsOrigins?: readonly string[];
  /** Told the token when one was generated. */
  onNotice?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string | null;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  let token = opts.token ?? null;
  if (!token && !isLoopback(host)) {
    token = randomBytes(18).toString('base64url');
    opts.onNotice?.(`bound to ${host}: write endpoints need "Authorization: Bearer ${token}"`);
  }
  const app = createApp({
    store: opts.store,
    analyze: createAnalyzer(),
    token,
    corsOrigins: opts.corsOrigins ?? [],
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8080 }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
