/**
 * Seventeenth round, from an audit of the layer on wire copy in capitals with 24-hour clock times (MUC-4's
 * translated radio and agency reports, anchored on their datelines) and on lower-case news: four digits after "at"
 * are a clock time when what stands around them says so ("at 2015 local time", "at 0430 this morning", "on 10
 * January at 1030,"), a day right before or after a clock time joins it in capitals too ("AT 0330 ON 25 MARCH"),
 * and a reporting tag that opens a quotation (", the admiral said: ...") speaks for its clause only when the clause
 * has no cue of its own. From lower-cased news (the India police events texts): a text written all in lower case
 * has its weekdays and months read ("on tuesday", "march 15", "in may"). And a clock time before "this morning" is
 * on the anchor's day; a place or group named after a date ("9 October Avenue", "the 19 April Movement") is a name.
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeRound, type TimeCase, timesIn } from './testing.js';

/** Friday 9 March 1990; Sunday 12 November 1989. */
const FRI = '1990-03-09';
const SUN = '1989-11-12';
/** The opening of an invented lower-cased story (a few sentences, so that the text reads as lower-cased). */
const LOWER =
  'this story is from the city desk. the state government on friday said calm had returned. shops opened and buses ran. ';

const CASES: TimeCase[] = [
  {
    what: 'four digits and "local time" after "at" are a clock time, not a year',
    anchor: FRI,
    say: 'The depot caught fire at 2015 local time and burned for hours.',
    expr: '2015 local time',
    value: '1990-03-09T20:15',
    type: 'TIME',
  },
  {
    what: 'a 24-hour time before "this morning" is one expression on the anchor day',
    anchor: FRI,
    say: 'TWO HOSTAGES WERE FREED AT 0545 THIS MORNING NEAR THE RIVER PORT.',
    expr: '0545 THIS MORNING',
    value: '1990-03-09T05:45',
  },
  {
    what: 'a 24-hour time before "last night" is on the day before',
    anchor: FRI,
    say: 'The shelling, which began at 2140 last night, stopped before dawn.',
    expr: '2140 last night',
    value: '1990-03-08T21:40',
  },
  {
    what: 'a 24-hour time before "on" and a weekday is on that day',
    anchor: SUN,
    say: 'REBEL UNITS RAIDED THE BARRACKS AT 1900 ON FRIDAY, THE ARMY SAID.',
    expr: '1900 ON FRIDAY',
    value: '1989-11-10T19:00',
  },
  {
    what: 'a 24-hour time before its zone conversion in brackets',
    anchor: SUN,
    say: 'The convoy left the capital at 1745 (2345 GMT) under heavy escort.',
    expr: '1745',
    value: '1989-11-12T17:45',
  },
  {
    what: 'a 24-hour time after "on", a day and month and "at" is on that day (capitals)',
    anchor: SUN,
    say: 'ON 9 NOVEMBER AT 1620, A PATROL CLASHED WITH REBELS NEAR THE DAM.',
    expr: '1620',
    value: '1989-11-09T16:20',
  },
  {
    what: 'a 24-hour time after a weekday, a day and month and "at" that would read as a year',
    anchor: SUN,
    say: 'The new judges will take office on Tuesday, 14 November, at 1800.',
    expr: '1800',
    value: '1989-11-14T18:00',
    type: 'TIME',
  },
  {
    what: 'a 24-hour time with a leading zero after "at" needs nothing more',
    anchor: SUN,
    say: 'A STUDENT WAS HURT THIS MORNING AT 0815. THE POLICE GAVE NO NAME.',
    expr: '0815',
    value: '1989-11-12T08:15',
  },
  {
    what: 'a 24-hour morning time before "tonight", as translated copy writes it, is the evening hour',
    anchor: SUN,
    say: 'THE CURFEW RUNS FROM 0900 TONIGHT UNTIL 0500 TOMORROW.',
    expr: '0900 TONIGHT',
    value: '1989-11-12T21:00',
  },
  {
    what: 'a zone clock time before "ON" and a day and month in capitals is on that day',
    anchor: SUN,
    say: 'THE STATION BROADCAST ITS BULLETIN AT 0100 GMT ON 10 NOVEMBER.',
    expr: '0100 GMT',
    value: '1989-11-10T01:00',
  },
  {
    what: 'an a.m. clock time after "ON", a day and month and "AT" in capitals is on that day',
    anchor: SUN,
    say: 'THE TRUCE BEGAN ON 28 OCTOBER AT 6 A.M. ALONG THE WHOLE FRONT.',
    expr: '6 A.M.',
    value: '1989-10-28T06:00',
  },
  {
    what: 'a tag that opens a quotation (", he said:") does not outweigh the clause\'s own "will"',
    anchor: FRI,
    say: 'Asked whether the envoys will salute the retiring commander of the northern army on Saturday, the general said: "Some will."',
    expr: 'Saturday',
    value: '1990-03-10',
  },
  {
    what: "a lower-cased text's weekday is found and read by its tense",
    anchor: FRI,
    say:
      LOWER +
      'the district collector on tuesday ordered the markets shut. traders protested in the afternoon.',
    expr: 'tuesday',
    value: '1990-03-06',
  },
  {
    what: 'a lower-cased text\'s month and day ("march 15"), and its "march" the verb left alone',
    anchor: FRI,
    say: LOWER + 'students will march to the assembly on march 15. the rally has been called off twice.',
    expr: 'march 15',
    value: '1990-03-15',
  },
  {
    what: 'a lower-cased text\'s month after "in"',
    anchor: FRI,
    say:
      LOWER +
      'the two parties will contest the civic polls together in may, the leaders said. talks went on late.',
    expr: 'may',
    value: '1990-05',
  },
  {
    what: 'a clock time right before "this morning" is on the anchor day, not on a weekday named before it',
    anchor: FRI,
    say: 'Police made arrests on Tuesday. The curfew was lifted at 7 a.m. this morning.',
    expr: '7 a.m.',
    value: '1990-03-09T07:00',
  },
  {
    what: 'the end of a range whose start has "this morning" after it is on the same day',
    anchor: FRI,
    say: 'Police made arrests on Tuesday. The curfew was eased from 6 a.m. this morning to 9 p.m., officials said.',
    expr: '9 p.m.',
    value: '1990-03-09T21:00',
  },
  {
    what: 'a date followed by a street named after it is a name ("9 October Avenue")',
    anchor: FRI,
    say: 'Marchers gathered on 9 October Avenue before noon.',
    expr: '9 October',
    value: null,
  },
  {
    what: 'a group named after a day ("the 19 April Movement") names no date',
    anchor: FRI,
    say: 'Talks with the 19 April Movement resumed in the port.',
    expr: 'April',
    value: null,
  },
  {
    what: 'the end of a range after a four-digit start that can be no year ("from 0800 to 1500")',
    anchor: SUN,
    say: 'HE WAS QUESTIONED THIS MORNING FROM 0800 TO 1500 AT THE BARRACKS.',
    expr: '1500',
    value: '1989-11-12T15:00',
  },
  {
    what: 'a 24-hour time with a leading zero and no other time word near it is found',
    anchor: SUN,
    say: 'GUNMEN BLOCKED THE ROAD AT 0545 TO STOP A CONVOY OF TRUCKS.',
    expr: '0545',
    value: '1989-11-12T05:45',
  },
];

