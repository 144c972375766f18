/**
 * `dateline serve`: the HTTP API and the web UI over the store, until interrupted.
 * Binds 127.0.0.1 unless --host says otherwise; beyond loopback, write endpoints need a token.
 */
import { redactDb } from '../../store/open.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { parse } from '../options.js';
import { openForCommand } from './ingest.js';

const HELP = `Usage: dateline serve [--db PATH|URL] [--port N] [--host ADDRESS] [--token T] [--cors ORIGINS]

Serves the HTTP API (/api/…, OpenAPI at /api/openapi.json) and the web UI (/) over the store.

Options:
  --db PATH|URL     the store (default $DATELINE_DB, else ./dateline.db; created when missing)
  --port N          the port (default $PORT, else 8080; 0 picks a free one)
  --host ADDRESS    the address to bind (default 127.0.0.1: this machine only)
  --token T         bearer token for write endpoints (default $DATELINE_TOKEN; generated and printed
                    when bound beyond loopback without one)
  --cors ORIGINS    comma-separated origins allowed to call the API from a browser (default: none)

Examples:
  dateline serve
  dateline serve --db news.db --port 3000
  DATELINE_TOKEN=s3cret dateline serve --host 0.0.0.0`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'HTTP API + web UI (binds 127.0.0.1 by default)',
  help: HELP,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      cors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      ctx.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length) throw new UsageError(`serve takes no inputs (got "${positionals[0]}")`);
    const portText = values.port ?? ctx.env.PORT ?? '8080';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port takes a number from 0 to 65535 (got "${portText}")`);
    const cors = (values.cors ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    for (const o of cors)
      if (!/^https?:\/\/[^/\s]+$/.test(o))
        throw new UsageError(`--cors takes origins like https://a.example (got "${o}")`);
    const store = await openForCommand(ctx, 'serve', values.db);
    if (!store) return EXIT.FAILED;
    // Loaded here, not at start-up: every other command would otherwise pay for the API and web UI.
    const { startServer } = await import('../../api/server.js');
    let server;
    try {
      server = await startServer({
        store,
        host: values.host ?? '127.0.0.1',
        port,
        token: values.token ?? ctx.env.DATELINE_TOKEN ?? null,
        corsOrigins: cors,
        onNotice: (line) => ctx.stderr.write(`dateline serve: ${line}\n`),
      });
    } catch (err) {
      await store.close();
      const msg = err instanceof Error ? err.message : String(err);
      ctx.stderr.write(`dateline serve: cannot listen on ${values.host ?? '127.0.0.1'}:${port}: ${msg}\n`);
      return EXIT.FAILED;
    }
    ctx.stderr.write(
      `dateline serve: ${server.url}/ (store ${redactDb(store.kind === 'postgres' ? (values.db ?? '') : (values.db ?? ctx.env.DATELINE_DB ?? 'dateline.db'))}); Ctrl-C stops\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      ctx.signal?.addEventListener('abort', stop, { once: true });
    });
    await server.close();
    await store.close();
    return EXIT.OK;
  },
};
