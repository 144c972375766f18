import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLowerCasedText } from './casing.js';
import { tokenize } from './tokenizer.js';

describe('isLowerCasedText', () => {
  const cases: Array<[string, string, boolean]> = [
    [
      'a lower-cased story with a capitalised header',
      'From the Archive\n\nthe council met on monday to settle the budget. members argued for hours about roads and schools. the vote was put off until the next session. a new date was set by the chair after a short recess.',
      true,
    ],
    [
      'running news text',
      'The council met on Monday. Members argued for hours. The vote was put off. A new date was set.',
      false,
    ],
    ['one lower-case word after a stop is not enough', 'the council met. members argued for hours.', false],
    [
      'text in capitals is not lower-cased',
      'THE COUNCIL MET ON MONDAY. MEMBERS ARGUED FOR HOURS. THE VOTE WAS PUT OFF.',
      false,
    ],
    ['an empty text', '', false],
  ];
  for (const [what, text, want] of cases)
    it(what, () => {
      assert.equal(isLowerCasedText(text, tokenize(text)), want);
    });
});
