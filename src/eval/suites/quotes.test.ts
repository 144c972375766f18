import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type GoldAttribution, parseAnn } from '../../annotate/quotes/brat.js';
import type { QuoteItem } from '../../annotate/quotes/types.js';
import { prf, quotesSuite, scoreDocument, toAttributions } from './quotes.js';

const r = (start: number, end: number) => ({ start, end });
const attr = (content: Array<[number, number]>, source: Array<[number, number]> = []): GoldAttribution => ({
  content: content.map(([a, b]) => r(a, b)),
  cue: [],
  source: source.map(([a, b]) => r(a, b)),
});

describe('quotes suite: the measures', () => {
  const cases: Array<{
    what: string;
    pred: GoldAttribution[];
    gold: GoldAttribution[];
    want: Partial<Record<'contentOverlap' | 'contentExact' | 'sourceOverlap' | 'sourceExact', number>>;
  }> = [
    {
      what: 'an overlap that is not exact',
      pred: [attr([[0, 10]], [[20, 25]])],
      gold: [attr([[5, 12]], [[20, 25]])],
      want: { contentOverlap: 1, contentExact: 0, sourceOverlap: 1, sourceExact: 1 },
    },
    {
      what: 'an exact content, a source that only overlaps',
      pred: [attr([[0, 10]], [[20, 25]])],
      gold: [attr([[0, 10]], [[18, 22]])],
      want: { contentOverlap: 1, contentExact: 1, sourceOverlap: 1, sourceExact: 0 },
    },
    {
      what: 'one long prediction matches one of two gold attributions (one-to-one)',
      pred: [attr([[0, 100]])],
      gold: [attr([[0, 10]]), attr([[50, 60]])],
      want: { contentOverlap: 1, contentExact: 0 },
    },
    {
      what: 'a source counts only where the contents overlap',
      pred: [attr([[0, 10]], [[20, 25]])],
      gold: [attr([[30, 40]], [[20, 25]])],
      want: { contentOverlap: 0, sourceOverlap: 0 },
    },
    {
      what: 'multi-part contents are exact only with every part',
      pred: [attr([[0, 10]])],
      gold: [
        attr([
          [0, 10],
          [30, 40],
        ]),
      ],
      want: { contentOverlap: 1, contentExact: 0 },
    },
    {
      what: 'touching spans do not overlap (end is exclusive)',
      pred: [attr([[0, 10]])],
      gold: [attr([[10, 20]])],
      want: { contentOverlap: 0 },
    },
  ];
  for (const c of cases) {
    it(c.what, () => {
      const got = scoreDocument(c.pred, c.gold, 200);
      for (const [k, v] of Object.entries(c.want)) assert.equal(got[k as keyof typeof got].match, v, k);
    });
  }

  it('counts predictions and gold with a source apart from all of them', () => {
    const got = scoreDocument([attr([[0, 5]]), attr([[6, 9]], [[10, 12]])], [attr([[0, 5]], [[10, 12]])], 20);
    assert.deepEqual(got.sourceOverlap, { pred: 1, gold: 1, match: 0 });
    assert.deepEqual(got.contentOverlap, { pred: 2, gold: 1, match: 1 });
  });

  it('prf divides and guards against zero', () => {
    assert.deepEqual(prf({ pred: 4, gold: 2, match: 2 }), { precision: 0.5, recall: 1, f1: 2 / 3 });
    assert.deepEqual(prf({ pred: 0, gold: 0, match: 0 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('quotes suite: predictions and gold', () => {
  it('groups quote parts sharing a cue into one attribution', () => {
    const speaker = { start: 30, end: 35, entity: null };
    const items: QuoteItem[] = [
      { start: 0, end: 10, kind: 'direct', speaker, cue: r(36, 40) },
      { start: 42, end: 60, kind: 'direct', speaker, cue: r(36, 40) },
      { start: 70, end: 80, kind: 'direct', speaker, cue: null },
    ];
    const got = toAttributions(items);
    assert.equal(got.length, 2);
    assert.deepEqual(got[0]!.content, [r(0, 10), r(42, 60)]);
    assert.deepEqual(got[1]!.source, [r(30, 35)]);
  });

  it('parses BRAT attributions, discontinuous spans and a missing source', () => {
    const ann = [
      'T1\tSource 0 5\tSmith',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 20;25 30\tthe plan … works',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tCue 40 44\tsaid',
      'T6\tContent 45 50\tsoon',
      'T7\tAttribution-no-source 40 44\tsaid',
      'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
    ].join('\n');
    assert.deepEqual(parseAnn(ann), [
      { content: [r(11, 20), r(25, 30)], cue: [r(6, 10)], source: [r(0, 5)] },
      { content: [r(45, 50)], cue: [r(40, 44)], source: [] },
    ]);
  });

  it('skips with a reason when PolNeAR is absent', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dateline-quotes-'));
    const res = await quotesSuite.run({ data: empty, split: 'all' });
    assert.equal(res.items, 0);
    assert.match(res.skipped ?? '', /PolNeAR/);
  });
});
