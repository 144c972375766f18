import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recaseCalendarWords } from './recase.js';

describe('recaseCalendarWords', () => {
  const cases: Array<[string, string]> = [
    ['the board met on tuesday.', 'the board met on Tuesday.'],
    ['a rally on march 15 and a march through town', 'a rally on March 15 and a march through town'],
    ['on the 3rd of may, and they may stay', 'on the 3rd of May, and they may stay'],
    ['polls due in may; results since march', 'polls due in May; results since March'],
    ['talks set for sept. 4 and sept in a word', 'talks set for Sept. 4 and sept in a word'],
    ['march 2,000 strong', 'march 2,000 strong'],
    ['no calendar words here', 'no calendar words here'],
  ];
  for (const [text, want] of cases)
    it(text, () => {
      const got = recaseCalendarWords(text);
      assert.equal(got, want);
      assert.equal(got.length, text.length);
    });
});
