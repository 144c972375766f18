import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyName, parseDateline, pickYear, titleCasePlace } from './dateline.js';

interface Positive {
  body: string;
  ref?: string;
  text: string;
  place: string | null;
  date: string | null;
  agency: string | null;
  /** What the body reads after the dateline is stripped. */
  rest: string;
}

const REST = 'The minister said on Tuesday that talks would resume.';

const POSITIVES: Positive[] = [
  {
    body: `PARIS, Nov 17, (RTRS): ${REST}`,
    ref: '2015-11-17',
    text: 'PARIS, Nov 17, (RTRS)',
    place: 'Paris',
    date: '2015-11-17',
    agency: 'Reuters',
    rest: REST,
  },
  {
    body: `PARIS, Nov 17 (Reuters) - ${REST}`,
    ref: '2015-11-18T09:00:00Z',
    text: 'PARIS, Nov 17 (Reuters)',
    place: 'Paris',
    date: '2015-11-17',
    agency: 'Reuters',
    rest: REST,
  },
  {
    body: `WASHINGTON (AP) — ${REST}`,
    text: 'WASHINGTON (AP)',
    place: 'Washington',
    date: null,
    agency: 'Associated Press',
    rest: REST,
  },
  {
    body: `BEIJING, March 3 (Xinhua) -- ${REST}`,
    ref: '2021-03-04',
    text: 'BEIJING, March 3 (Xinhua)',
    place: 'Beijing',
    date: '2021-03-03',
    agency: 'Xinhua',
    rest: REST,
  },
  {
    body: `KUWAIT, Jan 5 (KUNA) -- ${REST}`,
    ref: '2019-01-05',
    text: 'KUWAIT, Jan 5 (KUNA)',
    place: 'Kuwait',
    date: '2019-01-05',
    agency: 'Kuwait News Agency',
    rest: REST,
  },
  {
    body: `ROME (ANSA) - ${REST}`,
    text: 'ROME (ANSA)',
    place: 'Rome',
    date: null,
    agency: 'ANSA',
    rest: REST,
  },
  {
    body: `MADRID, 2 feb (EFE).- ${REST}`,
    ref: '2020-02-02',
    text: 'MADRID, 2 feb (EFE)',
    place: 'Madrid',
    date: '2020-02-02',
    agency: 'EFE',
    rest: REST,
  },
  {
    body: `BERLIN (dpa) - ${REST}`,
    text: 'BERLIN (dpa)',
    place: 'Berlin',
    date: null,
    agency: 'Deutsche Presse-Agentur',
    rest: REST,
  },
  {
    body: `NEW YORK, Nov. 17, 2015 /PRNewswire/ -- ${REST}`,
    text: 'NEW YORK, Nov. 17, 2015 /PRNewswire/',
    place: 'New York',
    date: '2015-11-17',
    agency: 'PR Newswire',
    rest: REST,
  },
  { body: `LONDON — ${REST}`, text: 'LONDON', place: 'London', date: null, agency: null, rest: REST },
  {
    body: `Kabul, Afghanistan (AFP) - ${REST}`,
    text: 'Kabul, Afghanistan (AFP)',
    place: 'Kabul',
    date: null,
    agency: 'Agence France-Presse',
    rest: REST,
  },
  {
    body: `GENEVA, Switzerland, Nov 17 (UPI) -- ${REST}`,
    ref: '2015-11-17',
    text: 'GENEVA, Switzerland, Nov 17 (UPI)',
    place: 'Geneva',
    date: '2015-11-17',
    agency: 'United Press International',
    rest: REST,
  },
  { body: `ISLAMABAD: ${REST}`, text: 'ISLAMABAD', place: 'Islamabad', date: null, agency: null, rest: REST },
  {
    body: `NEW DELHI, Nov 17 (IANS) ${'\u2013'} ${REST}`,
    ref: '2015-11-17',
    text: 'NEW DELHI, Nov 17 (IANS)',
    place: 'New Delhi',
    date: '2015-11-17',
    agency: 'Indo-Asian News Service',
    rest: REST,
  },
  {
    body: `MUMBAI, Nov 17 (PTI): ${REST}`,
    text: 'MUMBAI, Nov 17 (PTI)',
    place: 'Mumbai',
    date: null,
    agency: 'Press Trust of India',
    rest: REST,
  },
  {
    body: `ANKARA (AA) - ${REST}`,
    text: 'ANKARA (AA)',
    place: 'Ankara',
    date: null,
    agency: 'Anadolu Agency',
    rest: REST,
  },
  {
    body: `MOSCOW, November 17. /TASS/. ${REST}`,
    ref: '2015-11-17',
    text: 'MOSCOW, November 17. /TASS/',
    place: 'Moscow',
    date: '2015-11-17',
    agency: 'TASS',
    rest: REST,
  },
  {
    body: `SEOUL, Nov. 17 (Yonhap) -- ${REST}`,
    ref: '2015-11-17',
    text: 'SEOUL, Nov. 17 (Yonhap)',
    place: 'Seoul',
    date: '2015-11-17',
    agency: 'Yonhap',
    rest: REST,
  },
  {
    body: `TOKYO, Nov 17 (Kyodo) -- ${REST}`,
    ref: '2015-11-20',
    text: 'TOKYO, Nov 17 (Kyodo)',
    place: 'Tokyo',
    date: '2015-11-17',
    agency: 'Kyodo',
    rest: REST,
  },
  {
    body: `KUALA LUMPUR, Nov 17 (Bernama) -- ${REST}`,
    ref: '2015-11-17',
    text: 'KUALA LUMPUR, Nov 17 (Bernama)',
    place: 'Kuala Lumpur',
    date: '2015-11-17',
    agency: 'Bernama',
    rest: REST,
  },
  {
    body: `ABU DHABI, 17th November, 2015 (WAM) -- ${REST}`,
    text: 'ABU DHABI, 17th November, 2015 (WAM)',
    place: 'Abu Dhabi',
    date: '2015-11-17',
    agency: 'Emirates News Agency',
    rest: REST,
  },
  {
    body: `RIYADH, Nov 17 (SPA) -- ${REST}`,
    ref: '2015-11-17',
    text: 'RIYADH, Nov 17 (SPA)',
    place: 'Riyadh',
    date: '2015-11-17',
    agency: 'Saudi Press Agency',
    rest: REST,
  },
  {
    body: `TEHRAN, Nov 17 (IRNA) - ${REST}`,
    ref: '2015-11-17',
    text: 'TEHRAN, Nov 17 (IRNA)',
    place: 'Tehran',
    date: '2015-11-17',
    agency: 'IRNA',
    rest: REST,
  },
  {
    body: `CAIRO, Nov 17 (MENA) - ${REST}`,
    ref: '2015-11-17',
    text: 'CAIRO, Nov 17 (MENA)',
    place: 'Cairo',
    date: '2015-11-17',
    agency: 'Middle East News Agency',
    rest: REST,
  },
  {
    body: `VIENNA (APA) - ${REST}`,
    text: 'VIENNA (APA)',
    place: 'Vienna',
    date: null,
    agency: 'APA',
    rest: REST,
  },
  {
    body: `MADRID, 17 Nov. (EUROPA PRESS) - ${REST}`,
    ref: '2015-11-17',
    text: 'MADRID, 17 Nov. (EUROPA PRESS)',
    place: 'Madrid',
    date: '2015-11-17',
    agency: 'Europa Press',
    rest: REST,
  },
  {
    body: `WASHINGTON (Bloomberg) -- ${REST}`,
    text: 'WASHINGTON (Bloomberg)',
    place: 'Washington',
    date: null,
    agency: 'Bloomberg',
    rest: REST,
  },
  {
    body: `SAN FRANCISCO--(BUSINESS WIRE)--${REST}`,
    text: 'SAN FRANCISCO--(BUSINESS WIRE)',
    place: 'San Francisco',
    date: null,
    agency: 'Business Wire',
    rest: REST,
  },
  {
    body: `Berlin, 17. November (dpa) - ${REST}`,
    ref: '2015-11-17',
    text: 'Berlin, 17. November (dpa)',
    place: 'Berlin',
    date: '2015-11-17',
    agency: 'Deutsche Presse-Agentur',
    rest: REST,
  },
  {
    body: `PARIS, 17 nov 2015 (AFP) - ${REST}`,
    text: 'PARIS, 17 nov 2015 (AFP)',
    place: 'Paris',
    date: '2015-11-17',
    agency: 'Agence France-Presse',
    rest: REST,
  },
  {
    body: `RIO DE JANEIRO (Reuters) - ${REST}`,
    text: 'RIO DE JANEIRO (Reuters)',
    place: 'Rio de Janeiro',
    date: null,
    agency: 'Reuters',
    rest: REST,
  },
  {
    body: `PORT-AU-PRINCE, Haiti (AP) — ${REST}`,
    text: 'PORT-AU-PRINCE, Haiti (AP)',
    place: 'Port-au-Prince',
    date: null,
    agency: 'Associated Press',
    rest: REST,
  },
  {
    body: `PORTLAND, Ore. — ${REST}`,
    text: 'PORTLAND, Ore.',
    place: 'Portland',
    date: null,
    agency: null,
    rest: REST,
  },
  {
    body: `WASHINGTON, D.C., Nov 17 (UPI) -- ${REST}`,
    ref: '2015-11-17',
    text: 'WASHINGTON, D.C., Nov 17 (UPI)',
    place: 'Washington',
    date: '2015-11-17',
    agency: 'United Press International',
    rest: REST,
  },
  { body: `(CNN) — ${REST}`, text: '(CNN)', place: null, date: null, agency: 'CNN', rest: REST },
  {
    body: `SÃO PAULO, 17 de novembro de 2015 (Reuters) - ${REST}`,
    text: 'SÃO PAULO, 17 de novembro de 2015 (Reuters)',
    place: 'São Paulo',
    date: '2015-11-17',
    agency: 'Reuters',
    rest: REST,
  },
  {
    body: `N'DJAMENA (AFP) - ${REST}`,
    text: "N'DJAMENA (AFP)",
    place: "N'Djamena",
    date: null,
    agency: 'Agence France-Presse',
    rest: REST,
  },
  {
    body: `JERUSALEM, Nov 17 (AFP/Reuters) - ${REST}`,
    text: 'JERUSALEM, Nov 17 (AFP/Reuters)',
    place: 'Jerusalem',
    date: null,
    agency: 'Agence France-Presse, Reuters',
    rest: REST,
  },
  {
    body: `  \n  DAR ES SALAAM, Dec 30 (Reuters) - ${REST}`,
    ref: '2016-01-02',
    text: 'DAR ES SALAAM, Dec 30 (Reuters)',
    place: 'Dar es Salaam',
    date: '2015-12-30',
    agency: 'Reuters',
    rest: REST,
  },
  {
    body: `LAGOS (Premium Times) - ${REST}`,
    text: 'LAGOS (Premium Times)',
    place: 'Lagos',
    date: null,
    agency: 'Premium Times',
    rest: REST,
  },
  {
    body: `WASHINGTON, Tuesday — ${REST}`,
    text: 'WASHINGTON, Tuesday',
    place: 'Washington',
    date: null,
    agency: null,
    rest: REST,
  },
  {
    body: `THE HAGUE, Netherlands (AP) — ${REST}`,
    text: 'THE HAGUE, Netherlands (AP)',
    place: 'The Hague',
    date: null,
    agency: 'Associated Press',
    rest: REST,
  },
  {
    body: `(ANSA) - ROMA, 17 NOV - ${REST}`,
    ref: '2015-11-17',
    text: '(ANSA) - ROMA, 17 NOV',
    place: 'Roma',
    date: '2015-11-17',
    agency: 'ANSA',
    rest: REST,
  },
  {
    body: `TOKYO, Nov. 17, Kyodo - ${REST}`,
    ref: '2015-11-17',
    text: 'TOKYO, Nov. 17, Kyodo',
    place: 'Tokyo',
    date: '2015-11-17',
    agency: 'Kyodo',
    rest: REST,
  },
  {
    body: `RIYADH, Nov 17, 2015, SPA -- ${REST}`,
    text: 'RIYADH, Nov 17, 2015, SPA',
    place: 'Riyadh',
    date: '2015-11-17',
    agency: 'Saudi Press Agency',
    rest: REST,
  },
  {
    body: `(AFP) - ${REST}`,
    text: '(AFP)',
    place: null,
    date: null,
    agency: 'Agence France-Presse',
    rest: REST,
  },
];

