import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildClusters,
  clusterKey,
  clusterPath,
  decodeClusters,
  encodeClusters,
  pathPrefix,
  rawTokens,
} from './clusters.js';
import {
  consistencyFeatures,
  docContext,
  GAZ_KINDS,
  type GazKind,
  gazetteerCodes,
  gazKey,
  gazLookup,
  mix,
  sentenceFeatures,
  TAGS,
  withExtra,
  wordInfo,
} from './features.js';
import { GazetteerBuilder } from './gazetteer.js';
import { decodeModel, encodeModel, quantise } from './model.js';
import { tagDocument } from './tagger.js';

/** A small invented corpus: names and places in fixed frames, so contexts separate them. */
function corpus(): string[][] {
  const people = ['Mara', 'Tobin', 'Elsa', 'Quill', 'Rudo', 'Vance'];
  const places = ['Norvale', 'Kestria', 'Dunmore', 'Pellam', 'Orsk', 'Zanth'];
  const out: string[][] = [];
  for (let r = 0; r < 4; r++)
    for (let i = 0; i < people.length; i++) {
      out.push(['spokesman', people[i]!, 'said', 'on', 'Monday', '.']);
      out.push(['talks', 'in', places[i]!, 'ended', 'today', '.']);
      out.push(['minister', people[(i + r) % 6]!, 'told', 'reporters', 'in', places[(i + r) % 6]!, '.']);
    }
  return out;
}

function gazetteer() {
  const b = new GazetteerBuilder();
  b.add('New York', 'city');
  b.add('York', 'city');
  b.add('New York Times', 'org');
  b.add('Ada Lovelace', 'person');
  return b.build();
}

describe('word clusters', () => {
  const keys: Array<[string, string]> = [
    ['Reuters', 'reuters'],
    ['1996-08-22', '0000-00-00'],
    ['O\u2019Neill', "o'neill"],
  ];
  for (const [word, key] of keys) it(`keys ${word} as ${key}`, () => assert.equal(clusterKey(word), key));

  const prefixes: Array<[number, number, number]> = [
    [0b1_0110, 2, 0b1_01],
    [0b1_0110, 4, 0b1_0110],
    [0b1_0110, 10, 0b1_0110],
    [1, 4, 1],
  ];
  for (const [path, bits, want] of prefixes)
    it(`takes the ${bits}-bit prefix of ${path.toString(2)}`, () =>
      assert.equal(pathPrefix(path, bits), want));

  it('tokenises raw text roughly as CoNLL does', () => {
    assert.deepEqual(rawTokens("The U.S. didn't say, Reuters' chief said."), [
      'The',
      'U.S.',
      'did',
      "n't",
      'say',
      ',',
      'Reuters',
      "'",
      'chief',
      'said',
      '.',
    ]);
  });

  it('puts words used alike under a common prefix, deterministically, and round-trips the file', () => {
    const a = buildClusters(corpus());
    const b = buildClusters(corpus());
    assert.deepEqual([...a.clusters.paths], [...b.clusters.paths]);
    const p = (w: string) => a.pathOf.get(clusterKey(w))!;
    const shared = (x: number, y: number) => {
      let bits = 0;
      while (pathPrefix(x, bits + 1) === pathPrefix(y, bits + 1) && bits < 20) bits++;
      return bits;
    };
    // Two people share a longer prefix with each other than either does with a place.
    assert.ok(shared(p('Mara'), p('Tobin')) > shared(p('Mara'), p('Norvale')));
    assert.ok(shared(p('Orsk'), p('Zanth')) > shared(p('Zanth'), p('Vance')));
    const back = decodeClusters(encodeClusters(a.clusters));
    assert.equal(clusterPath(back, 'mara'), p('Mara'));
    assert.equal(clusterPath(back, 'never-seen'), 1);
  });
});

describe('features', () => {
  it('marks gazetteer names as gazLookup(gazKey()) finds them, longest first', () => {
    const gaz = gazetteer();
    const lex = { gazetteer: gaz };
    const words = ['The', 'New', 'York', 'Times', 'met', 'Ada', 'Lovelace', 'in', 'York'];
    const codes = gazetteerCodes(
      gaz,
      words.map((w) => wordInfo(lex, w)),
    );
    const mark = (i: number, kind: GazKind) => (codes[i]! >>> (2 * GAZ_KINDS.indexOf(kind))) & 3;
    assert.ok(gazLookup(gaz, gazKey(['New', 'York', 'Times'])) & (1 << GAZ_KINDS.indexOf('org')));
    assert.deepEqual(
      [1, 2, 3].map((i) => mark(i, 'org')),
      [1, 2, 2],
    );
    assert.deepEqual(
      [1, 2].map((i) => mark(i, 'city')),
      [1, 2],
    );
    assert.deepEqual(
      [5, 6].map((i) => mark(i, 'person')),
      [1, 2],
    );
    assert.equal(mark(8, 'city'), 3);
    assert.equal(codes[4], 0);
  });

  it('gives every token features, the same for the same input, and appends extras per token', () => {
    const lex = { gazetteer: gazetteer(), clusters: buildClusters(corpus()).clusters };
    const s = ['Mara', 'said', 'talks', 'in', 'Orsk', 'ended', '.'];
    const ctx = docContext([s]);
    const a = sentenceFeatures(s, lex, ctx);
    const b = sentenceFeatures(s, lex, ctx);
    assert.deepEqual([...a.feats], [...b.feats]);
    for (let i = 0; i < s.length; i++) assert.ok(a.offsets[i + 1]! - a.offsets[i]! > 20);
    const extra = s.map((_, i) => [mix(99, i)]);
    const c = withExtra(a, extra);
    assert.equal(c.feats.length, a.feats.length + s.length);
    assert.equal(c.feats[c.offsets[1]! - 1], mix(99, 0));
  });

  it('tells the second pass how the first tagged the same word elsewhere and earlier', () => {
    const B_PER = TAGS.indexOf('B-PER');
    const sents = [
      ['Mara', 'said'],
      ['Mara', 'left'],
      ['Then', 'Mara', 'spoke'],
    ];
    const first = [
      [B_PER, 0],
      [0, 0],
      [B_PER, B_PER, 0],
    ];
    const f = consistencyFeatures(sents, first);
    // Sentence 2's "Mara": own tag O, others PER twice → majority PER; earlier sentences: PER.
    assert.ok(f[1]![0]!.includes(mix(mix(0x2004, 1), 1)));
    assert.ok(f[1]![0]!.includes(mix(mix(0x2005, 1), 0)));
    // The first mention has no earlier one.
    assert.ok(!f[0]![0]!.some((h) => h === mix(mix(0x2005, 1), 1)));
    // Lower-case words get only their own tag.
    assert.deepEqual(f[0]![1], [mix(0x2001, 1)]);
  });

  it('round-trips a model with clusters and tags with it', () => {
    const clusters = buildClusters(corpus()).clusters;
    const buckets = 16;
    const { q, scale } = quantise(new Float32Array(buckets * TAGS.length));
    const model = decodeModel(encodeModel({ buckets, weights: q, scale, gazetteer: gazetteer(), clusters }));
    assert.deepEqual([...model.clusters!.hashes], [...clusters.hashes]);
    assert.deepEqual([...model.clusters!.paths], [...clusters.paths]);
    // All-zero weights: every token is O.
    assert.deepEqual(tagDocument(model, [['Mara', 'said']]), [['O', 'O']]);
  });
});
