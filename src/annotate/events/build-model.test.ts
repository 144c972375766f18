import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnv1a } from '../../doc/hash.js';
import { buildCountryTable, buildPeopleTable, commonWords, csvFields } from './build-model.js';

/** Invented rows in the csc-geo, ep-cabinets and world-leaders column layouts. */
const COUNTRIES =
  'id,name,iso3,nationality,capital\n1,Ruritania,RUR,"Ruritanian, Rurish",Strelsau\n2,Jordan,JOR,Jordanian,Amman\n';
const CABINET = (names: string[]) =>
  `position,person,personID\n${names.map((n) => `Minister,${n},Q1`).join('\n')}\n`;
const LEADERS = 'countryid,country,officeholderLabel\nQ1,Ruritania,Rudolf Elphberg\n';

const key = (s: string) => fnv1a(s).toString(36);

describe('events model builder', () => {
  it('splits quoted CSV fields', () => {
    assert.deepEqual(csvFields('a,"b, c","say ""hi"""'), ['a', 'b, c', 'say "hi"']);
  });

  it('hashes names, demonyms (and plurals), capitals and people, countries first', () => {
    const t = buildCountryTable(COUNTRIES, (countries) =>
      buildPeopleTable(
        [{ code: 'RUR', csv: CABINET(['Michael Jordan', 'Anna Hentzau']) }],
        LEADERS,
        countries,
      ),
    );
    for (const [name, code] of [
      ['ruritania', 'RUR'],
      ['rurish', 'RUR'],
      ['ruritanians', 'RUR'],
      ['strelsau', 'RUR'],
      ['jordan', 'JOR'],
      ['michael jordan', 'RUR'],
      ['hentzau', 'RUR'],
      ['rudolf elphberg', 'RUR'],
    ])
      assert.equal(t[key(name!)], code, name);
    assert.equal(JSON.stringify(Object.keys(t)), JSON.stringify(Object.keys(t).sort()));
  });

  it('drops a surname that is a common lower-case word', () => {
    const common = commonWords('The O\nblack O\ncat O\n\nblack O\nBlack B-PER\n');
    assert.ok(common.has('black') && !common.has('cat'));
    const t = buildPeopleTable(
      [{ code: 'RUR', csv: CABINET(['Anna Black', 'Ivo Hentzau']) }],
      'countryid,country,officeholderLabel\n',
      new Map(),
      common,
    );
    assert.equal(t.get('black'), undefined);
    assert.equal(t.get('anna black'), 'RUR');
    assert.equal(t.get('hentzau'), 'RUR');
  });

  it('drops a surname that holders of two countries share', () => {
    const t = buildPeopleTable(
      [
        { code: 'RUR', csv: CABINET(['Anna Smith']) },
        { code: 'JOR', csv: CABINET(['Omar Smith']) },
      ],
      'countryid,country,officeholderLabel\n',
      new Map(),
    );
    assert.equal(t.get('smith'), undefined);
    assert.equal(t.get('anna smith'), 'RUR');
  });
});