const positives = POSITIVES;

const NEGATIVES: string[] = [
  'Paris, the French capital, was quiet on Tuesday.',
  "ROME wasn't built in a day, and neither was the new stadium.",
  'Storm batters coast as thousands flee',
  'BREAKING: Parliament dissolved after vote',
  'UPDATE 2-Oil prices rise as supply fears grow',
  'Paris: a city in mourning',
  'Obama: We will not back down',
  'The minister said on Tuesday that talks would resume.',
  'November 17 - a day to remember',
  'Monday — markets opened lower.',
  'Apple (AAPL) - shares rose 3 percent in early trading.',
  'LIVE UPDATES: Election night results',
  'NASA: the mission is on schedule.',
  'US STOCKS-Wall Street ends higher',
  'I — for one — disagree.',
  'In WASHINGTON (AP) — the vote was close.',
  'London is a city of nine million people.',
  'PARIS, Nov 17 (Reuters) Police said the attackers were dead.',
  '12:30 - Police arrive at the scene.',
  'Madrid, 17 de noviembre de 2015 fue un día tranquilo.',
  'Related Articles',
  'WATCH: Firefighters battle the blaze',
  'DEAR MARGOT: My neighbour keeps borrowing my ladder and never returns it.',
  'ESA: We publish new mission images every week.',
  'ORBIT – Westfield Regional Observatory (WRO)',
  '(Reuters) Police said the attackers were dead.',
  '(Photo) The minister said on Tuesday that talks would resume.',
  'PARIS, Nov 17, Police - said the attackers were dead.',
  '',
];

