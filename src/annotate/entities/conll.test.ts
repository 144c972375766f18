import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runConll } from '../../eval/suites/ner.js';
import { chunks, parseConll, readConllFile, scoreChunks } from './conll.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const SHARED = join(ROOT, '..', 'shared');
const VALID = join(SHARED, 'data', 'ner', 'conll2003', 'valid.txt');
const TOOL = join(SHARED, 'tools', 'conll.mjs');

describe('conll', () => {
  it('reads documents, sentences and the last column', () => {
    const s = parseConll(
      '-DOCSTART- -X- -X- O\n\nUnesco NNP B-NP B-ORG\nwarns VBZ B-VP O\n\nMaria NNP B-NP B-PER\n\n-DOCSTART- -X- O O\n\nHi UH O O\n',
    );
    assert.deepEqual(
      s.map((x) => [x.words, x.tags, x.doc]),
      [
        [['Unesco', 'warns'], ['B-ORG', 'O'], 0],
        [['Maria'], ['B-PER'], 0],
        [['Hi'], ['O'], 1],
      ],
    );
  });

  it('turns IOB tags into chunks as conlleval does', () => {
    assert.deepEqual(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG']), [
      [0, 2, 'PER'],
      [3, 5, 'LOC'],
      [5, 6, 'LOC'],
      [6, 7, 'ORG'],
    ]);
    assert.deepEqual(chunks(['O', 'O']), []);
  });

  it('scores exact spans only', () => {
    const r = scoreChunks([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
    assert.equal(r.ALL!.tp, 1);
    assert.equal(r.ALL!.fp, 1);
    assert.equal(r.ALL!.fn, 1);
    assert.equal(r.LOC!.f1, 1);
    assert.equal(r.PER!.f1, 0);
  });

  it("agrees with ../shared/tools/conll.mjs on the tagger's valid predictions", async (t) => {
    if (!existsSync(VALID) || !existsSync(TOOL)) {
      t.skip('../shared/data/ner/conll2003/valid.txt or ../shared/tools/conll.mjs is absent');
      return;
    }
    const run = runConll(readConllFile(VALID));
    const tool = (await import(pathToFileURL(TOOL).href)) as {
      spans: (tags: string[]) => [number, number, string][];
      score: (
        g: unknown[],
        p: unknown[],
        types: string[],
      ) => Record<string, { tp: number; fp: number; fn: number; F: number }>;
    };
    const ref = tool.score(run.gold.map(tool.spans), run.pred.map(tool.spans), ['PER', 'ORG', 'LOC', 'MISC']);
    for (const ty of ['PER', 'ORG', 'LOC', 'MISC', 'ALL']) {
      const ours = run.scores[ty]!;
      assert.deepEqual([ours.tp, ours.fp, ours.fn], [ref[ty]!.tp, ref[ty]!.fp, ref[ty]!.fn], ty);
      assert.ok(Math.abs(ours.f1 - ref[ty]!.F) < 1e-12, ty);
    }
    assert.ok(run.scores.ALL!.f1 > 0.85, `valid F1 ${run.scores.ALL!.f1}`);
  });
});
