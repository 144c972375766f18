import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preparedDoc } from '../contract.js';
import { entityTagger, type EntityItem } from './index.js';

/** The people found in a sentence written for this test. */
function people(text: string): string[] {
  const doc = preparedDoc(entityTagger, text);
  entityTagger.annotate(doc);
  return doc
    .getLayer<EntityItem>('entities')
    .filter((e) => e.type === 'PERSON')
    .flatMap((e) => e.mentions.map((m) => m.text));
}

describe('a surname opening a sentence', () => {
  const CASES: Array<[string, string[]]> = [
    // Known surnames before a verb a person does.
    ['Macron flew to the border town on Monday.', ['Macron']],
    ['Sunak thanked the firefighters.', ['Sunak']],
    // A noun phrase, a preposition, a calendar word, a common word: no one.
    ['Rice production fell by a third in the delta.', []],
    ['Prior to the vote, the chamber was cleared.', []],
    ['May said goodbye to the dry spell.', []],
    ['Police said the road would reopen.', []],
  ];
  for (const [text, expected] of CASES) it(text, () => assert.deepEqual(people(text), expected));
});

describe('groups that are no country’s people', () => {
  const CASES: Array<[string, string, string]> = [
    ['Kurdish fighters retook the ridge.', 'Kurdish', 'NORP'],
    ['Republicans blocked the bill in the Senate.', 'Republicans', 'NORP'],
    ['The Democratic Party won the vote.', 'Democratic Party', 'ORG'],
  ];
  for (const [text, name, type] of CASES)
    it(`${name} in "${text}"`, () => {
      const doc = preparedDoc(entityTagger, text);
      entityTagger.annotate(doc);
      const e = doc.getLayer<EntityItem>('entities').find((x) => x.mentions.some((m) => m.text === name));
      assert.equal(e?.type, type);
    });
});
