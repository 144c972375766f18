import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classesIn, parseWordClasses, type WordClassesOf } from './word-classes.js';

// A table written for the test (the committed one comes from WordNet via build-word-classes.ts).
const table = parseWordClasses({
  licence: 'test',
  verbs: 'accuse:32 plan:31.36 say:32 stop:38.42 try:41.31',
  nouns: 'claim:10 disdain:12',
  verbForms: 'said:say',
});

describe('word classes (WordNet lemma by morphy rules)', () => {
  const cases: Array<[string, WordClassesOf]> = [
    ['accuse', { verb: ['32'], noun: 'none', lemma: 'accuse' }],
    ['accuses', { verb: ['32'], noun: 'none', lemma: 'accuse' }],
    ['accused', { verb: ['32'], noun: 'none', lemma: 'accuse' }], // -ed → -e
    ['accusing', { verb: ['32'], noun: 'none', lemma: 'accuse' }], // -ing → -e
    ['said', { verb: ['32'], noun: 'none', lemma: 'say' }], // irregular form
    ['stopped', { verb: ['38', '42'], noun: 'none', lemma: 'stop' }], // doubled consonant
    ['planning', { verb: ['31', '36'], noun: 'none', lemma: 'plan' }],
    ['tries', { verb: ['41', '31'], noun: 'none', lemma: 'try' }], // -ies → -y
    ['claims', { verb: [], noun: '10', lemma: 'claim' }],
    ['disdain', { verb: [], noun: '12', lemma: 'disdain' }],
    ['Trump', { verb: [], noun: 'none', lemma: 'Trump' }], // not lower-case: no lookup
    ['the', { verb: [], noun: 'none', lemma: 'the' }],
    ['s', { verb: [], noun: 'none', lemma: 's' }], // a bare suffix is no word
  ];
  for (const [w, want] of cases) it(w, () => assert.deepEqual(classesIn(table, w), want));
});
