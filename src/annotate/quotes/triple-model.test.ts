import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DatelineError } from '../../doc/errors.js';
import { wordValue } from './extract.js';
import { readModelFile } from './model.js';
import {
  SCORE_FEATURE,
  type TripleExample,
  type TripleLearner,
  seededOrder,
  decodeTripleModel,
  encodeTripleModel,
  TRIPLE_SINGLES,
  loadTripleModel,
  scaledScore,
  scoreTriple,
  scoreTripleValues,
  trainTripleModel,
  tripleFeatureNames,
} from './triple-model.js';

/** A toy set: candidates with a source are right, without one wrong; the cue score agrees weakly. */
function toyExamples(): TripleExample[] {
  const out: TripleExample[] = [];
  for (let n = 0; n < 40; n++) {
    out.push({ feats: ['bias', 'src=ent:PERSON', n % 2 ? 'q=whole' : 'q=none'], score: -2 + (n % 5), y: 1 });
    out.push({ feats: ['bias', 'src=none', n % 3 ? 'q=whole' : 'q=none'], score: -4 + (n % 5), y: 0 });
  }
  out.push({ feats: ['bias', 'src=none', 'rare=1'], score: 0, y: 1 }); // seen once: left out of the model
  return out;
}

describe('attribution model', () => {
  const model = trainTripleModel(toyExamples());
  const cases: Array<[string, string[], number, boolean]> = [
    ['a named source is kept', ['bias', 'src=ent:PERSON', 'q=none'], -3, true],
    ['no source is dropped', ['bias', 'src=none', 'q=none'], -3, false],
    ['unknown features count for nothing', ['bias', 'src=ent:PERSON', 'never-seen'], -3, true],
  ];
  for (const [name, feats, score, kept] of cases) {
    it(name, () => assert.equal(scoreTriple(model, feats, score) > 0, kept));
  }
  it('drops rarely seen features and keeps the score weight', () => {
    assert.equal(model.weights.has('rare=1'), false);
    assert.equal(model.weights.has(SCORE_FEATURE), true);
  });
  it('trains deterministically and round-trips through its JSON text', () => {
    const text = encodeTripleModel(model);
    assert.equal(encodeTripleModel(trainTripleModel(toyExamples())), text);
    const back = decodeTripleModel(JSON.parse(text) as { weights: Record<string, number> });
    assert.equal(encodeTripleModel(back), text);
  });
  it('averaging and shuffling change the weights, and each stays deterministic', () => {
    const text = (l: Partial<TripleLearner>): string => encodeTripleModel(trainTripleModel(toyExamples(), l));
    const last = { average: false, shuffle: false };
    assert.notEqual(text(last), text({ ...last, average: true }));
    assert.notEqual(text(last), text({ ...last, shuffle: true }));
    assert.equal(text({ average: true, shuffle: true }), text({ average: true, shuffle: true }));
  });
  it('keeps features down to the count cut-off', () => {
    assert.equal(trainTripleModel(toyExamples(), { minCount: 1 }).weights.has('rare=1'), true);
    assert.equal(trainTripleModel(toyExamples(), { minCount: 2 }).weights.has('rare=1'), false);
  });
  it('averaged weights are damped: the mean of the path, not its end', () => {
    // One feature always right: its weight only grows, so the mean of the path lies below the end.
    const ex: TripleExample[] = Array.from({ length: 30 }, () => ({ feats: ['bias'], score: 0, y: 1 }));
    const end = trainTripleModel(ex, { average: false, minCount: 1 }).weights.get('bias')!;
    const mean = trainTripleModel(ex, { average: true, minCount: 1 }).weights.get('bias')!;
    assert.ok(mean > 0 && mean < end, `${mean} vs ${end}`);
  });
  it('seededOrder: seed 0 is the given order, others a fixed permutation', () => {
    assert.deepEqual(seededOrder(5, 0), [0, 1, 2, 3, 4]);
    const p = seededOrder(50, 3);
    assert.deepEqual(
      [...p].sort((x, y) => x - y),
      Array.from({ length: 50 }, (_, i) => i),
    );
    assert.notDeepEqual(p, seededOrder(50, 0));
    assert.deepEqual(p, seededOrder(50, 3));
    assert.notDeepEqual(p, seededOrder(50, 4));
  });
  it('clips the cue score', () => {
    assert.equal(scaledScore(-100), scaledScore(-30));
    assert.equal(scaledScore(100), scaledScore(50));
    assert.equal(scaledScore(5), 0.5);
  });
});

