/**
 * Sixteenth round, from an audit of the layer on news headlines: a headline in title case or capitals reads its
 * clause as running text does ("Ferry Service To Resume Friday" is an infinitive, "This Week" a time, not a
 * title's words); a headline's subject in quotes; "this weekend" in a past clause on a weekday is the one just
 * gone; a wire's "0630 AEDT"; ranges of clock times that write their half of the day once ("10:30-11:30am");
 * bare plural units after verbs of a span of time ("could take weeks", "may last days"); a quoted title that
 * runs on past a time word ("'Saturday Night Live'").
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../tokens/tokenizer.js';
import { isTitleCase } from './find.js';
import { describeRound, type TimeCase } from './testing.js';

/** Tuesday 19 March 2024; Wednesday 20 March 2024. */
const TUE = '2024-03-19';
const WED = '2024-03-20';

const CASES: TimeCase[] = [
  {
    what: 'a title-case headline\'s infinitive looks ahead ("To Resume Friday")',
    anchor: WED,
    say: 'Harbor Ferry Service To Resume Friday After Storm Repairs',
    expr: 'Friday',
    value: '2024-03-22',
  },
  {
    what: "a title-case headline's infinitive looks ahead to a bare month",
    anchor: TUE,
    say: 'Union Leaders To Meet Rail Bosses In June Over Pay Freeze',
    expr: 'June',
    value: '2024-06',
  },
  {
    what: 'a headline in capitals reads its infinitive too',
    anchor: TUE,
    say: 'HILLTOWN COUNCIL TO DECIDE ON THE BYPASS ON FRIDAY',
    expr: 'FRIDAY',
    value: '2024-03-22',
  },
  {
    what: "a headline's subject in quotes before its infinitive",
    anchor: WED,
    say: "'Starlight Harbour' sequel to launch in cinemas Friday",
    expr: 'Friday',
    value: '2024-03-22',
  },
  {
    what: 'a title-case headline with its subject in quotes',
    anchor: WED,
    say: "'Starlight Harbour' Sequel To Launch In Cinemas Friday",
    expr: 'Friday',
    value: '2024-03-22',
  },
  {
    what: '"This Week" inside a title-case headline is a time, not a title\'s words',
    anchor: TUE,
    say: 'Copper Prices Slide This Week On Weak Factory Orders',
    expr: 'This Week',
    value: '2024-W12',
  },
  {
    what: '"Last Night" inside a title-case headline',
    anchor: TUE,
    say: 'Why The Grid Failed Across Three Counties Last Night',
    expr: 'Last Night',
    value: '2024-03-18TNI',
  },
  {
    what: '"this weekend" in a past clause on a weekday is the weekend just gone',
    anchor: TUE,
    say: 'Volunteers cleared the riverbank of litter this weekend.',
    expr: 'this weekend',
    value: '2024-W11-WE',
  },
  {
    what: "a wire's four-digit clock time with a zone other than GMT",
    anchor: TUE,
    say: 'Shares in Sydney opened at 1015 AEDT on Wednesday.',
    expr: '1015 AEDT on Wednesday',
    value: '2024-03-13T10:15',
  },
  {
    what: 'the start of a range of clock times that writes its half of the day once',
    anchor: TUE,
    say: 'The free clinic is open 10:30-11:30am on Friday.',
    expr: '10:30',
    value: '2024-03-22T10:30',
  },
  {
    what: 'the end of a range right after a bare start ("11:30am")',
    anchor: TUE,
    say: 'The free clinic is open 10:30-11:30am on Friday.',
    expr: '11:30am on Friday',
    value: '2024-03-22T11:30',
  },
  {
    what: 'a range start later on the clock than its afternoon end is in the morning',
    anchor: TUE,
    say: 'Soup is served 11-1pm in the church hall.',
    expr: '11',
    value: '2024-03-19T11:00',
    type: 'TIME',
  },
  {
    what: 'a range start takes the afternoon of its end',
    anchor: TUE,
    say: 'The library closes 2–4 p.m. for the staff meeting.',
    expr: '2',
    value: '2024-03-19T14:00',
  },
  {
    what: 'a range after a day: its start keeps the day, its end follows the start',
    anchor: TUE,
    say: 'Book club: Thursday March 21 12:30-1:30PM, upstairs.',
    expr: '1:30PM',
    value: '2024-03-21T13:30',
  },
  {
    what: 'a range after a day with "from" runs overnight into the next day',
    anchor: TUE,
    say: 'The bridge is closed on Saturday, March 23 from 10 p.m. to 5 a.m. for repairs.',
    expr: '5 a.m.',
    value: '2024-03-24T05:00',
  },
  {
    what: '"last" after a modal is the verb: the span is the bare unit\'s',
    anchor: TUE,
    say: 'Engineers warned the outage could last days.',
    expr: 'days',
    value: 'PXD',
    type: 'DURATION',
  },
  {
    what: 'a bare plural unit after a verb of a span of time ("take weeks")',
    anchor: TUE,
    say: 'Clearing the flooded tunnel will take weeks, the operator said.',
    expr: 'weeks',
    value: 'PXW',
  },
  {
    what: 'a bare plural unit after "spent"',
    anchor: TUE,
    say: 'The two climbers spent hours on the ledge before help came.',
    expr: 'hours',
    value: 'PTXH',
  },
  {
    what: 'a quoted title that runs on past a weekday and part of the day is a name (in a title-case headline too)',
    anchor: TUE,
    say: "Comedian Hosts 'Sunday Night Jamboree' For The First Time",
    expr: 'Sunday Night',
    value: null,
  },
];

