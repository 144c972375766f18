import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureKb } from './fixture.js';
import {
  companyVariants,
  countryOfPlace,
  holderAt,
  inOffice,
  linkEntity,
  type LinkContext,
  type LinkType,
} from './linker.js';

const kb = fixtureKb();
const e = (qid: string): number => kb.byQid(qid)!;

describe('linkEntity choices', () => {
  const cases: Array<[string, string[], LinkType, LinkContext, string | null]> = [
    ['a big city beats a small one of the same name', ['Paris'], 'GPE', {}, 'Q90'],
    ['a country beats a state of the same name', ['Georgia'], 'GPE', {}, 'Q230'],
    ['country context flips a close call', ['Paris'], 'GPE', { countries: new Set(['US']) }, 'Q830149'],
    ['a near tie stays unlinked', ['Georgia'], 'GPE', { countries: new Set(['US']) }, null],
    ['a surname links to the known person', ['Putin'], 'PERSON', {}, 'Q7747'],
    ['the type gates candidates', ['Putin'], 'ORG', {}, null],
    ['a nationality links to its country', ['French'], 'NORP', {}, 'Q142'],
    ['a short country name', ['U.S.'], 'GPE', {}, 'Q30'],
    ['a known acronym', ['UN'], 'ORG', {}, 'Q1065'],
    ['an alias of a curated organisation', ['Daesh'], 'ORG', {}, 'Q2429253'],
    ['an untyped mention may link to any kind', ['Moscow'], 'ANY', {}, 'Q649'],
    ['a name nobody knows', ['Zzyzx Qwerty'], 'PERSON', {}, null],
    ['a full name rules out namesakes by surname', ['Amal Putin', 'Putin'], 'PERSON', {}, null],
    ['a legislator needs the document to be about the country', ['Ivan Petrov'], 'PERSON', {}, null],
    [
      'a legislator links in a document about the country',
      ['Ivan Petrov'],
      'PERSON',
      { countries: new Set(['RU']) },
      'Q999105',
    ],
    [
      'the title names the holder among same surnames',
      ['Putin'],
      'PERSON',
      { roleHints: new Set([e('Q999103')]) },
      'Q999103',
    ],
  ];
  for (const [what, names, type, ctx, want] of cases)
    it(what, () => assert.equal(linkEntity(kb, names, type, ctx)?.qid ?? null, want));

  it('is confident alone, and on a clear margin', () => {
    assert.equal(linkEntity(kb, ['Vladimir Putin'], 'PERSON')?.confident, true);
    assert.equal(linkEntity(kb, ['French'], 'NORP')?.kb.iso3166, 'FR');
  });

  it('in office at the date is a bonus', () => {
    const plain = linkEntity(kb, ['Putin'], 'PERSON', { date: '1990-01-01' })!;
    const dated = linkEntity(kb, ['Putin'], 'PERSON', { date: '2015-11-17' })!;
    assert.ok(dated.score > plain.score);
  });
});

describe('office terms', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ['president', 'FR', '2015-11-17', 'Q157'],
    ['president', 'FR', '2005-06-01', 'Q2105'],
    ['president', 'FR', '2017-05-14', 'Q3052772'],
    ['president', 'RU', '2010-01-01', 'Q23530'],
    ['president', 'RU', '2015-11-17', 'Q7747'],
    ['prime minister', 'RU', '2015-11-17', 'Q23530'],
    ['president', 'US', '2021-06-01', 'Q6279'],
    ['president', 'US', '2015-06-01', null],
    ['president', 'GE', '2015-06-01', null],
  ];
  for (const [role, cc, date, want] of cases)
    it(`${role} of ${cc} on ${date}`, () => {
      const p = holderAt(kb, role, cc, date);
      assert.equal(p === undefined ? null : kb.qid[p], want);
    });

  it('knows who is in office', () => {
    assert.equal(inOffice(kb, e('Q7747'), '2004-01-01'), true);
    assert.equal(inOffice(kb, e('Q7747'), '2009-01-01'), false);
  });
});

describe('countryOfPlace', () => {
  const cases: Array<[string | null, string | null]> = [
    ['PARIS', 'FR'],
    ['Moscow', 'RU'],
    ['Nowhere Town', null],
    [null, null],
  ];
  for (const [place, want] of cases) it(String(place), () => assert.equal(countryOfPlace(kb, place), want));
});

describe('companyVariants', () => {
  const cases: Array<[string, string[]]> = [
    ['northfield co', ['northfield company', 'northfield']],
    ['harbour holdings plc', ['harbour holdings', 'harbour']],
    ['boeing company', ['boeing']],
    ['water works co of valdoria', ['water works company of valdoria']],
    ['islamic state', []],
  ];
  for (const [key, want] of cases) it(key, () => assert.deepEqual(companyVariants(key), want));
});