const KEEP: TimeCase[] = [
  {
    what: 'four digits after "at" with nothing around them stay a year',
    anchor: FRI,
    say: 'Wages were frozen at 1985 levels for the whole of the decade.',
    expr: '1985',
    value: '1985',
  },
  {
    what: 'a market level before "on" and a weekday is no clock time',
    anchor: FRI,
    say: 'The index closed at 2150 on Friday after a late rally.',
    expr: '2150',
    value: null,
  },
  {
    what: 'a year after "by" at a sentence start, after a weekday ending the last sentence, stays a year',
    anchor: FRI,
    say: 'Talks resumed on Friday. By 2010, the port had doubled in size.',
    expr: '2010',
    value: '2010',
  },
  {
    what: 'a 24-hour time with "hours" as before',
    anchor: FRI,
    say: 'Police sealed the square at 2200 hours.',
    expr: '2200 hours',
    value: '1990-03-09T22:00',
  },
  {
    what: 'in a lower-cased text "may" the modal stays a verb',
    anchor: FRI,
    say: LOWER + 'the police may seek more time from the court. the hearing went on for hours.',
    expr: 'may',
    value: null,
  },
  {
    what: 'an election named by its date stays a date',
    anchor: FRI,
    say: 'They voted in the 15 September elections.',
    expr: 'the 15 September',
    value: '1989-09-15',
  },
  {
    what: 'a range of years after "from" stays years ("from 2000 to 2015")',
    anchor: FRI,
    say: 'Output grew from 2000 to 2015 by half.',
    expr: '2015',
    value: '2015',
  },
  {
    what: 'years of the Middle Ages in a range are no clock times ("between 1202 and 1204")',
    anchor: FRI,
    say: 'The relic was lost in the siege, between 1202 and 1204, according to the chronicle.',
    expr: '1204',
    value: null,
  },
];

describeRound('times: seventeenth round (wire copy in capitals, 24-hour clock times)', CASES, KEEP);

describe('times: a range of clock times after a day without a year, with no anchor', () => {
  it('reads the end without a day instead of throwing', () => {
    const got = timesIn('The ferry crossed from 11:15 p.m. Sept. 3 to 5:45 a.m. in the spring.', null);
    assert.deepEqual(
      got.slice(0, 2).map((t) => [t.text, t.value]),
      [
        ['11:15 p.m. Sept. 3', 'XXXX-09-03T23:15'],
        ['5:45 a.m.', 'XXXX-XX-XXT05:45'],
      ],
    );
  });
});
