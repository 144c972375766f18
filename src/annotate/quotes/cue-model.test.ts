import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../tokens/tokenizer.js';
import {
  cueFeatures,
  decodeCueModel,
  encodeCueModel,
  hash1,
  hashFrom,
  hashParts,
  prefixStates,
  stemOf,
} from './cue-model.js';

describe('cue feature hashing', () => {
  // The committed weights were trained on the hash of each feature's joined text: hashing the parts
  // must give exactly the same bucket.
  const cases: string[][] = [
    ['stem=', 'said'],
    ['subjstem=', 'Cap', '|', 'warn'],
    ['p2p1=', '<s>', '|', 'the'],
    ['s3=', 'ído'],
    ['q=', '1'],
    ['shapep1=', 'low', '|', '“'],
    ['w=', ''],
  ];
  for (const parts of cases) {
    it(parts.join(''), () => {
      const [a, b, c, d] = parts as [string, string, string?, string?];
      assert.equal(hashParts(a, b, c, d), hash1(parts.join('')));
    });
    it(`${parts.join('')} from the prefix's precomputed state`, () => {
      const [a, b, c, d] = parts as [string, string, string?, string?];
      assert.equal(hashFrom(prefixStates([a])[a]!, b, c, d), hash1(parts.join('')));
    });
  }
});

describe('cue model storage', () => {
  it('round-trips sparse int16 weights (far gaps, negatives, zeros dropped)', () => {
    const weights = new Float32Array(1 << 20);
    const set: Array<[number, number]> = [
      [0, 2],
      [1, -1],
      [300, 0.5],
      [70_000, -2],
      [(1 << 20) - 1, 1],
    ];
    for (const [i, w] of set) weights[i] = w;
    const back = decodeCueModel(encodeCueModel({ weights })).weights;
    assert.equal(back.length, weights.length);
    for (const [i, w] of set) assert.ok(Math.abs(back[i]! - w) < 1e-3, `weight ${i}`);
    let nonZero = 0;
    for (const w of back) if (w !== 0) nonZero++;
    assert.equal(nonZero, set.length);
  });
});

describe('cue features: the frame around the word', () => {
  const featuresOf = (text: string, word: string): Set<number> => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.lower === word);
    return new Set(cueFeatures(text, tokens, i, 0, tokens.length, false));
  };
  const cases: Array<[string, string, string, string, string]> = [
    // [first text, its word, second text, its word, the feature both must share]
    ['Voters agreed with him.', 'agreed', 'Voters agrees with him.', 'agrees', 'lem=agree'],
    ['Voters agreed with him.', 'agreed', 'Voters agrees with him.', 'agrees', 'lemn1=agree|with'],
    ['Officials have repeatedly said so.', 'said', 'Officials said so.', 'said', 'pj=officials'],
    ['Officials would back it.', 'back', 'Officials back it.', 'back', 'pj=officials'],
  ];
  for (const [x, wx, y, wy, feature] of cases)
    it(`${x} / ${y}: ${feature}`, () => {
      const f = hash1(feature);
      assert.ok(featuresOf(x, wx).has(f), x);
      assert.ok(featuresOf(y, wy).has(f), y);
    });
  it('the word before skips auxiliaries and adverbs, and is the start when nothing precedes', () => {
    const skipped = featuresOf('Officials have repeatedly said so.', 'said');
    assert.ok(!skipped.has(hash1('pj=repeatedly')) && !skipped.has(hash1('pj=have')));
    assert.ok(featuresOf('Said the man.', 'said').has(hash1('pj=<s>')));
  });
});

describe('stemOf (the suffix the stem feature drops)', () => {
  const words = ['said', 'saying', 'says', 'uses', 'warned', 'ing', 'ed', 's', 'press', 'bless', 'sing', ''];
  for (const w of words)
    it(JSON.stringify(w), () => assert.equal(stemOf(w), w.replace(/(ing|ed|es|s)$/, '')));
});