describe('parseDateline', () => {
  for (const p of positives) {
    it(`reads "${p.text}"`, () => {
      const m = parseDateline(p.body, p.ref ?? null);
      assert.ok(m, 'no dateline found');
      assert.deepEqual(m.dateline, { text: p.text, place: p.place, date: p.date, agency: p.agency });
      assert.equal(p.body.slice(m.end), p.rest);
    });
  }

  for (const n of NEGATIVES) {
    it(`does not fire on "${n}"`, () => {
      assert.equal(parseDateline(n, '2015-11-17'), null);
    });
  }

  it('has at least 30 positive and 15 negative cases', () => {
    assert.ok(positives.length >= 30);
    assert.ok(NEGATIVES.length >= 15);
  });

  it('keeps the month and day in text but invents no year without a reference', () => {
    const m = parseDateline(`PARIS, Nov 17 (Reuters) - ${REST}`);
    assert.equal(m?.dateline.date, null);
    assert.match(m?.dateline.text ?? '', /Nov 17/);
  });

  it('gives null for an impossible date', () => {
    assert.equal(parseDateline(`PARIS, Feb 30 (Reuters) - ${REST}`, '2015-03-01')?.dateline.date, null);
  });

  it('returns in bounded time on a 5 MB body', () => {
    const big = `${'PARIS '.repeat(10)}${'A'.repeat(5_000_000)}`;
    const t = Date.now();
    assert.equal(parseDateline(big, '2015-11-17'), null);
    assert.equal(parseDateline(` ${'-'.repeat(5_000_000)}`), null);
    assert.ok(Date.now() - t < 3000, 'a pathological input must not backtrack for seconds');
  });
});

