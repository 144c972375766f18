import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureKb } from '../../link/fixture.js';
import { groupMentions, readRoles, stripTitles, type RawMention } from './grouping.js';
import type { EntityType } from './index.js';

const kb = fixtureKb();

/** Mentions of the given surfaces (each at its n-th occurrence, default first) in the text. */
function mentions(text: string, spec: Array<[string, EntityType, number?]>): RawMention[] {
  return spec.map(([surface, type, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
    assert.ok(at >= 0, `${surface} not in the text`);
    return { start: at, end: at + surface.length, text: surface, type };
  });
}

interface Case {
  what: string;
  text: string;
  spec: Array<[string, EntityType, number?]>;
  date?: string;
  /** Expected entities: name, type, wikidata (or null), mention texts. */
  want: Array<[string, EntityType, string | null, string[]]>;
}

const CASES: Case[] = [
  {
    what: 'a place the tagger called an organisation before a possessive is that place as a state',
    text: "Floods hit southern Marvonia. Marvonia's health ministry sent doctors.",
    spec: [
      ['Marvonia', 'LOC'],
      ['Marvonia', 'ORG', 1],
    ],
    want: [['Marvonia', 'GPE', null, ['Marvonia', 'Marvonia']]],
  },
  {
    what: 'a title is stripped and a surname joins the full name',
    text: 'President Vladimir Putin spoke. Later Putin left.',
    spec: [
      ['President Vladimir Putin', 'PERSON'],
      ['Putin', 'PERSON', 1],
    ],
    want: [['Vladimir Putin', 'PERSON', 'Q7747', ['Vladimir Putin', 'Putin']]],
  },
  {
    what: 'a surname seen before the full name still joins it',
    text: 'Hollande said so, and François Hollande left.',
    spec: [
      ['Hollande', 'PERSON'],
      ['François Hollande', 'PERSON'],
    ],
    want: [['François Hollande', 'PERSON', 'Q157', ['Hollande', 'François Hollande']]],
  },
  {
    what: 'an acronym defined in the text joins its full name whatever its type',
    text: 'The Federal Security Service (FSB) said the FSB was ready.',
    spec: [
      ['Federal Security Service', 'ORG'],
      ['FSB', 'ORG'],
      ['FSB', 'MISC', 1],
    ],
    want: [['Federal Security Service', 'ORG', null, ['Federal Security Service', 'FSB', 'FSB']]],
  },
  {
    what: 'a defined acronym is a mention where it recurs untagged',
    text: 'The Federal Security Service (FSB) said so. Later the FSB, not FSBX, denied it.',
    spec: [['Federal Security Service', 'ORG']],
    want: [['Federal Security Service', 'ORG', null, ['Federal Security Service', 'FSB', 'FSB']]],
  },
  {
    what: 'a known acronym and its full name are one entity through the KB',
    text: 'Islamic State claimed it; IS fighters fled.',
    spec: [
      ['Islamic State', 'ORG'],
      ['IS', 'ORG'],
    ],
    want: [['Islamic State', 'ORG', 'Q2429253', ['Islamic State', 'IS']]],
  },
  {
    what: 'a nationality is NORP with its country kb, apart from the country',
    text: 'French troops left France.',
    spec: [
      ['French', 'NORP'],
      ['France', 'GPE'],
    ],
    want: [
      ['French', 'NORP', 'Q142', ['French']],
      ['France', 'GPE', 'Q142', ['France']],
    ],
  },
  {
    what: '"the Russian president" joins Putin at a 2015 date',
    text: 'Vladimir Putin spoke. The crowd cheered the Russian president.',
    spec: [['Vladimir Putin', 'PERSON']],
    date: '2015-11-17',
    want: [['Vladimir Putin', 'PERSON', 'Q7747', ['Vladimir Putin', 'the Russian president']]],
  },
  {
    what: '"the Russian president" in 2010 is Medvedev, a new entity',
    text: 'Vladimir Putin spoke. The crowd cheered the Russian president.',
    spec: [['Vladimir Putin', 'PERSON']],
    date: '2010-01-01',
    want: [
      ['Vladimir Putin', 'PERSON', 'Q7747', ['Vladimir Putin']],
      ['Dmitry Medvedev', 'PERSON', 'Q23530', ['the Russian president']],
    ],
  },
  {
    what: '"the French president" on 2015-11-17 is François Hollande',
    text: 'Paris - The French president met officials.',
    spec: [
      ['Paris', 'GPE'],
      ['French', 'NORP'],
    ],
    date: '2015-11-17',
    want: [
      ['Paris', 'GPE', 'Q90', ['Paris']],
      ['François Hollande', 'PERSON', 'Q157', ['The French president']],
      ['French', 'NORP', 'Q142', ['French']],
    ],
  },
  {
    what: 'a title before a surname picks its holder among people of that surname',
    text: 'French Prime Minister Hollande spoke.',
    spec: [['Hollande', 'PERSON']],
    date: '2015-06-01',
    want: [['Pierre Hollande', 'PERSON', 'Q999104', ['Hollande']]],
  },
  {
    what: 'without the title an ambiguous surname (a tie) stays unlinked',
    text: 'Hollande spoke.',
    spec: [['Hollande', 'PERSON']],
    date: '2015-06-01',
    want: [['Hollande', 'PERSON', null, ['Hollande']]],
  },
  {
    what: 'a titled one-word name the tagger mistyped joins the person',
    text: 'François Hollande left. Mr Hollande flew home.',
    spec: [
      ['François Hollande', 'PERSON'],
      ['Hollande', 'LOC', 1],
    ],
    want: [['François Hollande', 'PERSON', 'Q157', ['François Hollande', 'Hollande']]],
  },
  {
    what: 'a place the KB knows as an organisation is an organisation',
    text: 'Envoys met at the United Nations on Friday.',
    spec: [['United Nations', 'LOC']],
    want: [['United Nations', 'ORG', 'Q1065', ['United Nations']]],
  },
  {
    what: "an organisation's name tagged once as a person and once as MISC is one organisation",
    text: 'Daesh claimed the attack. Daesh fighters fled.',
    spec: [
      ['Daesh', 'PERSON'],
      ['Daesh', 'MISC', 1],
    ],
    want: [['Islamic State', 'ORG', 'Q2429253', ['Daesh', 'Daesh']]],
  },
  {
    what: 'a country the tagger called a location is a geopolitical entity',
    text: 'Troops returned to the U.S. on Friday.',
    spec: [['U.S.', 'LOC']],
    want: [['United States', 'GPE', 'Q30', ['U.S.']]],
  },
  {
    what: 'a linked person is named as English Wikipedia spells the name',
    text: 'Evgeny Kulturoff opened the museum.',
    spec: [['Evgeny Kulturoff', 'PERSON']],
    want: [['Evgeny Kulturoff', 'PERSON', 'Q999107', ['Evgeny Kulturoff']]],
  },
  {
    what: "a company's name with and without its legal form is one organisation",
    text: 'Nordvik Bank AG posted a profit. Shares in Nordvik Bank rose, and Vell Corp. said Vell would bid.',
    spec: [
      ['Nordvik Bank AG', 'ORG'],
      ['Nordvik Bank', 'ORG', 1],
      ['Vell Corp.', 'ORG'],
      ['Vell', 'ORG', 1],
    ],
    want: [
      ['Nordvik Bank AG', 'ORG', null, ['Nordvik Bank AG', 'Nordvik Bank']],
      ['Vell Corp.', 'ORG', null, ['Vell Corp.', 'Vell']],
    ],
  },
  {
    what: "an institution's first word alone names it; a product's does not name its maker",
    text: 'Tovik Martin Corp. won the contract; Tovik shares rose. Norvo TV sales fell, and Norvo said so.',
    spec: [
      ['Tovik Martin Corp.', 'ORG'],
      ['Tovik', 'ORG', 1],
      ['Norvo TV', 'ORG'],
      ['Norvo', 'ORG', 1],
    ],
    want: [
      ['Tovik Martin Corp.', 'ORG', null, ['Tovik Martin Corp.', 'Tovik']],
      ['Norvo TV', 'ORG', null, ['Norvo TV']],
      ['Norvo', 'ORG', null, ['Norvo']],
    ],
  },
  {
    what: 'unknown names stay unlinked and keep their longest name',
    text: 'Zara Quill met Quill.',
    spec: [
      ['Zara Quill', 'PERSON'],
      ['Quill', 'PERSON', 1],
    ],
    want: [['Zara Quill', 'PERSON', null, ['Zara Quill', 'Quill']]],
  },
];

describe('groupMentions', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = groupMentions(mentions(c.text, c.spec), { text: c.text, kb, date: c.date ?? null });
      assert.deepEqual(
        got.map((e) => [e.name, e.type, e.kb?.wikidata ?? null, e.mentions.map((m) => m.text)]),
        c.want,
      );
      got.forEach((e, k) => {
        assert.equal(e.id, `e${k + 1}`);
        for (const m of e.mentions) assert.equal(c.text.slice(m.start, m.end), m.text);
      });
    });

  it('links nothing without a KB and keeps the old grouping', () => {
    const text = 'Vladimir Putin spoke. Putin left.';
    const got = groupMentions(
      mentions(text, [
        ['Vladimir Putin', 'PERSON'],
        ['Putin', 'PERSON', 1],
      ]),
      { text },
    );
    assert.equal(got.length, 1);
    assert.equal(got[0]!.kb, undefined);
    assert.equal(got[0]!.name, 'Vladimir Putin');
  });
});

