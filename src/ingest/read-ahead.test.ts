import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAhead } from './read-ahead.js';

async function* numbers(n: number, log: string[], failAt = -1): AsyncGenerator<number> {
  try {
    for (let i = 0; i < n; i++) {
      await new Promise((r) => setImmediate(r));
      if (i === failAt) throw new Error(`boom at ${i}`);
      log.push(`read ${i}`);
      yield i;
    }
  } finally {
    log.push('closed');
  }
}

describe('readAhead', () => {
  const depths: Array<[number, number]> = [
    [0, 1],
    [1, 1],
    [5, 2],
    [5, 8],
  ];
  for (const [n, depth] of depths)
    it(`${n} items at depth ${depth}: same items, same order, source closed`, async () => {
      const log: string[] = [];
      const got: number[] = [];
      for await (const x of readAhead(numbers(n, log), depth)) got.push(x);
      assert.deepEqual(
        got,
        Array.from({ length: n }, (_, i) => i),
      );
      assert.equal(log.at(-1), 'closed');
    });

  it('reads ahead while the caller holds an item, never more than depth', async () => {
    const log: string[] = [];
    for await (const x of readAhead(numbers(10, log), 3)) {
      await new Promise((r) => setTimeout(r, 5));
      const read = log.filter((l) => l.startsWith('read')).length;
      assert.ok(read > x + 1 || x === 9, `item ${x}: only ${read} read`);
      assert.ok(read <= x + 1 + 3, `item ${x}: ${read} read, more than depth ahead`);
    }
  });

  it('delivers an error at its position, after the items before it', async () => {
    const got: number[] = [];
    await assert.rejects(async () => {
      for await (const x of readAhead(numbers(6, [], 3), 4)) got.push(x);
    }, /boom at 3/);
    assert.deepEqual(got, [0, 1, 2]);
  });

  it('closes the source on break', async () => {
    const log: string[] = [];
    for await (const x of readAhead(numbers(10, log), 3)) if (x === 1) break;
    assert.equal(log.at(-1), 'closed');
    assert.ok(log.filter((l) => l.startsWith('read')).length <= 5);
  });
});
