/**
 * Word clusters for the named-entity tagger, induced from unlabelled news text: a binary hierarchy
 * over words (like Brown clusters), whose bit-string prefixes become features (features.ts).
 *
 * Brown clustering proper is slow (O(V·C²)); this is a cheap, deterministic stand-in that gives the
 * same kind of output. Each word type is described by the words around it, and the vocabulary is
 * split in two again and again by principal-direction divisive partitioning (PDDP, Boley 1998),
 * refined by two-means:
 *
 *   1. Read the raw text (TE3-silver and TimeBank/AQUAINT news, PolNeAR train articles, CoNLL-2003
 *      train and valid words without their tags; never CoNLL test), tokenised CoNLL-style; --more-text
 *      adds MUC-4, ConfliBERT and Scrapinghub texts (better on valid, worse on linking and on modern
 *      news with the Viterbi tagger: see docs/ner.md, fifth round; not the committed clusters).
 *   2. Key each word by its lower case with digits mapped to 0; keep keys seen ≥ MIN_COUNT times.
 *   3. Context vector of a key: counts of its left and right neighbours among the CONTEXT_WORDS most
 *      frequent keys (others fall into a few classes by shape), square-rooted and L2-normalised.
 *   4. Split each cluster along its principal direction (power iteration, fixed start vector), refine
 *      the two halves with REFINE rounds of spherical two-means, recurse until MAX_DEPTH or MIN_SPLIT.
 *   5. A key's path is its bit string; stored as a number with a leading 1 (so "" is 1, "01" is 0b101).
 *
 * The committed output, model/clusters.bin.gz, is "DLCLU1\n", u32le count, then the FNV-1a hashes of
 * the keys (u32le, ascending), then their paths (u32le): no words are stored.
 *
 *   npm run build:clusters -- [--data ../shared/data] [--out FILE] [--more-text] [--brown C]
 *
 * --brown C replaces steps 3–4 by exact Brown clustering with C active clusters (brown.ts): not the
 * committed clusters (see docs/ner.md, seventh round).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { brownClusters } from './brown.js';
import { parseConll } from './conll.js';
import { fnv1a } from '../../doc/hash.js';
import { tmlFiles } from '../../doc/tml-files.js';

/** Words seen fewer times have too little context to place. */
const MIN_COUNT = 3;
/** Neighbour keys that get a dimension of their own (per position); the rest share shape classes. */
const CONTEXT_WORDS = 600;
/** Neighbours on each side that describe a word (1: the words just before and after). */
const WINDOW = 1;
/** Deepest split: prefixes up to 20 bits are used as features, deeper splits are noise. */
const MAX_DEPTH = 20;
/** Clusters smaller than this are not split further. */
const MIN_SPLIT = 4;
/** Power-iteration rounds for the principal direction, and two-means rounds after the split. */
const POWER_ROUNDS = 12;
const REFINE = 4;

const MAGIC = 'DLCLU1\n';

/** The clusters: sorted key hashes with a path per hash. */
export interface WordClusters {
  hashes: Uint32Array;
  paths: Uint32Array;
}

/** The cluster key of a word: lower case, digits as 0, curly apostrophes straightened. */
export function clusterKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[0-9]/g, '0')
    .replace(/[\u2018\u2019]/g, "'");
}

/**
 * The clusters as an open-addressing hash table (linear probing, at most half full): each hash's
 * path at its slot, 0 for an empty slot (paths are never 0: they carry a leading 1). Built on first
 * use; null when the hashes are not strictly ascending, where only the binary search gives the answers
 * a file has always given.
 */
interface PathTable {
  keys: Uint32Array;
  paths: Uint32Array;
  shift: number;
}
const pathTables = new WeakMap<WordClusters, PathTable | null>();

