import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnv1a } from '../../doc/hash.js';
import { buildClusters, clusterKey, clusterPath } from './clusters.js';
import {
  ConsistencyFeatures,
  consistencyFeatures,
  contextFeatures,
  docContext,
  docContextOf,
  gazLookup,
  type Lexicon,
  NUM_TAGS,
  ROLE_M1,
  ROLE_M2,
  ROLE_P1,
  ROLE_P2,
  ROLE_SELF,
  roleFeatures,
  sentenceFeatures,
  TAGS,
  WORD_CACHE_LIMIT,
  wordCacheSize,
  wordInfo,
  wordInfos,
} from './features.js';
import { GazetteerBuilder } from './gazetteer.js';
import { loadModel } from './model.js';
import { scoreToken, tagDocument, type TaggerModel } from './tagger.js';
import {
  scoreSplit,
  scoreSplitViterbi,
  scorerSize,
  SLAB_LIMIT,
  splitFeatures,
  tableScorer,
  trimScorer,
  wordVector,
} from './word-scores.js';

/** Sentences written for these tests: boundaries, capitals, headlines, names, digits, hyphens. */
const SENTENCES: string[][] = [
  ['Mara'],
  ['Mara', 'said'],
  ['Tobin', 'Vance', 'visited', 'New', 'York', 'on', 'Monday', '.'],
  ['TALKS', 'IN', 'ORSK', 'END', '2-1'],
  ['Norvale', 'Council', 'Votes', 'On', 'New', 'Budget', 'Plan'],
  ['the', 'ex-minister', 'met', 'Ada', 'Lovelace', 'in', 'York', 'in', '1996-08-22', ',', 'Vance', 'said'],
  ['Émile', 'O\u2019Neill', 'et', 'Zoë', 'à', 'Orsk'],
];

function gazetteer() {
  const b = new GazetteerBuilder();
  b.add('New York', 'city');
  b.add('York', 'city');
  b.add('Ada Lovelace', 'person');
  b.add('Norvale Council', 'org');
  b.addWord('monday', 'capUsual');
  b.addWord('said', 'lowerUsual');
  return b.build();
}

const GAZ = gazetteer();
const LEXICONS: Array<[string, Lexicon]> = [
  ['without clusters', { gazetteer: GAZ }],
  [
    'with clusters',
    { gazetteer: GAZ, clusters: buildClusters([...SENTENCES, ...SENTENCES, ...SENTENCES]).clusters },
  ],
];

/** A deterministic pseudo-random int16 table (few buckets: collisions on purpose). */
function table(buckets: number, seed: number): Int16Array {
  const w = new Int16Array(buckets * NUM_TAGS);
  let x = seed >>> 0;
  for (let i = 0; i < w.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    w[i] = (x >>> 16) - 32768;
  }
  return w;
}

function models(lex: Lexicon, seed: number): { int16: TaggerModel; float: TaggerModel } {
  const buckets = 64;
  const weights = table(buckets, seed);
  const stage2 = table(buckets, seed + 1);
  const base = { buckets, scale: 1, gazetteer: lex.gazetteer, clusters: lex.clusters };
  return {
    int16: { ...base, weights, stage2 },
    // The same integer weights as floats: the generic path (scoreToken) sums them exactly too.
    float: { ...base, weights: Float32Array.from(weights), stage2: Float32Array.from(stage2) },
  };
}

const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);
const sorted2 = (xs: Iterable<string>) => [...xs].sort();

describe('split features', () => {
  for (const [name, lex] of LEXICONS)
    it(`give each token the same features as sentenceFeatures, ${name}`, () => {
      const ctx = docContext(SENTENCES);
      for (const s of SENTENCES) {
        const whole = sentenceFeatures(s, lex, ctx);
        const split = contextFeatures(wordInfos(lex, s), lex, ctx);
        assert.deepEqual(split.lowerHash, whole.lowerHash);
        assert.deepEqual(split.shapeHash, whole.shapeHash);
        assert.deepEqual(split.cluster, whole.cluster);
        assert.deepEqual(split.nameLike, whole.nameLike);
        const at = (i: number) => (i >= 0 && i < s.length ? wordInfo(lex, s[i]!) : null);
        for (let i = 0; i < s.length; i++) {
          const parts = [...split.feats.subarray(split.offsets[i]!, split.offsets[i + 1]!)];
          roleFeatures(at(i), ROLE_SELF, lex.clusters !== undefined, parts);
          roleFeatures(at(i - 1), ROLE_M1, lex.clusters !== undefined, parts);
          roleFeatures(at(i + 1), ROLE_P1, lex.clusters !== undefined, parts);
          roleFeatures(at(i - 2), ROLE_M2, lex.clusters !== undefined, parts);
          roleFeatures(at(i + 2), ROLE_P2, lex.clusters !== undefined, parts);
          const want = whole.feats.subarray(whole.offsets[i]!, whole.offsets[i + 1]!);
          assert.deepEqual(sorted(parts), sorted(want), `${s.join(' ')}: token ${i}`);
        }
      }
    });
});

