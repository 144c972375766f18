/**
 * The times layer on web typography: characters a modern news page holds and 1990s wire text did not (soft
 * hyphens and zero-width spaces an extraction leaves, non-ASCII hyphens and dashes, spaces other than U+0020,
 * the left single quote as an apostrophe, clock and date styles of the web). Each case is an invented sentence
 * and the whole of what the layer finds in it ("text=value[mod]", two spaces between), anchored on Thursday 19
 * November 2015; each failed on the code before its change, unless its name says it is a guard.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText } from './find.js';
import * as lexicon from './lexicon.js';
import { PATTERNS } from './patterns.js';
import { timesIn } from './testing.js';

const ANCHOR = '2015-11-19';

/** [what it checks, the sentence, every expression found in it]. */
type Case = readonly [string, string, string];

function check([what, say, want]: Case): void {
  const got = timesIn(say, ANCHOR)
    .map((t) => `${t.text}=${t.value}${t.mod ? `[${t.mod}]` : ''}`)
    .join('  ');
  assert.equal(got, want, what);
}

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) it(c[0], () => check(c));
  });
}

table('characters a page does not show, and the non-ASCII hyphens', [
  ['a soft hyphen inside a month', 'The vote was held on Novem\u00adber 17.', 'Novem\u00adber 17=2015-11-17'],
  ['a soft hyphen inside a weekday', 'The vote was held on Tues\u00adday.', 'Tues\u00adday=2015-11-17'],
  [
    'a soft hyphen inside a month before a year',
    'The vote was held in Sep\u00adtember 2015.',
    'Sep\u00adtember 2015=2015-09',
  ],
  ['a soft hyphen inside a unit', 'The vote lasted three min\u00adutes.', 'three min\u00adutes=PT3M'],
  [
    'a soft hyphen inside a weekday before a part of the day',
    'The vote was held on Wednes\u00adday morning.',
    'Wednes\u00adday morning=2015-11-18',
  ],
  ['a zero-width space inside a weekday', 'The vote was held on Tues\u200bday.', 'Tues\u200bday=2015-11-17'],
  [
    'a zero-width space between a day and its comma',
    'The vote was held on Nov. 17\u200b, 2015.',
    'Nov. 17\u200b, 2015=2015-11-17',
  ],
  ['a word joiner inside a weekday', 'The vote was held on Tues\u2060day.', 'Tues\u2060day=2015-11-17'],
  [
    'a zero-width no-break space inside a month',
    'The vote was held on Novem\ufeffber 17.',
    'Novem\ufeffber 17=2015-11-17',
  ],
  [
    'guard: zero-width spaces around words stay out of the span',
    'The vote was held \u200bon Tuesday\u200b.',
    'Tuesday=2015-11-17',
  ],
  [
    'guard: a soft hyphen before a word elsewhere, a no-break space inside the expression',
    'Troops were handed to US \u00adforces last\u00a0week.',
    'last\u00a0week=2015-W46',
  ],
  [
    'a non-breaking hyphen after "mid"',
    'Sales will pick up in mid\u2011November.',
    'mid\u2011November=2015-11[MID]',
  ],
  ['a non-breaking hyphen in an amount', 'He was elected to a two\u2011year term.', 'two\u2011year=P2Y'],
  ['a hyphen (U+2010) in an amount in digits', 'He was elected to a 2\u2010year term.', '2\u2010year=P2Y'],
  [
    'a non-breaking hyphen between two months',
    'The plan ran January\u2011March.',
    'January=2015-01  March=2015-03',
  ],
  [
    'a non-breaking hyphen in a quarter',
    'The firm reported third\u2011quarter profits on Tuesday.',
    'third\u2011quarter=2015-Q3  Tuesday=2015-11-17',
  ],
  [
    'a non-breaking hyphen in "year-earlier"',
    'The firm reported a year\u2011earlier loss.',
    'year\u2011earlier=2014-Q3',
  ],
  ['a non-breaking hyphen in a half hour', 'The meeting lasted a half\u2011hour.', 'a half\u2011hour=PT30M'],
  ['a non-breaking hyphen before "long"', 'The show had a week\u2011long run.', 'week\u2011long=P1W'],
  [
    'a non-breaking hyphen before a decade',
    'The firm grew in the mid\u20111990s.',
    'the mid\u20111990s=199[MID]',
  ],
]);

