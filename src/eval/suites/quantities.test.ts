import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuantityItem } from '../../annotate/quantities/types.js';
import {
  GOLD_PARTS,
  locateGold,
  metricsOf,
  normaliseUnit,
  quantitiesFixturesDir,
  quantitiesSuite,
  readGold,
  scoreSentence,
} from './quantities.js';

const TEXT = 'At least 129 people were killed and 352 wounded.';
const GOLD = locateGold({
  text: TEXT,
  quantities: [
    { text: 'At least 129 people', value: 129, unit: 'people', modifier: 'at least', role: 'killed' },
    { text: '352', value: 352, unit: 'people', role: 'wounded' },
  ],
});

function q(text: string, value: number, unit: string, extra: Partial<QuantityItem> = {}): QuantityItem {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, value, unit, ...extra };
}

describe('quantities suite: scoring', () => {
  const cases: Array<[string, QuantityItem[], { span: number; value: number; unit: number }]> = [
    [
      'all right (a shorter span still overlaps)',
      [q('129 people', 129, 'people'), q('352', 352, 'people')],
      { span: 2, value: 2, unit: 2 },
    ],
    [
      'a wrong value',
      [q('129 people', 130, 'people'), q('352', 352, 'people')],
      { span: 2, value: 1, unit: 1 },
    ],
    ['a wrong unit', [q('129 people', 129, 'men'), q('352', 352, '')], { span: 2, value: 2, unit: 0 }],
    [
      'a singular unit matches a plural one',
      [q('129 people', 129, 'person')],
      { span: 1, value: 1, unit: 1 },
    ],
    ['a prediction that overlaps nothing', [q('killed', 1, 'x')], { span: 0, value: 0, unit: 0 }],
    ['nothing predicted', [], { span: 0, value: 0, unit: 0 }],
  ];
  for (const [what, pred, want] of cases)
    it(what, () => {
      const { counts } = scoreSentence(TEXT, GOLD, pred);
      assert.deepEqual({ span: counts.span, value: counts.value, unit: counts.unit }, want);
      assert.equal(counts.gold, 2);
      assert.equal(counts.pred, pred.length);
    });

  it('one prediction matches at most one gold quantity', () => {
    const wide = { start: 0, end: TEXT.length, value: 129, unit: 'people' };
    assert.equal(scoreSentence(TEXT, GOLD, [wide]).counts.value, 1);
  });

  it('F1 from counts: precision over predictions, recall over gold', () => {
    const { counts } = scoreSentence(TEXT, GOLD, [q('129 people', 129, 'people'), q('killed', 5, 'x')]);
    const m = metricsOf([counts]);
    assert.equal(m.value_precision, 0.5);
    assert.equal(m.value_recall, 0.5);
    assert.equal(m.value_f1, 0.5);
  });

  it('role and modifier accuracy over value-matched pairs', () => {
    const { counts } = scoreSentence(TEXT, GOLD, [
      q('At least 129 people', 129, 'people', { modifier: 'at least', role: 'killed' }),
      q('352', 352, 'people', { role: 'injured' }),
    ]);
    assert.deepEqual(
      [counts.modifierPairs, counts.modifierOk, counts.rolePairs, counts.roleOk],
      [1, 1, 2, 1],
    );
  });

  const units: Array<[string, string]> = [
    ['People', 'person'],
    ['cruise  missiles', 'cruise missile'],
    ['USD', 'USD'.toLowerCase()],
    ['glass', 'glass'],
    ['', ''],
  ];
  for (const [unit, want] of units)
    it(`normalises unit "${unit}"`, () => assert.equal(normaliseUnit(unit), want));

  it('a gold span missing from its sentence is a bad-json error', () => {
    assert.throws(
      () => locateGold({ text: 'abc', quantities: [{ text: 'xyz', value: 1, unit: '' }] }),
      (e: Error & { code?: string }) => e.code === 'bad-json',
    );
  });
});

describe('quantities suite: gold set', () => {
  it('dev and holdout parts parse, every gold span is found, ≥ 200 quantities in all', async () => {
    const dir = quantitiesFixturesDir();
    let n = 0;
    for (const part of GOLD_PARTS.all) {
      const sentences = await readGold(dir, part);
      assert.ok(sentences.length >= 40, `${part}: ${sentences.length} sentences`);
      for (const s of sentences) n += locateGold(s).length;
    }
    assert.ok(n >= 200, `${n} gold quantities`);
  });

  it('runs on the held-out part alone', async () => {
    const r = await quantitiesSuite.run({ data: '/nonexistent', split: 'holdout' });
    assert.equal(r.skipped, undefined);
    assert.ok(r.items > 100);
    assert.ok(r.metrics.value_f1! > 0.5);
  });
});
