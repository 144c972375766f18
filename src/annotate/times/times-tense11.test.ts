/**
 * Eleventh round, clause structure: where the cue that decides a date's direction is found (the participle
 * of an infinitive's perfect or causative, a present wish and its object, a denied "could", a modal before a
 * thing's date, "told" and its object, a coordinated past verb, the present of a clause of time or
 * condition, a date fronted after "and", a done thing's date before its predicate, present waits and
 * forecasts). Each case is from an invented sentence and fails on the code before its change; `KEEP` cases
 * must not change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timesIn } from './testing.js';

/** Wednesday 14 May 2003; Wednesday 25 October 1989 (a business-news anchor). */
const WED = '2003-05-14';
const WSJ = '1989-10-25';

interface Case {
  /** What the case checks. */
  what: string;
  anchor: string;
  say: string;
  expr: string;
  value: string;
}

const CASES: Case[] = [
  {
    what: 'an infinitive\'s causative "have": the participle is no past',
    anchor: WED,
    say: 'The utility hopes to have power restored across the county by the weekend.',
    expr: 'the weekend',
    value: '2003-W20-WE',
  },
  {
    what: 'an infinitive\'s causative "get"',
    anchor: WED,
    say: 'Crews expect to get the rail line repaired on Saturday.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: '"to have" + participle before a deadline',
    anchor: WED,
    say: 'The contractors are expected to have finished the runway by Friday.',
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: '"to have" + participle before a deadline, plan',
    anchor: WED,
    say: 'The army plans to have withdrawn from the valley by Sunday.',
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: 'a denied ability "could not" looks nowhere',
    anchor: WED,
    say: 'The ferry could not dock at the island on Monday because of high winds.',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"couldn\'t" as the tokenizer splits it',
    anchor: WED,
    say: "Firefighters couldn't reach the village on Tuesday, officials said.",
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"could not be reached"',
    anchor: WSJ,
    say: 'Officials of the company could not be reached for comment Monday.',
    expr: 'Monday',
    value: '1989-10-23',
  },
  {
    what: "a modal of act before a noun owned by a possessive: the thing's date",
    anchor: WED,
    say: "Farmers cannot accept the minister's pledge Tuesday that prices will hold.",
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: 'a modal of act before a noun after "his"',
    anchor: WED,
    say: "Investors can't ignore his warning Monday that profits will fall.",
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: "a modal of act before a noun after a name's apostrophe",
    anchor: WED,
    say: "Nobody can believe Jones' claim Monday night that the fund is safe.",
    expr: 'Monday night',
    value: '2003-05-12',
  },
  {
    what: '"told" and its object before the date',
    anchor: WED,
    say: 'The envoy told reporters Monday he would return to Cairo next month.',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"tells" and its object before the date',
    anchor: WED,
    say: 'The coach told players Tuesday they will train twice a day.',
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"and" before a past verb closes the clause',
    anchor: WED,
    say: 'The president will meet the premier on Sunday and flew to Paris this morning.',
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: '"but" before an -ed verb closes the clause',
    anchor: WED,
    say: 'The team will play its final match on Saturday but trained indoors yesterday.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: '"unless" and a present in -s',
    anchor: WED,
    say: 'Officials warned that the agency shuts down unless Congress acts by Friday.',
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: '"once" and a present in -s after a noun',
    anchor: WSJ,
    say: 'Traders said the shares trade separately once the buyer pays Friday.',
    expr: 'Friday',
    value: '1989-10-27',
  },
  {
    what: '"if" and a base form after a plural',
    anchor: WED,
    say: 'Union leaders warned of a wider strike if the talks collapse on Saturday.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: '"once" and a base form after a plural',
    anchor: WED,
    say: 'Officials said drivers face long delays once engineers inspect the bridge Saturday.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: '"when" and a present in -s, a bare month',
    anchor: WSJ,
    say: 'Economists predicted higher prices when the new tax starts in January.',
    expr: 'January',
    value: '1990-01',
  },
  {
    what: '"after" and "is"',
    anchor: WED,
    say: 'Officials said results come out after the final ballot is in on Sunday.',
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: '"before" and a present after "it"',
    anchor: WED,
    say: 'Workers rushed to finish the museum before it admits visitors on Monday.',
    expr: 'Monday',
    value: '2003-05-19',
  },
  {
    what: '"if" and "is": a bare month',
    anchor: WED,
    say: 'Analysts said rates rise if inflation is high in February.',
    expr: 'February',
    value: '2004-02',
  },
  {
    what: 'a date fronted after "and on" opens the coordinated clause',
    anchor: WED,
    say: 'Police will patrol the town and on Sunday, life in the old quarter of the city seemed normal.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"and" before a participle closes the clause too',
    anchor: WED,
    say: 'The suspect will be arrested on Sunday and charged in court.',
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: 'a present wish before an object and a participle',
    anchor: WED,
    say: 'The mayor wants the flooded streets cleared by Friday.',
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: '"needs" before an object and a participle',
    anchor: WED,
    say: 'The airline needs its fleet inspected by Saturday.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: '"must have" and an object: a causative ahead',
    anchor: WED,
    say: 'The owners must have the hull repainted by Sunday.',
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: '"are waiting for" a possessive date',
    anchor: WED,
    say: "Bond traders are waiting for Friday's inflation figures.",
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: '"is forecast to"',
    anchor: WED,
    say: 'The cyclone is forecast to hit the coast by Saturday.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: "a done thing's date before a future cue of the predicate",
    anchor: WED,
    say: 'His remarks Monday are likely to anger the unions.',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: 'a done thing after a possessive, before "is expected to"',
    anchor: WED,
    say: "The bank's announcement Tuesday is expected to calm the markets.",
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: 'a done thing after "the", before "will"',
    anchor: WED,
    say: 'The collapse Sunday will be investigated by a panel.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"doesn\'t expect" still looks ahead',
    anchor: WED,
    say: "The carrier said it doesn't expect to resume flights until February.",
    expr: 'February',
    value: '2004-02',
  },
  {
    what: '"due in" a participial phrase',
    anchor: WED,
    say: 'The tanker, due in port Saturday, was slowed by storms.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: '"due for" a vote',
    anchor: WED,
    say: 'The measure, due for a vote Friday, was amended twice.',
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: 'a present progressive before the date is a plan',
    anchor: WSJ,
    say: 'Mr. Lee, who is retiring in June, has led the bank since 1980.',
    expr: 'June',
    value: '1990-06',
  },
  {
    what: 'a present progressive of movement',
    anchor: WED,
    say: 'The envoy is travelling to Nairobi on Saturday for talks.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: 'a progressive before "switch off" still looks ahead',
    anchor: WED,
    say: 'The utility is threatening to switch off supplies on Monday.',
    expr: 'Monday',
    value: '2003-05-19',
  },
  {
    what: '"until" a determiner, a singular noun and a present in -s',
    anchor: WED,
    say: 'The crew stays aboard until the ship sails on Saturday.',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: '"before" a determiner, a singular noun and a present in -s',
    anchor: WSJ,
    say: 'Brokers said little before the bank reports on Monday.',
    expr: 'Monday',
    value: '1989-10-30',
  },
  {
    what: "a headline's infinitive after its subject",
    anchor: WED,
    say: 'Mandela to visit Lagos Saturday',
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: "a headline's infinitive after a noun subject of two words",
    anchor: WED,
    say: 'Rail unions to strike on Monday',
    expr: 'Monday',
    value: '2003-05-19',
  },
  {
    what: "a headline's passive infinitive",
    anchor: WSJ,
    say: 'Exxon chief to be named Thursday',
    expr: 'Thursday',
    value: '1989-10-26',
  },
  {
    what: 'a date moved "to" a new day is ahead',
    anchor: WED,
    say: 'The hearing was moved from Monday to Friday.',
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: '"shifted to" a new day',
    anchor: WED,
    say: 'Organisers shifted the final to Sunday.',
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: '"originally" before a plan\'s participle: a former plan',
    anchor: WED,
    say: 'The launch, originally scheduled for Tuesday, was scrubbed.',
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"would say" and the date: the saying\'s',
    anchor: WED,
    say: 'Neither side would say Monday whether the talks would go on.',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"would not comment" and the date',
    anchor: WED,
    say: 'The company would not comment Tuesday on the report.',
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"whether" after the date opens another clause',
    anchor: WED,
    say: 'He was hurt in the win on Sunday and whether he plays will be known later.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"told" its object and a preposition before the date',
    anchor: WED,
    say: 'The coach told players on Tuesday the squad will train twice a day.',
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"told" its object and "in" before a bare month',
    anchor: WSJ,
    say: 'Mr. Lee told analysts in March the plant would close.',
    expr: 'March',
    value: '1989-03',
  },
  {
    what: 'a pronoun after "told … on Tuesday" opens the reported clause',
    anchor: WED,
    say: 'The coach told players on Tuesday they will train twice a day.',
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"told" its object and the date, then a pronoun',
    anchor: WSJ,
    say: 'The board told shareholders Monday it will sell the unit.',
    expr: 'Monday',
    value: '1989-10-23',
  },
];

