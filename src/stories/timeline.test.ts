import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTimeline, datesCompatible, independentSources, type StoryArticle } from './timeline.js';

type Ev = NonNullable<StoryArticle['record']['events']>[number];

const ENTITIES = [
  { id: 'e1', type: 'ORG' as const, name: 'Northern Front', mentions: [] },
  { id: 'e2', type: 'GPE' as const, name: 'Karsk', kb: { geonames: '999001' }, mentions: [] },
];

function article(
  id: string,
  evs: Array<Partial<Ev>>,
  opts: { published?: string; agency?: string | null; text?: string; site?: string } = {},
): StoryArticle {
  const text = opts.text ?? `Text of ${id}: militants of the Northern Front attacked Karsk.`;
  return {
    id,
    record: {
      text,
      published: opts.published ?? '2024-03-02',
      dateline: opts.agency ? { text: 'KARSK', place: 'Karsk', date: null, agency: opts.agency } : null,
      site: opts.site ?? `${id}.example`,
      entities: ENTITIES,
      events: evs.map((e, k) => ({
        id: `v${k + 1}`,
        type: 'ASSAULT',
        actors: ['e1'],
        targets: [],
        location: 'e2',
        date: '2024-03-01',
        status: 'occurred' as const,
        quantities: {},
        evidence: { start: 0, end: text.length, text },
        ...e,
      })),
    },
  };
}

describe('buildTimeline', () => {
  it('keeps attacks of different modes apart, and victims-only events of another mode or none', () => {
    const bombing = {
      mode: 'suicide-attack',
      actors: [],
      targets: [{ text: 'people' }],
      quantities: { killed: 30 },
    };
    const strikes = { mode: 'aerial', actors: [], targets: [{ text: 'people' }], quantities: { dead: 6 } };
    const plain = { mode: null, actors: [], targets: [{ text: 'people' }], quantities: { killed: 30 } };
    assert.equal(buildTimeline([article('a', [bombing]), article('b', [strikes])]).events.length, 2);
    assert.equal(buildTimeline([article('a', [plain]), article('b', [strikes])]).events.length, 2);
    assert.equal(
      buildTimeline([article('a', [{ mode: 'aerial' }]), article('b', [{ mode: null }])]).events.length,
      1,
    );
  });

  it('merges one event reported by several outlets into one event with every source', () => {
    const t = buildTimeline([
      article('a', [{ quantities: { killed: 129 } }], {
        text: 'Northern Front fighters attacked Karsk, killing 129.',
      }),
      article('b', [{ quantities: { killed: 129 } }], {
        text: 'At least 129 died when Karsk was stormed on Friday night.',
      }),
      article('c', [{ quantities: { killed: 130 } }], {
        text: 'Officials in Karsk say 130 people were killed in the assault.',
      }),
    ]);
    assert.equal(t.events.length, 1);
    const ev = t.events[0]!;
    assert.deepEqual(
      ev.sources.map((s) => s.articleId),
      ['a', 'b', 'c'],
    );
    assert.equal(ev.independentSources, 3);
    assert.deepEqual(ev.quantities, { killed: 129 });
    assert.deepEqual(ev.actors, [{ name: 'Northern Front' }]);
    assert.equal(ev.location, 'Karsk');
    assert.deepEqual(t.conflicts, [
      {
        eventId: 't1',
        field: 'killed',
        values: [
          { value: 129, articleIds: ['a', 'b'] },
          { value: 130, articleIds: ['c'] },
        ],
      },
    ]);
  });

  const apart: Array<{ name: string; other: Partial<Ev> }> = [
    { name: 'another type', other: { type: 'PROTEST' } },
    { name: 'an incompatible date', other: { date: '2024-02-20' } },
    { name: 'another place', other: { location: { text: 'Velm' } } },
    { name: 'other participants', other: { actors: [{ text: 'the army' }] } },
  ];
  for (const c of apart)
    it(`keeps events apart on ${c.name}`, () => {
      const t = buildTimeline([article('a', [{}]), article('b', [c.other])]);
      assert.equal(t.events.length, 2);
      assert.deepEqual(t.conflicts, []);
    });

  it('matches participants across articles by KB id even when their names differ', () => {
    const withKb = (id: string, name: string): StoryArticle => {
      const a = article(id, [{ actors: ['p1'], location: null }]);
      a.record.entities = [{ id: 'p1', type: 'PERSON', name, kb: { wikidata: 'Q424242' }, mentions: [] }];
      return a;
    };
    const t = buildTimeline([withKb('a', 'Ana Ostrova'), withKb('b', 'Ostrova')]);
    assert.equal(t.events.length, 1);
    assert.deepEqual(t.events[0]!.actors, [{ name: 'Ana Ostrova', kb: 'Q424242' }]);
  });

  it('merges a month date with a day date and keeps the more specific one', () => {
    const t = buildTimeline([article('a', [{ date: '2024-03' }]), article('b', [{ date: '2024-03-01' }])]);
    assert.equal(t.events.length, 1);
    assert.equal(t.events[0]!.date, '2024-03-01');
  });

  it('orders events by date, undated last', () => {
    const t = buildTimeline([
      article('a', [{ date: null, type: 'PROTEST', location: null, actors: [{ text: 'crowd' }] }]),
      article('b', [{ date: '2024-03-05', type: 'SANCTION' }, { date: '2024-03-01' }]),
    ]);
    assert.deepEqual(
      t.events.map((e) => [e.id, e.type, e.date]),
      [
        ['t1', 'ASSAULT', '2024-03-01'],
        ['t2', 'SANCTION', '2024-03-05'],
        ['t3', 'PROTEST', null],
      ],
    );
  });

  it('folds wire copies: same agency or near-identical text count once', () => {
    const wire =
      'KARSK (Wire) - Fighters of the Northern Front attacked the town of Karsk on Friday, officials said.';
    const t = buildTimeline([
      article('a', [{}], { agency: 'Reuters', text: 'A Reuters report on the attack on the town.' }),
      article('b', [{}], { agency: 'Reuters', text: 'Another outlet carrying the Reuters story.' }),
      article('c', [{}], { text: wire }),
      article('d', [{}], { text: `${wire} More to follow.` }),
      article('e', [{}], { text: 'Our own reporter in Karsk saw the smoke rising over the market.' }),
    ]);
    assert.equal(t.events.length, 1);
    assert.equal(t.events[0]!.sources.length, 5);
    assert.equal(t.events[0]!.independentSources, 3);
  });

  it('returns nothing for articles without events', () => {
    assert.deepEqual(buildTimeline([article('a', [])]), { events: [], conflicts: [] });
  });
});

describe('datesCompatible', () => {
  const cases: Array<[string | null, string | null, boolean]> = [
    [null, '2024-03-01', true],
    ['2024-03', '2024-03-01', true],
    ['2024-03-01', '2024-03-01T09:00', true],
    ['2024-03-01', '2024-03-02', false],
    ['2024', '2023-12-31', false],
  ];
  for (const [a, b, want] of cases)
    it(`${a} ~ ${b} → ${want}`, () => assert.equal(datesCompatible(a, b), want));
});

describe('independentSources', () => {
  it('counts one article once even with two evidence spans', () => {
    assert.equal(
      independentSources([
        { articleId: 'a', agency: null, text: 'one thing' },
        { articleId: 'a', agency: null, text: 'a different thing entirely' },
      ]),
      1,
    );
  });
});
