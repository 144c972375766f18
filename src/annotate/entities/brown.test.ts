import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brownClusters } from './brown.js';

/** Invented sentences: determiners, animals, verbs and places in fixed frames. */
function corpus(): string[][] {
  const dets = ['the', 'a', 'this'];
  const animals = ['cat', 'dog', 'owl', 'fox'];
  const verbs = ['sat', 'ran', 'slept'];
  const places = ['home', 'outside'];
  const out: string[][] = [];
  let k = 0;
  for (const d of dets)
    for (const a of animals) for (const v of verbs) out.push([d, a, v, places[k++ % places.length]!, '.']);
  return out;
}

/** Average mutual information (count units) of a clustering, by brute force over bigrams. */
function ami(keyed: string[][], vocab: string[], clusters: number[][]): number {
  const id = new Map(vocab.map((k, i) => [k, i]));
  const wl = new Map<number, number>();
  const wr = new Map<number, number>();
  const of = new Map<number, number>();
  clusters.forEach((c, i) => c.forEach((w) => of.set(w, i)));
  const pair = new Map<string, number>();
  let n = 0;
  for (const s of keyed)
    for (let i = 0; i + 1 < s.length; i++) {
      const a = id.get(s[i]!);
      const b = id.get(s[i + 1]!);
      if (a === undefined || b === undefined) continue;
      n++;
      wl.set(a, (wl.get(a) ?? 0) + 1);
      wr.set(b, (wr.get(b) ?? 0) + 1);
      if (!of.has(a) || !of.has(b)) continue;
      const key = `${of.get(a)} ${of.get(b)}`;
      pair.set(key, (pair.get(key) ?? 0) + 1);
    }
  const cl = clusters.map((c) => c.reduce((x, w) => x + (wl.get(w) ?? 0), 0));
  const cr = clusters.map((c) => c.reduce((x, w) => x + (wr.get(w) ?? 0), 0));
  let sum = 0;
  for (const [key, p] of pair) {
    const [x, y] = key.split(' ').map(Number) as [number, number];
    sum += p * Math.log((p * n) / (cl[x]! * cr[y]!));
  }
  return sum;
}

describe('Brown clustering', () => {
  const keyed = corpus();

  for (const C of [3, 5, 20])
    it(`merges, with ${C} active clusters, the pair that loses the least mutual information`, () => {
      let merges = 0;
      const { keys } = brownClusters(keyed, {
        clusters: C,
        minCount: 1,
        trace: (loss, clusters, a, b) => {
          merges++;
          const before = ami(keyed, keys0, clusters);
          let best = Infinity;
          for (let i = 0; i < clusters.length; i++)
            for (let j = i + 1; j < clusters.length; j++) {
              const merged = clusters.filter((_, k) => k !== i && k !== j);
              merged.push([...clusters[i]!, ...clusters[j]!]);
              const l = before - ami(keyed, keys0, merged);
              best = Math.min(best, l);
              if (i === a && j === b) assert.ok(Math.abs(l - loss) < 1e-6, `loss ${loss} against ${l}`);
            }
          assert.ok(loss <= best + 1e-6, `loss ${loss}, best ${best}`);
        },
      });
      assert.equal(merges, keys.length - 1);
    });
  // The vocabulary as brownClusters orders it (count, then key), for the brute force above.
  const counts = new Map<string, number>();
  for (const s of keyed) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const keys0 = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);

  it('puts words used alike under a common prefix, deterministically', () => {
    const a = brownClusters(keyed, { clusters: 20, minCount: 1 });
    const b = brownClusters(keyed, { clusters: 20, minCount: 1 });
    assert.deepEqual(a, b);
    const path = (w: string) => a.paths[a.keys.indexOf(w)]!.toString(2);
    const common = (x: string, y: string) => {
      const p = path(x);
      const q = path(y);
      let i = 0;
      while (i < p.length && p[i] === q[i]) i++;
      return i;
    };
    // Two animals share more of their path than an animal and a determiner.
    assert.ok(common('cat', 'dog') > common('cat', 'the'));
    assert.ok(common('sat', 'ran') > common('sat', 'home'));
    // Every word has a distinct path when C ≥ V (one leaf each).
    assert.equal(new Set(a.paths).size, a.keys.length);
  });

  it('gives every word of a cluster the same path when C < V', () => {
    const { paths } = brownClusters(keyed, { clusters: 3, minCount: 1 });
    assert.equal(new Set(paths).size, 3);
  });
});