/** Cases that must not change: the forms the new rules leave alone. */
const KEEP: Case[] = [
  {
    what: '"is believed to have" + participle stays past',
    anchor: WED,
    say: 'The captain is believed to have died on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"must have been" + participle stays past',
    anchor: WED,
    say: 'The hikers must have been swept away on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"would have" + participle stays past',
    anchor: WED,
    say: 'The champion would have won on Sunday without the rain.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: 'a causative after "had" stays past',
    anchor: WED,
    say: 'The mayor had the streets cleared on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"could" without a negation looks ahead',
    anchor: WED,
    say: 'The storm could reach the coast by Thursday.',
    expr: 'Thursday',
    value: '2003-05-15',
  },
  {
    what: '"can" before an act\'s date looks ahead',
    anchor: WED,
    say: 'The side can clinch the title on Sunday.',
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: '"can\'t comment on" a possessive date stays past',
    anchor: WED,
    say: "The bank can't comment on Monday's report.",
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"told" without object, ahead after "would"',
    anchor: WED,
    say: 'The envoy told reporters he would return to Cairo on Monday.',
    expr: 'Monday',
    value: '2003-05-19',
  },
  {
    what: '"after" and a past verb in its subject\'s place',
    anchor: WED,
    say: 'Stocks rallied after the central bank cut rates on Tuesday.',
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"after" a plural noun, no verb',
    anchor: WED,
    say: 'Ten men were detained soon after street riots in the capital on Monday.',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"after" a name and a plural noun',
    anchor: WED,
    say: 'He spoke before Senate investigators in April, aides said.',
    expr: 'April',
    value: '2003-04',
  },
  {
    what: '"after" a past verb and its object',
    anchor: WED,
    say: 'After the company reported its earnings on Monday, the shares fell.',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"if" before a possessive date',
    anchor: WED,
    say: 'If he builds on his Tuesday wins in the north, the race is over.',
    expr: 'Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"after" and a gerund',
    anchor: WED,
    say: 'He celebrated after scoring two goals in the final on Saturday.',
    expr: 'Saturday',
    value: '2003-05-10',
  },
  {
    what: 'two dates joined by "and" before a comma',
    anchor: WED,
    say: 'Most flights were cancelled on Friday and Saturday, but some would run today.',
    expr: 'Saturday',
    value: '2003-05-10',
  },
  {
    what: '"when" and a past verb',
    anchor: WED,
    say: 'When the market opened on Monday, traders sold heavily.',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"after waiting for" is no present wait',
    anchor: WED,
    say: 'The convoy entered the town late Tuesday after waiting for hours at the gate.',
    expr: 'late Tuesday',
    value: '2003-05-13',
  },
  {
    what: '"wants to" and a verb of saying stay past',
    anchor: WED,
    say: "Critics who want to end the program said Monday's ruling will hurt families.",
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"\'s" after a pronoun is a verb, not a possessive',
    anchor: WED,
    say: "She's hoping Saturday's primary will lift her campaign.",
    expr: 'Saturday',
    value: '2003-05-17',
  },
  {
    what: "a held event's date keeps the predicate's cue",
    anchor: WED,
    say: 'The vote Thursday will be close.',
    expr: 'Thursday',
    value: '2003-05-15',
  },
  {
    what: 'a held event after a possessive keeps the cue',
    anchor: WED,
    say: "The club's match Sunday will be televised.",
    expr: 'Sunday',
    value: '2003-05-18',
  },
  {
    what: '"was projected to" stays past',
    anchor: WED,
    say: 'Output was projected to pass the target by Friday.',
    expr: 'Friday',
    value: '2003-05-09',
  },
  {
    what: '"did not expect" stays no look ahead',
    anchor: WED,
    say: 'Residents did not expect the flood on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"due to" a cause is no cue',
    anchor: WED,
    say: 'The race was cancelled due to rain on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: 'a progressive before a date after "after" stays past',
    anchor: WED,
    say: 'The skater is heading to Moscow after winning the title on Saturday.',
    expr: 'Saturday',
    value: '2003-05-10',
  },
  {
    what: "a progressive before a noun's date stays past",
    anchor: WED,
    say: 'Police are investigating the attack on Sunday near the port.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: 'a past progressive stays past',
    anchor: WED,
    say: 'The envoy was travelling to Nairobi on Saturday when the plane crashed.',
    expr: 'Saturday',
    value: '2003-05-10',
  },
  {
    what: '"coming off" an event stays past',
    anchor: WED,
    say: 'The senator is coming off a strong debate on Thursday night.',
    expr: 'Thursday night',
    value: '2003-05-08',
  },
  {
    what: '"after" an adjective and a plural noun stays past',
    anchor: WED,
    say: 'The river rose after the heavy rains on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"Thanks to" is no headline subject',
    anchor: WED,
    say: 'Thanks to heavy rain on Sunday, the river rose.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: 'a verb of saying before the infinitive',
    anchor: WED,
    say: 'Jones says plan to cut jobs was shelved Monday',
    expr: 'Monday',
    value: '2003-05-12',
  },
  {
    what: '"According to" is no headline subject',
    anchor: WED,
    say: 'According to police, the gunmen fled on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"moved to" a place is no putting off',
    anchor: WED,
    say: 'Troops moved to the border on Sunday.',
    expr: 'Sunday',
    value: '2003-05-11',
  },
  {
    what: '"has been scheduled for" still looks ahead',
    anchor: WED,
    say: 'The vote has been scheduled for Friday.',
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: '"will say" and the date still looks ahead',
    anchor: WED,
    say: 'The minister will say Friday whether the plan goes ahead.',
    expr: 'Friday',
    value: '2003-05-16',
  },
  {
    what: "a condition after a future date keeps the clause's cue",
    anchor: WED,
    say: 'The union will strike on Monday if the talks fail.',
    expr: 'Monday',
    value: '2003-05-19',
  },
  {
    what: "a date after the reported clause's verb keeps its cue",
    anchor: WED,
    say: 'The coach said they will train on Tuesday.',
    expr: 'Tuesday',
    value: '2003-05-20',
  },
  {
    what: 'a verb after the date with no subject keeps its cue',
    anchor: WED,
    say: 'The team plays on Tuesday and will train twice a day.',
    expr: 'Tuesday',
    value: '2003-05-20',
  },
];

function check(c: Case): void {
  const at = c.say.indexOf(c.expr);
  assert.ok(at >= 0, `"${c.expr}" is not in the sentence`);
  const got = timesIn(c.say, c.anchor);
  const t = got.find((x) => x.start === at && x.text === c.expr);
  assert.ok(t, `${c.what}: "${c.expr}" not found in ${JSON.stringify(got.map((x) => x.text))}`);
  assert.equal(t.value, c.value, c.what);
}

describe('times, eleventh round: clause structure (invented sentences)', () => {
  for (const c of CASES) it(c.what, () => check(c));
  for (const c of KEEP) it(`kept: ${c.what}`, () => check(c));
});
