import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bcubed } from './bcubed.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≉ ${b}`);

describe('bcubed', () => {
  const cases: Array<{ name: string; pred: string[]; gold: string[]; p: number; r: number }> = [
    { name: 'perfect', pred: ['x', 'x', 'y'], gold: ['a', 'a', 'b'], p: 1, r: 1 },
    { name: 'all in one cluster', pred: ['x', 'x', 'x', 'x'], gold: ['a', 'a', 'b', 'b'], p: 0.5, r: 1 },
    { name: 'all singletons', pred: ['1', '2', '3', '4'], gold: ['a', 'a', 'b', 'b'], p: 1, r: 0.5 },
    // Items 1-3 gold a, 4-5 gold b; predicted {1,2} {3,4,5}.
    // P: 1,1 | 1/3, 2/3, 2/3 → (2 + 5/3)/5 = 11/15.  R: 2/3,2/3,1/3 | 1,1 → (5/3 + 2)/5 = 11/15.
    {
      name: 'one item misplaced',
      pred: ['x', 'x', 'y', 'y', 'y'],
      gold: ['a', 'a', 'a', 'b', 'b'],
      p: 11 / 15,
      r: 11 / 15,
    },
    // Gold {1,2,3,4} {5}; pred {1,2,3} {4,5}. P: 1,1,1,1/2,1/2 → 4/5. R: 3/4 ×3, 1/4, 1 → (9/4+1/4+1)/5 = 0.7.
    { name: 'uneven', pred: ['x', 'x', 'x', 'y', 'y'], gold: ['a', 'a', 'a', 'a', 'b'], p: 0.8, r: 0.7 },
  ];
  for (const c of cases)
    it(c.name, () => {
      const s = bcubed(c.pred, c.gold);
      close(s.precision, c.p);
      close(s.recall, c.r);
      close(s.f1, (2 * c.p * c.r) / (c.p + c.r));
      assert.equal(s.items, c.pred.length);
    });

  it('is symmetric: swapping prediction and gold swaps precision and recall', () => {
    const a = bcubed(['x', 'x', 'x', 'y', 'y'], ['a', 'a', 'a', 'a', 'b']);
    const b = bcubed(['a', 'a', 'a', 'a', 'b'], ['x', 'x', 'x', 'y', 'y']);
    close(a.precision, b.recall);
    close(a.recall, b.precision);
  });

  it('rejects lists of different lengths', () => {
    assert.throws(() => bcubed(['x'], []), RangeError);
  });
});
