import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changesCase } from './case.js';

describe('changesCase (the upper-case test without case-mapped copies)', () => {
  it('agrees with comparing the character to its lower case, for every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(changesCase(`x${ch}`, 1), ch !== ch.toLowerCase(), `U+${c.toString(16)}`);
    }
  });
  const cases: Array<[string, boolean]> = [
    ['Said', true],
    ['said', false],
    ['Élan', true],
    ['élan', false],
    ['“', false],
    ['3', false],
  ];
  for (const [text, want] of cases) it(text, () => assert.equal(changesCase(text, 0), want));
});