table('spaces other than U+0020 (no-break, narrow no-break, thin)', [
  [
    'a no-break space before the day of "the morning of"',
    'It happened the morning of\u00a0Nov. 16.',
    'the morning of\u00a0Nov. 16=2015-11-16TMO',
  ],
  ["a title's time word after a no-break space", 'He watched CBS\u2019s 60\u00a0Minutes.', ''],
  [
    'the article before a quarter compound, after a no-break space',
    'The firm reported the\u00a0third-quarter loss.',
    'third-quarter=2015-Q3',
  ],
  [
    '"about" and a no-break space stay out of a duration',
    'The flight took about\u00a0five hours.',
    'five hours=PT5H[APPROX]',
  ],
  [
    '"almost" and a narrow no-break space',
    'The flight took almost\u202ftwo hours.',
    'two hours=PT2H[LESS_THAN]',
  ],
  [
    'the article of "a week-long trip" after a no-break space',
    'He is on a\u00a0week-long trip.',
    'week-long=P1W',
  ],
  [
    'a hedge of a fortnight with a no-break space keeps its mod',
    'The talks will last more\u00a0than a fortnight.',
    'more\u00a0than a fortnight=P2W[MORE_THAN]',
  ],
  [
    'guard: a narrow no-break space before "p.m."',
    'The vote ended at 9\u202fp.m. on Tuesday.',
    '9\u202fp.m. on Tuesday=2015-11-17T21:00',
  ],
  [
    'guard: a thin space between day and month',
    'The vote was held on 17\u2009November 2015.',
    '17\u2009November 2015=2015-11-17',
  ],
]);

table('dashes: ranges and compounds', [
  [
    'an en dash between two days of a month',
    'The summit was held Nov. 17\u201318 in Paris.',
    'Nov. 17=2015-11-17  18=2015-11-18',
  ],
  [
    'a spaced en dash between two days of a month',
    'The summit will be held November 17 \u2013 18 in Paris.',
    'November 17=2015-11-17  18=2015-11-18',
  ],
  [
    'an en dash between two days, abbreviated month',
    'Events run Oct. 5\u20137 in Gladstone.',
    'Oct. 5=2015-10-05  7=2015-10-07',
  ],
  [
    'an em dash between two days of a month',
    'The summit will be held Nov. 17\u201418 in Paris.',
    'Nov. 17=2015-11-17  18=2015-11-18',
  ],
  [
    'guard: an ASCII hyphen between two days stays one expression at its first (as TE3-silver marks it)',
    'The summit was held Nov. 17-18 in Paris.',
    'Nov. 17=2015-11-17',
  ],
  [
    'guard: an en dash between two dates',
    'The summit was held Nov. 30\u2013Dec. 2 in Paris.',
    'Nov. 30=2015-11-30  Dec. 2=2015-12-02',
  ],
  ['guard: an en dash between two years', 'The fighting lasted from 1992\u20131995.', '1992=1992  1995=1995'],
  [
    'guard: an en dash between two months',
    'The plan ran January\u2013March.',
    'January=2015-01  March=2015-03',
  ],
  [
    'an em dash between two months: "March" after it is a month, the range runs forward',
    'The plan will run from October\u2014March.',
    'October=2015-10  March=2016-03',
  ],
  [
    'guard: an en dash between two clock times',
    'The polls close at 10am\u20134pm.',
    '10am=2015-11-19T10:00  4pm=2015-11-19T16:00',
  ],
  ['guard: a spaced en dash before "May" the modal', 'Shares fell \u2013 May was worse.', ''],
  ['an en dash after "mid"', 'The sale ran in mid\u2013November.', 'mid\u2013November=2015-11[MID]'],
  ['an en dash in an amount', 'He was elected to a two\u2013year term.', 'two\u2013year=P2Y'],
  ['an en dash after the digits of an amount', 'Workers held a 24\u2013hour strike.', '24\u2013hour=PT24H'],
  [
    'guard: an unspaced em dash after "this year"',
    'It happened this year\u2014the worst on record.',
    'this year=2015',
  ],
]);

table('the left single quote as the apostrophe of an elided century', [
  ['a decade', 'The \u201890s were a good decade.', 'The \u201890s=199'],
  ['a decade with its modifier', 'In the late \u201890s, the firm grew.', 'the late \u201890s=199[END]'],
  ['a year', 'He graduated in \u201808.', '\u201808=2008'],
  ['a year after "of"', 'He joined the class of \u201808.', '\u201808=2008'],
  ['a decade after a hyphenated word', 'He joined the Reagan-era \u201880s revival.', '\u201880s=198'],
  ["a season's year", 'The firm grew in the summer of \u201809.', 'the summer of \u201809=2009-SU'],
  [
    'guard: a quoted amount of people after a left quote is no year',
    'He said \u201850 people died\u2019 there.',
    '',
  ],
  ['a quoted amount of people after a straight quote is no year', "He said '50 people died' there.", ''],
  [
    'guard: curly double quotes around a weekday',
    'The vote is set for \u201cTuesday.\u201d',
    'Tuesday=2015-11-24',
  ],
  ['guard: the right single quote before a decade', 'The \u201990s were a good decade.', 'The \u201990s=199'],
  ['guard: the right single quote before a year', 'He graduated in \u201908.', '\u201908=2008'],
  [
    '"Just a minute" after a closing curly quote',
    'Wait.\u201d Just a minute, he said on Monday.',
    'Monday=2015-11-16',
  ],
  [
    '"just a minute" after an em dash',
    'He paused\u2014just a minute\u2014then left on Monday.',
    'Monday=2015-11-16',
  ],
  [
    '"just a minute" after a spaced en dash',
    'He paused \u2013 just a minute \u2013 then left on Monday.',
    'Monday=2015-11-16',
  ],
]);

