import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hash1, hashParts } from './cue-model.js';

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
  }
});