function pathTable(c: WordClusters): PathTable | null {
  let t = pathTables.get(c);
  if (t !== undefined) return t;
  const n = c.hashes.length;
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  t = { keys: new Uint32Array(1 << bits), paths: new Uint32Array(1 << bits), shift: 32 - bits };
  const mask = (1 << bits) - 1;
  for (let i = 0; i < n; i++) {
    const h = c.hashes[i]!;
    const path = c.paths[i]!;
    if ((i > 0 && !(c.hashes[i - 1]! < h)) || path === 0) {
      t = null;
      break;
    }
    let at = Math.imul(h, 0x9e3779b1) >>> t.shift;
    while (t.paths[at]) at = (at + 1) & mask;
    t.keys[at] = h;
    t.paths[at] = path;
  }
  pathTables.set(c, t);
  return t;
}

/** A word's cluster path (1 = no cluster: the empty path). */
export function clusterPath(c: WordClusters, key: string): number {
  const h = fnv1a(key);
  const t = pathTable(c);
  if (t) {
    const mask = t.keys.length - 1;
    let at = Math.imul(h, 0x9e3779b1) >>> t.shift;
    for (let path = t.paths[at]!; path; path = t.paths[at]!) {
      if (t.keys[at] === h) return path;
      at = (at + 1) & mask;
    }
    return 1;
  }
  let lo = 0;
  let hi = c.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = c.hashes[mid]!;
    if (v === h) return c.paths[mid]!;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return 1;
}

/** The first `bits` bits of a path (with its leading 1); a shorter path is returned whole. */
export function pathPrefix(path: number, bits: number): number {
  const depth = 31 - Math.clz32(path);
  return depth > bits ? path >>> (depth - bits) : path;
}

/** Tokenises raw text roughly as CoNLL-2003 does (clitics and final periods split off). */
export function rawTokens(text: string): string[] {
  const out: string[] = [];
  const re = /n't\b|\p{L}[\p{L}\p{N}.&-]*|\p{N}+(?:[.,:/]\p{N}+)*|'s\b|'[a-z]+\b|[^\s\p{L}\p{N}]/gu;
  for (const m of text.replace(/(\p{L})n't\b/gu, "$1 n't").matchAll(re)) {
    let t = m[0];
    if (t.length > 1 && t.endsWith('.') && t.indexOf('.') === t.length - 1) {
      out.push(t.slice(0, -1), '.');
      continue;
    }
    if (t.length > 1 && t.endsWith('-')) t = t.slice(0, -1);
    out.push(t);
  }
  return out;
}

/** The raw sentences (token lists) the clusters are built from; absent sources are skipped. */
export function readCorpus(data: string, moreText = false): string[][] {
  const out: string[][] = [];
  const addText = (text: string) => {
    for (const para of text.split(/\n\s*\n/)) {
      const toks = rawTokens(para);
      if (toks.length) out.push(toks);
    }
  };
  const tml = (dir: string) => {
    for (const p of tmlFiles(dir)) {
      const xml = readFileSync(p, 'utf8');
      addText((/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '').replace(/<[^>]*>/g, ''));
    }
  };
  tml(join(data, 'timex', 'te3-silver'));
  tml(join(data, 'timex', 'timebank-aquaint'));
  const polnear = join(data, 'quotes', 'polnear', 'data', 'train', 'text');
  if (existsSync(polnear))
    for (const f of readdirSync(polnear).sort())
      if (f.endsWith('.txt')) addText(readFileSync(join(polnear, f), 'utf8'));
  if (moreText) addMore(data, addText);
  const conll = join(data, 'ner', 'conll2003');
  for (const f of ['train.txt', 'valid.txt']) {
    const p = join(conll, f);
    if (existsSync(p)) for (const s of parseConll(readFileSync(p, 'utf8'))) out.push(s.words);
  }
  return out;
}

/**
 * More unlabelled news text (--more-text; not the committed clusters: see docs/ner.md, fifth round):
 * MUC-4 train and dev
 * messages (1989–91 wire news in capitals; the keys are lower case anyway), ConfliBERT CAMEO train
 * sentences and the Scrapinghub pages' article bodies.
 */
function addMore(data: string, addText: (text: string) => void): void {
  const muc = join(data, 'events', 'muc4_doc_event_role', 'data', 'raw_muc');
  for (const f of ['doc_train.jsons.txt', 'doc_dev.jsons.txt']) {
    const p = join(muc, f);
    if (existsSync(p))
      for (const line of readFileSync(p, 'utf8').split('\n'))
        if (line.trim())
          addText(((JSON.parse(line) as { text?: string }).text ?? '').replace(/\n(?!\s*\n)/g, ' '));
  }
  const cameo = join(data, 'events', 'conflibert_cameo', 'data', 'cameo_class', 'train.tsv');
  if (existsSync(cameo))
    for (const line of readFileSync(cameo, 'utf8').split('\n')) addText(line.split('\t')[0] ?? '');
  const gt = join(data, 'extraction', 'scrapinghub', 'ground-truth.json');
  if (existsSync(gt)) {
    const json = JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const k of Object.keys(json).sort()) addText(json[k]!.articleBody ?? '');
  }
}

