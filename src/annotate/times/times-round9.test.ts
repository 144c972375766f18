/**
 * Ninth round: invented wire and business sentences (1989 WSJ, 1998 AP, 2000 AQUAINT styles), each
 * case failing on the code before its change. Expressions are found by their text; `value: null`
 * means no time expression may overlap the text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timesIn } from './testing.js';
import type { TimeItem } from './types.js';

/** Thursday 26 October 1989 (a WSJ day), Thursday 12 February 1998 (AP), Friday 14 April 2000. */
const WSJ = '1989-10-26';
const AP = '1998-02-12';
const NYT = '2000-04-14';

const times = timesIn;

interface Case {
  /** Which convention the case checks. */
  what: string;
  anchor: string;
  say: string;
  expr: string;
  /** null: no expression overlaps `expr`. */
  value: string | null;
  type?: TimeItem['type'];
}

const CASES: Case[] = [
  {
    what: 'a year-like number before a plural unit is an amount of time',
    anchor: AP,
    say: 'The judge sentenced him to 1500 hours of community service.',
    expr: '1500 hours',
    type: 'DURATION',
    value: 'PT1500H',
  },
  {
    what: 'a year-like number before "years" is an amount',
    anchor: AP,
    say: 'The cave paintings survived for 2000 years.',
    expr: '2000 years',
    type: 'DURATION',
    value: 'P2000Y',
  },
  {
    what: 'a hyphenated "now-" adjective is no reference to the present',
    anchor: WSJ,
    say: 'The now-defunct savings bank owed creditors $400 million.',
    expr: 'now',
    value: null,
  },
  {
    what: '"a day care center" is no amount of time',
    anchor: WSJ,
    say: 'The company opened a day care center for its workers.',
    expr: 'a day',
    value: null,
  },
  {
    what: '"May" before a company word is a name',
    anchor: WSJ,
    say: 'Shares of May Department Stores rose 50 cents.',
    expr: 'May',
    value: null,
  },
  {
    what: 'a call for protests dates the protests, ahead',
    anchor: AP,
    say: 'The opposition called for protests on Saturday.',
    expr: 'Saturday',
    type: 'DATE',
    value: '1998-02-14',
  },
  {
    what: 'urging supporters to rally looks ahead',
    anchor: AP,
    say: 'Opposition leaders urged supporters to rally on Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '1998-02-15',
  },
  {
    what: 'a vow to march again looks ahead',
    anchor: NYT,
    say: 'Exile groups vowed to march again on Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2000-04-16',
  },
  {
    what: 'a strike announced for a weekday looks ahead',
    anchor: NYT,
    say: 'The union announced a general strike for Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '2000-04-17',
  },
  {
    what: 'a rule that takes effect in a month looks ahead',
    anchor: AP,
    say: 'The new import rule takes effect in July.',
    expr: 'July',
    type: 'DATE',
    value: '1998-07',
  },
  {
    what: 'a treaty that comes into force on a weekday looks ahead',
    anchor: AP,
    say: 'The treaty comes into force on Monday in most member states.',
    expr: 'Monday',
    type: 'DATE',
    value: '1998-02-16',
  },
  {
    what: 'a trial adjourned until a weekday resumes ahead',
    anchor: AP,
    say: 'The trial of the six officers was adjourned until Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '1998-02-16',
  },
  {
    what: 'a vote put off until a weekday is ahead',
    anchor: NYT,
    say: 'The council vote was put off until Tuesday, officials said.',
    expr: 'Tuesday',
    type: 'DATE',
    value: '2000-04-18',
  },
  {
    what: 'a hearing postponed to a month is ahead',
    anchor: AP,
    say: 'The hearing was postponed to November.',
    expr: 'November',
    type: 'DATE',
    value: '1998-11',
  },
  {
    what: '"the year-ago period" is one expression with its article, the year-ago quarter',
    anchor: WSJ,
    say: 'Third-quarter net fell to $4 million from $6 million in the year-ago period.',
    expr: 'the year-ago period',
    type: 'DATE',
    value: '1988-Q3',
  },
  {
    what: '"the previous quarter" is the one before the reported quarter',
    anchor: WSJ,
    say: 'Net rose 8% in the third quarter from the previous quarter.',
    expr: 'the previous quarter',
    type: 'DATE',
    value: '1989-Q2',
  },
  {
    what: 'a spelt day after its month, as a transcript writes it',
    anchor: AP,
    say: "March eighth is International Women's Day.",
    expr: 'March eighth',
    type: 'DATE',
    value: '1998-03-08',
  },
  {
    what: 'a spelt day with tens and a weekday before it',
    anchor: AP,
    say: 'The vote is now set for Monday, February twenty-third.',
    expr: 'Monday, February twenty-third',
    type: 'DATE',
    value: '1998-02-23',
  },
  {
    what: '"the fifth of March" is one date',
    anchor: AP,
    say: 'The deadline is the fifth of March.',
    expr: 'the fifth of March',
    type: 'DATE',
    value: '1998-03-05',
  },
  {
    what: '"high noon" is a showdown, no clock time',
    anchor: AP,
    say: 'For the ruling party, it is high noon.',
    expr: 'noon',
    value: null,
  },
  {
    what: '"burning the midnight oil" is an idiom',
    anchor: WSJ,
    say: 'Bankers were burning the midnight oil to finish the deal.',
    expr: 'midnight',
    value: null,
  },
  {
    what: '"the year 2010" is one expression, that year',
    anchor: AP,
    say: 'The agency hopes to wipe out the disease by the year 2010.',
    expr: 'the year 2010',
    type: 'DATE',
    value: '2010',
  },
  {
    what: '"the year 1620" in a past clause is that year, not the anchor\'s',
    anchor: WSJ,
    say: 'Settlers built the fort in the year 1620.',
    expr: 'the year 1620',
    type: 'DATE',
    value: '1620',
  },
  {
    what: '"the spring of next year" is one expression, next year\'s spring',
    anchor: AP,
    say: 'The election is set for the spring of next year.',
    expr: 'the spring of next year',
    type: 'DATE',
    value: '1999-SP',
  },
  {
    what: '"the summer of 1996" keeps its article after a verb',
    anchor: AP,
    say: 'He spent the summer of 1996 in Iraq.',
    expr: 'the summer of 1996',
    type: 'DATE',
    value: '1996-SU',
  },
  {
    what: '"Black Monday" is the crash of 19 October 1987, not last Monday',
    anchor: WSJ,
    say: 'Many traders have not forgotten Black Monday.',
    expr: 'Black Monday',
    type: 'DATE',
    value: '1987-10-19',
  },
  {
    what: 'asking someone to act by a weekday sets a deadline ahead',
    anchor: AP,
    say: 'The White House asked Congress to act by Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '1998-02-13',
  },
  {
    what: 'calling on both sides to respond by a weekday sets a deadline ahead',
    anchor: AP,
    say: 'The council called on both sides to respond by Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '1998-02-16',
  },
  {
    what: 'a clock time before "this morning" is one TIME',
    anchor: AP,
    say: 'The plane landed at 10:30 this morning.',
    expr: '10:30 this morning',
    type: 'TIME',
    value: '1998-02-12T10:30',
  },
  {
    what: 'a clock time before "yesterday afternoon" is in the afternoon of the day before',
    anchor: AP,
    say: 'The ferry sank at about 4:30 yesterday afternoon.',
    expr: '4:30 yesterday afternoon',
    type: 'TIME',
    value: '1998-02-11T16:30',
  },
  {
    what: '"at 8 tonight" is 20:00 on the anchor day',
    anchor: AP,
    say: 'The president will speak at 8 tonight.',
    expr: '8 tonight',
    type: 'TIME',
    value: '1998-02-12T20:00',
  },
  {
    what: '"The Sunday Times" is a newspaper, no date',
    anchor: AP,
    say: 'The Sunday Times reported the deal.',
    expr: 'Sunday',
    value: null,
  },
  {
    what: 'a present verb that is also a noun, after a name, looks ahead ("the Senate votes Tuesday")',
    anchor: AP,
    say: 'The Senate votes Tuesday on the measure.',
    expr: 'Tuesday',
    type: 'DATE',
    value: '1998-02-17',
  },
  {
    what: '"goes to the polls" before a weekday looks ahead',
    anchor: AP,
    say: 'Cyprus goes to the polls on Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '1998-02-15',
  },
  {
    what: '"heads to" before a weekday looks ahead',
    anchor: AP,
    say: 'Albright heads to Europe on Saturday.',
    expr: 'Saturday',
    type: 'DATE',
    value: '1998-02-14',
  },
  {
    what: '"Easter Sunday" ahead in a future clause is this year\'s Easter',
    anchor: NYT,
    say: 'The family will attend Mass on Easter Sunday.',
    expr: 'Easter Sunday',
    type: 'DATE',
    value: '2000-04-23',
  },
  {
    what: '"Good Friday" in a past clause is the last one',
    anchor: AP,
    say: 'Good Friday services were held across the city.',
    expr: 'Good Friday',
    type: 'DATE',
    value: '1997-03-28',
  },
  {
    what: '"Easter week" is the ISO week ending on Easter Sunday',
    anchor: '2000-04-18',
    say: 'Pilgrims filled the old city as Easter week began.',
    expr: 'Easter week',
    type: 'DATE',
    value: '2000-W16',
  },
  {
    what: 'a day of the month ending a sentence is no amount of a rate ("Jan. 5. A week later")',
    anchor: AP,
    say: 'The rebels attacked on Jan. 5. A week later, they withdrew.',
    expr: 'A week',
    type: 'DURATION',
    value: 'P1W',
  },
  {
    what: '"later this fall" is one expression, this fall',
    anchor: WSJ,
    say: 'The bill will be debated later this fall.',
    expr: 'later this fall',
    type: 'DATE',
    value: '1989-FA',
  },
  {
    what: 'a product named with a year is a title ("Windows 2000")',
    anchor: NYT,
    say: 'Microsoft will ship Windows 2000 to stores.',
    expr: '2000',
    value: null,
  },
  {
    what: 'a tournament named with a year is a title ("Euro 2004")',
    anchor: AP,
    say: 'The Euro 2004 champions lost at home.',
    expr: '2004',
    value: null,
  },
  {
    what: 'a street number is an address ("1600 Pennsylvania Avenue")',
    anchor: AP,
    say: 'Protesters gathered outside 1600 Pennsylvania Avenue.',
    expr: '1600',
    value: null,
  },
  {
    what: 'a deadline given until a weekday for an act is ahead',
    anchor: AP,
    say: 'The United Nations was given until Saturday to respond.',
    expr: 'Saturday',
    type: 'DATE',
    value: '1998-02-14',
  },
  {
    what: 'a deadline with a clock time and a weekday, given for an act, is ahead',
    anchor: NYT,
    say: 'The agency has given the family until 2 p.m. Thursday to hand over the papers.',
    expr: '2 p.m. Thursday',
    type: 'TIME',
    value: '2000-04-20T14:00',
  },
  {
    what: '"every Friday night" recurs (was last Friday night)',
    anchor: AP,
    say: 'Protesters gather outside the embassy every Friday night.',
    expr: 'every Friday night',
    type: 'SET',
    value: 'XXXX-WXX-5TNI',
  },
  {
    what: '"each summer" recurs',
    anchor: AP,
    say: 'Each summer, the town fills with tourists.',
    expr: 'Each summer',
    type: 'SET',
    value: 'XXXX-SU',
  },
];

