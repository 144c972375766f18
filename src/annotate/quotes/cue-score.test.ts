import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../sentences/splitter.js';
import { tokenize } from '../tokens/tokenizer.js';
import {
  CUE_BUCKETS,
  type CueModel,
  cueFeatures,
  decodeCueModel,
  encodeCueModel,
  scoreCue,
} from './cue-model.js';
import { cueScore, exactModel } from './cue-score.js';
import { loadCueModel } from './model.js';

/** Texts with every context cueFeatures reads: quotes before and after, subjects, "that", adverbs, colons. */
const TEXTS = [
  '"We will not back down," Mayor Ann Lee said on Tuesday, adding that the plan "works."',
  'Officials have repeatedly said that the talks failed. They also warned: "No deal."',
  'According to the report, voters agreed with him. He told reporters that it was over.',
  'Trump urges calm; she wants answers, and they quickly called for an inquiry — “now”.',
  'SMITH: Well, I think so. Asked about the blast, the minister said nothing.',
  '“It’s fine,” said Dr. José Ruiz, a spokesman for the 3 agencies, who declined to comment.',
  'Said the man. x',
];

/** A model of pseudo-random int16 weights times one scale, stored and decoded as the committed one is. */
function quantisedModel(seed: number): CueModel {
  const weights = new Float32Array(CUE_BUCKETS);
  let x = seed;
  for (let i = 0; i < weights.length; i += 3) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    weights[i] = ((x >>> 8) % 65535) - 32767;
  }
  return decodeCueModel(encodeCueModel({ weights: weights.map((w) => w * 0.0123) }));
}

/** Float weights too far apart in magnitude for exact sums (a model in training): the generic path. */
function floatModel(): CueModel {
  const weights = new Float32Array(CUE_BUCKETS);
  for (let i = 0; i < weights.length; i += 7) weights[i] = Math.sin(i) * (i % 2 ? 1e3 : 1e-30);
  return { weights };
}

function assertSameScores(model: CueModel): void {
  for (const text of TEXTS) {
    const tokens = tokenize(text);
    for (const s of splitSentences(text, tokens))
      for (let i = s.tokenStart; i < s.tokenEnd; i++)
        for (const quoted of [false, true]) {
          const want = scoreCue(model, cueFeatures(text, tokens, i, s.tokenStart, s.tokenEnd, quoted));
          const got = cueScore(model, text, tokens, i, s.tokenStart, s.tokenEnd, quoted);
          assert.equal(got, want, `${text} @ ${tokens[i]!.lower}`);
        }
  }
}

describe('cueScore: the summed feature weights without the feature list, to the last bit', () => {
  const committed = loadCueModel();
  it('the committed classifier', { skip: committed ? false : 'no committed cue classifier' }, () =>
    assertSameScores(committed!),
  );
  it('a quantised model (per-type sums)', () => {
    const m = quantisedModel(7);
    assert.ok(exactModel(m.weights));
    assertSameScores(m);
  });
  it('a float model (generic path)', () => {
    const m = floatModel();
    assert.ok(!exactModel(m.weights));
    assertSameScores(m);
  });
});

describe('exactModel (sums exact in any order)', () => {
  const cases: Array<[string, number[], boolean]> = [
    ['all zero', [0, 0], true],
    ['int16 times one scale', [3 * 0.01, -32767 * 0.01, 1 * 0.01], true],
    ['float weights within 2^15 of each other', [1.1, -3.7e-3, 123.4], true],
    ['a range too wide for exact sums', [2 ** -30, 2 ** 30], false],
    ['not finite', [1, Infinity], false],
  ];
  for (const [name, values, want] of cases)
    it(name, () => assert.equal(exactModel(Float32Array.from(values)), want));
});