function shapeClass(key: string): number {
  if (/^[0,.]+$/.test(key)) return 0;
  if (/^\p{L}/u.test(key)) return 1;
  return 2;
}

/** Sparse rows: row r has entries idx[ptr[r]..ptr[r+1]) with values val. */
interface Rows {
  ptr: Uint32Array;
  idx: Uint32Array;
  val: Float32Array;
  dims: number;
}

export interface ClusterOptions {
  minCount?: number;
  contextWords?: number;
  window?: number;
}

function contextRows(
  sentences: readonly (readonly string[])[],
  opts: ClusterOptions,
): { keys: string[]; rows: Rows } {
  const MIN = opts.minCount ?? MIN_COUNT;
  const CTX = opts.contextWords ?? CONTEXT_WORDS;
  const win = opts.window ?? WINDOW;
  // 1-2. Keys and their counts; the vocabulary in a fixed order (count desc, then key).
  const counts = new Map<string, number>();
  const keyed = sentences.map((s) => s.map(clusterKey));
  for (const s of keyed) for (const k of s) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, c]) => c >= MIN)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k]) => k);
  const id = new Map(vocab.map((k, i) => [k, i]));
  // 3. Context dimensions: neighbour at offset o (−win..win, not 0) in block b, d within the block.
  const side = CTX + 4; // + 3 shape classes + the sentence boundary
  const ctxId = (k: string | undefined): number => {
    if (k === undefined) return CTX + 3;
    const i = id.get(k);
    return i !== undefined && i < CTX ? i : CTX + shapeClass(k);
  };
  const offsets: number[] = [];
  for (let o = -win; o <= win; o++) if (o) offsets.push(o);
  const perWord = vocab.map(() => new Map<number, number>());
  for (const s of keyed)
    for (let i = 0; i < s.length; i++) {
      const w = id.get(s[i]!);
      if (w === undefined) continue;
      const m = perWord[w]!;
      offsets.forEach((o, b) => {
        const d = b * side + ctxId(s[i + o]);
        m.set(d, (m.get(d) ?? 0) + 1);
      });
    }
  const ptr = new Uint32Array(vocab.length + 1);
  let nnz = 0;
  for (let w = 0; w < vocab.length; w++) nnz += perWord[w]!.size;
  const idx = new Uint32Array(nnz);
  const val = new Float32Array(nnz);
  let at = 0;
  perWord.forEach((m, w) => {
    ptr[w] = at;
    const entries = [...m].sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, c] of entries) norm += c; // sqrt counts: the squared norm is the sum of counts
    const inv = 1 / Math.sqrt(norm);
    for (const [d, c] of entries) {
      idx[at] = d;
      val[at++] = Math.sqrt(c) * inv;
    }
  });
  ptr[vocab.length] = at;
  return { keys: vocab, rows: { ptr, idx, val, dims: offsets.length * side } };
}

function dot(rows: Rows, r: number, v: Float64Array): number {
  let s = 0;
  for (let k = rows.ptr[r]!; k < rows.ptr[r + 1]!; k++) s += rows.val[k]! * v[rows.idx[k]!]!;
  return s;
}

