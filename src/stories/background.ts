/**
 * Background document frequencies for story clustering: how common each term stem is in general news,
 * so that topic words ("bankruptcy", "files", "stocks", "China") weigh less than the names that tell
 * one event from another (a restaurant chain's name, an exchange's name), even when a burst of one story has made both equally
 * rare in the clusterer's own, online IDF (docs/stories.md).
 *
 * Built from unlabelled news text under the shared data (TE3-silver and TimeBank/AQUAINT articles,
 * PolNeAR train articles, CoNLL-2003 train and valid documents without their tags); never the clustering
 * benchmark. No words are stored: the committed file holds FNV-1a hashes of the stems.
 *
 * 1. Read each document's text; its terms are features.ts `words()` (lower case, stop words out, cut to
 *    `stemLength`), each counted once per document.
 * 2. Keep stems seen in at least MIN_DF documents (rarer ones read as unseen: the clusterer treats both as
 *    names).
 * 3. Write model/background.bin.gz: "DLBG1\n", u32le document count, u32le stem length, u32le entry count,
 *    the stem hashes (u32le, ascending), then their document frequencies (u16le, capped).
 *
 *   node dist/src/stories/background.js [--data ../shared/data] [--out FILE]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DatelineError } from '../doc/errors.js';
import { fnv1a } from '../doc/hash.js';
import { tmlFiles } from '../doc/tml-files.js';
import { words } from './features.js';

/** Stems in fewer documents are dropped: a single sighting says little and the file stays compact. */
const MIN_DF = 2;
/** Stem length the table is built with: must match the clusterer's (CLUSTER_DEFAULTS.stemLength). */
export const BACKGROUND_STEM_LENGTH = 6;
const MAGIC = 'DLBG1\n';

/** Document frequencies of general news, by stem hash. */
export interface Background {
  docs: number;
  stemLength: number;
  df: ReadonlyMap<number, number>;
}

/** A stem's key in the background table. */
export function stemHash(stem: string): number {
  return fnv1a(stem);
}

/** The background texts under a data root, one string per document; absent sources are skipped. */
export function readBackgroundDocs(data: string): string[] {
  const docs: string[] = [];
  const tml = (dir: string): void => {
    for (const p of tmlFiles(dir)) {
      const xml = readFileSync(p, 'utf8');
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1] ?? '';
      const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
      docs.push(`${title}\n${text}`.replace(/<[^>]*>/g, ''));
    }
  };
  tml(join(data, 'timex', 'te3-silver'));
  tml(join(data, 'timex', 'timebank-aquaint'));
  const polnear = join(data, 'quotes', 'polnear', 'data', 'train', 'text');
  if (existsSync(polnear))
    for (const f of readdirSync(polnear).sort())
      if (f.endsWith('.txt')) docs.push(readFileSync(join(polnear, f), 'utf8'));
  for (const f of ['train.txt', 'valid.txt']) {
    const p = join(data, 'ner', 'conll2003', f);
    if (!existsSync(p)) continue;
    let cur: string[] = [];
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      const w = line.split(' ')[0];
      if (w === '-DOCSTART-') {
        if (cur.length) docs.push(cur.join(' '));
        cur = [];
      } else if (w) cur.push(w);
    }
    if (cur.length) docs.push(cur.join(' '));
  }
  return docs;
}

/** Document frequencies of the stems of `docs`, stems under MIN_DF dropped. */
export function buildBackground(docs: readonly string[], stemLength = BACKGROUND_STEM_LENGTH): Background {
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const w of new Set(words(d, stemLength))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const df = new Map<number, number>();
  for (const [w, n] of counts) if (n >= MIN_DF) df.set(stemHash(w), Math.max(df.get(stemHash(w)) ?? 0, n));
  return { docs: docs.length, stemLength, df };
}

export function encodeBackground(b: Background): Buffer {
  const keys = [...b.df.keys()].sort((x, y) => x - y);
  const head = Buffer.from(MAGIC, 'latin1');
  const buf = Buffer.alloc(head.length + 12 + keys.length * 6);
  head.copy(buf, 0);
  let at = head.length;
  buf.writeUInt32LE(b.docs, at);
  buf.writeUInt32LE(b.stemLength, at + 4);
  buf.writeUInt32LE(keys.length, at + 8);
  at += 12;
  for (const k of keys) {
    buf.writeUInt32LE(k, at);
    at += 4;
  }
  for (const k of keys) {
    buf.writeUInt16LE(Math.min(0xffff, b.df.get(k)!), at);
    at += 2;
  }
  return gzipSync(buf, { level: 9 });
}

export function decodeBackground(gz: Buffer): Background {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, MAGIC.length).toString('latin1') !== MAGIC)
    throw new DatelineError('internal', 'not a Dateline story background file');
  let at = MAGIC.length;
  const docs = buf.readUInt32LE(at);
  const stemLength = buf.readUInt32LE(at + 4);
  const n = buf.readUInt32LE(at + 8);
  at += 12;
  const df = new Map<number, number>();
  for (let i = 0; i < n; i++) df.set(buf.readUInt32LE(at + i * 4), buf.readUInt16LE(at + n * 4 + i * 2));
  return { docs, stemLength, df };
}

/** The committed file: src/stories/model/background.bin.gz (found from src/ or dist/src/). */
export function backgroundPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [
    join(here, 'model', 'background.bin.gz'),
    join(here, '..', '..', '..', 'src', 'stories', 'model', 'background.bin.gz'),
  ])
    if (existsSync(p)) return p;
  throw new DatelineError('internal', 'src/stories/model/background.bin.gz is missing (see background.ts)');
}

let loaded: Background | null = null;

/** The committed background, loaded once. */
export function defaultBackground(): Background {
  loaded ??= decodeBackground(readFileSync(backgroundPath()));
  return loaded;
}

/**
 * How much a term says about one event rather than a topic, in (0, 1]: the background IDF of its stem
 * over the IDF of an unseen stem. A bigram takes its commoner word's value ("files_bankruptcy" is topic,
 * not name; on the UCI dev headlines the rarer word's value lost, the mean did no better); non-word terms
 * (publisher, entity, event type: "p:", "e:", "v:") and unseen stems get 1.
 */
export function specificity(b: Background, term: string): number {
  if (isPrefixed(term)) return 1;
  const cut = term.indexOf('_');
  if (cut > 0) return Math.min(specificity(b, term.slice(0, cut)), specificity(b, term.slice(cut + 1)));
  const n = b.df.get(stemHash(term));
  if (n === undefined) return 1;
  return Math.log((b.docs + 1) / (n + 1)) / Math.log(b.docs + 1);
}

/** `/^[a-z]:/`, without a regular expression (called for every term of every article). */
function isPrefixed(term: string): boolean {
  const c = term.charCodeAt(0);
  return c >= 97 && c <= 122 && term.charCodeAt(1) === 58;
}

function main(argv: readonly string[]): void {
  const arg = (name: string, dflt: string) => {
    const k = argv.indexOf(name);
    return k >= 0 && argv[k + 1] ? argv[k + 1]! : dflt;
  };
  const data = arg('--data', join(process.cwd(), '..', 'shared', 'data'));
  const out = arg('--out', join(process.cwd(), 'src', 'stories', 'model', 'background.bin.gz'));
  const docs = readBackgroundDocs(data);
  if (!docs.length) throw new DatelineError('not-found', `no background news text under ${data}`);
  const b = buildBackground(docs);
  const gz = encodeBackground(b);
  writeFileSync(out, gz);
  process.stdout.write(`${docs.length} documents, ${b.df.size} stems → ${out} (${gz.length} bytes)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
