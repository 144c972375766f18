/**
 * Eleventh round: the detection and normalisation classes completed pattern by pattern, each case an
 * invented sentence failing on the code before its change. Expressions are found by their text; `value:
 * null` means no time expression may overlap the text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timesIn } from './testing.js';
import type { TimeItem } from './types.js';

/** Friday 13 February 1998 (wire), Thursday 2 November 1989 (WSJ), Friday 13 November 1998, 2016 politics. */
const WIRE = '1998-02-13';
const WSJ = '1989-11-02';
const FALL = '1998-11-13';
const POL = '2016-07-27';

interface Case {
  /** Which convention the case checks. */
  what: string;
  anchor: string;
  say: string;
  expr: string;
  /** null: no expression overlaps `expr`. */
  value: string | null;
  type?: TimeItem['type'];
  /** The TIMEX3 mod, when the case checks it ('' for none). */
  mod?: string;
}

const CASES: Case[] = [
  {
    what: 'a year before a counted noun is a year after a clause-opening "In"',
    anchor: WIRE,
    say: 'In 1996 people stopped trusting the savings banks.',
    expr: '1996',
    value: '1996',
  },
  {
    what: 'a year before a counted noun is a year after "since"',
    anchor: WIRE,
    say: 'The mayor said that since 1994 police have closed nine clubs.',
    expr: '1994',
    value: '1994',
  },
  {
    what: 'a year before a counted noun is a year after a clause-opening "By"',
    anchor: WIRE,
    say: 'By 2001 workers at the mill will own half of it.',
    expr: '2001',
    value: '2001',
  },
  {
    what: 'a present verb of schedule before a bare month looks ahead ("take office in January")',
    anchor: POL,
    say: 'If the polls hold, they take office in January.',
    expr: 'January',
    value: '2017-01',
  },
  {
    what: 'a present verb of schedule before "the end of" a month looks ahead',
    anchor: WIRE,
    say: 'The envoys meet at the end of June in Oslo.',
    expr: 'the end of June',
    value: '1998-06',
    mod: 'END',
  },
  {
    what: '"there\'s" is a copula before a bare month too, ahead',
    anchor: POL,
    say: "Then there's November and the general election.",
    expr: 'November',
    value: '2016-11',
  },
  {
    what: "a US holiday by rule in a future clause, two months gone, is next year's",
    anchor: FALL,
    say: 'Hardware chains expect record sales over Labor Day weekend.',
    expr: 'Labor Day',
    value: '1999-09-06',
  },
  {
    what: '"the final quarter of" a year is its fourth',
    anchor: WIRE,
    say: 'Retail sales grew fastest in the final quarter of 1996.',
    expr: 'the final quarter of 1996',
    value: '1996-Q4',
  },
  {
    what: '"the last half of" a year is its second',
    anchor: WSJ,
    say: 'Margins narrowed in the last half of 1988.',
    expr: 'the last half of 1988',
    value: '1988-H2',
  },
  {
    what: '"the second half of the year" is one expression',
    anchor: WIRE,
    say: 'The chain expects demand to recover in the second half of the year.',
    expr: 'the second half of the year',
    value: '1998-H2',
  },
  {
    what: '"the third quarter of the fiscal year" is one expression',
    anchor: WSJ,
    say: 'Shipments slowed in the third quarter of the fiscal year.',
    expr: 'the third quarter of the fiscal year',
    value: '1989-Q3',
  },
  {
    what: '"a fortnight" is two weeks',
    anchor: WIRE,
    say: 'The ferry strike lasted a fortnight.',
    expr: 'a fortnight',
    type: 'DURATION',
    value: 'P2W',
  },
  {
    what: '"the past fortnight" is two weeks',
    anchor: WIRE,
    say: 'Wheat prices rose 4 percent over the past fortnight.',
    expr: 'the past fortnight',
    type: 'DURATION',
    value: 'P2W',
  },
  {
    what: '"a fortnight ago" is the week two back',
    anchor: WIRE,
    say: 'The ferry strike ended a fortnight ago.',
    expr: 'a fortnight ago',
    type: 'DATE',
    value: '1998-W05',
  },
  {
    what: '"fortnightly" is a SET of two weeks',
    anchor: WIRE,
    say: 'The bulletin is printed fortnightly in Nairobi.',
    expr: 'fortnightly',
    type: 'SET',
    value: 'P2W',
  },
  {
    what: '"the latest fiscal year" is the last one closed',
    anchor: WSJ,
    say: 'The brewer earned $40 million on sales of $900 million in the latest fiscal year.',
    expr: 'the latest fiscal year',
    value: '1988',
  },
  {
    what: '"the most recent fiscal year" is the last one closed',
    anchor: WSJ,
    say: 'Exports made up a third of revenue in the most recent fiscal year.',
    expr: 'the most recent fiscal year',
    value: '1988',
  },
  {
    what: '"next" before a weekday and its part: the weekday a week on, whole',
    anchor: '1998-02-12',
    say: 'The senator is scheduled to speak next Thursday night in Omaha.',
    expr: 'next Thursday night',
    value: '1998-02-19',
  },
  {
    what: '"last" before a weekday and its part on that weekday: the week before, whole',
    anchor: WIRE,
    say: 'Looters struck the market last Friday night.',
    expr: 'last Friday night',
    value: '1998-02-06',
  },
  {
    what: 'a season right before a year is that year\'s ("in spring 1996")',
    anchor: WIRE,
    say: 'The dam was finished in spring 1996 after long delays.',
    expr: 'spring 1996',
    value: '1996-SP',
  },
  {
    what: 'a capitalised season and a year open a sentence',
    anchor: WIRE,
    say: 'Autumn 1994 brought the worst floods in decades.',
    expr: 'Autumn 1994',
    value: '1994-FA',
  },
  {
    what: "a fixed holiday right before a year is that year's day, whole",
    anchor: WIRE,
    say: 'The ceasefire collapsed on Christmas Eve, 1995, near the border.',
    expr: 'Christmas Eve, 1995',
    value: '1995-12-24',
  },
  {
    what: "Thanksgiving right before a year is that year's fourth Thursday of November",
    anchor: WIRE,
    say: 'The family last gathered on Thanksgiving 1993.',
    expr: 'Thanksgiving 1993',
    value: '1993-11-25',
  },
  {
    what: '"the September quarter" is the calendar third quarter',
    anchor: WSJ,
    say: 'The insurer said claims doubled in the September quarter.',
    expr: 'the September quarter',
    value: '1989-Q3',
  },
  {
    what: '"its June quarter": the possessive stays out, the second quarter',
    anchor: WSJ,
    say: 'The miner reported a loss for its June quarter.',
    expr: 'June quarter',
    value: '1989-Q2',
  },
  {
    what: '"weeklong" in one word is an amount, like "week-long"',
    anchor: WIRE,
    say: 'The weeklong jazz festival closed on a high note.',
    expr: 'weeklong',
    type: 'DURATION',
    value: 'P1W',
  },
  {
    what: '"hourlong" in one word is an amount',
    anchor: WIRE,
    say: 'The two candidates taped an hourlong interview.',
    expr: 'hourlong',
    type: 'DURATION',
    value: 'PT1H',
  },
  {
    what: '"five business days" is five days',
    anchor: WSJ,
    say: 'Holders must tender their shares within five business days.',
    expr: 'five business days',
    type: 'DURATION',
    value: 'P5D',
  },
  {
    what: '"the past three trading days" is three days',
    anchor: WSJ,
    say: 'The stock has lost 12% in the past three trading days.',
    expr: 'the past three trading days',
    type: 'DURATION',
    value: 'P3D',
  },
  {
    what: '"1988\'s third quarter" is that year\'s quarter, whole',
    anchor: WSJ,
    say: "Margins were thinner than in 1988's third quarter.",
    expr: "1988's third quarter",
    value: '1988-Q3',
  },
  {
    what: '"all day" is the length of a day',
    anchor: WIRE,
    say: 'Rescue teams searched the rubble all day.',
    expr: 'all day',
    type: 'DURATION',
    value: 'P1D',
  },
  {
    what: '"the entire month" is the length of a month',
    anchor: WIRE,
    say: 'The band toured Japan for the entire month.',
    expr: 'the entire month',
    type: 'DURATION',
    value: 'P1M',
  },
];