describe('stripTitles', () => {
  const cases: Array<[string, string | null]> = [
    ['President Vladimir Putin', 'Vladimir Putin'],
    ['Prime Minister Boris Johnson', 'Boris Johnson'],
    ['Gen. Mark Milley', 'Mark Milley'],
    ['Mr Hollande', 'Hollande'],
    ["Putin's", 'Putin'],
    ['President', 'President'],
    ['Paris', 'Paris'],
  ];
  for (const [input, want] of cases)
    it(`${input} → ${String(want)}`, () =>
      assert.equal(
        stripTitles({ start: 0, end: input.length, text: input, type: 'PERSON' })?.text ?? null,
        want,
      ));

  it('keeps the first word of organisations and places', () => {
    for (const [text, type] of [
      ['General Motors', 'ORG'],
      ['Justice Department', 'ORG'],
      ['King County', 'GPE'],
    ] as const)
      assert.equal(stripTitles({ start: 0, end: text.length, text, type })?.text, text);
  });
});

describe('readRoles', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['the Russian president said', '2015-11-17', 'Q7747', 'the Russian president'],
    ["Russia's president said", '2009-01-01', 'Q23530', "Russia's president"],
    ['Officials said Russian President Putin', '2015-11-17', 'Q7747', 'Russian President'],
    ['the Georgian president said', '2015-11-17', null, null],
    ['the president said', '2015-11-17', null, null],
    ['the former Russian president said', '2015-11-17', null, null],
    ['Russian President-elect Putin', '2015-11-17', null, null],
    ['the Russian Vice President said', '2015-11-17', null, null],
  ];
  for (const [text, date, qid, span] of cases)
    it(`${text} (${date})`, () => {
      const [r] = readRoles(kb, text, date);
      assert.equal(r ? kb.qid[r.entry] : null, qid);
      assert.equal(r ? text.slice(r.start, r.end) : null, span);
    });
});
