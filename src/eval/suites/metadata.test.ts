import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHoldoutCase, metadataSuite, scoreItem } from './metadata.js';

describe('metadata suite: scoring', () => {
  const expected = {
    title: 'Storm hits coast',
    authors: ['Jane Doe', 'John Roe'],
    published: '2015-11-17',
    language: 'en',
  };
  const cases: [string, Record<string, unknown>, Record<string, boolean | null>][] = [
    [
      'all right; date-time compared on its date; author order and case ignored',
      {
        title: ' Storm  hits coast ',
        authors: ['john roe', 'Jane Doe'],
        published: '2015-11-17T23:30:00-05:00',
        language: 'en',
      },
      { title: true, authors: true, published: true, language: true },
    ],
    [
      'all wrong',
      { title: 'Storm hits coast | Post', authors: ['Jane Doe'], published: '2015-11-18', language: 'fr' },
      { title: false, authors: false, published: false, language: false },
    ],
    [
      'missing values',
      { title: null, authors: [], published: null, language: null },
      { title: false, authors: false, published: false, language: false },
    ],
  ];
  for (const [what, got, ok] of cases)
    it(what, () => assert.deepEqual(scoreItem('x', expected, got as Parameters<typeof scoreItem>[2]).ok, ok));

  it('a page that states no date is not scored on the date', () => {
    const r = scoreItem(
      'x',
      { ...expected, published: null },
      { title: null, authors: [], published: '2015-11-17', language: null },
    );
    assert.equal(r.ok.published, null);
  });
});

describe('metadata suite: fixtures and splits', () => {
  it('holdout cases are named holdout-*', () => {
    assert.equal(isHoldoutCase('holdout-pt-page'), true);
    assert.equal(isHoldoutCase('wp-basic'), false);
  });

  it('splits partition the fixture set and each is scored', async () => {
    const data = '/nonexistent';
    const [dev, holdout, all] = await Promise.all(
      (['dev', 'holdout', 'all'] as const).map((split) => metadataSuite.run({ data, split })),
    );
    assert.equal(all!.skipped, undefined);
    assert.ok(all!.items >= 40);
    assert.equal(dev!.items + holdout!.items, all!.items);
    assert.ok(holdout!.items * 3 >= all!.items, 'at least a third held out');
    for (const k of ['title', 'authors', 'published', 'language'])
      assert.equal(typeof all!.metrics[k], 'number');
  });
});
