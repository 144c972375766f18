// Runs every compiled test (dist/**/*.test.js) with node's test runner.
// Usage: node scripts/run-tests.mjs [filter...]   (filters match test file paths)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.test.js')) files.push(relative(root, p));
  }
})(join(root, 'dist'));
const filters = process.argv.slice(2);
const chosen = files.sort().filter((f) => !filters.length || filters.some((x) => f.includes(x)));
if (!chosen.length) {
  console.error('run-tests: no test files found under dist/ (did the build run?)');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...chosen], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
