import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotatorContract, preparedDoc } from '../contract.js';
import { checker } from './index.js';
import type { CheckItem } from './types.js';

function checksOf(text: string): CheckItem[] {
  const doc = preparedDoc(checker, text);
  checker.annotate(doc);
  return [...doc.getLayer<CheckItem>('checks')];
}

/** A check as compared: kind, holds, total/parts or values, and the evidence texts. */
function shown(text: string, c: CheckItem): Record<string, unknown> {
  return {
    kind: c.kind,
    holds: c.holds,
    ...(c.total !== undefined ? { total: c.total, parts: c.parts } : { values: c.values }),
    evidence: c.evidence.map((e) => text.slice(e.start, e.end)),
  };
}

describe('checker', () => {
  const cases: Array<[string, string, Array<Record<string, unknown>>]> = [
    [
      'a sum that holds',
      'The attacks killed 353 people, 129 in Paris and 224 in Brussels.',
      [
        {
          kind: 'sum',
          holds: true,
          total: 353,
          parts: [129, 224],
          evidence: ['353 people', '129', '224'],
        },
      ],
    ],
    [
      'a total named by its role ("Of the 42 dead"), its parts with the verb elided',
      'Of the 42 dead, 30 were in Brel and 12 in nearby villages, the service said.',
      [{ kind: 'sum', holds: true, total: 42, parts: [30, 12], evidence: ['42', '30', '12'] }],
    ],
    [
      'a total named by its role, its parts with the same words repeated, that does not add up',
      'Of the 50 killed, 30 were in Arlow and 25 were in Benton.',
      [{ kind: 'sum', holds: false, total: 50, parts: [30, 25], evidence: ['50', '30', '25'] }],
    ],
    [
      'a total named by its role, broken down by condition and not adding up: no false alarm',
      'Of the 60 wounded, 25 were in critical condition and 10 were in serious condition.',
      [],
    ],
    [
      'a total named by its role with overlapping groups after it: no sum',
      'Of the 60 wounded, 25 were in critical condition and 10 were children.',
      [],
    ],
    [
      'a sum that does not hold',
      'The attacks killed 353 people, 129 in Paris and 204 in Brussels.',
      [
        {
          kind: 'sum',
          holds: false,
          total: 353,
          parts: [129, 204],
          evidence: ['353 people', '129', '204'],
        },
      ],
    ],
    [
      'a sum of three parts with the breakdown in the next sentence, after "Of those"',
      'Police detained 60 protesters on Saturday. Of those, 25 protesters were held in the north, 20 in the south and 15 in the west.',
      [
        {
          kind: 'sum',
          holds: true,
          total: 60,
          parts: [25, 20, 15],
          evidence: ['60 protesters', '25 protesters', '20', '15'],
        },
      ],
    ],
    [
      'a breakdown in the next sentence after "Of the dead", its parts without a noun',
      'The landslide killed 31 people. Of the dead, 20 were in Varo and 11 in Kess, officials said.',
      [
        {
          kind: 'sum',
          holds: true,
          total: 31,
          parts: [20, 11],
          evidence: ['31 people', '20', '11'],
        },
      ],
    ],
    [
      'a breakdown by condition after "Of the dead" may be partial',
      'The landslide killed 31 people. Of the dead, 9 were children and 12 were women.',
      [],
    ],
    [
      'a sum of money',
      'The donors pledged $90m, $50m from the bank and $40m from the fund.',
      [{ kind: 'sum', holds: true, total: 9e7, parts: [5e7, 4e7], evidence: ['$90m', '$50m', '$40m'] }],
    ],
    [
      'the same count in digits and in words',
      'At least 129 people were killed in the attacks. The president said one hundred and twenty-nine people had been killed.',
      [
        {
          kind: 'same',
          holds: true,
          values: [129, 129],
          evidence: ['At least 129 people', 'one hundred and twenty-nine people'],
        },
      ],
    ],
    [
      'the dead counted as people and as bodies are one unit',
      'Thirty-one people were confirmed dead after the landslide. Searchers had recovered 31 dead bodies by noon.',
      [
        {
          kind: 'same',
          holds: true,
          values: [31, 31],
          evidence: ['Thirty-one people', '31 dead bodies'],
        },
      ],
    ],
    [
      'two counts of the same role that disagree',
      'Officials said 45 civilians were killed in the shelling. Local doctors said the death toll was 70.',
      [{ kind: 'conflict', holds: false, values: [45, 70], evidence: ['45 civilians', '70'] }],
    ],
    [
      'killed and dead are one role family',
      'The storm killed 12 people on Monday. Hospital staff said the total was 15 people dead.',
      [{ kind: 'conflict', holds: false, values: [12, 15], evidence: ['12 people', '15 people'] }],
    ],
    [
      'a death toll that disagrees with the first count',
      'Eleven people were killed in the blast. Police gave a death toll of 14.',
      [{ kind: 'conflict', holds: false, values: [11, 14], evidence: ['Eleven people', '14'] }],
    ],
    [
      'no check: a running toll is an update, not a rival count',
      'Eleven people were killed in the blast. The death toll rose to 19 on Wednesday.',
      [],
    ],
    [
      'no check: counts of separate incidents',
      'Four people were killed in police firing in the north. Eight people were killed at a village in the south.',
      [],
    ],
    [
      'no check: a toll far from the first count is about something wider',
      'Two people were killed in the town. The official death toll for the unrest stands at 427.',
      [],
    ],
    [
      'no check: "at least" agrees with a larger count',
      'At least 40 people were killed. Later 43 people were reported dead.',
      [],
    ],
    [
      'no check: "about" agrees with a near count',
      'About 50 soldiers are missing. Some 52 soldiers remain missing.',
      [],
    ],
    ['no check: different roles', 'Four people died and 20 people were injured in the crash.', []],
    [
      'no check: a selection, not a breakdown',
      'Police arrested 250 people, including 12 minors and 30 students.',
      [],
    ],
    [
      'no check: parts of different units',
      'The plant employs 1,100 workers and produces 300 cars and 40 trucks a day.',
      [],
    ],
    [
      'no check: unrelated numbers',
      'The firm hired 30 engineers. It opened 12 offices and 5 labs in 2015.',
      [],
    ],
    [
      'no check: counts tied to different places',
      'Nine people were killed in Lyon. Twelve people were killed in Nice.',
      [],
    ],
    [
      'no check: a single part is not a breakdown',
      'Another 90 infections were reported, bringing the total to 1,450 infections.',
      [],
    ],
    [
      'no check: parts bigger than the total',
      'The rebels hold 20 villages, 15 in the east and 30 in the north.',
      [],
    ],
    ['no check: a qualified total', 'More than 300 people died, 120 in the city and 90 in the suburbs.', []],
    [
      'no check: numbers in the next sentence without "of those"',
      'The pump is rated 40 kW. The garden model runs at 7 kW as standard, and 15 kW with the upgrade.',
      [],
    ],
    [
      'no check: a change over time',
      'The fare was $1,250, up from $1,180 in spring and from $990 the year before.',
      [],
    ],
    [
      'no check: alternatives in brackets',
      'Stir in 6 walnuts (or 3 slices of pear), then 1 cup of rice.',
      [],
    ],
    [
      'no check: a vague count agrees with anything',
      'Several hundred calories are hidden in a roll. Skip half and save 100 calories.',
      [],
    ],
    [
      'no check: a part counted per item',
      'The plan sets aside 300 million dollars, 110 million dollars each for ports and rail and 80 million dollars for canals.',
      [],
    ],
    [
      'no check: a list that goes on past the parts read',
      'The station has eight platforms, two for the northern line, three for the coastal line and three more for local trains.',
      [],
    ],
    [
      'no check: the first item of a list is not its total',
      'Cases were highest in the port, followed by 58 in Arlow, 31 in Benton, 12 in Cray and 4 in Dunmore.',
      [],
    ],
    [
      'no check: an additional amount is not a part',
      'The minister announced a grant of $200m to the region and an extra $150m for schools and $40m for roads.',
      [],
    ],
    [
      'no check: a toll that increased',
      'The ferry fire killed 22 passengers. Rescuers said later the toll had risen to 25.',
      [],
    ],
    [
      'a breakdown with word numbers',
      'The city will open two clinics, one in the north and one in the south.',
      [{ kind: 'sum', holds: true, total: 2, parts: [1, 1], evidence: ['two clinics', 'one', 'one'] }],
    ],
    [
      'no check: a strict bound is not the same number',
      'Organisers said more than a thousand marchers came. Police said only 1,000 marchers came.',
      [],
    ],
    ['no check: percentages', 'Turnout was 64%, 30% in the morning and 34% in the afternoon.', []],
    [
      'no check: the same number twice in digits',
      'Troops detained 18 suspects. The 18 suspects were detained overnight.',
      [],
    ],
  ];
  for (const [what, text, expected] of cases)
    it(what, () =>
      assert.deepEqual(
        checksOf(text).map((c) => shown(text, c)),
        expected,
      ),
    );

  it('every check carries evidence spans inside its own span', () => {
    const text = 'The attacks killed 353 people, 129 in Paris and 224 in Brussels.';
    for (const c of checksOf(text)) {
      assert.ok(c.evidence.length >= 2);
      for (const e of c.evidence) assert.ok(e.start >= c.start && e.end <= c.end);
    }
  });

  annotatorContract(checker, [
    'The attacks killed 353 people, 129 in Paris and 224 in Brussels.',
    'Officials said 45 civilians were killed 👍. A doctor said 70 civilians were killed.',
    'No numbers at all here.',
  ]);
});
