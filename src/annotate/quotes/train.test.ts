import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolnearDoc } from './brat.js';
import type { Candidate } from './extract.js';
import { labelCandidates, nonCueWords, trainCueModel } from './train.js';

/** A document of n sentences "The vote said it." with the cue "said" marked on every k-th sentence. */
function doc(n: number, k: number): PolnearDoc {
  const sentence = 'The vote said it. ';
  const at = sentence.indexOf('said');
  const attributions = [];
  for (let i = 0; i < n; i += k) {
    const base = i * sentence.length;
    attributions.push({
      content: [{ start: base + at + 5, end: base + at + 7 }],
      cue: [{ start: base + at, end: base + at + 4 }],
      source: [{ start: base, end: base + 8 }],
    });
  }
  return { id: 'written-for-the-test', text: sentence.repeat(n), attributions };
}

describe('nonCueWords (frequent words the extractor skips)', () => {
  const cases: Array<[string, PolnearDoc[], string[]]> = [
    ['frequent words never in a cue are listed, the cue word is not', [doc(25, 1)], ['it', 'the', 'vote']],
    ['words seen fewer than 10 times are not listed', [doc(9, 1)], []],
    ['a word heading a cue 1 time in 25 is no non-cue', [doc(25, 25)], ['it', 'the', 'vote']],
  ];
  for (const [name, docs, want] of cases) it(name, () => assert.deepEqual(nonCueWords(docs), want));
});

describe("labelCandidates (the attribution model's training labels)", () => {
  // Gold: "The vote said it." — source 0–8, cue 9–13, content 14–16.
  const gold = doc(1, 1).attributions;
  const cand = (cue: [number, number] | null, content: [number, number], source: [number, number] | null) =>
    ({
      cue: cue && { start: cue[0], end: cue[1] },
      content: [{ start: content[0], end: content[1] }],
      source: source && { start: source[0], end: source[1] },
      feats: ['bias'],
      score: 0,
    }) satisfies Candidate;
  const cases: Array<[string, Candidate, 0 | 1]> = [
    ['cue, content and source overlap gold', cand([9, 13], [14, 17], [4, 8]), 1],
    ['no source predicted: cue and content suffice', cand([9, 13], [14, 16], null), 1],
    ['a wrong source', cand([9, 13], [14, 16], [14, 16]), 0],
    ['a wrong cue over the right content', cand([0, 3], [14, 16], [4, 8]), 0],
    ['the right cue, content elsewhere', cand([9, 13], [0, 8], null), 0],
    ['no cue', cand(null, [14, 16], [4, 8]), 0],
  ];
  for (const [name, c, y] of cases) it(name, () => assert.equal(labelCandidates([c], gold)[0]!.y, y));
});

describe('trainCueModel (perceptrons over several fixed orders, averaged)', () => {
  // Feature 5 marks the positives, 7 the negatives, 9 is in every example.
  const examples = Array.from({ length: 40 }, (_, i) =>
    i % 4 === 0 ? { feats: [5, 9], y: 1 as const } : { feats: [7, 9], y: -1 as const },
  );
  const model = trainCueModel(examples);
  const cases: Array<[string, (w: Float32Array) => boolean]> = [
    ['the positive feature weighs up', (w) => w[5]! > 0],
    ['the negative feature weighs down', (w) => w[7]! < 0],
    ['a positive scores above a negative', (w) => w[5]! + w[9]! > 0 && w[7]! + w[9]! < 0],
    ['unseen features stay zero', (w) => w[6] === 0],
  ];
  for (const [name, ok] of cases) it(name, () => assert.ok(ok(model.weights)));
  it('is deterministic', () => assert.deepEqual(trainCueModel(examples).weights, model.weights));
});
