import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../../doc/doc.js';
import { splitSentences } from '../sentences/splitter.js';
import { tokenize } from '../tokens/tokenizer.js';
import type { GoldAttribution } from './brat.js';
import { CONDITIONS, type Condition, goldCues, hull, oracleFor, picked } from './ceiling.js';
import { type CueOracle, findQuotes } from './extract.js';

const span = (text: string, words: string): Span => {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
};

describe('goldCues (each gold attribution by its cue head)', () => {
  const text = 'The mayor has said the bridge will close. The council never commented.';
  const tokens = tokenize(text);
  const said: GoldAttribution = {
    cue: [span(text, 'has said')],
    source: [span(text, 'The mayor')],
    content: [span(text, 'the bridge will close')],
  };
  const cases: Array<{
    what: string;
    gold: GoldAttribution[];
    heads: number[];
    noCue: number;
    shared: number;
  }> = [
    {
      what: 'the head skips the auxiliary',
      gold: [said],
      heads: [text.indexOf('said')],
      noCue: 0,
      shared: 0,
    },
    {
      what: 'an attribution without a cue has no head',
      gold: [said, { cue: [], source: [], content: [span(text, 'never commented')] }],
      heads: [text.indexOf('said')],
      noCue: 1,
      shared: 0,
    },
    {
      what: 'a second attribution on the same head is counted as shared, the first kept first',
      gold: [said, { ...said, source: [] }],
      heads: [text.indexOf('said')],
      noCue: 0,
      shared: 1,
    },
  ];
  for (const c of cases)
    it(c.what, () => {
      const g = goldCues(text, tokens, c.gold);
      assert.deepEqual([...g.byHead.keys()], c.heads);
      assert.equal(g.noCue, c.noCue);
      assert.equal(g.sharedHead, c.shared);
      assert.equal(g.byHead.get(c.heads[0]!)![0], said);
    });
});

describe('hull', () => {
  const cases: Array<[Span[], Span | null]> = [
    [[], null],
    [[{ start: 4, end: 9 }], { start: 4, end: 9 }],
    [
      [
        { start: 20, end: 25 },
        { start: 4, end: 9 },
      ],
      { start: 4, end: 25 },
    ],
  ];
  for (const [spans, want] of cases) it(JSON.stringify(spans), () => assert.deepEqual(hull(spans), want));
});

describe('oracleFor (what each condition gives the extractor)', () => {
  const text = 'Officials said the road will reopen.';
  const tokens = tokenize(text);
  const gold: GoldAttribution = {
    cue: [span(text, 'said')],
    source: [span(text, 'Officials')],
    content: [span(text, 'the road will reopen')],
  };
  const g = goldCues(text, tokens, [gold]);
  const h = text.indexOf('said');
  it('the baseline has no oracle', () => assert.equal(oracleFor(CONDITIONS[0]!, g), undefined));
  it('oracle cues alone give heads, no source or content', () => {
    const o = oracleFor({ name: 'x', only: true, keep: true }, g)!;
    assert.deepEqual([...o.heads], [h]);
    assert.equal(o.source, undefined);
    assert.equal(o.content, undefined);
  });
  it('a perfect attribution model keeps the gold heads among the candidates only', () => {
    const o = (cands: number[]): number[] => [
      ...oracleFor({ name: 'x', only: true, keep: true, candidatesOnly: true }, g, new Set(cands))!.heads,
    ];
    assert.deepEqual(o([h, 0]), [h]);
    assert.deepEqual(o([0]), []);
  });
  it('a share of the missed gold heads is added: to the candidates, or to the system as is', () => {
    const heads = (c: Partial<Condition>, cands: number[]): number[] => [
      ...oracleFor({ name: 'x', only: true, keep: true, ...c }, g, new Set(cands))!.heads,
    ];
    assert.deepEqual(heads({ candidatesOnly: true, missedShare: 1 }, []), [h]);
    assert.deepEqual(heads({ candidatesOnly: true, missedShare: 0 }, []), []);
    assert.deepEqual(heads({ candidatesOnly: true, missedShare: 0 }, [h]), [h]);
    // The system as is: its own candidates are left to it, not forced.
    assert.deepEqual(heads({ only: false, missedShare: 1 }, [h]), []);
    assert.deepEqual(heads({ only: false, missedShare: 1 }, []), [h]);
  });
  it('oracle source and content come from the gold attribution of the head', () => {
    const o = oracleFor({ name: 'x', only: true, keep: true, source: true, content: true }, g)!;
    assert.deepEqual(o.source!(h), span(text, 'Officials'));
    assert.deepEqual(o.content!(h), [span(text, 'the road will reopen')]);
    assert.equal(o.source!(h + 1), undefined);
  });
});

describe('the oracle hook of findQuotes (extract.ts CueOracle)', () => {
  // "walked" is no cue for the system; "said" is.
  const run = (text: string, oracle?: Partial<CueOracle> & { heads: ReadonlySet<number> }): string[] => {
    const tokens = tokenize(text);
    const items = findQuotes(text, tokens, splitSentences(text, tokens), [], {
      ...(oracle ? { oracle: { only: true, keep: true, ...oracle } } : {}),
    });
    return items.map(
      (q) =>
        `${text.slice(q.start, q.end)} | ${q.cue ? text.slice(q.cue.start, q.cue.end) : '-'} | ${q.speaker ? text.slice(q.speaker.start, q.speaker.end) : '-'}`,
    );
  };
  const said = 'The mayor said the bridge will close in May.';
  const walked = 'The mayor walked the bridge in May.';
  const cases: Array<{ what: string; text: string; oracle?: CueOracle; want: string[] }> = [
    {
      what: 'without an oracle the system finds its cue',
      text: said,
      want: ['the bridge will close in May | said | The mayor'],
    },
    {
      what: 'only oracle heads: no head, no attribution',
      text: said,
      oracle: { heads: new Set(), only: true, keep: true },
      want: [],
    },
    { what: 'a non-cue is not found by the system', text: walked, want: [] },
    {
      what: 'a forced head makes a kept attribution',
      text: walked,
      oracle: { heads: new Set([walked.indexOf('walked')]), only: true, keep: true },
      want: ['the bridge in May | walked | The mayor'],
    },
    {
      what: 'a forced head not kept is left to the attribution model',
      text: walked,
      oracle: { heads: new Set([walked.indexOf('walked')]), only: true, keep: false },
      want: [],
    },
    {
      what: 'the oracle source and content replace the ones found',
      text: said,
      oracle: {
        heads: new Set([said.indexOf('said')]),
        only: true,
        keep: true,
        source: () => ({ start: 4, end: 9 }),
        content: () => [span(said, 'the bridge')],
      },
      want: ['the bridge | said | mayor'],
    },
  ];
  for (const c of cases) it(c.what, () => assert.deepEqual(run(c.text, c.oracle), c.want));
});

describe('picked (a fixed share of cue heads)', () => {
  const offsets = Array.from({ length: 2000 }, (_, i) => i * 7);
  const count = (share: number): number => offsets.filter((h) => picked(h, share)).length;
  const cases: Array<[number, number, number]> = [
    [0, 0, 0],
    [1, 2000, 2000],
    [0.25, 400, 600],
    [0.5, 900, 1100],
  ];
  for (const [share, lo, hi] of cases)
    it(`share ${share}`, () => {
      const n = count(share);
      assert.ok(n >= lo && n <= hi, `${n} not in ${lo}–${hi}`);
    });
  it('a head picked at a share is picked at every larger share', () =>
    assert.ok(offsets.every((h) => !picked(h, 0.25) || picked(h, 0.5))));
});
