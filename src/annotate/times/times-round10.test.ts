/**
 * Tenth round: invented sentences in the styles the dev split has least of, 1998 US TV and radio
 * transcripts and long NYT features, each case failing on the code before its change. Expressions are
 * found by their text; `value: null` means no time expression may overlap the text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timesIn } from './testing.js';
import type { TimeItem } from './types.js';

/** Wednesday 4 March 1998 (a broadcast day), Sunday 25 October 1998 (a feature's Sunday). */
const TV = '1998-03-04';
const FEATURE = '1998-10-25';

interface Case {
  /** Which convention the case checks. */
  what: string;
  anchor: string;
  say: string;
  expr: string;
  /** null: no expression overlaps `expr`. */
  value: string | null;
  type?: TimeItem['type'];
  /** The TIMEX3 mod, when the case checks it ('' for none). */
  mod?: string;
}

const CASES: Case[] = [
  {
    what: 'a spoken number of hundreds counts whole',
    anchor: TV,
    say: 'Officials say the bridge will be closed for two hundred days.',
    expr: 'two hundred days',
    type: 'DURATION',
    value: 'P200D',
  },
  {
    what: '"a hundred and forty-four days" is one amount',
    anchor: TV,
    say: 'The hostages were held for a hundred and forty-four days.',
    expr: 'a hundred and forty-four days',
    type: 'DURATION',
    value: 'P144D',
  },
  {
    what: 'spoken hundreds before "ago"',
    anchor: TV,
    say: 'Two hundred and fifty years ago, the first settlers landed here.',
    expr: 'Two hundred and fifty years ago',
    type: 'DATE',
    value: '1748',
  },
  {
    what: '"half an hour" is thirty minutes, "about" outside the span',
    anchor: TV,
    say: 'We have been standing in line for about half an hour.',
    expr: 'half an hour',
    type: 'DURATION',
    value: 'PT30M',
    mod: 'APPROX',
  },
  {
    what: '"the next half hour"',
    anchor: TV,
    say: 'In the next half hour, a look at the flooding in the Central Valley.',
    expr: 'the next half hour',
    type: 'DURATION',
    value: 'PT30M',
  },
  {
    what: '"a half-hour" before a noun: the article belongs to the noun',
    anchor: TV,
    say: 'After a half-hour delay, the hearing went on.',
    expr: 'half-hour',
    type: 'DURATION',
    value: 'PT30M',
  },
  {
    what: '"half a century"',
    anchor: FEATURE,
    say: 'The diner has stood on the corner for half a century.',
    expr: 'half a century',
    type: 'DURATION',
    value: 'P50Y',
  },
  {
    what: 'a clock time spelt out before a part of the day',
    anchor: TV,
    say: 'The shuttle is scheduled to land at five-fifteen this afternoon.',
    expr: 'five-fifteen this afternoon',
    type: 'TIME',
    value: '1998-03-04T17:15',
  },
  {
    what: 'spelt hour and minutes, after "for"',
    anchor: TV,
    say: 'The launch is set for six-thirty tomorrow morning.',
    expr: 'six-thirty tomorrow morning',
    type: 'TIME',
    value: '1998-03-05T06:30',
  },
  {
    what: '"o\'clock" spelt out before "tonight"',
    anchor: TV,
    say: "Polls in the state close at eight o'clock tonight.",
    expr: "eight o'clock tonight",
    type: 'TIME',
    value: '1998-03-04T20:00',
  },
  {
    what: 'a zone between the clock time and the part of the day',
    anchor: TV,
    say: "The debate airs at nine o'clock Eastern tonight.",
    expr: "nine o'clock Eastern tonight",
    type: 'TIME',
    value: '1998-03-04T21:00',
  },
  {
    what: 'a spelt hour with p.m. and an Eastern zone',
    anchor: TV,
    say: 'The president will address the nation at eight p.m. Eastern time.',
    expr: 'eight p.m. Eastern time',
    type: 'TIME',
    value: '1998-03-04T20:00',
  },
  {
    what: "an hour with o'clock alone",
    anchor: TV,
    say: "The hearing is scheduled to start at ten o'clock.",
    expr: "ten o'clock",
    type: 'TIME',
    value: '1998-03-04T10:00',
  },
  {
    what: '"o\'clock at night" is the evening\'s hour',
    anchor: TV,
    say: "The bars in the county must close at 11 o'clock at night.",
    expr: "11 o'clock at night",
    type: 'TIME',
    value: '1998-03-04T23:00',
  },
  {
    what: 'a spoken decade with "nineteen"',
    anchor: TV,
    say: 'He grew up on a farm in the late nineteen fifties.',
    expr: 'the late nineteen fifties',
    type: 'DATE',
    value: '195',
    mod: 'END',
  },
  {
    what: '"The nineteen sixties" opening a sentence',
    anchor: TV,
    say: 'The nineteen sixties changed the music business forever.',
    expr: 'The nineteen sixties',
    type: 'DATE',
    value: '196',
  },
  {
    what: '"the late 18th century" whole, with its mod',
    anchor: FEATURE,
    say: 'The farmhouse was built in the late 18th century.',
    expr: 'the late 18th century',
    type: 'DATE',
    value: '17',
    mod: 'END',
  },
  {
    what: '"the mid-14th century"',
    anchor: FEATURE,
    say: 'The chapel walls went up in the mid-14th century.',
    expr: 'the mid-14th century',
    type: 'DATE',
    value: '13',
    mod: 'MID',
  },
  {
    what: '"a week from today" is a day',
    anchor: TV,
    say: 'The jury is expected to return a week from today.',
    expr: 'a week from today',
    type: 'DATE',
    value: '1998-03-11',
  },
  {
    what: '"two days from tomorrow"',
    anchor: TV,
    say: 'The ship docks two days from tomorrow.',
    expr: 'two days from tomorrow',
    type: 'DATE',
    value: '1998-03-07',
  },
  {
    what: '"this past weekend" is the one just gone',
    anchor: TV,
    say: 'Thousands of people marched in the capital this past weekend.',
    expr: 'this past weekend',
    type: 'DATE',
    value: '1998-W09-WE',
  },
  {
    what: '"This past week" whole',
    anchor: TV,
    say: 'This past week, the markets hit new highs.',
    expr: 'This past week',
    type: 'DATE',
    value: '1998-W09',
  },
  {
    what: 'a year by two digits after an apostrophe',
    anchor: TV,
    say: "The Republicans are already looking ahead to the '98 elections.",
    expr: "'98",
    type: 'DATE',
    value: '1998',
  },
  {
    what: '"in \'96"',
    anchor: FEATURE,
    say: "He last ran for the seat in '96 and lost.",
    expr: "'96",
    type: 'DATE',
    value: '1996',
  },
  {
    what: '"March the twenty-fourth", as transcripts say it',
    anchor: TV,
    say: 'The vote is set for March the twenty-fourth.',
    expr: 'March the twenty-fourth',
    type: 'DATE',
    value: '1998-03-24',
  },
  {
    what: '"a quarter past six" is no span of three months',
    anchor: TV,
    say: "It's a quarter past six here in Moscow.",
    expr: 'a quarter',
    value: null,
  },
  {
    what: '"the 1800s" is a century',
    anchor: FEATURE,
    say: 'The house was built in the 1800s by a sea captain.',
    expr: 'the 1800s',
    type: 'DATE',
    value: '18',
  },
  {
    what: '"the early 1900s" is the century\'s start',
    anchor: FEATURE,
    say: 'In the early 1900s, the street was lined with tenements.',
    expr: 'the early 1900s',
    type: 'DATE',
    value: '19',
    mod: 'START',
  },
  {
    what: '"a quarter-century" as a noun',
    anchor: FEATURE,
    say: 'He has covered city hall for a quarter-century.',
    expr: 'a quarter-century',
    type: 'DURATION',
    value: 'P25Y',
  },
  {
    what: '"a quarter century" was "a quarter" (P1Q)',
    anchor: FEATURE,
    say: 'The feud between the two families has lasted a quarter century.',
    expr: 'a quarter century',
    type: 'DURATION',
    value: 'P25Y',
  },
  {
    what: '"the past half-century"',
    anchor: FEATURE,
    say: 'The company has grown steadily over the past half-century.',
    expr: 'the past half-century',
    type: 'DURATION',
    value: 'P50Y',
  },
  {
    what: '"the summer of \'96"',
    anchor: FEATURE,
    say: "He moved to Miami in the summer of '96.",
    expr: "the summer of '96",
    type: 'DATE',
    value: '1996-SU',
  },
  {
    what: '"the spring of nineteen ninety-six"',
    anchor: TV,
    say: 'The law was passed in the spring of nineteen ninety-six.',
    expr: 'the spring of nineteen ninety-six',
    type: 'DATE',
    value: '1996-SP',
  },
  {
    what: '"Election Day": the Tuesday after the first Monday in November',
    anchor: FEATURE,
    say: 'Voters in the district go to the polls on Election Day.',
    expr: 'Election Day',
    type: 'DATE',
    value: '1998-11-03',
  },
  {
    what: '"Labor Day" in a past clause: the first Monday of September gone by',
    anchor: FEATURE,
    say: 'The boardwalk shops were closed on Labor Day.',
    expr: 'Labor Day',
    type: 'DATE',
    value: '1998-09-07',
  },
  {
    what: '"Memorial Day": the last Monday in May',
    anchor: FEATURE,
    say: 'The beach was packed on Memorial Day.',
    expr: 'Memorial Day',
    type: 'DATE',
    value: '1998-05-25',
  },
  {
    what: '"Martin Luther King Jr. Day" ahead in a future clause',
    anchor: FEATURE,
    say: 'The schools will close for Martin Luther King Jr. Day.',
    expr: 'Martin Luther King Jr. Day',
    type: 'DATE',
    value: '1999-01-18',
  },
  {
    what: '"last Veterans Day" (a fixed date)',
    anchor: FEATURE,
    say: 'The old soldiers marched together last Veterans Day.',
    expr: 'last Veterans Day',
    type: 'DATE',
    value: '1997-11-11',
  },
  {
    what: '"Presidents\' Day"',
    anchor: TV,
    say: "The candidates campaigned right through Presidents' Day.",
    expr: "Presidents' Day",
    type: 'DATE',
    value: '1998-02-16',
  },
  {
    what: 'a present verb of schedule before a bare month looks ahead',
    anchor: FEATURE,
    say: 'The second season of the show begins in January.',
    expr: 'January',
    type: 'DATE',
    value: '1999-01',
  },
  {
    what: '"returns to … in July" looks ahead',
    anchor: TV,
    say: 'The colony returns to Chinese rule in July after 150 years.',
    expr: 'July',
    type: 'DATE',
    value: '1998-07',
  },
  {
    what: 'a clock time with minutes and an Eastern zone',
    anchor: TV,
    say: 'The polls in Florida close at 7:00 Eastern.',
    expr: '7:00 Eastern',
    type: 'TIME',
    value: '1998-03-04T07:00',
  },
  {
    what: '"Wait a minute" is a speaker\'s interjection, no duration',
    anchor: TV,
    say: "Wait a minute, that's not what you told the committee.",
    expr: 'a minute',
    value: null,
  },
  {
    what: '"Just a minute" opening a reply',
    anchor: TV,
    say: 'Just a minute, let me finish my answer.',
    expr: 'a minute',
    value: null,
  },
  {
    what: 'a spelt hour and minutes as one hyphenated word after "at"',
    anchor: TV,
    say: 'The hearing resumes at nine-thirty.',
    expr: 'nine-thirty',
    type: 'TIME',
    value: '1998-03-04T09:30',
  },
  {
    what: '"until two thousand three." after a preposition, the clause ending there',
    anchor: TV,
    say: "The station won't be finished until two thousand three.",
    expr: 'two thousand three',
    type: 'DATE',
    value: '2003',
  },
  {
    what: '"By two thousand," opening a sentence',
    anchor: TV,
    say: 'By two thousand, half the farms will be gone.',
    expr: 'two thousand',
    type: 'DATE',
    value: '2000',
  },
];

