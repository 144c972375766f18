import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modesAgree } from './modes.js';

describe('modesAgree', () => {
  const CASES: Array<[string | null, string | null, boolean, boolean]> = [
    ['aerial', 'aerial', false, true],
    ['aerial', 'suicide-attack', true, false],
    [null, 'aerial', true, true],
    [null, 'aerial', false, false],
    [null, null, false, true],
  ];
  for (const [a, b, withActors, want] of CASES)
    it(`${a} / ${b}, ${withActors ? 'with' : 'without'} shared actors: ${want}`, () =>
      assert.equal(modesAgree(a, b, withActors), want));
});
