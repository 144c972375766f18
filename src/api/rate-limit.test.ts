import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst, then the sustained rate, per client', () => {
    let now = 0;
    const rl = new RateLimiter({ perMinute: 60, burst: 2 }, () => now);
    assert.equal(rl.take('a'), 0);
    assert.equal(rl.take('a'), 0);
    assert.equal(rl.take('a'), 1); // one token a second
    assert.equal(rl.take('b'), 0); // another client has its own bucket
    now += 1000;
    assert.equal(rl.take('a'), 0);
  });

  it('keeps at most maxClients buckets', () => {
    const rl = new RateLimiter({ perMinute: 60, burst: 2, maxClients: 3 }, () => 0);
    for (const c of ['a', 'b', 'c', 'd', 'e']) rl.take(c);
    assert.equal(rl.size, 3);
  });
});
