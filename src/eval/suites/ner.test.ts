import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nerSuite } from './ner.js';

/** A tiny CoNLL file written for this test. */
const SAMPLE = `-DOCSTART- -X- -X- O

Maria NNP B-NP B-PER
Ostrova NNP I-NP I-PER
visited VBD B-VP O
France NNP B-NP B-LOC
. . O O
`;

describe('ner suite', () => {
  it('skips with a reason when there is no CoNLL test file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-none-'));
    try {
      const r = await nerSuite.run({ data: dir, split: 'all' });
      assert.match(r.skipped ?? '', /no CoNLL-2003 test\.txt/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('tags and scores a test file as given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-one-'));
    try {
      writeFileSync(join(dir, 'test.txt'), SAMPLE);
      const r = await nerSuite.run({ data: dir, split: 'all' });
      assert.equal(r.items, 1);
      assert.equal(r.metrics.f1, 1);
      assert.equal(r.metrics.f1_PER, 1);
      assert.ok(r.metrics.tokens_per_s! > 0);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
