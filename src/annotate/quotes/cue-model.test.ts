import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCueModel, encodeCueModel, hash1, hashFrom, hashParts, prefixStates } from './cue-model.js';

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
