/**
 * The committed model file (model/ner.bin.gz): gzip of
 *   "DLNER1\n", u32le header length, header JSON, gazetteer hashes (u32le × n), gazetteer kind masks
 *   (u8 × n), zero padding to 4 bytes, word clusters when the header says so (key hashes u32le × m,
 *   then paths u32le × m; see clusters.ts), weights (int16le × buckets × tags, row-major by bucket;
 *   a second table for the second pass; the span re-typer's, int16le × buckets × 4, when the header says
 *   so).
 * Only learned weights, hashed gazetteer names and hashed cluster keys: no training sentences, no
 * vocabulary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NUM_TAGS, TAGS } from './features.js';
import type { WordClusters } from './clusters.js';
import { NUM_SPAN_TYPES } from './span-types.js';
import type { TaggerModel } from './tagger.js';

const MAGIC = 'DLNER1\n';

interface Header {
  buckets: number;
  tags: string[];
  scale: number;
  gazetteer: number;
  maxLen: number;
  /** Number of word-cluster entries (absent: no clusters). */
  clusters?: number;
  /** 2 when a second-pass weight table follows the first. */
  stages?: number;
  /** Which weight tables are decoded by Viterbi (absent: greedy): see TaggerModel. */
  viterbi?: boolean;
  viterbi2?: boolean;
  /** Buckets and scale of the span re-typer's int16 table, after the passes' (absent: none). */
  spans?: { buckets: number; scale: number };
  trained?: unknown;
}

/**
 * Quantises float weights to int16 codes, linearly: code c stands for c / 32767 · scale (scale = the
 * largest magnitude unless given).
 */
export function quantise(weights: Float32Array, fixedScale?: number): { q: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = fixedScale ?? (max || 1);
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++)
    q[i] = Math.round(Math.max(-1, Math.min(1, weights[i]! / scale)) * 32767);
  return { q, scale };
}

/** The float weights int16 codes stand for (see quantise). */
export function dequantise(q: Int16Array, scale: number): Float32Array {
  const out = new Float32Array(q.length);
  const k = scale / 32767;
  for (let i = 0; i < q.length; i++) out[i] = q[i]! * k;
  return out;
}

/** Encodes a model whose weights are int16 codes from quantise(). */
export function encodeModel(
  model: Omit<TaggerModel, 'spans'> & {
    weights: Int16Array;
    stage2?: Int16Array;
    spans?: { buckets: number; weights: Int16Array; scale: number } | undefined;
  },
  trained?: unknown,
): Buffer {
  const g = model.gazetteer;
  const header: Header = {
    buckets: model.buckets,
    tags: [...TAGS],
    scale: model.scale,
    gazetteer: g.hashes.length,
    maxLen: g.maxLen,
    ...(model.clusters ? { clusters: model.clusters.hashes.length } : {}),
    stages: model.stage2 ? 2 : 1,
    ...(model.viterbi ? { viterbi: true } : {}),
    ...(model.viterbi2 ? { viterbi2: true } : {}),
    ...(model.spans ? { spans: { buckets: model.spans.buckets, scale: model.spans.scale } } : {}),
    trained,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const hashes = Buffer.alloc(g.hashes.length * 4);
  g.hashes.forEach((h, i) => hashes.writeUInt32LE(h, i * 4));
  const pre = MAGIC.length + 4 + json.length + hashes.length + g.kinds.length;
  const pad = Buffer.alloc((4 - (pre % 4)) % 4);
  const table = (w: Int16Array) => {
    const b = Buffer.alloc(w.length * 2);
    for (let i = 0; i < w.length; i++) b.writeInt16LE(w[i]!, i * 2);
    return b;
  };
  const weights = [
    table(model.weights),
    ...(model.stage2 ? [table(model.stage2)] : []),
    ...(model.spans ? [table(model.spans.weights)] : []),
  ];
  const c = model.clusters;
  const clusters = Buffer.alloc(c ? c.hashes.length * 8 : 0);
  if (c)
    c.hashes.forEach((h, i) => {
      clusters.writeUInt32LE(h, i * 4);
      clusters.writeUInt32LE(c.paths[i]!, (c.hashes.length + i) * 4);
    });
  return gzipSync(
    Buffer.concat([Buffer.from(MAGIC), len, json, hashes, Buffer.from(g.kinds), pad, clusters, ...weights]),
    { level: 9 },
  );
}

export function decodeModel(gz: Buffer): TaggerModel {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not a Dateline NER model');
  let at = MAGIC.length;
  const hlen = buf.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(buf.subarray(at, at + hlen).toString('utf8')) as Header;
  at += hlen;
  if (header.tags.join() !== TAGS.join()) throw new Error('NER model tags do not match the code');
  const n = header.gazetteer;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = buf.readUInt32LE(at + i * 4);
  at += n * 4;
  const kinds = Uint8Array.from(buf.subarray(at, at + n));
  at += n;
  at += (4 - (at % 4)) % 4;
  let clusters: WordClusters | undefined;
  if (header.clusters) {
    const m = header.clusters;
    const ch = new Uint32Array(m);
    const cp = new Uint32Array(m);
    for (let i = 0; i < m; i++) {
      ch[i] = buf.readUInt32LE(at + i * 4);
      cp[i] = buf.readUInt32LE(at + (m + i) * 4);
    }
    clusters = { hashes: ch, paths: cp };
    at += m * 8;
  }
  const size = header.buckets * NUM_TAGS;
  // The int16 codes are kept as they are: both passes share one scale, and a positive common scale
  // does not change which tag scores best, so tagging needs no float copy (half the memory).
  const table = (from: number, count = size) => {
    const bytes = Uint8Array.from(buf.subarray(from, from + count * 2)); // an aligned copy
    const codes = new Int16Array(bytes.buffer, 0, count);
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
      for (let i = 0; i < count; i++) codes[i] = buf.readInt16LE(from + i * 2);
    return codes;
  };
  const model: TaggerModel = {
    buckets: header.buckets,
    weights: table(at),
    scale: header.scale,
    gazetteer: { hashes, kinds, maxLen: header.maxLen },
  };
  if (clusters) model.clusters = clusters;
  if (header.stages === 2) model.stage2 = table(at + size * 2);
  if (header.viterbi) model.viterbi = true;
  if (header.viterbi2) model.viterbi2 = true;
  if (header.spans) {
    const from = at + size * 2 * (header.stages === 2 ? 2 : 1);
    // The span table's codes stand alone too: one scale, so the best type is the same.
    model.spans = {
      buckets: header.spans.buckets,
      weights: table(from, header.spans.buckets * NUM_SPAN_TYPES),
    };
  }
  return model;
}

/** The committed model's path: src/annotate/entities/model/ner.bin.gz (found from src/ or dist/src/). */
export function defaultModelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'model', 'ner.bin.gz'),
    join(here, '..', '..', '..', '..', 'src', 'annotate', 'entities', 'model', 'ner.bin.gz'),
  ];
  return candidates.find((p) => existsSync(p)) ?? candidates[1]!;
}

let cached: TaggerModel | null = null;

/** The committed model, loaded once. */
export function loadModel(): TaggerModel {
  cached ??= decodeModel(readFileSync(defaultModelPath()));
  return cached;
}
