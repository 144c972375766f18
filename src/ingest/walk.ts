/**
 * Directory walks: recursive, sorted by the bytes of the names (the same order on every machine),
 * hidden entries skipped, symlinked directories followed once (no loops), depth capped.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../doc/errors.js';
import { INPUT_LIMITS, WALK_EXTENSIONS } from './limits.js';

export type WalkItem = { ok: true; path: string } | { ok: false; input: string; error: DatelineError };

export interface WalkOptions {
  maxDepth?: number;
  /** Called for soft problems (a loop skipped, too deep). */
  onSkip?: (path: string, reason: string) => void;
}

/** Byte order of UTF-8 names: not locale-dependent, not UTF-16 order. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Every file under `root` with a page extension, in sorted order. */
export async function* walkDir(root: string, opts: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const maxDepth = opts.maxDepth ?? INPUT_LIMITS.maxDirDepth;
  const seen = new Set<string>();
  async function* visit(dir: string, depth: number): AsyncGenerator<WalkItem> {
    let id: string;
    let names: string[];
    try {
      const st = await stat(dir);
      id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) {
        opts.onSkip?.(dir, 'already visited (a symlink loop or a second link): skipped');
        return;
      }
      seen.add(id);
      names = (await readdir(dir)).sort(compareNames);
    } catch (cause) {
      const msg = (cause as NodeJS.ErrnoException).code ?? String(cause);
      yield {
        ok: false,
        input: dir,
        error: new DatelineError('unreadable', `cannot list ${dir}: ${msg}`, { cause }),
      };
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let kind: 'dir' | 'file' | 'special' | 'missing';
      try {
        const st = await stat(path);
        kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'special';
      } catch {
        kind = 'missing'; // a broken link: if it has a page extension, reading it reports not-found
      }
      if (kind === 'dir') {
        if (depth >= maxDepth) opts.onSkip?.(path, `deeper than ${maxDepth} levels: skipped`);
        else yield* visit(path, depth + 1);
      } else if (!WALK_EXTENSIONS.test(name)) {
        // not a page
      } else if (kind === 'special') {
        // A FIFO would block the walk until someone writes to it; devices never end.
        opts.onSkip?.(path, 'not a regular file (a pipe, socket or device): skipped');
      } else yield { ok: true, path };
    }
  }
  yield* visit(root, 0);
}
