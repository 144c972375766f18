// Builds the committed knowledge base src/link/kb/kb.json.gz from ../shared/data/kb and
// src/link/kb/curated.json (the builder itself is src/link/build.ts, compiled by `npm run build`).
// Usage: npm run build:kb [-- --data DIR --out FILE]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(
  process.execPath,
  [join(root, 'dist', 'src', 'link', 'build.js'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
