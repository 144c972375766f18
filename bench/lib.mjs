/**
 * Shared helpers for the bench scripts: paths, argument parsing, loading Dateline's built dist and
 * the peers, pinning to one core, and a description of the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(BENCH_DIR, '..');
/** The shared data lives beside the repository, never inside it. */
export const DEFAULT_DATA = resolve(REPO_ROOT, '..', 'shared', 'data');
export const DIST_INDEX = join(REPO_ROOT, 'dist', 'src', 'index.js');
export const DIST_METRIC = join(REPO_ROOT, 'dist', 'src', 'eval', 'metrics', 'shingles.js');

/**
 * Tiny flag parser: `--name value`, `--name=value` and boolean `--flag`.
 * `spec` maps each flag to 'string' | 'number' | 'boolean'; unknown flags are an error.
 */
export function parseArgs(argv, spec) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) fail(`unexpected argument: ${arg}`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const type = spec[name];
    if (!type)
      fail(
        `unknown option --${name} (known: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(' ')})`,
      );
    if (type === 'boolean') {
      out[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) fail(`--${name} needs a value`);
    if (type === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) fail(`--${name} needs a non-negative number, got ${value}`);
      out[name] = n;
    } else out[name] = value;
  }
  return out;
}

export function fail(message, code = 2) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(code);
}

/** Dateline's library, from the repository's build (the bench measures what `npm run build` made). */
export async function loadDateline() {
  if (!existsSync(DIST_INDEX) || !existsSync(DIST_METRIC)) {
    fail(
      `Dateline is not built (${DIST_INDEX} missing): run \`npm run build\` (or \`npx tsc -p .\`) in the repository root first`,
    );
  }
  const lib = await import(pathToFileURL(DIST_INDEX).href);
  const metric = await import(pathToFileURL(DIST_METRIC).href);
  return { extract: lib.extract, shingleMatch: metric.shingleMatch, aggregate: metric.aggregate };
}

/** The JS peer: Mozilla Readability over a linkedom document. */
export async function loadReadability() {
  try {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    return { Readability, parseHTML };
  } catch (err) {
    fail(`the peers are not installed (${err.code ?? err.message}): run \`npm ci\` in bench/ first`);
  }
}

export function readFloors() {
  return JSON.parse(readFileSync(join(BENCH_DIR, 'floors.json'), 'utf8'));
}

export function peerVersions() {
  const versions = {};
  for (const name of ['@mozilla/readability', 'linkedom']) {
    try {
      const pkg = JSON.parse(readFileSync(join(BENCH_DIR, 'node_modules', name, 'package.json'), 'utf8'));
      versions[name] = pkg.version;
    } catch {
      versions[name] = null; // not installed: reported as such, the loader fails with the fix
    }
  }
  return versions;
}

/**
 * Pins this process and all its threads (V8's GC helpers, libuv's pool) to one CPU with `taskset`,
 * so both extractors run on one core. Returns the CPU list, or null when pinning is unavailable.
 */
export function pinToOneCore(cpu = 0) {
  if (process.platform !== 'linux') return null;
  try {
    execFileSync('taskset', ['-a', '-c', '-p', String(cpu), String(process.pid)], { stdio: 'ignore' });
    return String(cpu);
  } catch {
    return null;
  }
}

export function machine() {
  const list = cpus();
  return {
    cpu: list[0]?.model?.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Quantile of an ascending-sorted array (linear interpolation). */
export function quantile(sorted, q) {
  if (!sorted.length) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function median(values) {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** A plain-text table: first column left-aligned, the rest right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
