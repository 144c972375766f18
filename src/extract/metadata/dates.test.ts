import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateFromUrl, findDateInText, isValidDate, normaliseDate } from './dates.js';

const opts = { nowYear: 2025 };

describe('normaliseDate', () => {
  const cases: [string, string | null, string | null][] = [
    ['ISO date', '2015-11-17', '2015-11-17'],
    ['date-time with offset keeps the offset', '2015-11-17T09:30:00+01:00', '2015-11-17T09:30:00+01:00'],
    ['Z offset', '2020-10-12T16:30:00Z', '2020-10-12T16:30:00Z'],
    ['compact offset', '2015-11-17T09:30:00+0100', '2015-11-17T09:30:00+01:00'],
    ['fractional seconds', '2015-11-17T09:30:00.123-05:00', '2015-11-17T09:30:00-05:00'],
    ['no seconds', '2015-11-17T09:30+02:00', '2015-11-17T09:30:00+02:00'],
    ['time without offset is reduced to the date', '2018-06-12 14:30:00', '2018-06-12'],
    ['compact date', '20170914', '2017-09-14'],
    ['slashed ISO order', '2016/03/07', '2016-03-07'],
    ['date in words', 'Dec. 3, 2020', '2020-12-03'],
    ['day first in words', '17 Nov 2015', '2015-11-17'],
    ['impossible day', '2015-02-30', null],
    ['impossible month', '2015-13-01', null],
    ['year before the window', '1989-12-31', null],
    ['year after next', '2027-01-01', null],
    ['leap day', '2016-02-29', '2016-02-29'],
    ['not a date', 'yesterday', null],
    ['empty', '', null],
    ['null', null, null],
  ];
  for (const [what, input, want] of cases) it(what, () => assert.equal(normaliseDate(input, opts), want));
});

describe('findDateInText', () => {
  const cases: [string, string, string | null][] = [
    ['month first', 'Published March 4, 2019 by the desk', '2019-03-04'],
    ['abbreviated with ordinal', 'Posted Apr 11th, 2022 / 04:15 PM', '2022-04-11'],
    ['day first', 'Written on 17 Nov 2015', '2015-11-17'],
    ['German with a dot', 'Berlin, 17. November 2015', '2015-11-17'],
    ['French', 'le 14 mars 2022 à 7 h', '2022-03-14'],
    ['Spanish with de', 'Madrid, 5 de mayo de 2023', '2023-05-05'],
    ['dotted day-first numbers', 'Stand: 15.09.2018, 08:00', '2018-09-15'],
    ['ISO in text', 'filed 2015-11-17 at noon', '2015-11-17'],
    ['updated date skipped for the next one', 'Updated: Dec. 3, 2020 Published Dec. 1, 2020', '2020-12-01'],
    ['a copyright year is not a date', '© 2023 Green Thumb Weekly', null],
    ['month inside a word is not a month', 'innovation 5, 2015', null],
    ['no year: no date', 'Published March 4 · 17 Nov · 15.09. · 2015年11月', null],
    ['a two-digit year is not a year', 'Posted 4 March 19', null],
    ['year at the very end', 'Stand 15.09.1999', '1999-09-15'],
    ['CJK date', '发布于2015年11月17日', '2015-11-17'],
    ['invalid day', 'February 30, 2019', null],
  ];
  for (const [what, input, want] of cases) it(what, () => assert.equal(findDateInText(input, opts), want));

  it('stays fast on long hostile text', () => {
    const text = `${'1 2 3 Nov Nov. Dec 12, '.repeat(20_000)}`;
    const t0 = performance.now();
    findDateInText(text, opts);
    assert.ok(performance.now() - t0 < 1000);
  });
});

describe('dateFromUrl', () => {
  const cases: [string, string, string | null][] = [
    ['year/month/day path', 'https://x.example/2015/11/17/storm-hits/', '2015-11-17'],
    ['compact in path', 'https://x.example/news/20151117/storm', '2015-11-17'],
    ['dashed in slug', 'https://x.example/storm-hits-2015-11-17.html', '2015-11-17'],
    ['year and month only', 'https://x.example/2015/11/storm', null],
    ['id that looks like a date but is not one', 'https://x.example/story/20151345', null],
    ['relative path', '/2016/11/29/startup/', '2016-11-29'],
    ['query string ignored', 'https://x.example/?p=20151117', null],
  ];
  for (const [what, input, want] of cases) it(what, () => assert.equal(dateFromUrl(input, opts), want));
});

describe('isValidDate', () => {
  it('knows month lengths and the window', () => {
    assert.equal(isValidDate(2019, 2, 29, opts), false);
    assert.equal(isValidDate(2020, 2, 29, opts), true);
    assert.equal(isValidDate(2026, 1, 1, opts), true);
    assert.equal(isValidDate(2027, 1, 1, opts), false);
  });
});

describe('findDateInText: other scripts and languages', () => {
  const cases: [string, string, string | null][] = [
    ['Chinese / Japanese', '发布时间：2020年7月6日 08:30', '2020-07-06'],
    ['Korean', '입력 2022년 10월 4일 오후 2:00', '2022-10-04'],
    ['Russian genitive month', 'Опубликовано 30 августа 2018 года', '2018-08-30'],
    ['Polish genitive month', 'Opublikowano 29 października 2021', '2021-10-29'],
    ['Turkish', '20 Aralık 2022, 10:30', '2022-12-20'],
  ];
  for (const [what, input, want] of cases) it(what, () => assert.equal(findDateInText(input, opts), want));
});
