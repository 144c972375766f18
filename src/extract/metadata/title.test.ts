import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseTitle, siteFromTitle, stripSiteName } from './title.js';

describe('stripSiteName', () => {
  const cases: [string, string, string[], boolean, string][] = [
    [
      'site on the right',
      'Storm hits coast | The Daily Example',
      ['The Daily Example'],
      false,
      'Storm hits coast',
    ],
    [
      'site on the left',
      'The Daily Example - Storm hits coast',
      ['The Daily Example'],
      false,
      'Storm hits coast',
    ],
    ['em dash', 'Storm hits coast — The Daily Example', ['The Daily Example'], false, 'Storm hits coast'],
    [
      'double colon',
      'Storm hits coast :: The Daily Example',
      ['The Daily Example'],
      false,
      'Storm hits coast',
    ],
    ['middle dot', 'Storm hits coast · The Daily Example', ['The Daily Example'], false, 'Storm hits coast'],
    [
      'site and section',
      'Storm hits coast - Weather | The Daily Example',
      ['The Daily Example'],
      true,
      'Storm hits coast',
    ],
    [
      'unknown site by shape',
      'Storm hits the coast overnight | Daily Example',
      [],
      true,
      'Storm hits the coast overnight',
    ],
    [
      'unknown site, shape not asked',
      'Storm hits the coast overnight | Daily Example',
      [],
      false,
      'Storm hits the coast overnight | Daily Example',
    ],
    [
      'a colon is part of the headline',
      'Editorial: Fund the library',
      [],
      true,
      'Editorial: Fund the library',
    ],
    [
      'site name spelt differently',
      'Storm hits coast | DailyExample.com',
      ['Daily Example'],
      false,
      'Storm hits coast',
    ],
    [
      'two long parts are left alone',
      'Storm hits the coast - thousands are left without power',
      [],
      true,
      'Storm hits the coast - thousands are left without power',
    ],
  ];
  for (const [what, title, sites, byShape, want] of cases)
    it(what, () => assert.equal(stripSiteName(title, { siteNames: sites, byShape }), want));

  it('gives up quickly on a title made of hundreds of parts', () => {
    const t0 = performance.now();
    const title = `${'a | '.repeat(600)}b`;
    assert.equal(stripSiteName(title, { siteNames: ['x'], hints: ['a'], byShape: true }), title);
    // A guard against pathological behaviour, not a speed test.
    assert.ok(performance.now() - t0 < 2000);
  });

  it('prefers the part that matches the heading', () => {
    assert.equal(
      stripSiteName('Live - Storm hits coast - Daily', {
        siteNames: [],
        hints: ['Storm hits coast'],
        byShape: true,
      }),
      'Storm hits coast',
    );
  });
});

describe('chooseTitle', () => {
  const base = { structured: [], meta: [], heading: null, document: null, siteNames: [] };
  const cases: [string, Parameters<typeof chooseTitle>[0], string | null][] = [
    [
      'structured beats meta',
      { ...base, structured: ['A from JSON-LD'], meta: ['B from og'] },
      'A from JSON-LD',
    ],
    [
      'meta beats heading and title',
      { ...base, meta: ['B from og'], heading: 'C heading', document: 'D doc' },
      'B from og',
    ],
    [
      'heading confirmed by the title',
      { ...base, heading: 'Storm hits coast', document: 'Storm hits coast | Daily' },
      'Storm hits coast',
    ],
    [
      'unconfirmed heading loses to the title',
      { ...base, heading: 'Daily Example', document: 'Storm hits the coast | Daily' },
      'Storm hits the coast',
    ],
    ['heading alone', { ...base, heading: 'Storm hits coast' }, 'Storm hits coast'],
    [
      'entities decoded, spaces collapsed',
      { ...base, structured: ['Q&amp;A:  the &#8216;repair&#8217;\n law'] },
      'Q&A: the ‘repair’ law',
    ],
    [
      'og:title that is only the site name is skipped',
      { ...base, meta: ['Daily'], document: 'Storm hits coast | Daily', siteNames: ['Daily'] },
      'Storm hits coast',
    ],
    ['nothing', base, null],
  ];
  for (const [what, c, want] of cases) it(what, () => assert.equal(chooseTitle(c), want));
});

describe('siteFromTitle', () => {
  const cases: [string, string | null, string | null][] = [
    ['Storm hits coast | The Coastal Courier', 'Storm hits coast', 'The Coastal Courier'],
    ['Storm hits coast - Coastal Courier', 'Storm hits coast', 'Coastal Courier'],
    ['Storm hits coast - Coastal Courier', null, 'Coastal Courier'],
    ['Storm hits coast — coastalcourier.example', null, 'coastalcourier.example'],
    ['Storm hits coast - World | Coastal Courier', 'Storm hits coast', 'Coastal Courier'],
    ['Voters head to the polls | Voice of the Valley', null, 'Voice of the Valley'],
    ['Storm hits coast | Opinion', 'Storm hits coast', null],
    ['Storm latest - Live', null, null],
    ['Rebels seize town - officials say', null, null],
    ['Storm hits coast | The Coastal Courier', 'A different heading entirely', null],
    ['Storm hits coast', 'Storm hits coast', null],
    ['Karvia Floods | Coastal Courier Daily Edition', null, null],
    ['Strike ends - Unions and Employers Sign Deal After Weeks', null, null],
  ];
  for (const [title, heading, site] of cases)
    it(`${title} (heading: ${heading ?? 'none'})`, () => assert.equal(siteFromTitle(title, heading), site));
});
