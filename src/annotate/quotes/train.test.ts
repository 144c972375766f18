import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolnearDoc } from './brat.js';
import { nonCueWords } from './train.js';

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
    ['words seen fewer than 20 times are not listed', [doc(10, 1)], []],
    ['a word heading a cue 1 time in 25 is no non-cue', [doc(25, 25)], ['it', 'the', 'vote']],
  ];
  for (const [name, docs, want] of cases) it(name, () => assert.deepEqual(nonCueWords(docs), want));
});