describe('document features from word infos', () => {
  const doc = [
    ...SENTENCES,
    ['Mara', 'Vance', 'said', 'Orsk', 'Council', 'met', 'mara'],
    ['«', 'Élan', '»', 'AND', 'Ünal', 'ıb', 'İzmir', '3M'],
  ];
  const lex = LEXICONS[0]![1];
  const infos = doc.map((s) => wordInfos(lex, s));

  it('make the same document context as docContext', () => {
    const a = docContext(doc);
    const b = docContextOf(doc, infos);
    assert.deepEqual(sorted2(b.lowerSeen), sorted2(a.lowerSeen));
    assert.deepEqual(sorted2(b.capSeenInside), sorted2(a.capSeenInside));
    assert.deepEqual(sorted2(b.inCapRun), sorted2(a.inCapRun));
    assert.ok(a.inCapRun.size > 0 && a.capSeenInside.size > 0 && a.lowerSeen.size > 0);
  });

  it('give each token the same consistency features on demand, in sentence order', () => {
    const first = doc.map((s, k) => s.map((_, i) => (k * 7 + i * 3) % TAGS.length));
    const want = consistencyFeatures(doc, first);
    const lazy = new ConsistencyFeatures(doc, infos, first);
    doc.forEach((s, k) => {
      for (let i = 0; i < s.length; i += 1 + (k % 2))
        assert.deepEqual([...lazy.hashes.subarray(0, lazy.of(k, i))], want[k]![i]);
      lazy.done(k);
    });
    assert.ok(want.flat().some((f) => f.length > 3));
  });
});

