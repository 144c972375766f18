/**
 * Twenty-fourth round, from probes written for it (spans that run up to a date, and schedules):
 * - "through" before a bare month or weekday is the end of a span still running, as "until" is ("the lease runs
 *   through September"), unless it closes a range ("from June through September", "Wednesday through Friday");
 * - a verb of putting off before "through" looks ahead, as before "until" ("was extended through February");
 *   so does a deadline given "through" a month ("gave the builders through July to finish");
 * - a future clause and a span that runs up to a month agree: none before the anchor's month ("will chair the
 *   panel through August" in an October story is next August's);
 * - "by" before a bare weekday leans ahead when nothing else says ("applications by Thursday");
 * - "expire" after a plural subject is a schedule ("the permits expire on Sunday");
 * - plans a past verb acts on may have a word naming them between ("revised its rollout plans in March"), and
 *   the noun "plans" before "after", "before", "during" … looks ahead to nothing ("its plans after the debate");
 * - a relative clause opens after a comma, a quantifier and "of whom"/"of which" (", many of whom had …, will"),
 *   as after a comma and "who": the comma that closes it ends the date's clause.
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Tuesday 22 October 2019. */
const TUE = '2019-10-22';

const CASES: TimeCase[] = [
  {
    what: 'a span that runs through the month before the anchor',
    anchor: TUE,
    say: 'Her lease runs through September.',
    expr: 'September',
    value: '2020-09',
  },
  {
    what: 'a verb of putting off before "through" a month',
    anchor: TUE,
    say: 'The ferry service was extended through February.',
    expr: 'February',
    value: '2020-02',
  },
  {
    what: 'a halt "through" a month',
    anchor: TUE,
    say: 'Work on the tunnel was halted through January.',
    expr: 'January',
    value: '2020-01',
  },
  {
    what: 'a suspension "through" a weekday',
    anchor: TUE,
    say: 'Classes were suspended through Friday.',
    expr: 'Friday',
    value: '2019-10-25',
  },
  {
    what: 'a future clause and "through" a month',
    anchor: TUE,
    say: 'She will chair the panel through August.',
    expr: 'August',
    value: '2020-08',
  },
  {
    what: 'a future clause and "until" a month',
    anchor: TUE,
    say: 'The museum will stay closed until August.',
    expr: 'August',
    value: '2020-08',
  },
  {
    what: 'a deadline given "through" a month',
    anchor: TUE,
    say: 'The council gave the builders through July to finish the depot.',
    expr: 'July',
    value: '2020-07',
  },
  {
    what: 'a stay "through" a weekday',
    anchor: TUE,
    say: 'The minister, who is in Norway through Friday, said the talks went well.',
    expr: 'Friday',
    value: '2019-10-25',
  },
  {
    what: '"by" a weekday with no tense cue',
    anchor: TUE,
    say: 'Applications by Thursday, the council reminds residents.',
    expr: 'Thursday',
    value: '2019-10-24',
  },
  {
    what: '"expire" after a plural, a weekday',
    anchor: TUE,
    say: 'The permits expire on Sunday.',
    expr: 'Sunday',
    value: '2019-10-27',
  },
  {
    what: '"expire" after a plural, a month',
    anchor: TUE,
    say: 'The vouchers expire in June.',
    expr: 'June',
    value: '2020-06',
  },
  {
    what: 'plans named by a noun after a past verb',
    anchor: TUE,
    say: 'The ministry revised its rollout plans in March, saying schools would reopen.',
    expr: 'March',
    value: '2019-03',
  },
  {
    what: 'the noun "plans" before "after"',
    anchor: TUE,
    say: 'The campaign changed its television plans after the weak debate showing on Saturday.',
    expr: 'Saturday',
    value: '2019-10-19',
  },
  {
    what: 'a relative clause after ", many of whom"',
    anchor: TUE,
    say: 'The fans, many of whom had hoped to see the final on Sunday, will get refunds.',
    expr: 'Sunday',
    value: '2019-10-20',
  },
];

const KEEP: TimeCase[] = [
  {
    what: 'a range of months in the past',
    anchor: TUE,
    say: 'Prices rose from June through September.',
    expr: 'September',
    value: '2019-09',
  },
  {
    what: 'a range of weekdays in the present',
    anchor: TUE,
    say: 'Polls are open from Wednesday through Friday.',
    expr: 'Friday',
    value: '2019-10-25',
  },
  {
    what: 'a past span through a month',
    anchor: TUE,
    say: 'The strike lasted through August.',
    expr: 'August',
    value: '2019-08',
  },
  {
    what: '"expired" stays past',
    anchor: TUE,
    say: 'The vouchers expired in June.',
    expr: 'June',
    value: '2019-06',
  },
  {
    what: '"due to expire" keeps the future',
    anchor: TUE,
    say: 'The contract is due to expire on Friday.',
    expr: 'Friday',
    value: '2019-10-25',
  },
  {
    what: 'plans shown by a past verb, no word between',
    anchor: TUE,
    say: 'The company unveiled its plans in March.',
    expr: 'March',
    value: '2019-03',
  },
  {
    what: 'plans as a subject still look ahead',
    anchor: TUE,
    say: "The mayor's plans call for a vote in April.",
    expr: 'April',
    value: '2020-04',
  },
  {
    what: 'a future relative clause after ", some of whom"',
    anchor: TUE,
    say: 'The prisoners, some of whom will be freed on Friday, said they were hopeful.',
    expr: 'Friday',
    value: '2019-10-25',
  },
];

describeRound('times, twenty-fourth round', CASES, KEEP);
