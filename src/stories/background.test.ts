import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BACKGROUND_STEM_LENGTH,
  buildBackground,
  decodeBackground,
  defaultBackground,
  encodeBackground,
  specificity,
  stemHash,
} from './background.js';

// Invented documents: "market" is in all four, "harbour" in two, "quorvane" in one (under MIN_DF).
const DOCS = [
  'The market rose as the harbour reopened',
  'Market traders watched the harbour strike',
  'A quiet market day',
  'Market news: Quorvane unveils a kettle',
];

describe('story background', () => {
  it('counts each stem once per document and drops stems seen in a single document', () => {
    const b = buildBackground(DOCS);
    assert.equal(b.docs, 4);
    assert.equal(b.stemLength, BACKGROUND_STEM_LENGTH);
    assert.equal(b.df.get(stemHash('market')), 4);
    assert.equal(b.df.get(stemHash('harbou')), 2);
    assert.equal(b.df.get(stemHash('quorva')), undefined);
  });

  it('round-trips through the binary format', () => {
    const b = buildBackground(DOCS);
    const back = decodeBackground(encodeBackground(b));
    assert.equal(back.docs, b.docs);
    assert.equal(back.stemLength, b.stemLength);
    assert.deepEqual([...back.df].sort(), [...b.df].sort());
  });

  it('rejects a file that is not a background', () => {
    assert.throws(() => decodeBackground(Buffer.from([0x1f, 0x8b])), /./);
  });

  const b = buildBackground(DOCS);
  const cases: Array<[string, string, (v: number) => boolean]> = [
    ['an unseen stem says the most', 'quorva', (v) => v === 1],
    ['a word in every document says little', 'market', (v) => v < 0.3],
    ['a word in half the documents is in between', 'harbou', (v) => v > 0.3 && v < 1],
    ['a bigram takes its commoner word', 'market_quorva', (v) => v === specificity(b, 'market')],
    ['publisher, entity and event terms are left alone', 'p:market', (v) => v === 1],
    ['an event term is not split as a bigram', 'v:market_market', (v) => v === 1],
    ['an upper-case letter is no term prefix', 'M:market_market', (v) => v < 0.3],
  ];
  for (const [name, term, ok] of cases)
    it(`specificity: ${name}`, () =>
      assert.ok(ok(specificity(b, term)), `${term} → ${specificity(b, term)}`));

  it('the committed background loads and ranks topic words below names', () => {
    const d = defaultBackground();
    assert.equal(d.stemLength, BACKGROUND_STEM_LENGTH);
    assert.ok(d.docs > 1000);
    assert.ok(specificity(d, 'market') < specificity(d, 'bankru'));
    assert.ok(specificity(d, 'bankru') < specificity(d, 'zelmit'));
  });
});