describe('per-word-type scores', () => {
  for (const [name, lex] of LEXICONS)
    it(`score every token as scoreToken does, ${name}`, () => {
      const { int16, float } = models(lex, 7);
      const ctx = docContext(SENTENCES);
      const sc = tableScorer(int16.weights as Int16Array, int16.buckets, lex, 0);
      const a = new Float64Array(NUM_TAGS);
      const b = new Float64Array(NUM_TAGS);
      const histories: Array<[number, number]> = [
        [-1, -1],
        [0, -1],
        [0, 0],
        [3, 0],
        [4, 3],
        [8, 7],
      ];
      for (const s of SENTENCES) {
        const split = splitFeatures(s, lex, ctx);
        const whole = sentenceFeatures(s, lex, ctx);
        for (let i = 0; i < s.length; i++)
          for (const [t1, t2] of histories)
            for (const extra of [undefined, [11, 12345, 0xdeadbeef]]) {
              scoreSplit(sc, split, i, 0, s.length, t1, t2, a, extra);
              scoreToken(float, whole, i, t1, t2, b, extra);
              assert.deepEqual(a, b, `${s.join(' ')}: token ${i} after ${t1},${t2}`);
            }
      }
    });

  for (const [name, lex] of LEXICONS)
    for (const pairing of ['alone', 'interleaved first', 'interleaved second'] as const)
      it(`give Viterbi the static and history scores scoreToken sums, ${pairing}, ${name}`, () => {
        const { int16, float } = models(lex, 5);
        const other = models(lex, 6).int16.weights as Int16Array;
        const ctx = docContext(SENTENCES);
        const sc =
          pairing === 'alone'
            ? tableScorer(int16.weights as Int16Array, int16.buckets, lex, 0, true)
            : tableScorer(
                int16.weights as Int16Array,
                int16.buckets,
                lex,
                pairing === 'interleaved first' ? 0 : 1,
                true,
                other,
              );
        assert.equal(sc.stride, pairing === 'alone' ? NUM_TAGS : 2 * NUM_TAGS);
        const stat = new Float64Array(NUM_TAGS);
        const b = new Float64Array(NUM_TAGS);
        for (const s of SENTENCES) {
          const split = splitFeatures(s, lex, ctx);
          const whole = sentenceFeatures(s, lex, ctx);
          for (let i = 0; i < s.length; i++)
            for (const extra of [undefined, [11, 12345, 0xdeadbeef]]) {
              const at = scoreSplitViterbi(sc, split, i, 0, s.length, stat, extra);
              for (let t1 = -1; t1 < NUM_TAGS; t1++) {
                scoreToken(float, whole, i, t1, -1, b, extra);
                const got = Array.from(stat, (v, t) => v + sc.slab[at + (t1 + 1) * NUM_TAGS + t]!);
                assert.deepEqual(got, Array.from(b), `${s.join(' ')}: token ${i} after ${t1}`);
              }
            }
        }
        const greedy = tableScorer(int16.weights as Int16Array, int16.buckets, lex, 0);
        const split = splitFeatures(SENTENCES[1]!, lex, ctx);
        assert.throws(() => scoreSplitViterbi(greedy, split, 0, 0, 2, stat), /made for Viterbi/);
      });

  for (const [name, lex] of LEXICONS)
    for (const [viterbi, viterbi2] of [
      [true, true],
      [true, false],
      [false, true],
    ])
      it(`tag documents by Viterbi as the generic path does (${viterbi}, ${viterbi2}), ${name}`, () => {
        const one = models(lex, 3);
        const doc = [...SENTENCES, ['Mara', 'Vance', 'said', 'Orsk', 'Council', 'met']];
        const flags = { viterbi, viterbi2 };
        const want = tagDocument({ ...one.float, ...flags }, doc);
        for (let round = 0; round < 2; round++)
          assert.deepEqual(tagDocument({ ...one.int16, ...flags }, doc), want);
        assert.notDeepEqual(want, tagDocument(one.float, doc));
      });

  for (const [name, lex] of LEXICONS)
    it(`tag documents as the generic path does, cold and warm, ${name}`, () => {
      const one = models(lex, 1);
      const two = models(lex, 99);
      const doc = [...SENTENCES, ['Mara', 'Vance', 'said', 'Orsk', 'Council', 'met']];
      const want1 = tagDocument(one.float, doc);
      const want2 = tagDocument(two.float, doc);
      // Cold, warm, and alternating with another model over the same word infos (their sums are
      // kept per table: a different table recomputes them).
      for (let round = 0; round < 3; round++) {
        assert.deepEqual(tagDocument(one.int16, doc), want1);
        assert.deepEqual(tagDocument(two.int16, doc), want2);
      }
      assert.ok(want1.flat().some((t) => t !== 'O'));
      assert.notDeepEqual(want1, want2);
    });

  it('tags with the committed model exactly as the generic path does', () => {
    const model = loadModel();
    const float: TaggerModel = {
      ...model,
      weights: Float32Array.from(model.weights),
      stage2: model.stage2 && Float32Array.from(model.stage2),
    };
    const doc = [
      ['Russian', 'President', 'Vladimir', 'Putin', 'met', 'French', 'officials', 'in', 'Paris', '.'],
      ['Putin', 'said', 'little', 'to', 'reporters', 'from', 'Reuters', '.'],
      ['SHARES', 'IN', 'TOYOTA', 'MOTOR', 'CORP', 'FELL', '3', 'PERCENT'],
      ['Angela', 'Merkel', 'Flies', 'To', 'Washington'],
    ];
    const tags = tagDocument(model, doc);
    assert.deepEqual(tags, tagDocument(float, doc));
    assert.deepEqual(tags[0]!.slice(0, 4), ['B-MISC', 'O', 'B-PER', 'I-PER']);
  });
});

