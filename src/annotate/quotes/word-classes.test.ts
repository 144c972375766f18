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
    ['accuse', { verb: ['32'], noun: 'none' }],
    ['accuses', { verb: ['32'], noun: 'none' }],
    ['accused', { verb: ['32'], noun: 'none' }], // -ed → -e
    ['accusing', { verb: ['32'], noun: 'none' }], // -ing → -e
    ['said', { verb: ['32'], noun: 'none' }], // irregular form
    ['stopped', { verb: ['38', '42'], noun: 'none' }], // doubled consonant
    ['planning', { verb: ['31', '36'], noun: 'none' }],
    ['tries', { verb: ['41', '31'], noun: 'none' }], // -ies → -y
    ['claims', { verb: [], noun: '10' }],
    ['disdain', { verb: [], noun: '12' }],
    ['Trump', { verb: [], noun: 'none' }], // not lower-case: no lookup
    ['the', { verb: [], noun: 'none' }],
    ['s', { verb: [], noun: 'none' }], // a bare suffix is no word
  ];
  for (const [w, want] of cases) it(w, () => assert.deepEqual(classesIn(table, w), want));
});
