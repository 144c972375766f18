/**
 * A tiny knowledge-base folder written for the tests (same layout as ../shared/data/kb): a few rows
 * written by hand — public Wikidata facts about well-known countries, cities and office holders (CC0, not
 * evaluation data) — plus invented places and a made-up minister, and the KB built from it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKb, type Curated } from './build.js';
import { kbFromFile, type Kb } from './kb.js';

export const FIXTURE_CURATED: Curated = {
  countryAliases: { Q30: ['US', 'U.S.'] },
  stateAliases: { 'US-GA': ['Ga.'] },
  demonyms: { Q30: ['Americans'] },
  orgs: [
    { qid: 'Q1065', label: 'United Nations', aliases: ['UN'], check: 'memory' },
    { qid: 'Q2429253', label: 'Islamic State', aliases: ['IS', 'ISIS', 'Daesh'], check: 'memory' },
  ],
  places: [
    { qid: 'Q64', label: 'Berlin', cc: 'DE', pop: 3700000, check: 'memory' },
    // An invented capital whose data row (below) carries a wrong id.
    { qid: 'Q999200', label: 'Vessa', cc: 'FR', pop: 900000, check: 'memory' },
  ],
};

const FILES: Record<string, string> = {
  'csc-geo/countries.csv': `id,name,iso3,iso2,population,nationality,wikiDataId
1,France,FRA,FR,68000000,French,Q142
2,Russia,RUS,RU,146000000,Russian,Q159
3,United States,USA,US,340000000,American,Q30
4,Georgia,GEO,GE,3700000,Georgian,Q230
5,Germany,DEU,DE,83000000,German,Q183
`,
  'csc-geo/states.csv': `id,name,country_code,iso3166_2,type,wikiDataId,population
9,Georgia,PR,PR-099,municipality,Q1428,10700000
10,Georgia,US,US-GA,state,Q1428,10700000
11,"Ile-de-France, region",FR,FR-IDF,region,Q13917,12000000
`,
  'csc-geo/cities_present.json': JSON.stringify([
    { name: 'Paris', country_code: 'FR', type: 'capital', population: 2100000, wikiDataId: 'Q90' },
    { name: 'Paris', country_code: 'US', type: 'city', population: 25000, wikiDataId: 'Q830149' },
    { name: 'Moscow', country_code: 'RU', type: 'capital', population: 12600000, wikiDataId: 'Q649' },
    { name: 'Smallville', country_code: 'US', type: 'city', population: 400, wikiDataId: 'Q999990' },
    { name: 'Vessa', country_code: 'FR', type: 'capital', population: 900000, wikiDataId: 'Q999201' },
    // A data slip: a small town carrying a big city's id.
    { name: 'Mosalsk', country_code: 'RU', type: 'city', population: 5000, wikiDataId: 'Q649' },
  ]),
  'ep-cabinets/france-cabinet/html/positions.csv': `id,position,country,jurisdiction,deputy,list,start,end,before,after,enwiki
Q191954,President of the French Republic,Q142,Q142,,,,,,,President of France
`,
  'ep-cabinets/france-cabinet/html/holders21.csv': `position,person,personID,start,end,enwiki
President,Jacques Chirac,Q2105,1995-05-17,2007-05-16,Jacques Chirac
President,Nicolas Sarkozy,Q329,2007-05-16,2012-05-15,Nicolas Sarkozy
President,François Hollande,Q157,2012-05-15,2017-05-14,François Hollande
President,Emmanuel Macron,Q3052772,2017-05-14,,Emmanuel Macron
Prime Minister,Pierre Hollande,Q999104,2014-01-01,2016-12-31,
President of the Senate,Paul Senat,Q999101,2008-10-01,2011-09-30,
President,Jean Regional,Q999102,2000-01-01,,
`,
  'ep-cabinets/russia-cabinet/html/positions.csv': `id,position,country,jurisdiction,deputy,list,start,end,before,after,enwiki
Q218295,President of Russia,Q159,Q159,,,,,,,President of Russia
`,
  'ep-cabinets/russia-cabinet/html/holders21.csv': `position,person,personID,start,end
President,Vladimir Putin,Q7747,2000-05-07,2008-05-07
President,Dmitry Medvedev,Q23530,2008-05-07,2012-05-07
President,Vladimir Putin,Q7747,2012-05-07,
Prime Minister,Dmitry Medvedev,Q23530,2012-05-08,2020-01-16
Minister of Sport,Anna Putin,Q999103,2016-01-01,2018-01-01
Minister of Culture,Yevgeny Kulturov,Q999107,2015-01-01,2019-01-01
`,
  'ep-cabinets/russia-cabinet/html/bio.csv': `id,name,enwiki
Q999107,Yevgeny Kulturov,Evgeny Kulturoff (politician)
`,
  'ep-cabinets/russia-cabinet/html/legislators.csv': `position,person,personID,start,end
State Duma member,Ivan Petrov,Q999105,2016-10-05,
State Duma member,Old Member,Q999106,1994-01-01,1999-12-31
`,
  'world-leaders-2021/wikidata.csv': `countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q30,United States,Q11696,President of the United States,Q6279,Joe Biden,2021,
Q183,Germany,Q4970706,Federal Chancellor of Germany,Q61053,Olaf Scholz,2021,
`,
};

/** Writes the fixture folder into a new temporary directory and returns its path. */
export function writeFixtureKbDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dl-kb-'));
  for (const [rel, body] of Object.entries(FILES)) {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, body);
  }
  return dir;
}

let cached: Kb | undefined;

/** The KB built from the fixture folder (built once per test process). */
export function fixtureKb(): Kb {
  if (!cached) {
    const dir = writeFixtureKbDir();
    try {
      cached = kbFromFile(buildKb(dir, FIXTURE_CURATED));
    } finally {
      rmSync(dir, { recursive: true });
    }
  }
  return cached;
}
