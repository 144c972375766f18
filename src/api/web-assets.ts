/**
 * The web UI's files, read once at start into memory: the page and stylesheet from src/web/static, the
 * compiled scripts from dist/web/app. Served by name from this fixed set only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
}
export type WebAssets = ReadonlyMap<string, Asset>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The repository root, seen from dist/src/api. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Every UI file by name; empty when the UI was not built (the API still works). */
export function webAssets(root: string = ROOT): WebAssets {
  const out = new Map<string, Asset>();
  for (const dir of [join(root, 'src', 'web', 'static'), join(root, 'dist', 'web', 'app')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const ext = /\.[a-z]+$/.exec(name)?.[0] ?? '';
      if (!/^[a-z0-9-]+\.[a-z]+$/.test(name) || !TYPES[ext]) continue;
      out.set(name, { type: TYPES[ext]!, body: new Uint8Array(readFileSync(join(dir, name))) });
    }
  }
  return out;
}