describe('model files', () => {
  it('reads a missing file as null, decodes a valid one and rejects a broken one with a coded error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-model-'));
    try {
      const decode = (json: unknown): number => (json as { n: number }).n;
      assert.equal(readModelFile(join(dir, 'none.json'), 'the test model', decode), null);
      writeFileSync(join(dir, 'ok.json'), '{"n": 3}');
      assert.equal(readModelFile(join(dir, 'ok.json'), 'the test model', decode), 3);
      writeFileSync(join(dir, 'bad.json'), '{"n": ');
      assert.throws(
        () => readModelFile(join(dir, 'bad.json'), 'the test model', decode),
        (err: unknown) => err instanceof DatelineError && err.code === 'internal',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scoreTripleValues: the same sum as scoring the built names, to the last bit', () => {
  // Values seen in the committed model and unseen ones; each row twice (the second from the memo).
  const rows: string[][] = [
    [
      '-3',
      'after',
      '0',
      'said',
      '32',
      'none',
      'pron',
      '<4',
      '<60',
      'after',
      'none',
      '<2',
      'that',
      '',
      'none',
      '1',
      'that',
    ],
    [
      '6',
      'before',
      '1',
      'told',
      '32',
      '10',
      'ent:PERSON',
      '<20',
      '+480',
      'before',
      'whole',
      '+50',
      'Cap',
      'in',
      'higher',
      '3',
      'w',
    ],
    [
      '-12',
      'sourceless',
      '0',
      'zzz',
      'none',
      'none',
      'none',
      'none',
      '<15',
      'after',
      'some',
      '<8',
      'w',
      'inholds',
      'lower',
      '2',
      'none',
    ],
  ];
  const committed = loadTripleModel();
  const models = [
    trainTripleModel(toyExamples()),
    decodeTripleModel({
      weights: { bias: 0.1, 'w=said': 0.3, 'w|src=said|pron': -0.25, 'sb=-3': 1e-4, '#score': 0.7 },
    }),
    ...(committed ? [committed] : []),
  ];
  models.forEach((model, m) =>
    it(`model ${m}`, () => {
      for (const values of [...rows, ...rows]) {
        assert.equal(values.length, TRIPLE_SINGLES.length);
        for (const score of [-40, -1.5, 0, 7.25])
          assert.equal(
            scoreTripleValues(model, values, score),
            scoreTriple(model, tripleFeatureNames(values), score),
          );
      }
    }),
  );
  it('names every value and pair', () => {
    const names = tripleFeatureNames(rows[0]!);
    assert.equal(names[0], 'bias');
    assert.ok(names.includes('w=said'));
    assert.ok(names.includes('w|src=said|pron'));
    assert.ok(names.includes('sb|dup=-3|none'));
    assert.ok(names.includes('n1=that'));
    assert.ok(names.includes('src|n1=pron|that'));
    assert.equal(names.length, 1 + 17 + 16);
  });
});

describe('wordValue: the word after a cue as a feature value', () => {
  const listed = new Set(['that', 'to']);
  const cases: Array<[string, string]> = [
    ['that', 'that'],
    ['reporters', 'w'],
    ['2019', 'num'],
    [',', ','],
    ['--', 'punct'],
  ];
  for (const [word, value] of cases)
    it(`${word} → ${value}`, () => assert.equal(wordValue(word, listed), value));
});
