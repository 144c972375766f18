/**
 * Twenty-fifth round, from random samples of bare months and days without a year in the unlabeled corpora, read
 * in context, and probes written for what they showed:
 * - a clause fronted before the main one ("Asked whether she would …, the senator said", "While the minister will
 *   not …, aides said") has its own tense: once a cue of its own is found, the main clause's verbs after its comma
 *   are not read;
 * - a date set off by commas ("Her next recital, on June 3, drew …") interrupts its clause, whose verb follows:
 *   the closing comma weighs nothing against it;
 * - a bare month that dates a vote ("the November election", "November's municipal election", "up for
 *   re-election in November") is the nearest such month when nothing else says, and in a future clause the next
 *   one, as a vote's day is read by its schedule;
 * - an -ed word right after a preposition, or a gerund a preposition or an auxiliary leads, is an adjective ("cut
 *   down on delayed trains", "help in meeting increased demand"), no past verb;
 * - after the date, a comma, "and" and a subject pronoun open a clause of its own (", and she then repeated …");
 * - a reporting tag may close with its own day (", a spokesman said Monday."): still a tag, weighed as one;
 * - "daily" that ends a noun phrase after "the"/"a" and words of the press or a newspaper's name ("told the daily.",
 *   "a leading business daily,", "the Morning Lantern daily"), or after a name before a verb of reporting, is a
 *   newspaper, no recurrence;
 * - "MAY" after "AND"/"OR" and before "WELL", "BE", "NOT", "GOD" … is the modal in a text set in capitals;
 * - "quarters" after "from several", "in some", "among many" … are sections of opinion, no span of time.
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Tuesday 22 October 2019. */
const TUE = '2019-10-22';
/** Wednesday 12 June 2019. */
const JUNE = '2019-06-12';
/** Sunday 20 January 2019. */
const JAN = '2019-01-20';

const CASES: TimeCase[] = [
  {
    what: 'a modal in a fronted "asked whether" clause, against the main verb after its comma',
    anchor: TUE,
    say: "Asked whether she would stand for the party's nomination in the primary on May 12, the senator said she had not decided.",
    expr: 'May 12',
    value: '2020-05-12',
  },
  {
    what: 'a future in a fronted "while" clause, against a past after its comma',
    anchor: TUE,
    say: 'While the minister will not attend the summit in the capital this Friday, aides said he had sent a deputy.',
    expr: 'this Friday',
    value: '2019-10-25',
  },
  {
    what: 'a day set off by commas: the verb after the closing comma is its clause',
    anchor: TUE,
    say: 'Her next recital, on June 3, drew a crowd of four hundred.',
    expr: 'June 3',
    value: '2019-06-03',
  },
  {
    what: 'a month set off by commas',
    anchor: TUE,
    say: 'His next rally, in June, was held in a half-empty arena.',
    expr: 'June',
    value: '2019-06',
  },
  {
    what: 'a month after "re-election in" with no tense cue: the nearest',
    anchor: JUNE,
    say: 'With a crowded field ahead, the governor stands for re-election in November.',
    expr: 'November',
    value: '2019-11',
  },
  {
    what: 'a month before a plural vote noun with no tense cue: the nearest',
    anchor: JUNE,
    say: 'Turnout in the November council elections is hard to predict.',
    expr: 'November',
    value: '2019-11',
  },
  {
    what: "a vote's month in a future clause: the next one",
    anchor: JAN,
    say: 'Organisers will recruit observers for the November presidential election.',
    expr: 'November',
    value: '2019-11',
  },
  {
    what: 'an -ed adjective after a gerund is no past verb',
    anchor: TUE,
    say: 'The new turbines will help in meeting increased demand for heating in the winter.',
    expr: 'the winter',
    value: '2019-WI',
  },
  {
    what: 'an -ed adjective after a preposition is no past verb',
    anchor: TUE,
    say: 'The new timetable will cut down on delayed trains in the spring.',
    expr: 'the spring',
    value: '2020-SP',
  },
  {
    what: 'a comma, "and" and a subject pronoun open a clause of their own after the date',
    anchor: TUE,
    say: 'The minister said he expected local police would take charge of the harbour district in the north of the region in the spring, and she then repeated her warning.',
    expr: 'the spring',
    value: '2020-SP',
  },
  {
    what: 'a reporting tag that closes with its own day is a tag',
    anchor: TUE,
    say: 'The envoy is scheduled to present her report on the dispute to the full council on Thursday, a spokesman for the mission said Monday.',
    expr: 'Thursday',
    value: '2019-10-24',
  },
  {
    what: 'a newspaper "daily" after "told the" is no recurrence',
    anchor: TUE,
    say: '"We have no plans to sell," the founder told the daily.',
    expr: 'daily',
    value: null,
  },
  {
    what: 'a newspaper "daily" after words of the press',
    anchor: TUE,
    say: 'The figures were first printed in a leading business daily, officials said.',
    expr: 'daily',
    value: null,
  },
  {
    what: 'a named newspaper "daily" before a verb of reporting',
    anchor: TUE,
    say: 'Borvian Vesti daily reported on Sunday that the port would close.',
    expr: 'daily',
    value: null,
  },
  {
    what: 'a named newspaper "daily" after "the"',
    anchor: TUE,
    say: 'The mayor gave an interview to the Morning Lantern daily.',
    expr: 'daily',
    value: null,
  },
  {
    what: 'the modal "MAY" after "AND" in a text set in capitals',
    anchor: TUE,
    say: 'THE FRONT HAS GROWN QUICKLY AND MAY WELL SPLIT BEFORE THE VOTE.',
    expr: 'MAY',
    value: null,
  },
  {
    what: 'the modal "MAY" after "OR" in a text set in capitals',
    anchor: TUE,
    say: 'THE TALKS MAY OR MAY NOT RESUME.',
    expr: 'OR MAY',
    value: null,
  },
  {
    what: '"from several quarters" are sections of opinion',
    anchor: TUE,
    say: 'The budget drew fire from several quarters within the coalition.',
    expr: 'several quarters',
    value: null,
  },
  {
    what: '"in some quarters" are sections of opinion',
    anchor: TUE,
    say: 'The merger was greeted with alarm in some quarters.',
    expr: 'some quarters',
    value: null,
  },
];

