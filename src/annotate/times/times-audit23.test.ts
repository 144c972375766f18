/**
 * Twenty-third round, from probes written for it (weekdays in clauses of two verbs):
 * - a past verb and "on" right before a day are its verb, as a verb right before it is: "a truce signed on Sunday
 *   will be monitored" dates the signing, not what "will" looks ahead to ("the vote on Monday showed": a present
 *   may be a noun, and keeps its distance);
 * - so are a past verb, a particle or an adverb, and "on" ("broke off on Monday", "closed higher on Tuesday"), and a
 *   past verb, a place and "on" ("arrested in Lisbon on Sunday", "pledged at the donor conference on Monday"),
 *   and a past verb and "in" before a month ("the accord reached in October will …");
 * - after "those" a participle with an adjunct is the pronoun's reduced relative, past ("those killed on
 *   Tuesday"), not an adjective ("those planned cuts");
 * - "due on" a day looks ahead, as "due in", "due for" do.
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Thursday 14 March 2013. */
const THU = '2013-03-14';

const CASES: TimeCase[] = [
  {
    what: 'a reduced relative in the past before a future main verb',
    anchor: THU,
    say: 'A ceasefire signed on Sunday will be monitored by observers.',
    expr: 'Sunday',
    value: '2013-03-10',
  },
  {
    what: 'a relative clause in the past before a future main verb',
    anchor: THU,
    say: 'The festival that opened on Monday will close next week.',
    expr: 'Monday',
    value: '2013-03-11',
  },
  {
    what: 'a participle and its day inside a reported clause with "would"',
    anchor: THU,
    say: 'Police said the driver arrested on Tuesday would face charges.',
    expr: 'Tuesday',
    value: '2013-03-12',
  },
  {
    what: 'a decree issued on a day that takes effect later',
    anchor: THU,
    say: 'The decree issued on Monday will take effect in April.',
    expr: 'Monday',
    value: '2013-03-11',
  },
  {
    what: '"those killed on" a day',
    anchor: THU,
    say: 'Funerals for those killed on Tuesday will be held on Saturday.',
    expr: 'Tuesday',
    value: '2013-03-12',
  },
  {
    what: 'a particle between the past verb and "on"',
    anchor: THU,
    say: 'Negotiations that broke off on Monday will restart after the holiday.',
    expr: 'Monday',
    value: '2013-03-11',
  },
  {
    what: 'an adverb between the past verb and "on"',
    anchor: THU,
    say: 'Shares that closed higher on Tuesday are expected to slip.',
    expr: 'Tuesday',
    value: '2013-03-12',
  },
  {
    what: 'a place between the past participle and "on"',
    anchor: THU,
    say: 'Two men arrested in Lisbon on Sunday are to be questioned by a judge.',
    expr: 'Sunday',
    value: '2013-03-10',
  },
  {
    what: 'a noun phrase of place between the past participle and "on"',
    anchor: THU,
    say: 'Loans pledged at the donor conference on Monday will reach the region in May.',
    expr: 'Monday',
    value: '2013-03-11',
  },
  {
    what: 'a past participle and "in" before a month',
    anchor: THU,
    say: 'The accord reached in October will open the border next year.',
    expr: 'October',
    value: '2012-10',
  },
  {
    what: '"due on" a day looks ahead',
    anchor: THU,
    say: 'The verdict, due on Tuesday, could end the case.',
    expr: 'Tuesday',
    value: '2013-03-19',
  },
];

const KEEP: TimeCase[] = [
  {
    what: 'a noun before "on" and the day keeps the verb after it',
    anchor: THU,
    say: 'The parliament vote on Monday showed the coalition was weak.',
    expr: 'Monday',
    value: '2013-03-11',
  },
  {
    what: 'a passive after "will be" looks ahead',
    anchor: THU,
    say: 'The treaty will be signed on Sunday.',
    expr: 'Sunday',
    value: '2013-03-17',
  },
  {
    what: 'a present passive of expecting looks ahead',
    anchor: THU,
    say: 'A ruling is expected on Friday.',
    expr: 'Friday',
    value: '2013-03-15',
  },
  {
    what: '"those expected on" a day look ahead',
    anchor: THU,
    say: 'Those expected on Saturday will be welcomed at the border.',
    expr: 'Saturday',
    value: '2013-03-16',
  },
  {
    what: 'a present in a relative clause keeps the future',
    anchor: THU,
    say: 'The strike that begins on Monday will last a week.',
    expr: 'Monday',
    value: '2013-03-18',
  },
  {
    what: 'a month after a passive with "be" keeps the future',
    anchor: THU,
    say: 'The games will be held in Lisbon in July.',
    expr: 'July',
    value: '2013-07',
  },
  {
    what: 'a place after a present keeps the future',
    anchor: THU,
    say: 'The two leaders meet in Lisbon on Sunday.',
    expr: 'Sunday',
    value: '2013-03-17',
  },
  {
    what: 'the later day of the same sentence keeps the future',
    anchor: THU,
    say: 'The strike that began on Saturday will end on Thursday.',
    expr: 'Thursday',
    value: '2013-03-14',
  },
];

describeRound('times, twenty-third round', CASES, KEEP);
