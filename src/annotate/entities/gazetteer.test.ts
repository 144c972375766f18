import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { GAZ_KINDS, gazLookup } from './features.js';
import { buildGazetteer } from './gazetteer.js';

/** An invented knowledge-base folder in the layout of ../shared/data/kb (names made up for the test). */
function inventedKb(): string {
  const kb = mkdtempSync(join(tmpdir(), 'dateline-gaz-'));
  mkdirSync(join(kb, 'csc-geo'));
  writeFileSync(
    join(kb, 'csc-geo', 'countries.csv'),
    'name,capital,nationality\nVeloria,Port Amsel,Velorian\n',
  );
  writeFileSync(
    join(kb, 'csc-geo', 'cities_present.json'),
    JSON.stringify([
      { name: 'Grandholm', type: 'city', population: 900000 },
      { name: 'Tarvik', type: 'adm2', population: 12000 },
      { name: 'Quillon', type: 'city', population: null },
      { name: 'Sennet', type: 'capital', population: 3000 },
    ]),
  );
  const cab = join(kb, 'ep-cabinets', 'veloria-cabinet', 'html');
  mkdirSync(cab, { recursive: true });
  writeFileSync(
    join(cab, 'holders21.csv'),
    'position,person,personID,start,end\nPrime Minister,Odile Tarvik,Q1,2019-01-01,\n',
  );
  const world = join(kb, 'ep-world', 'html');
  mkdirSync(world, { recursive: true });
  writeFileSync(
    join(cab, 'legislators.csv'),
    'position,person,personID,start,end\nmember,Wenna Corlay,Q3,2010,2014\n',
  );
  writeFileSync(
    join(world, 'current.csv'),
    'position,person,personID,start,end\nEnvoy,Brannock Teel,Q2,2020,\n',
  );
  return kb;
}

const has = (mask: number, kind: (typeof GAZ_KINDS)[number]) => (mask & (1 << GAZ_KINDS.indexOf(kind))) !== 0;

describe('buildGazetteer', () => {
  const kb = inventedKb();
  after(() => rmSync(kb, { recursive: true, force: true }));

  const cases: {
    name: string;
    opts: Parameters<typeof buildGazetteer>[1];
    key: string;
    kind: (typeof GAZ_KINDS)[number];
    want: boolean;
  }[] = [
    { name: 'a country', opts: {}, key: 'veloria', kind: 'country', want: true },
    { name: 'a capital', opts: {}, key: 'port amsel', kind: 'city', want: true },
    { name: 'a small town by default', opts: {}, key: 'tarvik', kind: 'city', want: true },
    { name: 'no office holders by default', opts: {}, key: 'odile tarvik', kind: 'person', want: false },
    {
      name: 'a cabinet office holder',
      opts: { holders: true },
      key: 'odile tarvik',
      kind: 'person',
      want: true,
    },
    {
      name: "an office holder's first name",
      opts: { holders: true },
      key: 'odile',
      kind: 'person',
      want: true,
    },
    {
      name: 'a current world office holder',
      opts: { holders: true },
      key: 'brannock teel',
      kind: 'person',
      want: true,
    },
    {
      name: "a legislator's first name",
      opts: { legislatorFirstNames: true },
      key: 'wenna',
      kind: 'person',
      want: true,
    },
    {
      name: "a legislator's full name",
      opts: { legislatorFirstNames: true },
      key: 'wenna corlay',
      kind: 'person',
      want: false,
    },
    { name: 'no legislator first names by default', opts: {}, key: 'wenna', kind: 'person', want: false },
    {
      name: 'a small town under the bar',
      opts: { minCityPopulation: 50000 },
      key: 'tarvik',
      kind: 'city',
      want: false,
    },
    {
      name: 'a town of unknown size under the bar',
      opts: { minCityPopulation: 50000 },
      key: 'quillon',
      kind: 'city',
      want: false,
    },
    {
      name: 'a large city over the bar',
      opts: { minCityPopulation: 50000 },
      key: 'grandholm',
      kind: 'city',
      want: true,
    },
    {
      name: 'a small capital kept',
      opts: { minCityPopulation: 50000 },
      key: 'sennet',
      kind: 'city',
      want: true,
    },
  ];
  for (const c of cases)
    it(`${c.want ? 'has' : 'lacks'} ${c.name}`, () => {
      const { gazetteer } = buildGazetteer(kb, c.opts);
      assert.equal(has(gazLookup(gazetteer, c.key), c.kind), c.want);
    });
});
