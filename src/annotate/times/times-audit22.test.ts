/**
 * Twenty-second round, from a read of Reuters stories of December 2020 (the AIDA test-c texts of the
 * entity-linking data, no gold times: read by hand) and of probes written for it:
 * - a text that reports a game ("a 40-yard touchdown pass", "led 21-10", "with 10 minutes left") has halves and
 *   quarters of the game, no calendar ones, unless a company's results are named beside them;
 * - a half or a quarter "of" something that is no year ("of the 19th century", "the quarter of districts that
 *   …") is that thing's, or a share;
 * - an infinitive after a past verb of intent ("agreed to resume talks in September") is no present that looks
 *   ahead;
 * - a past verb, its object and "on" ("left the league on Jan. 31") put a day far ahead back a year, as a
 *   past verb right before "on" does.
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Monday 5 December 2011. */
const MON = '2011-12-05';

const CASES: TimeCase[] = [
  {
    what: 'the second half of a basketball game',
    anchor: MON,
    say: 'Diaz scored 18 of his 25 points in the second half, and the Falcons pulled away for a 77-70 win after trailing 34-31 at halftime.',
    expr: 'the second half',
    value: null,
  },
  {
    what: 'a first-half goal',
    anchor: MON,
    say: 'Their first-half goal came from a free kick, and the keeper made two saves with 10 minutes left.',
    expr: 'first-half',
    value: null,
  },
  {
    what: 'the third quarter of a football game',
    anchor: MON,
    say: 'The Rams led 21-10 before a 40-yard touchdown pass in the third quarter.',
    expr: 'the third quarter',
    value: null,
  },
  {
    what: 'the last quarter of a game',
    anchor: MON,
    say: 'The visitors trailed 60-52 going into the last quarter but hit three 3-pointers in a row.',
    expr: 'the last quarter',
    value: null,
  },
  {
    what: 'a half of a century',
    anchor: MON,
    say: 'The town grew fast in the second half of the 19th century.',
    expr: 'the second half',
    value: null,
  },
  {
    what: 'a quarter that is a share',
    anchor: MON,
    say: 'Turnout was highest in the quarter of districts that lean rural.',
    expr: 'the quarter',
    value: null,
  },
  {
    what: 'an infinitive after a past verb of intent does not look ahead',
    anchor: MON,
    say: 'The two unions agreed to resume wage talks in September.',
    expr: 'September',
    value: '2011-09',
  },
  {
    what: 'a past verb and its object before "on" put a day far ahead back a year',
    anchor: MON,
    say: 'The club left the league on Jan. 31 and joined a rival one.',
    expr: 'Jan. 31',
    value: '2011-01-31',
  },
  {
    what: 'a past verb and an object of two words before "on"',
    anchor: MON,
    say: 'The company sold its paper mill on Feb. 10 to a rival.',
    expr: 'Feb. 10',
    value: '2011-02-10',
  },
];

const KEEP: TimeCase[] = [
  {
    what: 'a half of the year',
    anchor: MON,
    say: 'Profit rose in the second half of the year.',
    expr: 'the second half of the year',
    value: '2011-H2',
  },
  {
    what: "a club's first-half revenue beside a game's words",
    anchor: MON,
    say: "The club said first-half revenue rose after the team's 3-1 win and a hat-trick.",
    expr: 'first-half',
    value: '2011-H1',
  },
  {
    what: 'a quarter of next year',
    anchor: MON,
    say: 'Profit will rise in the first quarter of next year.',
    expr: 'the first quarter of next year',
    value: '2012-Q1',
  },
  {
    what: 'a modal before the past verb and its object keeps the day ahead',
    anchor: MON,
    say: 'The board said the deal would be final once it signed the papers on Feb. 10.',
    expr: 'Feb. 10',
    value: '2012-02-10',
  },
  {
    what: 'an infinitive after a present verb of intent looks ahead',
    anchor: MON,
    say: 'The two sides agree to resume talks in September.',
    expr: 'September',
    value: '2012-09',
  },
  {
    what: '"was to" before an infinitive still looks ahead',
    anchor: MON,
    say: 'The envoy was to arrive on Saturday for talks.',
    expr: 'Saturday',
    value: '2011-12-10',
  },
];

describeRound('times, twenty-second round', CASES, KEEP);
