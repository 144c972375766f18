/**
 * Helpers shared by the tagger's tests: a pseudo-random weight table and every allowed tag path, so
 * that decoders can be checked against brute force.
 */
import { allowed, NUM_TAGS } from '../annotate/entities/features.js';

/** A deterministic pseudo-random float table (few buckets: collisions on purpose). */
export function randomTable(buckets: number, seed: number): Float32Array {
  const w = new Float32Array(buckets * NUM_TAGS);
  let x = seed >>> 0;
  for (let i = 0; i < w.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    w[i] = ((x >>> 16) - 32768) / 1024;
  }
  return w;
}

/** Every allowed tag sequence of length n (IOB2), by brute force. */
export function* allPaths(n: number, prev = -1): Generator<number[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (let t = 0; t < NUM_TAGS; t++) {
    if (!allowed(prev, t)) continue;
    for (const rest of allPaths(n - 1, t)) yield [t, ...rest];
  }
}