function addRow(rows: Rows, r: number, v: Float64Array, scale: number): void {
  for (let k = rows.ptr[r]!; k < rows.ptr[r + 1]!; k++) v[rows.idx[k]!]! += scale * rows.val[k]!;
}

function centroid(rows: Rows, members: readonly number[]): Float64Array {
  const c = new Float64Array(rows.dims);
  for (const r of members) addRow(rows, r, c, 1 / members.length);
  return c;
}

function normalise(v: Float64Array): void {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
}

/** Splits members in two (step 4); returns [left, right], either possibly empty. */
function split(rows: Rows, members: readonly number[]): [number[], number[]] {
  const mu = centroid(rows, members);
  // Principal direction of the centred rows by power iteration from a fixed start.
  let v = new Float64Array(rows.dims);
  for (let i = 0; i < v.length; i++) v[i] = Math.sin(i * 12.9898 + 78.233);
  normalise(v);
  for (let round = 0; round < POWER_ROUNDS; round++) {
    const next = new Float64Array(rows.dims);
    let muV = 0;
    for (let i = 0; i < v.length; i++) muV += mu[i]! * v[i]!;
    for (const r of members) addRow(rows, r, next, dot(rows, r, v) - muV);
    let s = 0;
    for (const r of members) s += dot(rows, r, v) - muV;
    for (let i = 0; i < next.length; i++) next[i]! -= s * mu[i]!;
    normalise(next);
    v = next;
  }
  let muV = 0;
  for (let i = 0; i < v.length; i++) muV += mu[i]! * v[i]!;
  let left: number[] = [];
  let right: number[] = [];
  for (const r of members) (dot(rows, r, v) - muV < 0 ? left : right).push(r);
  // Spherical two-means refinement.
  for (let round = 0; round < REFINE && left.length && right.length; round++) {
    const a = centroid(rows, left);
    const b = centroid(rows, right);
    normalise(a);
    normalise(b);
    const l2: number[] = [];
    const r2: number[] = [];
    for (const r of members) (dot(rows, r, a) >= dot(rows, r, b) ? l2 : r2).push(r);
    if (!l2.length || !r2.length) break;
    left = l2;
    right = r2;
  }
  return [left, right];
}

/** Builds the clusters of the given sentences (deterministic). */
export function buildClusters(
  sentences: readonly (readonly string[])[],
  opts: ClusterOptions = {},
): {
  clusters: WordClusters;
  keys: string[];
  pathOf: Map<string, number>;
} {
  const { keys, rows } = contextRows(sentences, opts);
  const path = new Uint32Array(keys.length).fill(1);
  const stack: Array<{ members: number[]; path: number; depth: number }> = [
    { members: keys.map((_, i) => i), path: 1, depth: 0 },
  ];
  while (stack.length) {
    const { members, path: p, depth } = stack.pop()!;
    for (const r of members) path[r] = p;
    if (depth >= MAX_DEPTH || members.length < MIN_SPLIT) continue;
    const [l, r] = split(rows, members);
    if (!l.length || !r.length) continue;
    stack.push({ members: r, path: p * 2 + 1, depth: depth + 1 });
    stack.push({ members: l, path: p * 2, depth: depth + 1 });
  }
  const byHash = new Map<number, number>();
  keys.forEach((k, i) => byHash.set(fnv1a(k), path[i]!));
  const hashes = Uint32Array.from([...byHash.keys()].sort((a, b) => a - b));
  const paths = Uint32Array.from(hashes, (h) => byHash.get(h)!);
  return { clusters: { hashes, paths }, keys, pathOf: new Map(keys.map((k, i) => [k, path[i]!])) };
}

/**
 * Exact Brown clusters (brown.ts; build:clusters --brown C) of the sentences' keys, in the same form
 * as buildClusters: not the committed clusters (see docs/ner.md, seventh round).
 */
