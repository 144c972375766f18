/** Opening an existing store for a read command: a missing SQLite file is a one-line error, not a new store. */
import { existsSync } from 'node:fs';
import type { Store } from '../../store/types.js';
import { dbSpec, isPostgresUrl } from '../../store/open.js';
import type { CommandContext } from '../command.js';
import { openForCommand } from './ingest.js';

export async function openExisting(
  ctx: CommandContext,
  command: string,
  db: string | undefined,
): Promise<Store | null> {
  const spec = dbSpec(db, ctx.env, ctx.cwd);
  if (!isPostgresUrl(spec) && !existsSync(spec)) {
    ctx.stderr.write(`dateline ${command}: no store at ${spec} (dateline ingest creates it)\n`);
    return null;
  }
  return openForCommand(ctx, command, spec);
}
