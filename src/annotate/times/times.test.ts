import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, type Dateline } from '../../doc/doc.js';
import { buildPipeline, runPipeline } from '../annotator.js';
import { annotatorContract, docOf } from '../contract.js';
import { tokenize } from '../tokens/tokenizer.js';
import { fmtWeek, isoWeekday, shiftedValue } from './calendar.js';
import { scanWindows, TRIGGER_WORDS, triggerOf } from './find.js';
import { todayUtc } from './anchor.js';
import { fixtureKb } from '../../link/fixture.js';
import { inferYear, resolveAnchor, timeTagger, type TimeItem } from './index.js';
import { C, durationValue, gateAnywhere, numberOf, PATTERNS } from './patterns.js';
import { timesIn } from './testing.js';

/** The anchor of most cases: Tuesday 17 November 2015 (ISO week 2015-W47). */
const A = '2015-11-17';

const times = (text: string, anchor: string | null = A): Array<TimeItem & { text: string }> =>
  timesIn(text, anchor);

interface Case {
  /** Which convention the case checks. */
  what: string;
  say: string;
  expr: string;
  type: TimeItem['type'];
  value: string;
  anchor?: string | null;
  mod?: string;
}

const CASES: Case[] = [
  // Explicit dates.
  {
    what: 'US date with year',
    say: 'The summit opened on Nov. 17, 2015, in Paris.',
    expr: 'Nov. 17, 2015',
    type: 'DATE',
    value: '2015-11-17',
  },
  {
    what: 'the following month counts from the last named date',
    say: 'The board met in March 2014. The following month, the company was put up for sale.',
    expr: 'The following month',
    type: 'DATE',
    value: '2014-04',
  },
  {
    what: 'the previous day counts from the last named date',
    say: 'The vote was on Oct. 12, and the previous day the markets fell.',
    expr: 'the previous day',
    type: 'DATE',
    value: '2015-10-11',
  },
  {
    what: 'the next morning is the day after the last named date',
    say: 'The ferry sank on Nov. 3, and divers reached it the next morning.',
    expr: 'the next morning',
    type: 'DATE',
    value: '2015-11-04',
  },
  {
    what: 'the previous night is the day before the last named date',
    say: 'Police said on Sunday that the fire had started the previous night.',
    expr: 'the previous night',
    type: 'DATE',
    value: '2015-11-14',
  },
  {
    what: 'the second day of a pair',
    say: 'The summit will be held on Dec. 3 and 4 in Rome.',
    expr: '4',
    type: 'DATE',
    value: '2015-12-04',
  },
  {
    what: 'day-month-year',
    say: 'She was born on 4 July 1976 in a small town.',
    expr: '4 July 1976',
    type: 'DATE',
    value: '1976-07-04',
  },
  {
    what: 'ISO date',
    say: 'The report is dated 2015-11-03.',
    expr: '2015-11-03',
    type: 'DATE',
    value: '2015-11-03',
  },
  {
    what: 'numeric US date',
    say: 'On 11/20/2015 the ban starts.',
    expr: '11/20/2015',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: 'month and year',
    say: 'The war in the region ended in May 1945.',
    expr: 'May 1945',
    type: 'DATE',
    value: '1945-05',
  },
  {
    what: 'weekday with date',
    say: 'The hearing is set for Tuesday, Nov. 24.',
    expr: 'Tuesday, Nov. 24',
    type: 'DATE',
    value: '2015-11-24',
  },
  {
    what: 'bare year',
    say: 'The treaty was signed in 1990 after long talks.',
    expr: '1990',
    type: 'DATE',
    value: '1990',
  },
  {
    what: 'fiscal year',
    say: 'Results for fiscal 2014 were weak.',
    expr: 'fiscal 2014',
    type: 'DATE',
    value: '2014',
  },
  {
    what: 'decade',
    say: 'The factory was built in the 1980s.',
    expr: 'the 1980s',
    type: 'DATE',
    value: '198',
  },

  {
    what: 'a capitalised time word opening a sentence is still a time',
    say: 'The talks failed. Now the rebels are regrouping.',
    expr: 'Now',
    type: 'DATE',
    value: 'PRESENT_REF',
  },
  {
    what: '"last" before a month and day dates the day',
    say: 'The shop was robbed last Sept. 14 after closing.',
    expr: 'Sept. 14',
    type: 'DATE',
    value: '2015-09-14',
  },
  {
    what: 'a month of this year is one expression',
    say: 'The process began in February this year.',
    expr: 'February this year',
    type: 'DATE',
    value: '2015-02',
  },
  {
    what: 'a day of next year',
    say: 'They will join the alliance on April 4 next year.',
    expr: 'April 4 next year',
    type: 'DATE',
    value: '2016-04-04',
  },
  {
    what: 'decade in words',
    say: 'Crime fell steadily through the nineties.',
    expr: 'the nineties',
    type: 'DATE',
    value: '199',
  },
  {
    what: 'decade in words with a modifier',
    say: 'The band was formed in the early seventies.',
    expr: 'the early seventies',
    type: 'DATE',
    value: '197',
    mod: 'START',
  },
  {
    what: 'mid-year',
    say: 'The reactor was shut in mid-1990.',
    expr: 'mid-1990',
    type: 'DATE',
    value: '1990',
    mod: 'MID',
  },
  // Bare weekdays: past clause → on or before the anchor; future clause → the next one.
  {
    what: 'past weekday = anchor day',
    say: 'Police said the attack happened on Tuesday.',
    expr: 'Tuesday',
    type: 'DATE',
    value: '2015-11-17',
  },
  {
    what: 'past weekday before anchor',
    say: 'Police said the attack happened on Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: 'past weekday, verb after',
    say: 'On Friday, gunmen killed 129 people.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-13',
  },
  {
    what: 'future weekday',
    say: 'The minister will visit Moscow on Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a past auxiliary before a future cue looks ahead',
    say: 'A rally on Thursday was scheduled by the union.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a past auxiliary alone looks back',
    say: 'A rally on Thursday was cancelled by the union.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-12',
  },
  {
    what: 'a passive after "be" takes the modal\'s tense',
    say: 'The treaty will be formally signed on Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: '"set" alone is past ("a record set on May 10")',
    say: 'Traders will watch the record high set on May 10.',
    expr: 'May 10',
    type: 'DATE',
    value: '2015-05-10',
  },
  {
    what: '"set for" looks ahead',
    say: 'The vote is set for Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a present passive is not past ("elections are held on July 20")',
    say: 'The new rules will apply when elections are held on July 20.',
    expr: 'July 20',
    type: 'DATE',
    value: '2016-07-20',
  },
  {
    what: '"plan to" looks ahead',
    say: 'Unions plan to hold a rally Thursday in the capital.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: "a bare month three months ahead in a past clause is this year's",
    say: 'The party took power in March after a landslide.',
    expr: 'March',
    type: 'DATE',
    value: '2015-03',
    anchor: '2015-12-10',
  },
  {
    what: '"ahead of" an event looks forward',
    say: "Shares fell ahead of Thursday's vote on the budget.",
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a modal before a weekday looks forward',
    say: 'The team could drop to fifth place on Sunday if its rivals win.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-22',
  },
  {
    what: 'the month "May" is no modal',
    say: 'Talks between the two sides in May and June brought no deal.',
    expr: 'June',
    type: 'DATE',
    value: '2015-06',
  },
  {
    what: 'a modal after the date belongs to a later clause',
    say: 'Police closed the bridge on Saturday and drivers could be seen turning back.',
    expr: 'Saturday',
    type: 'DATE',
    value: '2015-11-14',
  },
  {
    what: '"is due to" looks forward',
    say: 'The envoy is due to deliver her report to the council on Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: 'a range of bare months runs forward: its start moves back a year',
    say: 'From January to October, exports rose 4 percent.',
    expr: 'January',
    type: 'DATE',
    value: '2015-01',
  },
  {
    what: 'a hyphenated range of months runs forward',
    say: 'Growth slowed in the January-September period.',
    expr: 'January',
    type: 'DATE',
    value: '2015-01',
  },
  {
    what: '"between … and" joins a range of months',
    say: 'Between January and October, the port handled more ships.',
    expr: 'January',
    type: 'DATE',
    value: '2015-01',
  },
  {
    what: 'a range already in order is left alone',
    say: 'The ferry will run from December to February.',
    expr: 'February',
    type: 'DATE',
    value: '2016-02',
  },
  {
    what: 'a verb of intent before the date looks ahead',
    say: 'The rebels pledged to reach the capital by June.',
    expr: 'June',
    type: 'DATE',
    value: '2016-06',
    anchor: '2015-12-10',
  },
  {
    what: 'a past verb of intent with a plain weekday dates the agreement itself',
    say: 'The two carriers agreed to merge on Wednesday.',
    expr: 'Wednesday',
    type: 'DATE',
    value: '2015-11-11',
  },
  {
    what: 'a past threat with a plain weekday dates the threat',
    say: 'The governor threatened to veto the budget on Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '2015-11-16',
  },
  {
    what: '"next to" is a place, no look ahead',
    say: 'A car bomb ripped through a hotel near the port and a school next to the ministry on Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-13',
  },
  {
    what: 'an -ed word after a noun is a participle, not the verb of the clause',
    say: 'The airline will add two flights by March to reach markets untouched by the slump.',
    expr: 'March',
    type: 'DATE',
    value: '2016-03',
  },
  {
    what: 'an -ed word after a determiner is an adjective, no past cue',
    say: 'The minister will tour the affected provinces on Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'an -ed word after a present linking verb is an adjective, no past cue',
    say: 'The border will stay closed until Saturday.',
    expr: 'Saturday',
    type: 'DATE',
    value: '2015-11-21',
  },
  {
    what: 'a bare clock time after a clock time with its day takes that day',
    say: 'Voting starts at 8 a.m. on Thursday and ends at 10 p.m.',
    expr: '10 p.m.',
    type: 'TIME',
    value: '2015-11-19T22:00',
  },
  {
    what: 'a denied expectation is no look ahead',
    say: 'We did not expect the attack on Monday.',
    expr: 'Monday',
    type: 'DATE',
    value: '2015-11-16',
  },
  {
    what: '"last" after "to" is the verb, no past cue',
    say: 'The talks are expected to last until Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a present expectation inside a quote looks ahead, whatever the reporting verb',
    say: '"We expect the river to keep rising until Friday," the mayor told reporters.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: '"until" a weekday with no tense cue runs ahead',
    say: 'Voting runs until Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-22',
  },
  {
    what: '"until" a weekday in a past clause stays behind',
    say: 'Fighting raged until Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: 'an -ed word after an adverb is still the verb',
    say: 'Japan on Saturday also indicated its support.',
    expr: 'Saturday',
    type: 'DATE',
    value: '2015-11-14',
  },
  {
    what: '"to" before a noun phrase is a preposition, no infinitive of intent',
    say: 'The rebels signed an agreement to a truce on Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: 'a present verb of intent looks ahead to a plain weekday',
    say: 'The mayor hopes to reopen the bridge on Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: '"between May and June": "between" is the preposition "May" needs',
    say: 'Rainfall doubled between May and June.',
    expr: 'May',
    type: 'DATE',
    value: '2015-05',
  },
  {
    what: 'a verb of intent after a past auxiliary is a plan that failed',
    say: 'The convoy was supposed to reach the camp on Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-13',
  },
  {
    what: 'a cue after a comma weighs less: the main clause comes after the date',
    say: 'On Monday, the ministry announced plans to cut fares.',
    expr: 'Monday',
    type: 'DATE',
    value: '2015-11-16',
  },
  {
    what: '"an agreement to" before the date looks ahead',
    say: 'The bank signed an agreement to buy the insurer in January.',
    expr: 'January',
    type: 'DATE',
    value: '2016-01',
    anchor: '2015-10-20',
  },
  {
    what: '"mid-March": the hyphen is the preposition "March" needs',
    say: 'The government fell in mid-March.',
    expr: 'mid-March',
    type: 'DATE',
    value: '2015-03',
    mod: 'MID',
  },
  {
    what: '"every two weeks" recurs',
    say: 'The inspectors visit the plant every two weeks.',
    expr: 'every two weeks',
    type: 'SET',
    value: 'P2W',
  },
  {
    what: '"March" after a month and a hyphen ends a range; a past clause keeps the range behind',
    say: 'The index fell in January-March.',
    expr: 'March',
    type: 'DATE',
    value: '2015-03',
  },
  {
    what: '"than expected" is a comparison, no plan ahead',
    say: 'The economy grew more than expected in the July-September period.',
    expr: 'September',
    type: 'DATE',
    value: '2015-09',
  },
  {
    what: '"year\'s end" is the year\'s last day',
    say: "The deal is expected to close by year's end.",
    expr: "year's end",
    type: 'DATE',
    value: '2015-12-31',
  },
  {
    what: '"over the 12 months": a preposition, no modifier, outside the span',
    say: 'The fund returned 12 percent over the 12 months to September.',
    expr: 'the 12 months',
    type: 'DURATION',
    value: 'P12M',
  },
  {
    what: '"over 12 months" is more than twelve',
    say: 'The fund grew over 12 months.',
    expr: 'over 12 months',
    type: 'DURATION',
    value: 'P12M',
    mod: 'MORE_THAN',
  },
  {
    what: '"the first quarter of next year" is one expression, next year\'s quarter',
    say: 'Profit will rise in the first quarter of next year.',
    expr: 'the first quarter of next year',
    type: 'DATE',
    value: '2016-Q1',
  },
  {
    what: '"the second half of last year" is last year\'s half',
    say: 'Sales fell in the second half of last year.',
    expr: 'the second half of last year',
    type: 'DATE',
    value: '2014-H2',
  },
  {
    what: '"ahead of schedule" is no event ahead',
    say: 'The bridge was finished ahead of schedule in May.',
    expr: 'May',
    type: 'DATE',
    value: '2015-05',
  },
  {
    what: "without a cue of its own, the sentence's previous tense",
    say: 'She will hold talks with the prime minister and his cabinet in Rome on Thursday, before leaving the country on Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: 'a month "of this year" is the anchor\'s year whatever the tense',
    say: 'The agency had planned the launch for December of last year.',
    expr: 'December of last year',
    type: 'DATE',
    value: '2014-12',
  },
  {
    what: 'future weekday = anchor weekday → that day (wires publish the same day)',
    say: 'The minister will visit Moscow on Tuesday.',
    expr: 'Tuesday',
    type: 'DATE',
    value: '2015-11-17',
  },
  {
    what: '"last" weekday is strictly before',
    say: 'They met last Tuesday.',
    expr: 'last Tuesday',
    type: 'DATE',
    value: '2015-11-10',
  },
  {
    what: '"next" weekday is strictly after',
    say: 'They meet next Monday.',
    expr: 'next Monday',
    type: 'DATE',
    value: '2015-11-23',
  },
  {
    what: 'possessive weekday',
    say: "Friday's attacks shocked the city.",
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-13',
  },
  // Month and day without a year: nearest the anchor; tense flips only a far wrong side.
  {
    what: 'future month-day',
    say: 'Putin will visit Moscow on Nov 26.',
    expr: 'Nov 26',
    type: 'DATE',
    value: '2015-11-26',
  },
  {
    what: 'past month-day',
    say: 'Talks were held on Nov. 10.',
    expr: 'Nov. 10',
    type: 'DATE',
    value: '2015-11-10',
  },
  {
    what: 'month-day next January',
    say: 'The law takes effect Jan. 5.',
    expr: 'Jan. 5',
    type: 'DATE',
    value: '2016-01-05',
  },
  {
    what: 'far future month-day in a past clause',
    say: 'The plant was closed on Aug. 3.',
    expr: 'Aug. 3',
    type: 'DATE',
    value: '2015-08-03',
  },
  {
    what: 'day-month',
    say: 'The rally took place on 2 November.',
    expr: '2 November',
    type: 'DATE',
    value: '2015-11-02',
  },
  // Bare months.
  { what: 'past month', say: 'Elections were held in April.', expr: 'April', type: 'DATE', value: '2015-04' },
  {
    what: 'upcoming month',
    say: 'The vote will take place in January.',
    expr: 'January',
    type: 'DATE',
    value: '2016-01',
  },
  {
    what: 'past month, nearest is ahead',
    say: 'He returned in March.',
    expr: 'March',
    type: 'DATE',
    value: '2015-03',
  },
  {
    what: 'last + month',
    say: 'Prices peaked last June.',
    expr: 'last June',
    type: 'DATE',
    value: '2015-06',
  },
  {
    what: 'end of a month',
    say: 'The deal expires at the end of September.',
    expr: 'the end of September',
    type: 'DATE',
    value: '2015-09',
    mod: 'END',
  },
  {
    what: 'late month',
    say: 'Snow fell in late November.',
    expr: 'late November',
    type: 'DATE',
    value: '2015-11',
    mod: 'END',
  },
  // Relative to the anchor.
  { what: 'last month', say: 'He resigned last month.', expr: 'last month', type: 'DATE', value: '2015-10' },
  { what: 'last year', say: 'Prices rose 3% last year.', expr: 'last year', type: 'DATE', value: '2014' },
  {
    what: 'next year',
    say: 'The company will report results next year.',
    expr: 'next year',
    type: 'DATE',
    value: '2016',
  },
  { what: 'this month', say: 'Sales slowed this month.', expr: 'this month', type: 'DATE', value: '2015-11' },
  { what: 'next week', say: 'Talks resume next week.', expr: 'next week', type: 'DATE', value: '2015-W48' },
  { what: 'last week', say: 'Talks stalled last week.', expr: 'last week', type: 'DATE', value: '2015-W46' },
  {
    what: 'earlier this year',
    say: 'Earlier this year the firm cut jobs.',
    expr: 'Earlier this year',
    type: 'DATE',
    value: '2015',
  },
  {
    what: 'years ago',
    say: 'The bridge opened 15 years ago.',
    expr: '15 years ago',
    type: 'DATE',
    value: '2000',
  },
  {
    what: 'days ago',
    say: 'The ceasefire collapsed three days ago.',
    expr: 'three days ago',
    type: 'DATE',
    value: '2015-11-14',
  },
  {
    what: 'weeks ago',
    say: 'She moved to Berlin two weeks ago.',
    expr: 'two weeks ago',
    type: 'DATE',
    value: '2015-W45',
  },
  {
    what: 'decade ago',
    say: 'The mine closed a decade ago.',
    expr: 'a decade ago',
    type: 'DATE',
    value: '200',
  },
  { what: 'yesterday', say: 'He arrived yesterday.', expr: 'yesterday', type: 'DATE', value: '2015-11-16' },
  { what: 'today', say: 'The talks continue today.', expr: 'today', type: 'DATE', value: '2015-11-17' },
  {
    what: 'tomorrow',
    say: 'The verdict is due tomorrow.',
    expr: 'tomorrow',
    type: 'DATE',
    value: '2015-11-18',
  },
  {
    what: 'next season',
    say: 'The team returns next summer.',
    expr: 'next summer',
    type: 'DATE',
    value: '2016-SU',
  },
  {
    what: 'holiday',
    say: 'The shops will close on Christmas Day.',
    expr: 'Christmas Day',
    type: 'DATE',
    value: '2015-12-25',
  },
  {
    what: 'Thanksgiving',
    say: 'Families will gather on Thanksgiving.',
    expr: 'Thanksgiving',
    type: 'DATE',
    value: '2015-11-26',
  },
  {
    what: 'a holiday whose name holds a capitalised time word',
    say: "The ferry will stop running on New Year's Day.",
    expr: "New Year's Day",
    type: 'DATE',
    value: '2016-01-01',
  },
  {
    what: 'a fiscal year glued to "FY" (a word that ends in digits can hold a year)',
    say: 'Revenue rose 4% in FY2014.',
    expr: 'FY2014',
    type: 'DATE',
    value: '2014',
  },
  {
    what: 'a holiday whose name holds a capitalised time word, after a sentence-opening determiner',
    say: "The New Year's Day parade will start at the bridge.",
    expr: "New Year's Day",
    type: 'DATE',
    value: '2016-01-01',
  },
  {
    what: 'a holiday with a curly apostrophe',
    say: 'The square will be packed on New Year’s Eve.',
    expr: 'New Year’s Eve',
    type: 'DATE',
    value: '2015-12-31',
  },
  {
    what: 'two days back',
    say: 'The envoy landed the day before yesterday.',
    expr: 'the day before yesterday',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: 'two days ahead',
    say: 'The council votes the day after tomorrow.',
    expr: 'the day after tomorrow',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'the end of the decade',
    say: 'The port should double its traffic by the end of the decade.',
    expr: 'the end of the decade',
    type: 'DATE',
    value: '201',
  },
  // Times of day.
  {
    what: '"since" a month that would otherwise read as next year\'s',
    say: 'The ferry has not run since January.',
    expr: 'January',
    type: 'DATE',
    value: '2015-01',
  },
  {
    what: '"since" a day after the anchor\'s in the calendar',
    say: 'The border post has been shut since Dec. 3.',
    expr: 'Dec. 3',
    type: 'DATE',
    value: '2014-12-03',
  },
  {
    what: 'a past verb and a bare month two months ahead in the calendar',
    say: 'The junta took power in January.',
    expr: 'January',
    type: 'DATE',
    value: '2015-01',
  },
  {
    what: 'a contract month in a past-tense market report',
    say: 'Crude for January delivery fell 20 cents.',
    expr: 'January',
    type: 'DATE',
    value: '2016-01',
  },
  {
    what: '"contracts" after a month make no contract month',
    say: 'The builder said in January contracts were signed.',
    expr: 'January',
    type: 'DATE',
    value: '2015-01',
  },
  {
    what: '"the day after yesterday" leaves "yesterday" alone',
    say: 'The envoy left the day after yesterday.',
    expr: 'yesterday',
    type: 'DATE',
    value: '2015-11-16',
  },
  {
    what: 'the last hour',
    say: 'Shelling eased in the last hour.',
    expr: 'the last hour',
    type: 'DURATION',
    value: 'PT1H',
  },
  {
    what: 'a clock time with tonight',
    say: 'The curfew starts at 10 p.m. tonight.',
    expr: '10 p.m. tonight',
    type: 'TIME',
    value: '2015-11-17T22:00',
  },
  {
    what: 'overnight',
    say: 'Fighting continued overnight.',
    expr: 'overnight',
    type: 'TIME',
    value: '2015-11-16TNI',
  },
  {
    what: 'early on a weekday',
    say: 'The raid began early on Saturday.',
    expr: 'early on Saturday',
    type: 'DATE',
    value: '2015-11-14',
    mod: 'START',
  },
  {
    what: 'clock time',
    say: 'The storm hit at 9 a.m.',
    expr: '9 a.m.',
    type: 'TIME',
    value: '2015-11-17T09:00',
  },
  {
    what: 'clock time with zone',
    say: 'The polls closed at 10:30 p.m. EST.',
    expr: '10:30 p.m. EST',
    type: 'TIME',
    value: '2015-11-17T22:30',
  },
  {
    what: 'noon on a weekday',
    say: 'Voting ended at noon Saturday.',
    expr: 'noon Saturday',
    type: 'TIME',
    value: '2015-11-14T12:00',
  },
  {
    what: '24-hour clock',
    say: 'The 14:30 GMT deadline passed.',
    expr: '14:30 GMT',
    type: 'TIME',
    value: '2015-11-17T14:30',
  },
  {
    what: 'wire clock time with a day',
    say: 'The talks will resume at 1600 GMT Thursday.',
    expr: '1600 GMT Thursday',
    type: 'TIME',
    value: '2015-11-19T16:00',
  },
  {
    what: 'a military clock time with "hours" after "at" ("at 2200 hours"), not 2,200 hours',
    say: 'The curfew starts at 2200 hours.',
    expr: '2200 hours',
    type: 'TIME',
    value: '2015-11-17T22:00',
  },
  {
    what: 'a wire clock time that cannot be a year ("0930 GMT")',
    say: 'The index had shed 2 percent by 0930 GMT.',
    expr: '0930 GMT',
    type: 'TIME',
    value: '2015-11-17T09:30',
  },
  {
    what: 'this morning',
    say: 'The blast was heard this morning.',
    expr: 'this morning',
    type: 'TIME',
    value: '2015-11-17TMO',
  },
  {
    what: 'last night',
    say: 'Protesters gathered last night.',
    expr: 'last night',
    type: 'TIME',
    value: '2015-11-16TNI',
  },
  {
    what: 'weekday evening',
    say: 'The rebels attacked on Friday evening.',
    expr: 'Friday evening',
    type: 'TIME',
    value: '2015-11-13TEV',
  },
  {
    what: 'weekday night: the day (TimeBank convention)',
    say: 'Crowds marched through the old town on Sunday night.',
    expr: 'Sunday night',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: 'weekday morning: the day',
    say: 'The ferry will leave the harbour Thursday morning.',
    expr: 'Thursday morning',
    type: 'DATE',
    value: '2015-11-19',
  },
  // Durations.
  {
    what: 'N days after (the duration, not the event)',
    say: 'The hostages were freed two days after the raid.',
    expr: 'two days',
    type: 'DURATION',
    value: 'P2D',
  },
  { what: 'days', say: 'The strike lasted three days.', expr: 'three days', type: 'DURATION', value: 'P3D' },
  {
    what: 'months in digits',
    say: 'Negotiations went on for 18 months.',
    expr: '18 months',
    type: 'DURATION',
    value: 'P18M',
  },
  {
    what: 'fractional years',
    say: 'The journey took 2 1/2 years.',
    expr: '2 1/2 years',
    type: 'DURATION',
    value: 'P2Y6M',
  },
  {
    what: 'a decimal amount keeps its whole number and stays decimal (not "88 seconds")',
    say: 'The sprinter won the final in 20.88 seconds.',
    expr: '20.88 seconds',
    type: 'DURATION',
    value: 'PT20.88S',
  },
  {
    what: 'a quarter hour in decimals is not taken for a half',
    say: 'The hearing ran 1.25 hours.',
    expr: '1.25 hours',
    type: 'DURATION',
    value: 'PT1.25H',
  },
  {
    what: 'hour with a modifier',
    say: 'He spoke for nearly an hour.',
    expr: 'nearly an hour',
    type: 'DURATION',
    value: 'PT1H',
  },
  {
    what: 'minutes',
    say: 'The meeting lasted 45 minutes.',
    expr: '45 minutes',
    type: 'DURATION',
    value: 'PT45M',
  },
  {
    what: 'compound adjective',
    say: 'He won a two-year term.',
    expr: 'two-year',
    type: 'DURATION',
    value: 'P2Y',
  },
  {
    what: 'the past N years',
    say: 'Over the past two years, prices doubled.',
    expr: 'the past two years',
    type: 'DURATION',
    value: 'P2Y',
  },
  {
    what: 'the next N months',
    say: 'The next three months will be hard.',
    expr: 'The next three months',
    type: 'DURATION',
    value: 'P3M',
  },
  {
    what: 'vague years',
    say: 'It has been falling for years.',
    expr: 'years',
    type: 'DURATION',
    value: 'PXY',
  },
  {
    what: 'decades in years',
    say: 'The feud lasted two decades.',
    expr: 'two decades',
    type: 'DURATION',
    value: 'P20Y',
  },
  {
    what: 'number words',
    say: 'The siege lasted twenty-four hours.',
    expr: 'twenty-four hours',
    type: 'DURATION',
    value: 'PT24H',
  },
  // Vague references and sets.
  { what: 'now', say: 'Inflation is now at 2%.', expr: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { what: 'recently', say: 'Prices have risen recently.', expr: 'recently', type: 'DATE', value: 'PAST_REF' },
  {
    what: 'the coming months look forward',
    say: 'The economy should slow in the coming months.',
    expr: 'the coming months',
    type: 'DATE',
    value: 'FUTURE_REF',
  },
  {
    what: 'the near future',
    say: 'The unit may be sold in the near future.',
    expr: 'the near future',
    type: 'DATE',
    value: 'FUTURE_REF',
  },
  {
    what: 'in recent years: an unknown number of years',
    say: 'Kidnappings have grown in recent years.',
    expr: 'recent years',
    type: 'DURATION',
    value: 'PXY',
  },
  {
    what: 'the future',
    say: 'The plant will close in the future.',
    expr: 'the future',
    type: 'DATE',
    value: 'FUTURE_REF',
  },
  {
    what: 'in the past',
    say: 'The firm has cut jobs in the past.',
    expr: 'the past',
    type: 'DATE',
    value: 'PAST_REF',
  },
  {
    what: '"the future" before a clause word',
    say: 'Nobody knows what the future will bring.',
    expr: 'the future',
    type: 'DATE',
    value: 'FUTURE_REF',
  },
  {
    what: '"in the future" before a verb',
    say: 'The vaccine may in the future prevent the disease.',
    expr: 'the future',
    type: 'DATE',
    value: 'FUTURE_REF',
  },
  {
    what: '"one day" after a modal: some day',
    say: 'The drug may one day cure the disease.',
    expr: 'one day',
    type: 'DATE',
    value: 'FUTURE_REF',
  },
  {
    what: '"one day after" stays an amount',
    say: 'He said that one day after the vote.',
    expr: 'one day',
    type: 'DURATION',
    value: 'P1D',
  },
  {
    what: 'the year to a month: twelve months',
    say: 'Prices rose 4% in the year to March.',
    expr: 'the year',
    type: 'DURATION',
    value: 'P1Y',
  },
  {
    what: '"N days later" is the amount',
    say: 'The ship sank in 1912; the wreck was found 73 years later.',
    expr: '73 years',
    type: 'DURATION',
    value: 'P73Y',
  },
  { what: 'daily', say: 'The paper is published daily.', expr: 'daily', type: 'SET', value: 'P1D' },
  {
    what: 'every weekday',
    say: 'The council meets every Thursday.',
    expr: 'every Thursday',
    type: 'SET',
    value: 'XXXX-WXX-4',
  },
  {
    what: 'every month',
    say: 'Inspections take place every month.',
    expr: 'every month',
    type: 'SET',
    value: 'P1M',
  },
  {
    what: 'a rate is a SET',
    say: 'The pills are taken twice a day.',
    expr: 'a day',
    type: 'SET',
    value: 'P1D',
  },
  {
    what: 'a month after a counted noun and "and" stays a duration',
    say: 'He was jailed for two years and a month.',
    expr: 'a month',
    type: 'DURATION',
    value: 'P1M',
  },
  // Quarters and discourse reference.
  {
    what: 'quarter',
    say: 'Profit rose in the third quarter.',
    expr: 'the third quarter',
    type: 'DATE',
    value: '2015-Q3',
  },
  {
    what: 'quarter adjective',
    say: 'Third-quarter earnings fell.',
    expr: 'Third-quarter',
    type: 'DATE',
    value: '2015-Q3',
  },
  {
    what: 'half',
    say: 'Revenue dipped in the first half.',
    expr: 'the first half',
    type: 'DATE',
    value: '2015-H1',
  },
  {
    what: 'a year earlier than the named quarter',
    say: 'Profit rose in the third quarter. A year earlier, it fell.',
    expr: 'A year earlier',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: 'a year ago in a quarter story',
    say: 'Profit rose in the third quarter from a year ago.',
    expr: 'a year ago',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: 'a forecast quarter does not move the story off the reported one',
    say: 'Profit rose in the third quarter. It expects a fourth-quarter charge. Sales fell from a year ago.',
    expr: 'a year ago',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: 'after the first nine months, a year earlier is last year',
    say: 'Profit rose in the third quarter. In the first nine months, sales fell from a year earlier.',
    expr: 'a year earlier',
    type: 'DATE',
    value: '2014',
  },
  {
    what: 'after the first nine months, the 1988 period is 1988',
    say: 'Profit rose in the third quarter. In the first nine months, net fell from the 2014 period.',
    expr: 'the 2014 period',
    type: 'DATE',
    value: '2014',
  },
  {
    what: 'the 1988 period in a quarter story is that quarter',
    say: 'Profit rose in the third quarter, up from the 2014 period.',
    expr: 'the 2014 period',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: "the current quarter is the anchor's",
    say: 'Profit rose in the second quarter, and the current quarter began well.',
    expr: 'the current quarter',
    type: 'DATE',
    value: '2015-Q4',
  },
  {
    what: "next year's quarter",
    say: "The merger could close in next year's first quarter.",
    expr: "next year's first quarter",
    type: 'DATE',
    value: '2016-Q1',
  },
  {
    what: 'year-ago quarter',
    say: 'It earned $3 million in the year-ago third quarter.',
    expr: 'the year-ago third quarter',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: 'the past year is last year',
    say: 'Hate groups grew over the past year.',
    expr: 'the past year',
    type: 'DATE',
    value: '2014',
  },
  {
    what: 'spoken year',
    say: 'The plan dates from nineteen ninety-one.',
    expr: 'nineteen ninety-one',
    type: 'DATE',
    value: '1991',
  },
  {
    what: '"as soon as" looks forward',
    say: 'The father could arrive as soon as Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: '"set to" looks forward',
    say: 'The peace talks, set to resume Monday in Geneva, were in doubt.',
    expr: 'Monday',
    type: 'DATE',
    value: '2015-11-23',
  },
  {
    what: '"said Monday" is past despite a later "will"',
    say: 'Officials said Monday they will reopen the border.',
    expr: 'Monday',
    type: 'DATE',
    value: '2015-11-16',
  },
  // No anchor: underspecified values.
  {
    what: 'no anchor: month-day',
    say: 'The ceremony is on Nov. 17.',
    expr: 'Nov. 17',
    type: 'DATE',
    value: 'XXXX-11-17',
    anchor: null,
  },
  {
    what: 'no anchor: weekday',
    say: 'They met on Tuesday.',
    expr: 'Tuesday',
    type: 'DATE',
    value: 'XXXX-WXX-2',
    anchor: null,
  },
  {
    what: 'no anchor: yesterday',
    say: 'He left yesterday.',
    expr: 'yesterday',
    type: 'DATE',
    value: 'PAST_REF',
    anchor: null,
  },
  {
    what: 'no anchor: month',
    say: 'The vote was held in April.',
    expr: 'April',
    type: 'DATE',
    value: 'XXXX-04',
    anchor: null,
  },
  // Round 3: seasons after a preposition, the week, parts of the day, year-end, centuries, periods.
  {
    what: "a season after a preposition, in a future clause, is this year's",
    say: 'The ferry company will add a second boat in the summer.',
    expr: 'the summer',
    type: 'DATE',
    value: '2016-SU',
  },
  {
    what: "a season already over, in a future clause, is next year's",
    say: 'The new bridge will open in spring, the mayor said.',
    expr: 'spring',
    type: 'DATE',
    value: '2016-SP',
  },
  {
    what: 'a season in a past clause',
    say: 'The orchard was planted during the spring.',
    expr: 'the spring',
    type: 'DATE',
    value: '2015-SP',
  },
  {
    what: '"this past" season looks back',
    say: 'The plant closed this past summer after a long strike.',
    expr: 'this past summer',
    type: 'DATE',
    value: '2015-SU',
  },
  {
    what: '"the week" in a market report is the anchor\'s week',
    say: 'The index lost 2% for the week, its worst run since June.',
    expr: 'the week',
    type: 'DATE',
    value: '2015-W47',
  },
  {
    what: '"in the morning" falls on the day the story last named',
    say: 'Prices jumped on Monday. Traders sold heavily in the morning.',
    expr: 'the morning',
    type: 'TIME',
    value: '2015-11-16TMO',
  },
  {
    what: '"by mid afternoon" without a named day is the anchor\'s',
    say: 'By mid afternoon the rescuers had reached the village.',
    expr: 'mid afternoon',
    type: 'TIME',
    value: '2015-11-17TAF',
  },
  {
    what: 'mid-afternoon of a named day',
    say: 'Shares of the brewer were up 3 pence at mid-afternoon yesterday.',
    expr: 'mid-afternoon yesterday',
    type: 'TIME',
    value: '2015-11-16TAF',
  },
  {
    what: 'an hour "in the morning" is a clock time',
    say: 'The convoy will set out at 5 in the morning.',
    expr: '5 in the morning',
    type: 'TIME',
    value: '2015-11-17T05:00',
  },
  {
    what: "year-end ahead is the anchor year's last day",
    say: 'The merger should close by year-end, the bank said.',
    expr: 'year-end',
    type: 'DATE',
    value: '2015-12-31',
  },
  {
    what: "since year end looks back to the previous year's",
    say: 'The shares have doubled since year end.',
    expr: 'year end',
    type: 'DATE',
    value: '2014-12-31',
  },
  {
    what: 'an ordinal century is its two-digit TIMEX3 value',
    say: 'The castle was rebuilt in the 19th century.',
    expr: 'the 19th century',
    type: 'DATE',
    value: '18',
  },
  {
    what: 'a century in words',
    say: 'It was the bloodiest war of the twentieth century.',
    expr: 'the twentieth century',
    type: 'DATE',
    value: '19',
  },
  {
    what: '"the latest period" is the reported quarter',
    say: 'Net income rose 8% in the third quarter. Revenue in the latest period climbed 5%.',
    expr: 'the latest period',
    type: 'DATE',
    value: '2015-Q3',
  },
  {
    what: '"the corresponding period last year" is a year before the reported quarter',
    say: 'Profit fell in the third quarter from $2 million in the corresponding period last year.',
    expr: 'the corresponding period last year',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: '"over the years" is an unknown number of years',
    say: 'Over the years the club has sold its best players.',
    expr: 'the years',
    type: 'DURATION',
    value: 'PXY',
  },
  {
    what: '"today\'s" before the day\'s own event stays the day',
    say: "Ministers prepared for today's vote in parliament.",
    expr: "today's",
    type: 'DATE',
    value: '2015-11-17',
  },
  {
    what: 'a bare month without a tense cue looks back',
    say: "In March, the club's coach quit.",
    expr: 'March',
    type: 'DATE',
    value: '2015-03',
  },
  {
    what: 'a bare month after "by" without a tense cue is a deadline ahead',
    say: 'A plan to repay the loan by February is on the table.',
    expr: 'February',
    type: 'DATE',
    value: '2016-02',
  },
  {
    what: 'an irregular past verb is a past cue',
    say: 'The coach, who will retire next year, brought the team to Rome on Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-12',
  },
  {
    what: 'a decade written with an apostrophe',
    say: "Prices soared in the late '70s.",
    expr: "the late '70s",
    type: 'DATE',
    value: '197',
  },
  {
    what: 'a plural weekday is a weekly recurrence',
    say: 'The market opens on Saturdays in the old square.',
    expr: 'Saturdays',
    type: 'SET',
    value: 'XXXX-WXX-6',
  },
  {
    what: 'a weekday with a plural part of the day',
    say: 'The club will host concerts on Friday evenings from May.',
    expr: 'Friday evenings',
    type: 'SET',
    value: 'XXXX-WXX-5TEV',
  },
  {
    what: '"a couple of" is two',
    say: 'Talks could drag on for a couple of weeks.',
    expr: 'a couple of weeks',
    type: 'DURATION',
    value: 'P2W',
  },
  {
    what: 'a unit and a half',
    say: 'The pilot radioed again a minute and a half later.',
    expr: 'a minute and a half',
    type: 'DURATION',
    value: 'PT1M30S',
  },
  {
    what: 'a verb in the present before a weekday puts it ahead',
    say: 'The summit opens Thursday in Vienna.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a present verb after the weekday does not',
    say: 'On Thursday, the minister who leaves office resigned.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-12',
  },
  {
    what: '"would" looks forward',
    say: 'Officials said the ferry would sail to the island on Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a reporting verb after the date is its verb; the clause after "that" is another',
    say: 'On Sunday, the ministry said that flights would resume.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: '"announced on" a weekday is past even with "would" after it',
    say: 'The firm announced on Monday it would cut 300 jobs.',
    expr: 'Monday',
    type: 'DATE',
    value: '2015-11-16',
  },
  {
    what: '"the week of" a day is its ISO week',
    say: 'The trial could start the week of Dec. 7, lawyers said.',
    expr: 'the week of Dec. 7',
    type: 'DATE',
    value: '2015-W50',
  },
  {
    what: '"the previous Friday" counts from the day the story last named',
    say: 'Shares closed at 41 on Nov. 11, down from 44 the previous Friday.',
    expr: 'the previous Friday',
    type: 'DATE',
    value: '2015-11-06',
  },
  {
    what: '"the following Monday" without a named day counts from the anchor',
    say: 'The strike ends the following Monday.',
    expr: 'the following Monday',
    type: 'DATE',
    value: '2015-11-23',
  },
  {
    what: 'an everyday adjective "daily" is a SET',
    say: 'The blockade has become part of their daily life.',
    expr: 'daily',
    type: 'SET',
    value: 'P1D',
  },
  {
    what: '"weekly" before a noun that is no business figure',
    say: 'The president used his weekly radio address to urge calm.',
    expr: 'weekly',
    type: 'SET',
    value: 'P1W',
  },
  {
    what: "the anchor's own weekday in a future clause is that day",
    say: 'The envoy will meet rebel leaders later Tuesday.',
    expr: 'Tuesday',
    type: 'DATE',
    value: '2015-11-17',
  },
  {
    what: '"next" with the anchor\'s own weekday is a week on',
    say: 'The envoy will meet rebel leaders next Tuesday.',
    expr: 'next Tuesday',
    type: 'DATE',
    value: '2015-11-24',
  },
  {
    what: 'a plural present verb before a weekday looks forward',
    say: 'The two leaders meet Friday in Geneva.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: 'a present verb does not move a season',
    say: 'Growers struggled to meet demand in the summer.',
    expr: 'the summer',
    type: 'DATE',
    value: '2015-SU',
  },
  {
    what: 'a unit-long adjective is an amount of time',
    say: 'The delegates began a week-long conference in Oslo.',
    expr: 'week-long',
    type: 'DURATION',
    value: 'P1W',
  },
  {
    what: 'a plural unit before -old is an unknown amount',
    say: 'The ruling ends a decades-old border dispute.',
    expr: 'decades-old',
    type: 'DURATION',
    value: 'PXY',
  },
  {
    what: '"several quarters of" is time, not a fraction',
    say: 'The lender returned to profit after several quarters of losses.',
    expr: 'several quarters',
    type: 'DURATION',
    value: 'PXQ',
  },
  // Eighth round (invented wire sentences).
  {
    what: 'the closing day of "the quarter ended" keeps the quarter as the story\'s reference',
    say: 'The miner earned $3 million in the quarter ended Sept. 30, against $2 million a year earlier.',
    expr: 'a year earlier',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: '"the quarter" alone names the reported quarter for a later "a year earlier"',
    say: 'The bank lost money in the quarter. A year earlier, it made a profit.',
    expr: 'A year earlier',
    type: 'DATE',
    value: '2014-Q3',
  },
  {
    what: 'a present "takes effect" before a weekday looks ahead',
    say: 'The new tariff takes effect on Sunday, the ministry said.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-22',
  },
  {
    what: 'a present "expires" before a weekday looks ahead',
    say: 'The UN mandate for the mission expires Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: 'a present "ends" before a weekday looks ahead',
    say: 'The climate conference, which ends on Saturday, drew 40,000 delegates.',
    expr: 'Saturday',
    type: 'DATE',
    value: '2015-11-21',
  },
  {
    what: 'the verb "last" after a modal or "to" is no part of the duration',
    say: 'The truce will last 72 hours, and the talks are expected to last at least two days.',
    expr: '72 hours',
    type: 'DURATION',
    value: 'PT72H',
  },
  {
    what: 'the verb "last" after "to" leaves the modifier its own',
    say: 'The talks are expected to last at least two days.',
    expr: 'at least two days',
    type: 'DURATION',
    value: 'P2D',
    mod: 'EQUAL_OR_MORE',
  },
  {
    what: 'a clock time takes the day after its zone conversion',
    say: 'The bomb went off at 10:40 a.m. (0840 GMT) on Monday outside a police station.',
    expr: '10:40 a.m.',
    type: 'TIME',
    value: '2015-11-16T10:40',
  },
  {
    what: 'a clock time in local time takes the day after its zone conversion',
    say: 'Polling stations opened at 7 a.m. local time (0500 GMT) Sunday.',
    expr: '7 a.m. local time',
    type: 'TIME',
    value: '2015-11-15T07:00',
  },
  {
    what: '"fiscal" before a quarter\'s ordinal is part of the expression',
    say: 'The retailer swung to a loss in the fiscal second quarter.',
    expr: 'the fiscal second quarter',
    type: 'DATE',
    value: '2015-Q2',
  },
  {
    what: '"fiscal-first quarter", hyphenated, is one expression',
    say: 'Sales rose 8% in the fiscal-first quarter, the company said.',
    expr: 'the fiscal-first quarter',
    type: 'DATE',
    value: '2015-Q1',
  },
  {
    what: 'a past form that is also the base form, after a modal, is no past ("would hit")',
    say: 'Forecasters said Monday the storm would hit the coast by Wednesday.',
    expr: 'Wednesday',
    type: 'DATE',
    value: '2015-11-18',
  },
  {
    what: '"is due in" (a visit due, no infinitive) looks ahead',
    say: 'The trade minister is due in Nairobi on Friday for a two-day visit.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: '"slated for" looks ahead like "scheduled for"',
    say: 'Ministers met in Manila before the summit slated for Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: '"poised to" looks ahead',
    say: 'The central bank is poised to cut its key rate on Thursday.',
    expr: 'Thursday',
    type: 'DATE',
    value: '2015-11-19',
  },
  {
    what: 'a present "flies" before a weekday looks ahead, like "travels"',
    say: 'The defence secretary flies into Tokyo on Monday for talks.',
    expr: 'Monday',
    type: 'DATE',
    value: '2015-11-23',
  },
  {
    what: 'Thanksgiving with no tense cue is the nearest one',
    say: 'Millions of Americans head home for Thanksgiving.',
    expr: 'Thanksgiving',
    type: 'DATE',
    value: '2015-11-26',
  },
  {
    what: 'Thanksgiving in a past clause stays the last one',
    say: 'He spent Thanksgiving with his family in Ohio.',
    expr: 'Thanksgiving',
    type: 'DATE',
    value: '2014-11-27',
  },
  {
    what: "a quarter two or more before the anchor's, in a forward clause, is next year's",
    say: 'The merger is due to close in the first quarter, the companies said.',
    expr: 'the first quarter',
    type: 'DATE',
    value: '2016-Q1',
  },
  {
    what: "the quarter just before the anchor's, in a forward clause, is the one being reported",
    say: 'The company will report third-quarter results next week.',
    expr: 'third-quarter',
    type: 'DATE',
    value: '2015-Q3',
  },
  {
    what: '"the" before a hyphenated amount of time belongs to the noun',
    say: 'Delegates left the three-day summit early.',
    expr: 'three-day',
    type: 'DURATION',
    value: 'P3D',
  },
  {
    what: '"last" before a holiday is the one strictly before the anchor, and part of the expression',
    say: 'Toy sales jumped last Christmas.',
    expr: 'last Christmas',
    type: 'DATE',
    value: '2014-12-25',
  },
  {
    what: '"last Thanksgiving" is one expression',
    say: 'The boy was rescued at sea last Thanksgiving.',
    expr: 'last Thanksgiving',
    type: 'DATE',
    value: '2014-11-27',
  },
  {
    what: '"the" before a hyphenated quarter adjective belongs to the noun',
    say: 'Analysts blamed the weak yen for the third-quarter loss.',
    expr: 'third-quarter',
    type: 'DATE',
    value: '2015-Q3',
  },
  {
    what: '"about" before an amount of time is left out of the timex, its modifier kept',
    say: 'Rescuers searched the rubble for about five hours.',
    expr: 'five hours',
    type: 'DURATION',
    value: 'PT5H',
    mod: 'APPROX',
  },
  {
    what: '"almost" before an amount of time is left out of the timex',
    say: 'Unemployment fell to its lowest in almost two decades.',
    expr: 'two decades',
    type: 'DURATION',
    value: 'P20Y',
  },
  {
    what: '"should" before a date looks ahead like "could"',
    say: 'Officials said the final results should be known by Wednesday.',
    expr: 'Wednesday',
    type: 'DATE',
    value: '2015-11-18',
  },
  {
    what: '"hope to" before a date looks ahead like "hopes to"',
    say: 'Election officials hope to finish the count by Friday.',
    expr: 'Friday',
    type: 'DATE',
    value: '2015-11-20',
  },
  {
    what: 'a modal before "have" looks back',
    say: 'Investigators think the leak might have been on Sunday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: 'a verb phrase after "and" plus an auxiliary is another clause',
    say: 'The body was flown home Sunday and will be buried Thursday.',
    expr: 'Sunday',
    type: 'DATE',
    value: '2015-11-15',
  },
  {
    what: '"yesterday" after "to" is still a past cue (no infinitive)',
    say: 'In contrast to yesterday, January sales look weak.',
    expr: 'January',
    type: 'DATE',
    value: '2015-01',
  },
  {
    what: 'no anchor: explicit date stays',
    say: 'It began on June 5, 2014.',
    expr: 'June 5, 2014',
    type: 'DATE',
    value: '2014-06-05',
    anchor: null,
  },
];

describe('findTimes: conventions (anchor Tuesday 2015-11-17 unless stated)', () => {
  for (const c of CASES) {
    it(`${c.what}: "${c.expr}" → ${c.type} ${c.value}`, () => {
      const found = times(c.say, c.anchor === undefined ? A : c.anchor);
      const hit = found.find((t) => t.text === c.expr);
      assert.ok(hit, `"${c.expr}" not found in ${JSON.stringify(found.map((t) => t.text))}`);
      assert.equal(hit.type, c.type);
      assert.equal(hit.value, c.value);
      if (c.mod) assert.equal(hit.mod, c.mod);
    });
  }
});

describe('trigger windows (read off the text, then the token strings)', () => {
  const CASES: Array<[string, string, number]> = [
    ['a capitalised month', 'They met in January in Oslo.', C.MONTH],
    ['an abbreviation with its period', 'They met on Sept. 4 in Oslo.', C.MONTH],
    ['an upper-case weekday', 'THE VOTE IS ON TUESDAY AT NOON.', C.WEEKDAY],
    ['a unit inside a hyphenated word', 'It was a two-year-old dispute.', C.UNIT],
    ['a year after a prefix', 'The mid-1990s were calm.', C.YEAR],
    ['a clock time', 'It starts at 14:30 sharp.', C.NUMERIC],
    ['no trigger at all', 'The dog slept on the rug.', 0],
  ];
  for (const [what, text, cat] of CASES)
    it(what, () => {
      const cats = scanWindows(text, tokenize(text)).reduce((n, w) => n | w.cats, 0);
      if (cat === 0) assert.equal(cats, 0);
      else assert.ok((cats & cat) !== 0, `categories ${cats} lack ${cat}`);
    });
  it('finds every trigger word, bare and with a full stop, past the pre-filters', () => {
    assert.ok(TRIGGER_WORDS.length > 100);
    for (const w of TRIGGER_WORDS) {
      assert.match(w, /^[a-z]/, `trigger "${w}" must start with a letter a-z`);
      assert.notEqual(triggerOf(w), 0, w);
      assert.notEqual(triggerOf(`${w}.`), 0, `${w}.`);
    }
    // Common words that share a trigger's first letter, last letter and length ("tue", "century") are none.
    for (const w of ['the', 'company', "'s", '$', '%', '``', 'this', 'there'])
      assert.equal(triggerOf(w), 0, w);
    assert.equal(triggerOf('o’clock'), C.CLOCK);
    assert.equal(triggerOf("'90s") & C.YEAR, C.YEAR);
  });
  it('agrees with triggerOf token by token', () => {
    const text =
      'On Tuesday, Jan. 5, the three-week talks (since 1998) ended at 9 a.m. TODAY, not Monday-ish.';
    const tokens = tokenize(text);
    const expected = tokens.reduce((n, t) => n | triggerOf(t.lower), 0);
    assert.equal(
      scanWindows(text, tokens).reduce((n, w) => n | w.cats, 0),
      expected,
    );
  });
});

describe('pattern gates (a window without a gate string skips the pattern)', () => {
  // Every match of a gated pattern, over every sentence of the conventions table and every example
  // quoted in the patterns' reasons, holds one of its gate strings: the gate never hides a match.
  const texts = [
    ...CASES.map((c) => c.say),
    ...PATTERNS.flatMap((p) => [...p.reason.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)),
  ];
  const gated = PATTERNS.filter((p) => p.gate !== null);
  /** Whether text[start, end) holds gate g where markGates looks for it (a word's start, unless gateAnywhere). */
  const holdsGate = (text: string, start: number, end: number, g: string): boolean => {
    const low = text.toLowerCase();
    for (let k = low.indexOf(g, start); k !== -1 && k + g.length <= end; k = low.indexOf(g, k + 1))
      if (gateAnywhere(g) || !/[a-z]/i.test(text[k - 1] ?? '')) return true;
    return false;
  };
  // Gate strings are ASCII: the scan reads a curly apostrophe as "'".
  for (const [say, found] of [
    ['Florists were busy before Mother’s Day and Father’s Day.', ['Mother’s Day', 'Father’s Day']],
    ['Shops closed on President’s Day and Veteran’s Day.', ['President’s Day', 'Veteran’s Day']],
    ['Prices rose in the 1990’s after a slump in the ’80s.', ['the 1990’s', 'the ’80s']],
  ] as const)
    it(`finds ${found.join(' and ')} (curly apostrophes)`, () => {
      assert.deepEqual(
        times(say, A).map((t) => t.text),
        found,
      );
    });
  it('reads a sentence with curly apostrophes as with straight ones', () => {
    for (const say of [
      "Analysts expect next year's first quarter to be weak.",
      "Sales fell from last year's quarter.",
      "It starts at 9 o'clock in the morning.",
      "Yesterday's vote was close.",
      "The dispute dates from the '70s.",
    ]) {
      const straight = times(say, A).map((t) => `${t.text}=${t.value}`);
      const curly = times(say.replace(/'/g, '’'), A).map((t) => `${t.text.replace(/’/g, "'")}=${t.value}`);
      assert.deepEqual(curly, straight, say);
      assert.ok(straight.length > 0, say);
    }
  });
  it('reads a decade with a curly apostrophe as a decade', () => {
    assert.deepEqual(
      times('Prices rose in the 1990’s after a slump in the ’80s.', A).map((t) => t.value),
      ['199', '198'],
    );
  });
  // Gates a word holds inside (MID_WORD_GATES): without them the scan would skip these patterns.
  for (const [say, expr] of [
    ['Prices soared in the nineties.', 'the nineties'],
    ['The shop closes on Thursdays.', 'Thursdays'],
    ['A weeklong strike ended.', 'weeklong'],
    ['It ended on the seventeenth of March.', 'the seventeenth of March'],
  ] as const)
    it(`finds "${expr}" with its gate inside a word`, () => {
      const found = times(say, A).map((t) => t.text);
      assert.ok(found.includes(expr), `${JSON.stringify(found)} lacks "${expr}"`);
    });
  it('gates some patterns, all in lower case', () => {
    assert.ok(gated.length >= 20);
    for (const p of gated) for (const g of p.gate!) assert.equal(g, g.toLowerCase(), p.name);
  });
  for (const p of gated)
    it(`${p.name}: every match holds one of ${JSON.stringify(p.gate)}`, () => {
      let matched = 0;
      for (const text of texts) {
        const re = new RegExp(p.re.source, p.re.flags);
        for (const m of text.matchAll(re)) {
          matched++;
          assert.ok(
            p.gate!.some((g) => holdsGate(text, m.index, m.index + m[0].length, g)),
            `"${m[0]}" (in "${text}") holds no gate string where the scan looks for it`,
          );
        }
      }
      assert.ok(matched > 0, `no example matches ${p.name}: the check would be empty`);
    });
});

describe('findTimes: a zone time in brackets after a local time', () => {
  it('after a 24-hour local time too ("0800 local time (0500 GMT)")', () => {
    assert.ok(
      !times('The truce starts at 0800 local time (0500 GMT) on Friday.').some((t) => t.text.includes('GMT')),
    );
  });

  it('after a date, not a clock time, the zone time is a time of its own', () => {
    assert.deepEqual(
      times('The talks end on Nov. 18 (0500 GMT).').map((t) => t.text),
      ['Nov. 18', '0500 GMT'],
    );
  });

  it('is the same time converted, left unmarked (no year 1900 either)', () => {
    assert.deepEqual(
      times('Polls closed at 8 p.m. (1900 GMT) and counting began.').map((t) => t.text),
      ['8 p.m.'],
    );
  });
  it('is left unmarked after "local time" too', () => {
    assert.deepEqual(
      times('The census began at 10:00 local time (0415 GMT) in the camp.').map((t) => t.text),
      ['10:00 local time'],
    );
  });
});

describe('findTimes: what is not a time', () => {
  const NONE: Array<[string, string]> = [
    ['an age', 'The 42-year-old was arrested.'],
    ['an age in words', 'The man, 52 years old, was arrested.'],
    ['the modal "may"', 'She may win the seat, and he may not.'],
    ['"May I"', 'May I ask a question?'],
    ['an amount of money', 'He paid $2015 for it.'],
    ['an adjectival frequency', 'The quarterly dividend was raised.'],
    ['a daily business figure', 'Average daily volume fell to 120 million shares.'],
    ['a daily newspaper', 'The story ran in a daily newspaper in the port city.'],
    ['a newspaper called "the daily"', 'The Harbour Town daily said the mayor had resigned.'],
    ['a newspaper named "Daily"', 'The Valley Daily printed the list, and the Daily Courier did too.'],
    ['the verb "march"', 'Thousands march through the capital.'],
    ['a lower-case "sun"', 'They sat in the sun.'],
    ['a percentage', 'Turnout was 1990 percent of the target.'],
    ['an ordinal "a second"', 'She won a second term.'],
    ['a TV show title', "He told Channel 9's 90 Minutes about it."],
    ['a film title', 'They watched Last Midnight again.'],
    ['a programme name', 'This is Harbour Radio Tonight.'],
    ['the adjective "recent"', 'The recent attacks shocked the town.'],
    ['"soon"', 'The rebels will soon strike again.'],
    ['the unit of a price', 'Rooms will cost $80 a night.'],
    ['the unit of a counted rate', 'The ferry line adds three sailings a week.'],
    ['the unit of a large amount', 'The deal saves $3 million a year.'],
    ['a fraction in quarters', 'The island imports about three-quarters of its fuel.'],
    ['a fraction "a quarter of"', 'A quarter of the staff voted to strike.'],
    ['"today\'s" for the present in general', "Such rules make no sense in today's world."],
    ['the fall of a regime', 'Exiles returned after the fall of the regime.'],
    ['"in the fall" of prices', 'Investors worried about a sharp fall in prices.'],
    ['a year-end rally', 'Brokers hoped for a year-end rally.'],
    ['the idiom "at the last minute"', 'The ferry crossing was called off at the last minute.'],
    ['"the day after" an event', 'Crowds gathered the day after the verdict.'],
    ['a morning session', 'Volume in the morning session was light.'],
    ['a numbered resolution', 'The council passed Resolution 1999 without a vote.'],
    ['a counted amount', 'The army sent 2000 troops to the border.'],
    ['an opening "Currently,"', 'Currently, the plant employs 300 people.'],
    ['"the year before"', 'Exports fell to $3 billion, from $4 billion the year before.'],
    ['"most recently"', 'Three clinics were attacked, most recently in Ohio.'],
    ['"the past" as an object', 'The envoy urged both sides to forget the past.'],
    ['"a thing of the past"', 'Paper tickets are becoming a thing of the past.'],
    ['"the future of" a thing', 'Ministers argued over the future of the mine.'],
    ['"the future" before its noun', 'She met the future mayor of the town.'],
    ['"the present" before its noun', 'Under the present rules, nobody can appeal.'],
    ['"May" after a word that only starts like a month', 'After the decision – May will face the panel.'],
    ['"May" after "novel -"', 'The novel - May Hartley wrote it in a barn.'],
  ];
  for (const [what, say] of NONE) {
    it(`finds nothing in ${what}`, () => assert.deepEqual(times(say), []));
  }

  it('chooses the longest expression and never overlaps', () => {
    const found = times('The talks, held on Tuesday, Nov. 10, 2015 at 9 a.m., lasted the past two days.');
    assert.deepEqual(
      found.map((t) => t.text),
      ['Tuesday, Nov. 10, 2015', '9 a.m.', 'the past two days'],
    );
    for (let i = 1; i < found.length; i++) assert.ok(found[i]!.start >= found[i - 1]!.end);
  });
});

describe('calendar and value helpers', () => {
  const cases: Array<[string, string, string]> = [
    ['ISO week of the anchor', fmtWeek({ y: 2015, m: 11, d: 17 }), '2015-W47'],
    ['ISO week across the new year', fmtWeek({ y: 2016, m: 1, d: 1 }), '2015-W53'],
    ['quarter shifted back over a year end', shiftedValue({ y: 2015, m: 2, d: 1 }, 'quarter', -1), '2014-Q4'],
    ['weekend', shiftedValue({ y: 2015, m: 11, d: 17 }, 'weekend', -1), '2015-W46-WE'],
    ['half-hour duration', durationValue(1.5, 'hour'), 'PT1H30M'],
    ['vague weeks', durationValue(undefined, 'week'), 'PXW'],
    ['century in years', durationValue(2, 'century'), 'P200Y'],
  ];
  for (const [what, got, want] of cases) it(what, () => assert.equal(got, want));

  it('reads counts in words and digits', () => {
    assert.equal(numberOf('twenty-four'), 24);
    assert.equal(numberOf('1,200'), 1200);
    assert.equal(numberOf('a year and a half'.replace(' year', '')), 1.5);
    assert.equal(numberOf('several'), undefined);
  });

  it('knows the weekday of the anchor', () => assert.equal(isoWeekday({ y: 2015, m: 11, d: 17 }), 2));
});

function docWith(text: string, published: string | null, dateline: Dateline | null): Doc {
  const base = docOf(text);
  return new Doc(text, { ...base.meta, published, dateline });
}

describe('resolveAnchor', () => {
  it('takes the publication date as certain', () => {
    const r = resolveAnchor(docWith('Text.', '2015-11-17T08:00:00Z', null));
    assert.deepEqual(r, {
      date: '2015-11-17',
      certain: true,
      candidates: [2015],
      evidence: ['publication date'],
    });
  });

  it('anchors a story republished within a week on its dateline day', () => {
    const dl: Dateline = { text: 'PARIS, Nov 17 (Wire)', place: 'Paris', date: '2015-11-17', agency: 'Wire' };
    const r = resolveAnchor(docWith('Ministers met today.', '2015-11-19T08:00:00Z', dl));
    assert.equal(r.date, '2015-11-17');
    assert.equal(r.certain, true);
    assert.ok(r.evidence[0]!.includes('dateline'));
    // A page published long after its dateline (an archive) keeps its own date; so does a same-day one.
    assert.equal(resolveAnchor(docWith('Text.', '2015-12-30T08:00:00Z', dl)).date, '2015-12-30');
    assert.deepEqual(resolveAnchor(docWith('Text.', '2015-11-17T08:00:00Z', dl)).evidence, [
      'publication date',
    ]);
  });

  it('takes a dateline that states its year as certain', () => {
    const dl: Dateline = {
      text: 'PARIS, Nov. 17, 2015 (Reuters)',
      place: 'Paris',
      date: '2015-11-17',
      agency: null,
    };
    const r = resolveAnchor(docWith('Text.', null, dl));
    assert.equal(r.date, '2015-11-17');
    assert.equal(r.certain, true);
  });

  it('infers the year from a weekday and the years the text names, and is never certain of it', () => {
    const dl: Dateline = { text: 'PARIS, Nov 17 (Reuters)', place: 'Paris', date: null, agency: null };
    const text = 'French jets struck targets on Tuesday, days after the attacks that shook France in 2015.';
    const r = resolveAnchor(docWith(text, null, dl), { y: 2026, m: 11, d: 24 });
    assert.equal(r.date, '2015-11-17');
    assert.equal(r.certain, false);
    assert.deepEqual(r.candidates, [2009, 2015, 2020, 2026]);
    assert.ok(r.evidence.some((e) => e.includes('Tuesday')));
  });

  it('without a weekday, the years named in the text are the candidates', () => {
    const r = inferYear(
      { m: 3, d: 4 },
      'Figures for 2018 and 2019 were compared; 2019 was better, 2019 said.',
      null,
    );
    assert.deepEqual(r.candidates, [2018, 2019]);
    assert.equal(r.date, '2019-03-04');
  });

  it('prefers a year at or after the latest year the text names (stories name past years)', () => {
    const r = inferYear({ m: 11, d: 17 }, 'Jets struck on Tuesday, the worst attack since 1945.', null);
    assert.deepEqual(r.candidates, [1936, 1942, 1953]);
    assert.equal(r.date, '1953-11-17');
    assert.equal(r.certain, false);
  });

  it('passes over a lede weekday that names another day', () => {
    const today = { y: 2026, m: 11, d: 24 };
    // "last Monday" and "until Friday" name other days: the next weekday in the lede speaks.
    const other = inferYear(
      { m: 11, d: 17 },
      'Talks stalled last Monday and may run until Friday; on Tuesday the envoy left.',
      null,
      today,
    );
    assert.deepEqual(other.candidates, [1998, 2009, 2015, 2020, 2026]);
  });

  it('never infers a year after today when an earlier one fits', () => {
    const dl: Dateline = { text: 'MANILA, Nov 17 (AFP)', place: 'Manila', date: null, agency: null };
    const doc = docWith('The toll rose on Monday.', null, dl);
    const r = resolveAnchor(doc, { y: 2026, m: 11, d: 24 });
    assert.equal(r.date, '2025-11-17');
    assert.ok(!r.candidates.includes(2031));
    assert.ok(r.evidence.some((e) => e.includes('after today') && e.includes('2031')));
    // With the clock in 2032, 2031 is a past year and the latest fit.
    assert.equal(resolveAnchor(doc, { y: 2032, m: 1, d: 1 }).date, '2031-11-17');
  });

  it('a sitting office holder named with the title keeps the years of the term', () => {
    const kb = fixtureKb();
    const text = 'President François Hollande spoke on Tuesday after meeting ministers.';
    const r = inferYear({ m: 11, d: 17 }, text, null, { y: 2026, m: 11, d: 24 }, kb);
    assert.deepEqual(r.candidates, [2015]);
    assert.equal(r.date, '2015-11-17');
    assert.equal(r.certain, false);
    assert.ok(r.evidence.some((e) => e.includes('Hollande') && e.includes('2015')));
    // "Late Tuesday" is a time, not "the late president".
    const late = inferYear(
      { m: 11, d: 17 },
      'Late Tuesday, President François Hollande spoke.',
      null,
      { y: 2026, m: 11, d: 24 },
      kb,
    );
    assert.deepEqual(late.candidates, [2015]);
    // Only a named year (no weekday, no office) settles nothing worth reading titles at.
    assert.equal(inferYear({ m: 3, d: 20 }, 'Twenty years after the 2003 war.', null).narrowed, false);
    // A former holder says nothing about the day; nor does a name the KB has no term for.
    for (const other of [
      'Former President François Hollande spoke on Tuesday.',
      'President Zara Quill spoke on Tuesday.',
    ]) {
      const o = inferYear({ m: 11, d: 17 }, other, null, { y: 2026, m: 11, d: 24 }, kb);
      assert.deepEqual(o.candidates, [1998, 2009, 2015, 2020, 2026], other);
    }
  });

  it('DATELINE_TODAY fixes today for replays; a bad value falls back to the clock', () => {
    assert.deepEqual(todayUtc({ DATELINE_TODAY: '2020-02-29' }), { y: 2020, m: 2, d: 29 });
    assert.ok(todayUtc({ DATELINE_TODAY: 'soon' }).y >= 2026);
  });

  it('gives no anchor when nothing dates the document', () => {
    const r = resolveAnchor(docWith('Text.', null, null));
    assert.equal(r.date, null);
    assert.equal(r.certain, false);
  });

  it('the annotator records a year-inferred warning and counts from the inferred day', () => {
    const dl: Dateline = { text: 'PARIS, Nov 17 (Reuters)', place: 'Paris', date: null, agency: null };
    const doc = docWith('Jets struck on Tuesday, as in 2015. The strikes began on Sunday.', null, dl);
    runPipeline(doc, buildPipeline('all', { layers: ['times'] }));
    const w = doc.warnings.find((x) => x.code === 'year-inferred');
    assert.ok(w, 'warning recorded');
    assert.match(w.message, /2009, 2015, 2020/);
    const sunday = doc.getLayer<TimeItem>('times').find((t) => doc.slice(t) === 'Sunday');
    assert.equal(sunday?.value, '2015-11-15');
  });

  it('the annotator does not warn when the date is certain', () => {
    const doc = docWith('They met on Tuesday.', '2015-11-17', null);
    runPipeline(doc, buildPipeline('all', { layers: ['times'] }));
    assert.equal(doc.warnings.length, 0);
    assert.equal(doc.getLayer<TimeItem>('times')[0]?.value, '2015-11-17');
  });
});

describe('time tagger', () => {
  annotatorContract(timeTagger, [
    'PARIS, Nov 17 (Reuters) - French jets struck on Tuesday, three days after attacks that killed 129.',
    'The minister will visit Moscow on Nov 26 and stay two weeks, officials said 15 years ago at 9 a.m.',
    'émoji 👍🏽 on Monday, the 1990s, mid-2015 and every Thursday.',
  ]);
});