const KEEP: TimeCase[] = [
  {
    what: '"May" before "also" in running text stays a month',
    anchor: TUE,
    say: 'Ticket sales in May also rose.',
    expr: 'May',
    value: '2019-05',
  },
  {
    what: 'a gerund after a determiner may be the subject of a past verb',
    anchor: TUE,
    say: 'The shelling stopped on Monday and talks will resume.',
    expr: 'Monday',
    value: '2019-10-21',
  },
  {
    what: '"for several quarters" is a span of time',
    anchor: TUE,
    say: 'Margins have narrowed for several quarters.',
    expr: 'several quarters',
    value: 'PXQ',
  },
  {
    what: '"in several quarters" after a figure is a span of time',
    anchor: TUE,
    say: 'Exports fell in several quarters of the year.',
    expr: 'several quarters',
    value: 'PXQ',
  },
  {
    what: 'the month after "and" in capitals',
    anchor: TUE,
    say: 'THE STRIKES CONTINUED THROUGH APRIL AND MAY.',
    expr: 'MAY',
    value: '2019-05',
  },
  {
    what: '"daily" after a verb and before a stop recurs',
    anchor: TUE,
    say: 'The ferry to the island runs daily.',
    expr: 'daily',
    value: 'P1D',
  },
  {
    what: '"daily" after a noun and before a stop recurs',
    anchor: TUE,
    say: 'Hundreds of pilgrims reach the shrine daily.',
    expr: 'daily',
    value: 'P1D',
  },
  {
    what: 'a past verb before the date and a tag with its own day',
    anchor: TUE,
    say: 'The envoy presented her final report on the border dispute to the council on Friday, a spokesman for the mission said Monday.',
    expr: 'Friday',
    value: '2019-10-18',
  },
  {
    what: 'an -ed verb after its subject stays past',
    anchor: TUE,
    say: 'The company reported improved margins in June.',
    expr: 'June',
    value: '2019-06',
  },
  {
    what: '"having" and an -ed word are a past participle',
    anchor: TUE,
    say: 'Having closed the mine on Monday, the owners will meet the unions.',
    expr: 'Monday',
    value: '2019-10-21',
  },
  {
    what: 'a day set off by commas before a verb of moving it: ahead',
    anchor: TUE,
    say: 'The next hearing, on Nov. 15, was moved to a larger room.',
    expr: 'Nov. 15',
    value: '2019-11-15',
  },
  {
    what: 'a fronted "asked about" clause without a cue of its own takes the main verb',
    anchor: TUE,
    say: 'Asked about the fire on Saturday, the mayor said the cause was unknown.',
    expr: 'Saturday',
    value: '2019-10-19',
  },
  {
    what: 'a fronted "asked" clause dated by its own day',
    anchor: TUE,
    say: 'Asked on Sunday whether talks would resume, the envoy declined to comment.',
    expr: 'Sunday',
    value: '2019-10-20',
  },
  {
    what: "a vote's month in a past clause stays behind",
    anchor: JUNE,
    say: 'Turnout in the February council elections was the lowest on record.',
    expr: 'February',
    value: '2019-02',
  },
  {
    what: "a vote's month after a past verb",
    anchor: JUNE,
    say: 'The mayor, who narrowly won the April runoff, named a new police chief.',
    expr: 'April',
    value: '2019-04',
  },
  {
    what: "a possessive vote's month after a past verb of the clause",
    anchor: JUNE,
    say: "Volunteers knocked on doors across the county ahead of November's municipal election.",
    expr: 'November',
    value: '2019-11',
  },
  {
    what: "a vote's month counted in a past clause, months back",
    anchor: JAN,
    say: 'Observers counted the ballots from the November presidential election for a week.',
    expr: 'November',
    value: '2018-11',
  },
  {
    what: 'a bare month of no vote keeps leaning back',
    anchor: JAN,
    say: 'Shops reported strong sales in December.',
    expr: 'December',
    value: '2018-12',
  },
];

describeRound('times, twenty-fifth round', CASES, KEEP);
