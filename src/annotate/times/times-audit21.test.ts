/**
 * Twenty-first round, from a read of Reuters business news of 1987 (the Reuters-128 texts of the entity-linking
 * data, no gold times: read by hand) and of probes written for it:
 * - an infinitive between a past verb of deciding, promising or asking and the date ("approved a levy to fund two
 *   clinics by May", "threatened to block the ports in May") dates what is to follow that verb, not the verb's own
 *   act; verbs of acting keep their past ("went out to clear the beaches this weekend");
 * - a past form before "on" after a modal earlier in the sentence ("would be signed shortly after the price was
 *   set on May 28") is a plan's, and does not put the day back a year;
 * - a past form that is a base form too ("cut", "put") between a singular subject and its object is past;
 * - "2-1/2 years" (the wires' hyphen before a half) is two years and a half, not "2 years" cut from "1/2 years";
 * - "last summer" while the summer is under way is last year's (it was read as the current one).
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Tuesday 17 March 2009. */
const TUE = '2009-03-17';

const CASES: TimeCase[] = [
  {
    what: 'an infinitive of purpose after a past verb puts a month ahead',
    anchor: TUE,
    say: 'The council approved a new levy to fund two more clinics by the end of May.',
    expr: 'the end of May',
    value: '2009-05',
  },
  {
    what: 'an infinitive after a past verb of threat leaves the month to the nearest',
    anchor: TUE,
    say: 'Farmers threatened to block the ports with tractors in May.',
    expr: 'May',
    value: '2009-05',
  },
  {
    what: 'a modal before the past form keeps a day two months ahead',
    anchor: TUE,
    say: 'The bankers said the accord would be signed shortly after the price was agreed on May 28.',
    expr: 'May 28',
    value: '2009-05-28',
  },
  {
    what: '"cut" between a singular subject and its object is past',
    anchor: TUE,
    say: 'The central bank cut its key rate by half a point in May.',
    expr: 'May',
    value: '2008-05',
  },
  {
    what: '"put" after a name and before its object is past',
    anchor: TUE,
    say: 'Northland put its oil field up for sale in May.',
    expr: 'May',
    value: '2008-05',
  },
  {
    what: 'a whole number, a hyphen and a half',
    anchor: TUE,
    say: 'The notes cannot be called for 3-1/2 years.',
    expr: '3-1/2 years',
    value: 'P3Y6M',
  },
  {
    what: 'a half hour written with a hyphen',
    anchor: TUE,
    say: 'Trading was halted for 1-1/2 hours after the report.',
    expr: '1-1/2 hours',
    value: 'PT1H30M',
  },
  {
    what: '"last summer" in July is last year\'s',
    anchor: '2009-07-14',
    say: 'The plant was sold last summer to a rival.',
    expr: 'last summer',
    value: '2008-SU',
  },
  {
    what: '"last fall" in October is last year\'s',
    anchor: '2009-10-20',
    say: 'Enrolment rose last fall by a fifth.',
    expr: 'last fall',
    value: '2008-FA',
  },
];

const KEEP: TimeCase[] = [
  {
    what: '"last summer" once the summer is over is this year\'s',
    anchor: '2009-09-15',
    say: 'The plant was sold last summer to a rival.',
    expr: 'last summer',
    value: '2009-SU',
  },
  {
    what: 'an infinitive of purpose after a verb of acting keeps its past',
    anchor: TUE,
    say: 'Volunteers went out to clear the beaches this weekend.',
    expr: 'this weekend',
    value: '2009-W11-WE',
  },
  {
    what: 'a noun after "to" is no infinitive: the past stays',
    anchor: TUE,
    say: 'The driver was rushed to hospital on Sunday.',
    expr: 'Sunday',
    value: '2009-03-15',
  },
  {
    what: 'a verb whose infinitive happens with it keeps its past',
    anchor: TUE,
    say: 'The firm failed to repay the bonds on Monday.',
    expr: 'Monday',
    value: '2009-03-16',
  },
  {
    what: 'a month far ahead after a past verb and an infinitive of plan',
    anchor: TUE,
    say: 'The carrier agreed to buy the airline by October.',
    expr: 'October',
    value: '2009-10',
  },
  {
    what: 'a past verb right before "on" without a modal still puts a day far ahead back a year',
    anchor: TUE,
    say: 'The judge said the trial began on November 3 with a week of motions.',
    expr: 'November 3',
    value: '2008-11-03',
  },
  {
    what: '"cut" after a modal is no past',
    anchor: TUE,
    say: 'The central bank will cut its key rate in May.',
    expr: 'May',
    value: '2009-05',
  },
  {
    what: '"cut" as a noun after a determiner is no past',
    anchor: TUE,
    say: 'A budget cut in May would close two schools.',
    expr: 'May',
    value: '2009-05',
  },
  {
    what: 'a plain half after a space',
    anchor: TUE,
    say: 'The loan runs for 2 1/2 years.',
    expr: '2 1/2 years',
    value: 'P2Y6M',
  },
];

describeRound('times: twenty-first round (an infinitive between a past verb and its date)', CASES, KEEP);