export function buildBrownClusters(
  sentences: readonly (readonly string[])[],
  clusters: number,
  minCount = MIN_COUNT,
  progress?: (words: number, total: number) => void,
): { clusters: WordClusters; keys: string[]; pathOf: Map<string, number> } {
  const { keys, paths } = brownClusters(
    sentences.map((s) => s.map(clusterKey)),
    { clusters, minCount, ...(progress ? { progress } : {}) },
  );
  const byHash = new Map<number, number>();
  keys.forEach((k, i) => byHash.set(fnv1a(k), paths[i]!));
  const hashes = Uint32Array.from([...byHash.keys()].sort((a, b) => a - b));
  return {
    clusters: { hashes, paths: Uint32Array.from(hashes, (h) => byHash.get(h)!) },
    keys,
    pathOf: new Map(keys.map((k, i) => [k, paths[i]!])),
  };
}

export function encodeClusters(c: WordClusters): Buffer {
  const n = c.hashes.length;
  const b = Buffer.alloc(MAGIC.length + 4 + n * 8);
  b.write(MAGIC, 0, 'latin1');
  b.writeUInt32LE(n, MAGIC.length);
  const at = MAGIC.length + 4;
  for (let i = 0; i < n; i++) {
    b.writeUInt32LE(c.hashes[i]!, at + i * 4);
    b.writeUInt32LE(c.paths[i]!, at + n * 4 + i * 4);
  }
  return gzipSync(b, { level: 9 });
}

export function decodeClusters(gz: Buffer): WordClusters {
  const b = gunzipSync(gz);
  if (b.subarray(0, MAGIC.length).toString('latin1') !== MAGIC)
    throw new Error('not a Dateline cluster file');
  const n = b.readUInt32LE(MAGIC.length);
  const at = MAGIC.length + 4;
  const hashes = new Uint32Array(n);
  const paths = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = b.readUInt32LE(at + i * 4);
    paths[i] = b.readUInt32LE(at + n * 4 + i * 4);
  }
  return { hashes, paths };
}

/** The committed cluster file's path (found from src/ or dist/src/). */
export function defaultClustersPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'model', 'clusters.bin.gz'),
    join(here, '..', '..', '..', '..', 'src', 'annotate', 'entities', 'model', 'clusters.bin.gz'),
  ];
  return candidates.find((p) => existsSync(p)) ?? candidates[1]!;
}

/** The value after `--name` on the command line, else the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

export function main(): void {
  const t0 = Date.now();
  const data = arg('data', join('..', 'shared', 'data'));
  const out = arg('out', defaultClustersPath());
  const corpus = readCorpus(data, process.argv.includes('--more-text'));
  const tokens = corpus.reduce((n, s) => n + s.length, 0);
  console.log(`corpus: ${corpus.length} sentences, ${tokens} tokens (${Date.now() - t0} ms)`);
  const num = (name: string) => (process.argv.includes(`--${name}`) ? Number(arg(name, '')) : undefined);
  const brown = num('brown');
  const { clusters, keys, pathOf } = brown
    ? buildBrownClusters(corpus, brown, num('min-count') ?? MIN_COUNT, (w, n) =>
        console.log(`brown: ${w} of ${n} words (${Date.now() - t0} ms)`),
      )
    : buildClusters(corpus, {
        minCount: num('min-count'),
        contextWords: num('context-words'),
        window: num('window'),
      });
  const buf = encodeClusters(clusters);
  writeFileSync(out, buf);
  console.log(
    `${keys.length} words clustered; wrote ${out}: ${(buf.length / 1e3).toFixed(0)} kB (${Date.now() - t0} ms)`,
  );
  if (process.argv.includes('--show')) {
    const groups = new Map<number, string[]>();
    for (const k of keys.slice(0, 3000)) {
      const p = pathPrefix(pathOf.get(k)!, 8);
      if (!groups.has(p)) groups.set(p, []);
      groups.get(p)!.push(k);
    }
    for (const [p, ws] of [...groups].sort((a, b) => a[0] - b[0]))
      console.log(p.toString(2).slice(1), ws.slice(0, 14).join(' '));
  }
}

if (process.argv[1] && /clusters\.js$/.test(process.argv[1])) main();