describe('pickYear', () => {
  const cases: [string, number, number, string, number | null][] = [
    ['a Dec 30 dateline on a Jan 2 page is last year', 12, 30, '2016-01-02', 2015],
    ['a Jan 2 dateline on a Dec 30 page is next year', 1, 2, '2015-12-30', 2016],
    ['a Jun 1 dateline on a Jan 15 page is last year (not far after)', 6, 1, '2016-01-15', 2015],
    ['the same day is this year', 11, 17, '2015-11-17', 2015],
    ['Feb 29 takes a leap year', 2, 29, '2016-03-01', 2016],
    ['Feb 29 with no leap year near', 2, 29, '2019-03-01', null],
  ];
  for (const [what, month, day, ref, year] of cases) {
    it(what, () => assert.equal(pickYear(month, day, new Date(`${ref}T00:00:00Z`)), year));
  }
});

describe('titleCasePlace and agencyName', () => {
  it('title-cases places in capitals and leaves title case alone', () => {
    assert.equal(titleCasePlace('NEW YORK'), 'New York');
    assert.equal(titleCasePlace('FRANKFURT AM MAIN'), 'Frankfurt am Main');
    assert.equal(titleCasePlace("KING'S LYNN"), "King's Lynn");
    assert.equal(titleCasePlace('Kabul'), 'Kabul');
  });
  it('maps agencies to canonical names and refuses lower-case words', () => {
    assert.equal(agencyName('RTRS'), 'Reuters');
    assert.equal(agencyName('A.P.'), 'Associated Press');
    assert.equal(agencyName('photo by staff'), null);
    assert.equal(agencyName('November'), null);
  });
  const connectiveCases: [string, string | null][] = [
    ['Wire Service of the North', 'Wire Service of the North'],
    ['Agence de Presse du Sud', 'Agence de Presse du Sud'],
    ['Ministry of Trade and Industry', 'Ministry of Trade and Industry'],
    ['Voice for the Coast', 'Voice for the Coast'],
    ['Premium Times and AP', 'Premium Times, Associated Press'],
    ['see below', null],
    ['the first of the year', null],
    ['North of the border', null],
    ['Service of the', null],
    ['Office of the of the North', null],
    ['News Service of the Northern Coastal Region Today', null],
    ['March of the Penguins', null],
  ];
  for (const [written, name] of connectiveCases) {
    it(`agency with function words: ${written}`, () => assert.equal(agencyName(written), name));
  }
});

describe('parseDateline: agencies with function words', () => {
  const cases: [string, string | null, string][] = [
    [
      'KARVIA, March 4 (Wire Service of the North) - Rescue teams searched the rubble on Wednesday.',
      'Wire Service of the North',
      'Rescue teams searched the rubble on Wednesday.',
    ],
    [
      'TELOMA (Agence de Presse du Sud) — The council met late into the night to discuss repairs.',
      'Agence de Presse du Sud',
      'The council met late into the night to discuss repairs.',
    ],
  ];
  for (const [body, agency, rest] of cases) {
    it(body.slice(0, 40), () => {
      const m = parseDateline(body, '2026-03-05');
      assert.ok(m, 'a dateline');
      assert.equal(m.dateline.agency, agency);
      assert.equal(body.slice(m.end), rest);
    });
  }
  const negatives = [
    'Karvia (north of the river) - residents said the water rose overnight and kept rising.',
    'The market (one of the oldest in the city) - now closed - reopened on Monday.',
  ];
  for (const body of negatives) {
    it(`no dateline: ${body.slice(0, 40)}`, () => assert.equal(parseDateline(body, '2026-03-05'), null));
  }
});