table('vulgar fractions', [
  ['a half after the digits', 'He stayed for 1\u00bd hours.', '1\u00bd hours=PT1H30M'],
  ['a spaced half', 'He stayed for 2 \u00bd days.', '2 \u00bd days=P2DT12H'],
  ['three quarters', 'He stayed for 1\u00be hours.', '1\u00be hours=PT1.75H'],
  ['a half before "ago"', 'He left 2\u00bd years ago.', '2\u00bd years ago=PAST_REF'],
]);

describe('the curly apostrophe wherever a straight one is spelt', () => {
  it('each word list of the lexicon that holds a word with a straight apostrophe holds it with a curly one', () => {
    for (const [name, list] of Object.entries(lexicon)) {
      if (!Array.isArray(list) && !(list instanceof Set)) continue;
      const words = [...(list as Iterable<unknown>)].filter((w): w is string => typeof w === 'string');
      for (const w of words)
        if (w.includes("'")) assert.ok(words.includes(w.replace(/'/g, '\u2019')), `${name}: "${w}"`);
    }
  });
  it("guard: each pattern that spells a straight apostrophe spells the curly one beside it ('s as ['’]s, 'll with ’ll)", () => {
    for (const p of PATTERNS) {
      // A straight apostrophe in a character class needs the curly one in that class; outside one, an
      // alternative spelt with it needs its twin.
      for (const cls of p.re.source.match(/\[(?:\\.|[^\]\\])*\]/g) ?? [])
        if (cls.includes("'")) assert.ok(cls.includes('\u2019'), `${p.name}: ${cls}`);
      const bare = p.re.source.replace(/\[(?:\\.|[^\]\\])*\]/g, '');
      for (const m of bare.matchAll(/'[a-z]+/g))
        assert.ok(bare.includes(m[0].replace("'", '\u2019')), `${p.name}: ${m[0]}`);
    }
  });
});

table('clock styles of web pages', [
  ['an upper-case "PM" run into the hour', 'The polls open at 9PM.', '9PM=2015-11-19T21:00'],
  ['an upper-case "AM" run into the minutes', 'The polls opened at 9:30AM.', '9:30AM=2015-11-19T09:30'],
  [
    'an upper-case "AM" run into the minutes, a weekday after it',
    'The polls open at 9:30AM on Tuesday.',
    '9:30AM on Tuesday=2015-11-24T09:30',
  ],
  [
    'the British "9.30PM" before "tonight"',
    'The polls open at 9.30PM tonight.',
    '9.30PM tonight=2015-11-19T21:30',
  ],
  ['"ET" after a clock time', 'The polls close at 9pm ET.', '9pm ET=2015-11-19T21:00'],
  [
    '"ET" between a clock time and its day',
    'The polls close at 9 p.m. ET on Friday.',
    '9 p.m. ET on Friday=2015-11-20T21:00',
  ],
  ['"PT" after a clock time', 'The polls close at 9:00pm PT.', '9:00pm PT=2015-11-19T21:00'],
  ['a zone after "noon"', 'The polls close at noon ET on Friday.', 'noon ET on Friday=2015-11-20T12:00'],
  ['"CT" after a clock time', 'The polls close at 10 a.m. CT.', '10 a.m. CT=2015-11-19T10:00'],
  ['an Australian zone', 'The polls close at 9pm AEDT.', '9pm AEDT=2015-11-19T21:00'],
  ['"ET" before a bare weekday', 'The game starts at 7:30pm ET Friday.', '7:30pm ET Friday=2015-11-20T19:30'],
  ['a zone is a whole word', 'The talks open at 9 a.m. Estonian time.', '9 a.m.=2015-11-19T09:00'],
  [
    'a clock time with seconds after a date',
    'The vote was on Tue, 17 Nov 2015 09:00:00 GMT.',
    'Tue, 17 Nov 2015=2015-11-17  09:00:00 GMT=2015-11-17T09:00',
  ],
  ['a 24-hour clock time with seconds', 'The polls close at 21:00:00 GMT.', '21:00:00 GMT=2015-11-19T21:00'],
  [
    'a clock time with seconds and "p.m."',
    'The polls closed at 9:00:30 p.m.',
    '9:00:30 p.m.=2015-11-19T21:00',
  ],
  [
    'an ISO date and time with a space',
    'The vote was at 2015-11-17 09:00.',
    '2015-11-17 09:00=2015-11-17T09:00',
  ],
  [
    'an ISO date-time with seconds and a zone',
    'The vote was on 2015-11-17T09:00:00Z.',
    '2015-11-17T09:00:00Z=2015-11-17T09:00',
  ],
  [
    'an ISO date-time with an offset',
    'The vote was at 2015-11-17T09:00+01:00.',
    '2015-11-17T09:00+01:00=2015-11-17T09:00',
  ],
  ['guard: an ISO date before a count', 'The vote on 2015-11-17 drew 2400 people.', '2015-11-17=2015-11-17'],
  ['the British "21.00 GMT"', 'The polls close at 21.00 GMT.', '21.00 GMT=2015-11-19T21:00'],
  ['guard: a decimal before a zone word is no clock', 'Turnout rose 1.5 GMT points.', ''],
  [
    'a range of clock times with a hyphen, unspaced',
    'The office is open 9am-5pm on weekdays.',
    '9am=2015-11-19T09:00  5pm=2015-11-19T17:00',
  ],
  [
    'a range of clock times with a hyphen after "a.m."',
    'The office is open 9 a.m.-5 p.m. on weekdays.',
    '9 a.m.=2015-11-19T09:00  5 p.m.=2015-11-19T17:00',
  ],
  [
    'a range of clock times with minutes and a hyphen',
    'The office is open 9:30am-5:30pm on weekdays.',
    '9:30am=2015-11-19T09:30  5:30pm=2015-11-19T17:30',
  ],
  [
    'a zone between a local time and its conversion',
    'Trading opens at 9:30 a.m. ET (1430 GMT) on Monday.',
    '9:30 a.m. ET=2015-11-23T09:30  Monday=2015-11-23',
  ],
  [
    'a clock time before a weekday and a British date keeps to itself',
    'He left at 9.30am on Tuesday 17 November.',
    '9.30am=2015-11-17T09:30  Tuesday 17 November=2015-11-17',
  ],
]);

table('date styles of web pages', [
  [
    'a weekday before a British day and month',
    'The vote was on Tuesday 17 November.',
    'Tuesday 17 November=2015-11-17',
  ],
  [
    'a weekday and a comma before a British day and month',
    'The vote was on Tuesday, 17 November.',
    'Tuesday, 17 November=2015-11-17',
  ],
  ['abbreviations of both', 'The vote is on Tues 24 Nov.', 'Tues 24 Nov.=2015-11-24'],
  [
    'guard: a weekday before a British date with its year',
    'The vote was on Tuesday 17 November 2015.',
    'Tuesday 17 November 2015=2015-11-17',
  ],
  [
    'a numeric date whose first number is no month is day first',
    'The vote was on 17/11/2015.',
    '17/11/2015=2015-11-17',
  ],
  ['the same with a two-digit year', 'The vote was on 17/11/15.', '17/11/15=2015-11-17'],
  ['guard: a US numeric date', 'The vote was on 11/17/2015.', '11/17/2015=2015-11-17'],
  ['guard: an ambiguous numeric date is month first', 'The vote was on 05/11/2015.', '05/11/2015=2015-05-11'],
  ['a numeric date year first', 'The vote was on 2015/11/17.', '2015/11/17=2015-11-17'],
  ['guard: no 13th month either way', 'The vote was on 13/13/2015.', ''],
  ['guard: a British date with its year', 'The vote was on 17 November 2015.', '17 November 2015=2015-11-17'],
  ['guard: an ordinal day after an abbreviated month', 'The vote was on Nov 17th.', 'Nov 17th=2015-11-17'],
]);

describe('foldText', () => {
  it('leaves the invisible characters out, writes the hyphens "-", and maps each kept character back', () => {
    const f = foldText('a\u00adb\u2011c\u200b');
    assert.equal(f.text, 'ab-c');
    assert.deepEqual([...f.at], [0, 2, 3, 4, 6]);
    assert.deepEqual([...f.inv], [0, 1, 1, 2, 3, 4, 4]);
    assert.deepEqual(f.hyphens, [2]);
  });
  it('writes an en dash "-" between a letter or digit and a letter only', () => {
    assert.equal(
      foldText('two\u2013year 24\u2013hour 17\u201318 am\u20134 x\u2013').text,
      'two-year 24-hour 17\u201318 am\u20134 x\u2013',
    );
  });
});
