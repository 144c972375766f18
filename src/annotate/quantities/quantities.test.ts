import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotatorContract, preparedDoc } from '../contract.js';
import { quantityFinder } from './index.js';
import type { QuantityItem } from './types.js';

/** [span text, value, unit, extras] as the finder should report them. */
type Expected = [string, number, string, Partial<Pick<QuantityItem, 'modifier' | 'upper' | 'role'>>?];

function quantitiesOf(text: string): QuantityItem[] {
  const doc = preparedDoc(quantityFinder, text);
  quantityFinder.annotate(doc);
  return [...doc.getLayer<QuantityItem>('quantities')];
}

function shown(text: string, items: readonly QuantityItem[]): Expected[] {
  return items.map((q) => {
    const extras: Partial<Pick<QuantityItem, 'modifier' | 'upper' | 'role'>> = {};
    if (q.modifier) extras.modifier = q.modifier;
    if (q.upper !== undefined) extras.upper = q.upper;
    if (q.role) extras.role = q.role;
    const row: Expected = [text.slice(q.start, q.end), q.value, q.unit];
    if (Object.keys(extras).length) row.push(extras);
    return row;
  });
}

describe('quantity finder', () => {
  const cases: Array<[string, string, Expected[]]> = [
    ['a count with its noun', 'Rescuers saved 14 miners.', [['14 miners', 14, 'miners']]],
    [
      'a number word, capitalised',
      'Seventeen pupils were hurt.',
      [['Seventeen pupils', 17, 'pupils', { role: 'injured' }]],
    ],
    [
      'a compound number word',
      'One hundred and five ships sailed.',
      [['One hundred and five ships', 105, 'ships']],
    ],
    ['a dozen', 'A dozen drones were shot down.', [['A dozen drones', 12, 'drones']]],
    ['dollars with a glued scale', 'It cost $50m.', [['$50m', 5e7, 'USD']]],
    ['euros with a glued scale', 'Brussels pledged €3bn.', [['€3bn', 3e9, 'EUR']]],
    [
      'a scale word and a currency name',
      'A fund of 50 million dollars.',
      [['50 million dollars', 5e7, 'USD']],
    ],
    ['a currency code before', 'Each dose costs USD 30.', [['USD 30', 30, 'USD']]],
    [
      'a decimal with a scale',
      'About 1.5 million people fled.',
      [['About 1.5 million people', 1.5e6, 'people', { modifier: 'about' }]],
    ],
    ['a percent sign', 'Turnout was 61.2%.', [['61.2%', 61.2, 'percent']]],
    ['per cent in words', 'It fell 3 per cent.', [['3 per cent', 3, 'percent']]],
    ['an age after a name', 'Jana Novak, 26, was charged.', [['26', 26, 'years']]],
    ['an age as one word', 'A 34-year-old man was held.', [['34-year-old', 34, 'years']]],
    [
      'ages after aged',
      'The men, aged 19 and 23, left.',
      [
        ['19', 19, 'years'],
        ['23', 23, 'years'],
      ],
    ],
    [
      'a range with between',
      'Between 20 and 30 fighters surrendered.',
      [['Between 20 and 30 fighters', 20, 'fighters', { modifier: 'between', upper: 30 }]],
    ],
    [
      'a range with to',
      'They took 20 to 25 villages.',
      [['20 to 25 villages', 20, 'villages', { upper: 25 }]],
    ],
    [
      'a hyphenated range',
      'Some 10-15 people were trapped.',
      [['Some 10-15 people', 10, 'people', { modifier: 'some', upper: 15 }]],
    ],
    [
      'a vague plural',
      'Hundreds of people gathered.',
      [['Hundreds of people', 200, 'people', { modifier: 'hundreds of' }]],
    ],
    [
      'tens of thousands',
      'Tens of thousands of people marched.',
      [['Tens of thousands of people', 2e4, 'people', { modifier: 'tens of thousands of' }]],
    ],
    ['a fraction before of', 'A third of the homes burned.', [['A third', 1 / 3, 'fraction']]],
    [
      'a two-word counted noun',
      'They fired 26 cruise missiles.',
      [['26 cruise missiles', 26, 'cruise missiles']],
    ],
    [
      'a role verb before',
      'The attacks killed 353 people.',
      [['353 people', 353, 'people', { role: 'killed' }]],
    ],
    [
      'a count before an active role verb with an object is its agent, not its victim',
      'Two gunmen killed 12 people and three soldiers detained 40 more.',
      [
        ['Two gunmen', 2, 'gunmen'],
        ['12 people', 12, 'people', { role: 'killed' }],
        ['three soldiers', 3, 'soldiers'],
        ['40', 40, '', { role: 'detained' }],
      ],
    ],
    [
      'a partitive counts the plural noun after "of the", and takes a role word there as its role',
      'Gunners shot down 87 of the drones; six of the injured were children, and one of the pilots survived.',
      [
        ['87', 87, 'drones'],
        ['six', 6, '', { role: 'injured' }],
      ],
    ],
    [
      "a sentence opened by a role's partitive gives its counts that role",
      'Of the wounded, 14 were in Arlow and 9 in the hills; of the 30 buses, 5 burned.',
      [
        ['14', 14, '', { role: 'wounded' }],
        ['9', 9, '', { role: 'wounded' }],
        ['30 buses', 30, 'buses'],
        ['5', 5, ''],
      ],
    ],
    [
      "a count with its own noun after a role's partitive keeps its own noun, no role",
      'Of the dead, 12 were children, and rescuers pulled 30 survivors from the rubble.',
      [
        ['12', 12, '', { role: 'dead' }],
        ['30 survivors', 30, 'survivors'],
      ],
    ],
    [
      'no partitive noun from a name or an adjective; a reduced relative keeps its victim role',
      'Four of the Brussels attackers fled. Three soldiers wounded at the checkpoint were flown out.',
      [['Three soldiers', 3, 'soldiers', { role: 'wounded' }]],
    ],
    [
      'a count before a passive role verb is its victim',
      'Two guards were killed and 12 people wounded in the market.',
      [
        ['Two guards', 2, 'guards', { role: 'killed' }],
        ['12 people', 12, 'people', { role: 'wounded' }],
      ],
    ],
    [
      'a count in the place phrase of the count before it takes no role and lends no noun; the count before reads its role past the phrase',
      'Nine miners from four villages were killed and 14 hurt. Two nurses in Quito were injured.',
      [
        ['Nine miners', 9, 'miners', { role: 'killed' }],
        ['four villages', 4, 'villages'],
        ['14', 14, 'miners', { role: 'injured' }],
        ['Two nurses', 2, 'nurses', { role: 'injured' }],
      ],
    ],
    [
      'adjectives of age and time before the counted noun are skipped',
      'Apart from one late arrival, two old tanks and three elderly guards stayed.',
      [
        ['one late arrival', 1, 'arrival'],
        ['two old tanks', 2, 'tanks'],
        ['three elderly guards', 3, 'guards'],
      ],
    ],
    [
      'a role word after, and an elided noun',
      'At least 129 people were killed and 352 wounded.',
      [
        ['At least 129 people', 129, 'people', { modifier: 'at least', role: 'killed' }],
        ['352', 352, 'people', { role: 'wounded' }],
      ],
    ],
    [
      'parts with an elided noun',
      'It killed 353 people, 129 in Paris and 224 in Lyon.',
      [
        ['353 people', 353, 'people', { role: 'killed' }],
        ['129', 129, 'people'],
        ['224', 224, 'people'],
      ],
    ],
    [
      'a partitive',
      'Only 12 of the 200 passengers survived.',
      [
        ['12', 12, 'passengers'],
        ['200 passengers', 200, 'passengers'],
      ],
    ],
    ['the death toll', 'The death toll rose to 64.', [['64', 64, '', { role: 'dead' }]]],
    [
      'a missing role',
      'Around 50 soldiers remain missing.',
      [['Around 50 soldiers', 50, 'soldiers', { modifier: 'around', role: 'missing' }]],
    ],
    [
      'a capitalised plural noun',
      'Officials said 37 Canadians were evacuated.',
      [['37 Canadians', 37, 'canadians']],
    ],
    [
      'a country-named currency',
      'It cost two billion Singapore dollars.',
      [['two billion Singapore dollars', 2e9, 'SGD']],
    ],
    [
      'a leading adjective is skipped',
      'Police questioned two senior officials.',
      [['two senior officials', 2, 'officials']],
    ],
    ['lakh and crore', 'The state paid Rs 10 lakh.', [['Rs 10 lakh', 1e6, 'INR']]],
    [
      'several hundred',
      'Several hundred people waited.',
      [['Several hundred people', 200, 'people', { modifier: 'several hundred' }]],
    ],
    ['a span of years is not a quantity', 'During the 1980-1988 war, trade fell.', []],
    ['"number one" is not a quantity', 'It is the number one seller.', []],
    ['an ordinal is not a quantity', 'He was the third person held.', []],
    ['years and dates are not quantities', 'The deal of 2015 ended on 12 March 2016.', []],
    ['a phone number is not a quantity', 'Call 0800 555 0199 now.', []],
    ['an id after a capitalised word is not a quantity', 'Flight 4417 landed.', []],
    ['"one of the" is not a quantity', 'One of the gunmen escaped.', []],
    ['a duration is not a quantity', 'He served 12 years in prison.', []],
    ['a clock time is not a quantity', 'It opens at 9 a.m. daily.', []],
    ['a decade is not a quantity', 'The 1990s were calm.', []],
    ['a name with a digit is not a quantity', 'The 5G mast and the G20 summit.', []],
  ];
  // Numbers that start with a word: each kind the finder's quick rejection of other words lets through.
  cases.push(
    [
      'a fraction word before "of"',
      'Half of the 40 villagers fled.',
      [
        ['Half', 0.5, 'fraction'],
        ['40 villagers', 40, 'villagers'],
      ],
    ],
    ['a hyphenated fraction', 'Two-thirds of voters stayed home.', [['Two-thirds', 0.6667, 'fraction']]],
    ['a number word and a fraction', 'One third of the land flooded.', [['One third', 0.3333, 'fraction']]],
    ['a hyphenated number word', 'Twenty-nine ships sailed.', [['Twenty-nine ships', 29, 'ships']]],
    [
      'a vague count',
      'Dozens of houses burned.',
      [['Dozens of houses', 24, 'houses', { modifier: 'dozens of' }]],
    ],
    [
      'a vague scale',
      'A few thousand people marched.',
      [['A few thousand people', 2000, 'people', { modifier: 'a few thousand' }]],
    ],
    ['an age written as one word', 'The 26-year-old driver was arrested.', [['26-year-old', 26, 'years']]],
    ['money written as one word', 'The firm paid $1.2-billion in fines.', [['$1.2-billion', 1.2e9, 'USD']]],
  );
  for (const [what, text, expected] of cases)
    it(what, () => assert.deepEqual(shown(text, quantitiesOf(text)).map(roundRow), expected.map(roundRow)));

  it('says what an amount of money is, not when it was counted', () => {
    const nouns = (text: string) => quantitiesOf(text).map((q) => q.noun ?? null);
    assert.deepEqual(nouns('The ministry offered a $2 million reward.'), ['reward']);
    assert.deepEqual(nouns('Donors pledged $3 billion in aid.'), ['aid']);
    assert.deepEqual(nouns('The club earned $4 million last year.'), [null]);
    assert.deepEqual(nouns('Ninety people were hurt.'), [null]);
    // The head of the phrase, not its first word; nothing when a name or a place follows.
    assert.deepEqual(nouns('Congress passed a $2 trillion infrastructure bill.'), ['bill']);
    assert.deepEqual(nouns('They pledged $1 billion in additional humanitarian aid.'), ['aid']);
    assert.deepEqual(nouns('The firm raised $20 million in Series B funding.'), [null]);
    assert.deepEqual(nouns('Sales reached $2 million in New York alone.'), [null]);
    // A verb form or a time word ends the phrase.
    assert.deepEqual(nouns('The city spent $5 billion rebuilding roads.'), [null]);
    assert.deepEqual(nouns('Police found $2 million hidden in a truck.'), [null]);
    assert.deepEqual(nouns('The bank was fined $2 billion yesterday.'), [null]);
  });

  it('keeps offsets on the original text', () => {
    const text = 'Prices rose 2.3 percent. Then 40 rockets hit.';
    for (const q of quantitiesOf(text)) assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
  });

  annotatorContract(quantityFinder, [
    'At least 129 people were killed and 352 wounded.',
    'Salah Abdeslam, 26, and £1.2 billion 👍 here; 3 per cent.',
    'Between 20 and 30 fighters, a third of them, and $50m.',
  ]);
});

function roundRow(row: Expected): Expected {
  const [t, v, u, ...rest] = row;
  return [t, Math.round(v * 1e4) / 1e4, u, ...rest] as Expected;
}
