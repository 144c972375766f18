import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCsv } from '../doc/csv.js';
import { buildKb, encodeKb, personAliases, roleKey, surnameOf } from './build.js';
import { FIXTURE_CURATED, writeFixtureKbDir } from './fixture.js';
import { kbFromFile } from './kb.js';

describe('parseCsv', () => {
  const cases: Array<[string, string[][]]> = [
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,"b, c"\r\n"x ""y""",z',
      [
        ['a', 'b, c'],
        ['x "y"', 'z'],
      ],
    ],
    ['a,"line\nbreak"\n', [['a', 'line\nbreak']]],
    ['a,,c\n', [['a', '', 'c']]],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => assert.deepEqual(parseCsv(input), want));
});

describe('roleKey', () => {
  const cases: Array<[string, string, string | null]> = [
    ['President', '', 'president'],
    ['Prime Minister', '', 'prime minister'],
    ['President of Albania', 'Albania', 'president'],
    ['Federal Chancellor of Germany', 'Germany', 'chancellor'],
    ['Minister of Foreign Affairs', '', 'foreign minister'],
    ['Secretary of State', '', 'foreign minister'],
    ['Chancellor of the Exchequer', '', 'finance minister'],
    ['Chancellor of the Duchy of Lancaster', '', null],
    ['President of the Senate', '', null],
    ['president of Bashkortostan', '', null],
    ['Minister of Sport', '', null],
  ];
  for (const [label, country, want] of cases)
    it(`${label} → ${String(want)}`, () => assert.equal(roleKey(label, country), want));
});

describe('person names', () => {
  it('drops middle names for an alias and finds the surname', () => {
    assert.deepEqual(personAliases('George W. Bush'), ['George W. Bush', 'George Bush']);
    assert.deepEqual(personAliases('Vladimir Putin'), ['Vladimir Putin']);
    assert.equal(surnameOf('Vladimir Putin'), 'Putin');
    assert.equal(surnameOf('Martin Luther King Jr.'), 'King');
    assert.equal(surnameOf('Xi Jinping', 'CN'), 'Xi');
    assert.equal(surnameOf('Madonna'), '');
  });
});

describe('buildKb on the fixture folder', () => {
  const dir = writeFixtureKbDir();
  const first = buildKb(dir, FIXTURE_CURATED);
  const second = buildKb(dir, FIXTURE_CURATED);
  rmSync(dir, { recursive: true });
  const kb = kbFromFile(first);

  it('is deterministic: building twice gives identical bytes', () => {
    assert.ok(encodeKb(first).equals(encodeKb(second)));
  });

  it('takes countries with ISO codes, demonyms and their plurals', () => {
    const fr = kb.byQid('Q142')!;
    assert.equal(kb.iso(fr), 'FR');
    assert.equal(kb.byDemonym('french'), fr);
    assert.equal(kb.byDemonym('russians'), kb.byQid('Q159'));
    assert.equal(kb.byDemonym('americans'), kb.byQid('Q30'));
    assert.deepEqual(
      kb.byAlias('us').map((e) => kb.qid[e]),
      ['Q30'],
    );
  });

  it('keeps cities above the population cut, and curated places', () => {
    assert.equal(kb.byQid('Q999990'), undefined);
    assert.deepEqual(
      kb
        .byAlias('paris')
        .map((e) => kb.qid[e])
        .sort(),
      ['Q830149', 'Q90'],
    );
    assert.equal(kb.kind[kb.byQid('Q64')!], 'city');
  });

  it('a curated place replaces the data row of the same name and country', () => {
    assert.deepEqual(
      kb.byAlias('vessa').map((e) => kb.qid[e]),
      ['Q999200'],
    );
  });

  it('leaves out a row that carries the id of a more populous place of another name', () => {
    assert.equal(kb.label[kb.byQid('Q649')!], 'Moscow');
    assert.deepEqual(kb.byAlias('mosalsk'), []);
  });

  it('keeps the national office block only, with full dates', () => {
    const fr = kb.terms('president', 'FR').map((t) => kb.qid[t.person]);
    assert.deepEqual(fr, ['Q2105', 'Q329', 'Q157', 'Q3052772']);
    assert.equal(kb.terms('president', 'RU').length, 3);
    const us = kb.terms('president', 'US');
    assert.deepEqual(
      us.map((t) => [kb.qid[t.person], t.start, t.precise]),
      [['Q6279', '2021-01-01', 0]],
    );
    assert.equal(kb.terms('chancellor', 'DE').length, 1);
  });

  it('indexes people by full name and surname, with Wikipedia titles', () => {
    const putin = kb.byQid('Q7747')!;
    assert.deepEqual(kb.byAlias('vladimir putin'), [putin]);
    assert.deepEqual(
      kb
        .bySurname('putin')
        .map((e) => kb.qid[e])
        .sort(),
      ['Q7747', 'Q999103'],
    );
    assert.equal(kb.title(kb.byQid('Q157')!), 'François Hollande');
    assert.ok(kb.prior[putin]! > kb.prior[kb.byQid('Q999103')!]!);
  });

  it('takes the English Wikipedia spelling of a name as an alias, with its surname', () => {
    const k = kb.byQid('Q999107')!;
    assert.deepEqual(kb.byAlias('yevgeny kulturov'), [k]);
    assert.deepEqual(kb.byAlias('evgeny kulturoff'), [k]);
    assert.deepEqual(kb.bySurname('kulturoff'), [k]);
  });

  it('takes legislators since 2000 as people, without office terms', () => {
    const petrov = kb.byQid('Q999105')!;
    assert.equal(kb.kind[petrov], 'person');
    assert.equal(kb.cc[petrov], 'RU');
    assert.deepEqual(kb.termsOf(petrov), []);
    assert.equal(kb.byQid('Q999106'), undefined);
  });

  it('adds the curated organisations with their aliases', () => {
    assert.deepEqual(
      kb.byAlias('is').map((e) => kb.qid[e]),
      ['Q2429253'],
    );
    assert.deepEqual(
      kb.byAlias('daesh').map((e) => kb.qid[e]),
      ['Q2429253'],
    );
    assert.equal(kb.kind[kb.byQid('Q1065')!], 'org');
  });
});