/** Sentences whose values the round's rules must leave as they were (the call's own date). */
const KEEP: Case[] = [
  {
    what: "the date right after the call verb is the call's",
    anchor: AP,
    say: 'Japan urged Russia on Friday to resume talks.',
    expr: 'Friday',
    type: 'DATE',
    value: '1998-02-06',
  },
  {
    what: 'a call for something other than an event keeps the clause tense',
    anchor: AP,
    say: 'The envoy called for calm on Tuesday.',
    expr: 'Tuesday',
    type: 'DATE',
    value: '1998-02-10',
  },
  {
    what: 'protests with no call before them keep the clause tense',
    anchor: AP,
    say: 'Police broke up protests on Saturday.',
    expr: 'Saturday',
    type: 'DATE',
    value: '1998-02-07',
  },
  {
    what: 'a rule that took effect stays in the past',
    anchor: AP,
    say: 'The new import rule took effect in January.',
    expr: 'January',
    type: 'DATE',
    value: '1998-01',
  },
  {
    what: 'talks that went on until a weekday stay in the past',
    anchor: AP,
    say: 'The talks went on until Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '1998-02-09',
  },
  {
    what: '"last quarter" stays the one before the anchor\'s',
    anchor: WSJ,
    say: 'Net rose 8% last quarter.',
    expr: 'last quarter',
    type: 'DATE',
    value: '1989-Q3',
  },
  {
    what: 'an ordinal before a noun after a month is no day ("In June first lady …")',
    anchor: AP,
    say: 'In June first lady Hillary Clinton visited Ghana.',
    expr: 'June',
    type: 'DATE',
    value: '1997-06',
  },
  {
    what: '"noon Saturday" stays a clock time',
    anchor: AP,
    say: 'Talks broke off at noon Saturday.',
    expr: 'noon Saturday',
    type: 'TIME',
    value: '1998-02-07T12:00',
  },
  {
    what: 'a black Monday in lower case is a weekday',
    anchor: WSJ,
    say: 'It was a black day for the bank on Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '1989-10-23',
  },
  {
    what: 'asking with a plain date (no deadline) keeps the past',
    anchor: AP,
    say: 'He asked the court to rule on Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '1998-02-09',
  },
  {
    what: 'a number before "this afternoon" with no preposition is no clock time',
    anchor: AP,
    say: 'The home side led 3 this afternoon.',
    expr: 'this afternoon',
    type: 'TIME',
    value: '1998-02-12TAF',
  },
  {
    what: 'a weekday before a lower-case noun stays a date',
    anchor: AP,
    say: 'The Sunday times of the service were changed.',
    expr: 'Sunday',
    type: 'DATE',
    value: '1998-02-08',
  },
  {
    what: 'the noun after a determiner is no present verb ("the votes")',
    anchor: AP,
    say: 'Officials counted the votes Tuesday.',
    expr: 'Tuesday',
    type: 'DATE',
    value: '1998-02-10',
  },
  {
    what: 'a surname "Easter" after a first name is no holiday',
    anchor: AP,
    say: 'Jermaine Easter scored the winning goal.',
    expr: 'Easter',
    value: null,
  },
  {
    what: 'an amount before "a week" stays a rate',
    anchor: AP,
    say: 'The ferry makes 5 trips a week.',
    expr: 'a week',
    value: null,
  },
  {
    what: 'a year after a lower-case "windows" stays a year',
    anchor: AP,
    say: 'The shop installed new windows in 1996.',
    expr: '1996',
    type: 'DATE',
    value: '1996',
  },
  {
    what: 'a year before a street word in lower case stays a year',
    anchor: AP,
    say: 'In 1996 Main Street was rebuilt.',
    expr: '1996',
    type: 'DATE',
    value: '1996',
  },
  {
    what: "a month-and-day deadline long past keeps the clause's tense",
    anchor: AP,
    say: 'The resolution gave Iraq until Oct. 31 to comply.',
    expr: 'Oct. 31',
    type: 'DATE',
    value: '1997-10-31',
  },
  {
    what: 'a year before a singular unit stays a year',
    anchor: WSJ,
    say: 'Profit fell from the 1988 quarter.',
    expr: 'the 1988 quarter',
    type: 'DATE',
    value: '1988-Q3',
  },
  {
    what: '"now" on its own stays the present',
    anchor: WSJ,
    say: 'The bank is now owned by its creditors.',
    expr: 'now',
    type: 'DATE',
    value: 'PRESENT_REF',
  },
];

function check(c: Case): void {
  const got = times(c.say, c.anchor);
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
}

describe('times, ninth round (invented sentences)', () => {
  for (const c of CASES) it(c.what, () => check(c));
  for (const c of KEEP) it(`kept: ${c.what}`, () => check(c));
});