/** Must not change: the neighbours of the rules above. */
const KEEP: Case[] = [
  {
    what: '"an hour and a half"',
    anchor: TV,
    say: 'The meeting lasted an hour and a half.',
    expr: 'an hour and a half',
    type: 'DURATION',
    value: 'PT1H30M',
  },
  {
    what: '"a hundred years"',
    anchor: FEATURE,
    say: 'The treaty ended a hundred years of war.',
    expr: 'a hundred years',
    type: 'DURATION',
    value: 'P100Y',
  },
  {
    what: '"on the half hour" in a match is no amount',
    anchor: TV,
    say: 'The visitors were awarded a penalty on the half hour.',
    expr: 'half hour',
    value: null,
  },
  {
    what: 'a bare spelt number before "this morning" after "by" is a count',
    anchor: TV,
    say: 'The index was up by four this morning.',
    expr: 'four',
    value: null,
  },
  {
    what: 'digits before a part of the day stay as they were',
    anchor: TV,
    say: 'The polls close at 8 tonight.',
    expr: '8 tonight',
    type: 'TIME',
    value: '1998-03-04T20:00',
  },
  {
    what: '"the nineties"',
    anchor: TV,
    say: 'Hate group numbers fell through the nineties.',
    expr: 'the nineties',
    type: 'DATE',
    value: '199',
  },
  {
    what: 'a spoken year is still a year',
    anchor: TV,
    say: 'She was first elected in nineteen eighty-four.',
    expr: 'nineteen eighty-four',
    type: 'DATE',
    value: '1984',
  },
  {
    what: '"the 20th century"',
    anchor: FEATURE,
    say: 'For much of the 20th century, the river was an open sewer.',
    expr: 'the 20th century',
    type: 'DATE',
    value: '19',
  },
  {
    what: '"two thousand feet" is no year',
    anchor: TV,
    say: 'The ship sank in two thousand feet of water.',
    expr: 'two thousand',
    value: null,
  },
  {
    what: '"a week from now" as before',
    anchor: TV,
    say: 'A week from now, the rules change.',
    expr: 'A week from now',
    type: 'DATE',
    value: '1998-W11',
  },
  {
    what: '"three days later" stays the amount, "later" no part of the next day',
    anchor: TV,
    say: 'He was arrested on Monday. Three days later, he was freed.',
    expr: 'Three days',
    type: 'DURATION',
    value: 'P3D',
  },
  {
    what: '"today\'s world" stays unmarked',
    anchor: TV,
    say: "In today's world, nobody writes letters.",
    expr: 'today',
    value: null,
  },
  {
    what: '"the \'90s" stays a decade',
    anchor: FEATURE,
    say: "The band was big in the '90s.",
    expr: "the '90s",
    type: 'DATE',
    value: '199',
  },
  {
    what: 'an apostrophe before a percentage is no year',
    anchor: TV,
    say: "Turnout was '45 percent', the clerk wrote.",
    expr: "'45",
    value: null,
  },
  {
    what: '"a quarter of the workforce" stays unmarked, "the third quarter" a quarter',
    anchor: FEATURE,
    say: 'A quarter of the workforce was laid off in the third quarter.',
    expr: 'the third quarter',
    type: 'DATE',
    value: '1998-Q3',
  },
  {
    what: '"its quarter-century low": an adjective of a record, unmarked',
    anchor: FEATURE,
    say: 'The jobless rate stayed just above its quarter-century low.',
    expr: 'quarter-century',
    value: null,
  },
  {
    what: 'a batsman\'s "half century" is no fifty years',
    anchor: FEATURE,
    say: 'Silva hit a half century off 40 balls.',
    expr: 'half century',
    value: null,
  },
  {
    what: '"the 2000s" stays a decade',
    anchor: FEATURE,
    say: 'Demand will keep growing well into the 2000s.',
    expr: 'the 2000s',
    type: 'DATE',
    value: '200',
  },
  {
    what: '"the winter of 1998" as before',
    anchor: FEATURE,
    say: 'The lake froze in the winter of 1998.',
    expr: 'the winter of 1998',
    type: 'DATE',
    value: '1998-WI',
  },
  {
    what: 'a lower-case "election day" abroad is no US holiday',
    anchor: FEATURE,
    say: 'On election day in Israel, turnout was high.',
    expr: 'election day',
    value: null,
  },
  {
    what: '"the Labor Party" is no day',
    anchor: FEATURE,
    say: 'The Labor Party won the vote.',
    expr: 'Labor',
    value: null,
  },
  {
    what: '"Thanksgiving" as before',
    anchor: FEATURE,
    say: 'The family will gather at the farm for Thanksgiving.',
    expr: 'Thanksgiving',
    type: 'DATE',
    value: '1998-11-26',
  },
  {
    what: 'a past verb of schedule before a bare month still looks back',
    anchor: FEATURE,
    say: 'The show began in January.',
    expr: 'January',
    type: 'DATE',
    value: '1998-01',
  },
  {
    what: '"a budget vote in May" (a noun) keeps the clause\'s past',
    anchor: FEATURE,
    say: 'The party propped up the government in a budget vote in May.',
    expr: 'May',
    type: 'DATE',
    value: '1998-05',
  },
  {
    what: '"just a minute" inside a clause stays a duration',
    anchor: TV,
    say: 'It took just a minute to fill out the form.',
    expr: 'a minute',
    type: 'DURATION',
    value: 'PT1M',
  },
  {
    what: 'a spelt count with a hyphen is no clock time',
    anchor: TV,
    say: 'She scored forty-five points in the final.',
    expr: 'forty-five',
    value: null,
  },
  {
    what: '"in two thousand cases" is a count',
    anchor: TV,
    say: 'In two thousand cases, the drug failed.',
    expr: 'two thousand',
    value: null,
  },
  {
    what: '"the year two thousand" as before',
    anchor: TV,
    say: 'Many computers may fail in the year two thousand.',
    expr: 'the year two thousand',
    type: 'DATE',
    value: '2000',
  },
];

function check(c: Case): void {
  const got = timesIn(c.say, c.anchor);
  const at = c.say.indexOf(c.expr);
  assert.ok(at >= 0, `"${c.expr}" is not in the sentence`);
  if (c.value === null) {
    const hit = got.find((t) => t.start < at + c.expr.length && t.end > at);
    assert.equal(hit, undefined, `${c.what}: "${hit?.text}" ${hit?.value}`);
    return;
  }
  const t = got.find((x) => x.text === c.expr);
  assert.ok(t, `${c.what}: "${c.expr}" not found in ${JSON.stringify(got.map((x) => x.text))}`);
  assert.equal(t.value, c.value, c.what);
  if (c.type) assert.equal(t.type, c.type, c.what);
  if (c.mod !== undefined) assert.equal(t.mod ?? '', c.mod, c.what);
}

describe('times, tenth round (invented transcript and feature sentences)', () => {
  for (const c of CASES) it(c.what, () => check(c));
  for (const c of KEEP) it(`kept: ${c.what}`, () => check(c));
});
