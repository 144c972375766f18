/**
 * Twentieth round, from a read of market reports in Reuters news of 1996 (CoNLL-2003's validation and test texts):
 * a month named before what a market trades ("October crude rose", "December T-bonds ended lower", "March T-bills
 * were off") is a contract's month, which is never one gone by; the clause's past tense had put it a year back. Not
 * after a preposition or a dash, where the month dates what follows, nor before a noun of quantity or trade. From
 * the same read: a past verb right before "on" ("the hearing opened on February 16" in a December story) puts a day
 * more than a month ahead back a year.
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Thursday 12 September 2002. */
const THU = '2002-09-12';

const CASES: TimeCase[] = [
  {
    what: 'a crude contract month in a past clause is ahead',
    anchor: THU,
    say: 'January crude rose 30 cents to $26.10 a barrel.',
    expr: 'January',
    value: '2003-01',
  },
  {
    what: 'a bond contract month is ahead',
    anchor: THU,
    say: 'At the close, December Treasury bonds were 5/32 lower.',
    expr: 'December',
    value: '2002-12',
  },
  {
    what: 'a bill contract month before the anchor month is next year',
    anchor: THU,
    say: 'Short rates eased and March T-bills were off four basis points.',
    expr: 'March',
    value: '2003-03',
  },
  {
    what: 'a heating oil contract month after a verb is ahead',
    anchor: THU,
    say: 'Funds sold February heating oil late in the session.',
    expr: 'February',
    value: '2003-02',
  },
  {
    what: 'a cotton contract month is ahead',
    anchor: THU,
    say: 'November cotton settled 0.4 cent higher on export hopes.',
    expr: 'November',
    value: '2002-11',
  },
  {
    what: 'a past verb right before "on" puts a day two months ahead back a year',
    anchor: THU,
    say: 'Lawyers for the mayor said weeks after the inquiry began on November 20 that it was unfair.',
    expr: 'November 20',
    value: '2001-11-20',
  },
  {
    what: 'a passive past right before "on"',
    anchor: THU,
    say: 'The first case in the province was announced on December 1.',
    expr: 'December 1',
    value: '2001-12-01',
  },
  {
    what: 'an irregular past right before "on"',
    anchor: THU,
    say: 'The levy took effect on November 1 and raised little.',
    expr: 'November 1',
    value: '2001-11-01',
  },
];

/** Months that date what follows them, days a past verb does not move: unchanged. */
const KEEP: TimeCase[] = [
  {
    what: 'a month after "in" dates the output',
    anchor: THU,
    say: 'In June crude output fell 2%.',
    expr: 'June',
    value: '2002-06',
  },
  {
    what: 'a month before a noun of quantity dates it',
    anchor: THU,
    say: 'June crude output fell 2%.',
    expr: 'June',
    value: '2002-06',
  },
  {
    what: 'a month before a noun of trade dates it',
    anchor: THU,
    say: 'July bond sales rose sharply.',
    expr: 'July',
    value: '2002-07',
  },
  {
    what: 'the end of a range of months dates the crop',
    anchor: THU,
    say: 'Jan-August cotton shipped abroad rose by a tenth.',
    expr: 'August',
    value: '2002-08',
  },
  {
    what: 'a month after "since" is a start gone by',
    anchor: THU,
    say: 'Since March bonds have rallied.',
    expr: 'March',
    value: '2002-03',
  },
  {
    what: 'a day a participle of schedule names stays ahead',
    anchor: THU,
    say: 'The vote was scheduled on November 20.',
    expr: 'November 20',
    value: '2002-11-20',
  },
  {
    what: 'a day an irregular participle of schedule names stays ahead',
    anchor: THU,
    say: 'The vote was set on November 20.',
    expr: 'November 20',
    value: '2002-11-20',
  },
  {
    what: 'a day within a month of the anchor stays the nearest',
    anchor: THU,
    say: 'If the cabinet fell on October 2, an election would follow.',
    expr: 'October 2',
    value: '2002-10-02',
  },
];

describeRound('times: twentieth round (a market contract month)', CASES, KEEP);