/** Cases that must not change. */
const KEEP: Case[] = [
  {
    what: '"\'s" after a noun is a possessive, no copula',
    anchor: POL,
    say: "Traders grumbled but finally accepted the bank's December rate cut.",
    expr: 'December',
    value: '2015-12',
  },
  {
    what: 'a counted noun after "of" keeps the number an amount',
    anchor: WIRE,
    say: 'A force of 2000 troops crossed the river.',
    expr: '2000',
    value: null,
  },
  {
    what: 'a counted noun after a mid-clause "in" keeps the number an amount',
    anchor: WIRE,
    say: 'Power was cut in 1500 homes overnight.',
    expr: '1500',
    value: null,
  },
  {
    what: 'a counted noun with no preposition keeps the number an amount',
    anchor: WIRE,
    say: 'The strike idled 1998 workers at the plant.',
    expr: '1998',
    value: null,
  },
  {
    what: 'a verb of schedule that is no noun before a bare month looks ahead',
    anchor: '1997-02-13',
    say: 'His term as governor expires in September.',
    expr: 'September',
    value: '1997-09',
  },
  {
    what: 'a past verb before a bare month looks back',
    anchor: WIRE,
    say: 'The envoys met in April in Oslo.',
    expr: 'April',
    value: '1997-04',
  },
  {
    what: 'a US holiday by rule a few days ahead of a past clause stays the nearest',
    anchor: '1998-09-05',
    say: 'Thousands of commuters had left early to start the Labor Day weekend.',
    expr: 'Labor Day',
    value: '1998-09-07',
  },
  {
    what: "a US holiday by rule in a past clause, two months gone, is this year's",
    anchor: FALL,
    say: 'Hardware chains saw record sales over Labor Day weekend.',
    expr: 'Labor Day',
    value: '1998-09-07',
  },
  {
    what: 'a game\'s "final quarter" is no date',
    anchor: WIRE,
    say: 'The Bulls scored 30 points in the final quarter.',
    expr: 'final quarter',
    value: null,
  },
  {
    what: '"the final quarter of the year to June 30" leaves the fiscal year to its own pattern',
    anchor: '1996-08-28',
    say: 'The miner posted a profit in the final quarter of the year to June 30.',
    expr: 'the year',
    value: 'P1Y',
  },
  {
    what: '"the current fiscal year" is the anchor\'s',
    anchor: WSJ,
    say: 'The brewer expects higher margins in the current fiscal year.',
    expr: 'the current fiscal year',
    value: '1989',
  },
  {
    what: '"last night" stays the night before the anchor',
    anchor: WIRE,
    say: 'Looters struck the market last night.',
    expr: 'last night',
    value: '1998-02-12TNI',
  },
  {
    what: 'the verb "fall" before a year-like number is no season',
    anchor: WIRE,
    say: 'Analysts said the index could fall 1998 points if rates rose.',
    expr: 'fall',
    value: null,
  },
  {
    what: 'a holiday before a counted year-like number keeps the number out',
    anchor: WIRE,
    say: 'Stores hired for Christmas 1500 workers last year.',
    expr: 'Christmas',
    value: '1997-12-25',
  },
  {
    what: 'a month before "quarter" with no determiner stays a month',
    anchor: WSJ,
    say: "Sales rose in September, the quarter's last month.",
    expr: 'September',
    value: '1989-09',
  },
  {
    what: '"the whole year of 1996" leaves the year to itself',
    anchor: WIRE,
    say: 'Profit for the whole year of 1996 doubled.',
    expr: 'the whole year',
    value: null,
  },
  {
    what: '"an all-day meeting" is an adjective of its own, unmarked here',
    anchor: WIRE,
    say: 'The board held an all-day meeting.',
    expr: 'all-day',
    value: null,
  },
];

function check(c: Case): void {
  const got = timesIn(c.say, c.anchor);
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
  if (c.mod !== undefined) assert.equal(t.mod ?? '', c.mod, c.what);
}

describe('times, eleventh round (detection and normalisation classes)', () => {
  for (const c of CASES) it(c.what, () => check(c));
  for (const c of KEEP) it(`kept: ${c.what}`, () => check(c));
});
