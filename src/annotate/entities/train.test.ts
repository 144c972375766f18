import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConll } from './conll.js';
import { GazetteerBuilder } from './gazetteer.js';
import { decodeModel, encodeModel, quantise } from './model.js';
import { tagDocument } from './tagger.js';
import { prepare, trainEnsemble, trainPerceptron } from './train.js';

/** A tiny CoNLL file written for this test: invented names in fixed frames. */
function conll(): string {
  const people = ['Mara Quill', 'Tobin Vance', 'Elsa Rudo'];
  const places = ['Norvale', 'Kestria', 'Pellam'];
  const lines: string[] = [];
  for (let d = 0; d < 6; d++) {
    lines.push('-DOCSTART- -X- -X- O', '');
    const [first, last] = people[d % 3]!.split(' ');
    const place = places[(d + 1) % 3]!;
    lines.push(
      `${first} X X B-PER`,
      `${last} X X I-PER`,
      'visited X X O',
      `${place} X X B-LOC`,
      '. X X O',
      '',
    );
    lines.push(
      `${last} X X B-PER`,
      'said X X O',
      'talks X X O',
      'in X X O',
      `${place} X X B-LOC`,
      'ended X X O',
    );
    lines.push('. X X O', '');
  }
  return lines.join('\n');
}

describe('training', () => {
  const sentences = parseConll(conll());
  const gazetteer = new GazetteerBuilder().build();
  const base = { buckets: 1 << 12, scale: 1, gazetteer };

  it('is deterministic: the same data gives the same weights and the same model bytes', () => {
    const a = trainPerceptron('a', prepare(sentences, base), base, 3, null, Date.now());
    const b = trainPerceptron('b', prepare(sentences, base), base, 3, null, Date.now());
    assert.deepEqual(a.weights, b.weights);
    const bytes = (w: Float32Array) => {
      const { q, scale } = quantise(w);
      return encodeModel({ ...base, weights: q, scale });
    };
    assert.ok(bytes(a.weights).equals(bytes(b.weights)));
  });

  it('trains by Viterbi deterministically, and the model keeps its decoding flags', () => {
    const vbase = { ...base, viterbi: true };
    const a = trainPerceptron('v', prepare(sentences, vbase), vbase, 5, null, Date.now());
    const b = trainPerceptron('w', prepare(sentences, vbase), vbase, 5, null, Date.now());
    assert.deepEqual(a.weights, b.weights);
    const { q, scale } = quantise(a.weights);
    const model = decodeModel(encodeModel({ ...vbase, weights: q, stage2: q, viterbi2: true, scale }));
    assert.equal(model.viterbi, true);
    assert.equal(model.viterbi2, true);
    assert.deepEqual(tagDocument(model, [['Tobin', 'Vance', 'visited', 'Pellam', '.']]), [
      ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
    ]);
    const greedy = decodeModel(encodeModel({ ...base, weights: q, scale }));
    assert.equal(greedy.viterbi, undefined);
  });

  it('averages k perceptrons with other shuffling seeds into one table (k = 1: one perceptron)', () => {
    const data = prepare(sentences, base);
    const one = trainPerceptron('p', data, base, 3, null, Date.now(), 11);
    assert.deepEqual(trainEnsemble('e1', data, base, 3, null, Date.now(), 11, 1).weights, one.weights);
    const other = trainPerceptron('q', data, base, 3, null, Date.now(), 11 + 7919);
    assert.notDeepEqual(other.weights, one.weights);
    const two = trainEnsemble('e2', data, base, 3, null, Date.now(), 11, 2).weights;
    for (let i = 0; i < two.length; i++)
      assert.ok(Math.abs(two[i]! - (one.weights[i]! + other.weights[i]!) / 2) < 1e-5, `bucket ${i}`);
  });

  it('learns the training data it was given', () => {
    const { weights } = trainPerceptron('c', prepare(sentences, base), base, 5, null, Date.now());
    const { q, scale } = quantise(weights);
    const model = decodeModel(encodeModel({ ...base, weights: q, scale }));
    assert.deepEqual(tagDocument(model, [['Tobin', 'Vance', 'visited', 'Pellam', '.']]), [
      ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
    ]);
  });
});