const KEEP: TimeCase[] = [
  {
    what: 'a year that opens a quoted name still dates it',
    anchor: TUE,
    say: 'Crowds filled the square for the ‘2023 Riverside Lantern Parade’ last autumn.',
    expr: '2023',
    value: '2023',
  },
  {
    what: 'a quote that opens with a time word is no title when the quote goes on in lower case',
    anchor: TUE,
    say: '"Tomorrow Hilltown votes on the bypass," the mayor said.',
    expr: 'Tomorrow',
    value: '2024-03-20',
  },
  {
    what: '"the last days" keeps its determiner and "last"',
    anchor: TUE,
    say: 'In the last days of the campaign, both sides spoke of jobs.',
    expr: 'the last days',
    value: 'PXD',
  },
  {
    what: 'a year before a two-letter abbreviation is no clock time',
    anchor: TUE,
    say: 'In 2020 PT Harapan Baru listed its shares.',
    expr: '2020',
    value: '2020',
  },
  {
    what: "a number after a model number's hyphen is no range end",
    anchor: TUE,
    say: 'The 737-8 am flight was cancelled.',
    expr: '8 am',
    value: null,
  },
  {
    what: 'a range of scores is no range of clock times',
    anchor: TUE,
    say: 'The home side led 2-1 at half time.',
    expr: '2-1',
    value: null,
  },
  {
    what: '"this weekend" in a future clause is the coming one',
    anchor: TUE,
    say: 'The spring fair will open its gates this weekend.',
    expr: 'this weekend',
    value: '2024-W12-WE',
  },
  {
    what: '"this weekend" with no tense cue on a weekday is the coming one',
    anchor: TUE,
    say: 'Large crowds are expected at the spring fair this weekend.',
    expr: 'this weekend',
    value: '2024-W12-WE',
  },
  {
    what: "a programme's name in running text stays no time",
    anchor: TUE,
    say: "She was interviewed on Channel 4's 60 Minutes last year.",
    expr: '60 Minutes',
    value: null,
  },
  {
    what: 'a past verb in a title-case headline still looks back',
    anchor: WED,
    say: 'Storm Knocked Out Power To Thousands On Monday',
    expr: 'Monday',
    value: '2024-03-18',
  },
];

describeRound('times: sixteenth round (headlines)', CASES, KEEP);

describe('times: which sentences are headlines in title case', () => {
  const cases: Array<[string, boolean]> = [
    ['Harbor Ferry Service To Resume Friday After Storm Repairs', true],
    ['HILLTOWN COUNCIL TO DECIDE ON THE BYPASS ON FRIDAY', true],
    ['Apple To Unveil iPads This Week', true],
    ['The ferry service will resume on Friday after repairs to the pier.', false],
    // (Too few long words to tell: a name may be all of them.)
    ['Go Now', false],
    ['This is Harbour Radio Tonight.', false],
    ['Talks with Mayor Anne Holt and Deputy Mayor Omar Reyes ended early.', false],
  ];
  for (const [text, want] of cases)
    it(`${want ? 'title case' : 'running text'}: ${text}`, () => {
      const tokens = tokenize(text);
      assert.equal(isTitleCase(tokens, 0, tokens.length), want);
    });
});