describe('word cache', () => {
  it('stays within its limit and keeps the words in use', () => {
    const lex: Lexicon = { gazetteer: gazetteer() };
    const kept = wordInfo(lex, 'Mara');
    for (let i = 0; i < WORD_CACHE_LIMIT + 5000; i++) {
      wordInfo(lex, `w${i}`);
      if (i % 1000 === 0) assert.equal(wordInfo(lex, 'Mara'), kept);
      assert.ok(wordCacheSize(lex) <= WORD_CACHE_LIMIT);
    }
    assert.equal(wordInfo(lex, 'Mara'), kept);
    // A word not used since the young generation turned over is computed again, equal to before.
    const w0 = wordInfo(lex, 'w0');
    assert.deepEqual({ ...w0 }, { ...wordInfo({ gazetteer: gazetteer() }, 'w0') });
  });

  it('keeps role sums per weight table, each computed once, in a bounded slab', () => {
    const lex = LEXICONS[1]![1];
    const { int16 } = models(lex, 3);
    const other = models(lex, 4).int16;
    const x = wordInfo(lex, 'Tobin');
    const sc = tableScorer(int16.weights as Int16Array, int16.buckets, lex, 0);
    const sc2 = tableScorer(other.weights as Int16Array, other.buckets, lex, 0);
    assert.equal(tableScorer(int16.weights as Int16Array, int16.buckets, lex, 0), sc);
    const s = splitFeatures(['Tobin'], lex, docContext([['Tobin']]));
    const score = (scorer: typeof sc) => {
      const out = new Float64Array(NUM_TAGS);
      scoreSplit(scorer, s, 0, 0, 1, -1, -1, out);
      return [...out];
    };
    const cold = score(sc);
    const size = scorerSize(sc);
    const at = x.at0;
    assert.equal(x.owner0, sc);
    assert.deepEqual(score(sc), cold);
    assert.equal(scorerSize(sc), size);
    assert.equal(x.at0, at);
    // Another table takes the slot; back on the first, the sums are computed anew, the same.
    assert.notDeepEqual(score(sc2), cold);
    assert.equal(x.owner0, sc2);
    assert.deepEqual(score(sc), cold);
    assert.equal(scorerSize(sc), size + 1);
    // Filled past its limit, the slab is emptied between documents, and sums come out the same.
    for (let i = scorerSize(sc); i <= SLAB_LIMIT; i++) wordVector(sc, wordInfo(lex, `w${i}`), 1);
    assert.ok(scorerSize(sc) > SLAB_LIMIT);
    trimScorer(sc);
    assert.equal(scorerSize(sc), 0);
    assert.deepEqual(score(sc), cold);
    assert.equal(scorerSize(sc), 1);
  });
});

describe('gazetteer table', () => {
  it('finds every name the builder added, and nothing else', () => {
    const b = new GazetteerBuilder();
    const kinds = ['city', 'person', 'org', 'capUsual'] as const;
    for (let i = 0; i < 3000; i++) b.addWord(`name${i}`, kinds[i % 4]!);
    const gaz = b.build();
    for (let i = 0; i < 3000; i++) assert.notEqual(gazLookup(gaz, `name${i}`), 0, `name${i}`);
    for (let i = 3000; i < 6000; i++) assert.equal(gazLookup(gaz, `name${i}`), 0, `name${i}`);
  });

  it('falls back to the binary search on hashes out of order', () => {
    const gaz = gazetteer();
    const reversed = {
      hashes: Uint32Array.from(gaz.hashes).reverse(),
      kinds: Uint8Array.from(gaz.kinds).reverse(),
      maxLen: gaz.maxLen,
    };
    const binary = (key: string): number => {
      const h = fnv1a(key);
      let lo = 0;
      let hi = reversed.hashes.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = reversed.hashes[mid]!;
        if (v === h) return reversed.kinds[mid]!;
        if (v < h) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    };
    const keys = ['new york', 'york', 'ada lovelace', 'norvale council', 'monday', 'said', 'absent'];
    const got = keys.map((k) => gazLookup(reversed, k));
    assert.deepEqual(got, keys.map(binary));
    // Out of order, the binary search misses names a table would find.
    assert.ok(got.filter(Boolean).length < keys.map((k) => gazLookup(gaz, k)).filter(Boolean).length);
  });
});

describe('word infos without string building', () => {
  const words = ['a', 'Mara', 'İstanbul', 'ﬁnal', 'O’Neill', '😀ab', 'x😀', 'SEATTLE', '1996-08-22'];
  for (const word of words)
    it(`hashes the affixes of ${word} as fnv1a of its slices`, () => {
      const x = wordInfo(LEXICONS[0]![1], word);
      const lower = word.toLowerCase();
      const want = new Array<number>(8).fill(0);
      for (let k = 1; k <= 4 && k <= word.length; k++) {
        want[k - 1] = fnv1a(word.slice(0, k));
        want[k + 3] = fnv1a(lower.slice(-k));
      }
      assert.deepEqual([...x.affix], want);
    });

  it('finds cluster paths by table as the binary search does, in order or not', () => {
    const clusters = LEXICONS[1]![1].clusters!;
    const binary = (c: typeof clusters, key: string): number => {
      const h = fnv1a(key);
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
    };
    const reversed = {
      hashes: Uint32Array.from(clusters.hashes).reverse(),
      paths: Uint32Array.from(clusters.paths).reverse(),
    };
    const keys = [...new Set(SENTENCES.flat().map(clusterKey)), 'absent', 'never'];
    assert.deepEqual(
      keys.map((k) => clusterPath(clusters, k)),
      keys.map((k) => binary(clusters, k)),
    );
    assert.ok(keys.some((k) => clusterPath(clusters, k) !== 1));
    assert.deepEqual(
      keys.map((k) => clusterPath(reversed, k)),
      keys.map((k) => binary(reversed, k)),
    );
  });
});
