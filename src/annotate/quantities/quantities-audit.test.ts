/**
 * The quantity finder on the error kinds an audit of its output on real news pages found (docs/quantities.md,
 * "Audit on real pages"): the others of a count, role phrases and adverbs, roles shared by coordinated
 * subjects, compound and capitalised nouns, measure words, shares after a name, long ids, ages with one
 * hyphen, prepositions after money. Every sentence is written for this test. A row whose label starts with
 * "guard:" holds what the finder did before these rules too (it checks that a rule does not reach too far);
 * every other row failed before them.
 */
import { describeGroups, type QuantityCase as Case } from './testing.js';

const GROUPS: Array<[string, Case[]]> = [
  [
    'the others of a count',
    [
      [
        'others after a role sentence, the role after',
        'A porter died and five others were wounded by the falling crane.',
        [['five others', 5, 'others', { role: 'wounded' }]],
      ],
      [
        'others after a role verb',
        'The bomb killed a driver and injured 11 others.',
        [['11 others', 11, 'others', { role: 'injured' }]],
      ],
      [
        'a vague count of others',
        'Three miners were killed and dozens of others were hurt.',
        [
          ['Three miners', 3, 'miners', { role: 'killed' }],
          ['dozens of others', 24, 'others', { modifier: 'dozens of', role: 'injured' }],
        ],
      ],
      ['guard: others without a count', 'Others were hurt in the crush.', []],
    ],
  ],
  [
    'role phrases and adverbs',
    [
      [
        'shot dead',
        'Nine miners were shot dead at the gate.',
        [['Nine miners', 9, 'miners', { role: 'killed' }]],
      ],
      [
        'stabbed to death',
        'Two farmers were stabbed to death overnight.',
        [['Two farmers', 2, 'farmers', { role: 'killed' }]],
      ],
      [
        'found dead',
        'Four hikers were found dead on Sunday.',
        [['Four hikers', 4, 'hikers', { role: 'dead' }]],
      ],
      [
        'an adverb in -ly before the role word',
        'Two guards were mistakenly detained at the border.',
        [['Two guards', 2, 'guards', { role: 'detained' }]],
      ],
      [
        'an adverb in a reduced relative',
        'Protests followed for three cyclists recently killed on the bridge.',
        [['three cyclists', 3, 'cyclists', { role: 'killed' }]],
      ],
      [
        'guard: the count before "shot dead" with an object is its agent',
        'Two gunmen shot dead a shopkeeper.',
        [['Two gunmen', 2, 'gunmen']],
      ],
    ],
  ],
  [
    'roles shared by coordinated subjects',
    [
      [
        'two counts joined by "and"',
        'Eight nurses and three doctors were injured when the roof fell.',
        [
          ['Eight nurses', 8, 'nurses', { role: 'injured' }],
          ['three doctors', 3, 'doctors', { role: 'injured' }],
        ],
      ],
      [
        'a list of three',
        'Four teachers, two cooks and nine pupils were hurt.',
        [
          ['Four teachers', 4, 'teachers', { role: 'injured' }],
          ['two cooks', 2, 'cooks', { role: 'injured' }],
          ['nine pupils', 9, 'pupils', { role: 'injured' }],
        ],
      ],
      [
        'guard: a bare number before a comma shares no role (a thousands comma typed with a space)',
        'By May, about 3, 120 troops had been killed.',
        [
          ['about 3', 3, '', { modifier: 'about' }],
          ['120 troops', 120, 'troops', { role: 'killed' }],
        ],
      ],
      [
        'guard: the object of a verb does not share the next clause’s role',
        'Rebels burned 12 houses and 3 people were killed.',
        [
          ['12 houses', 12, 'houses'],
          ['3 people', 3, 'people', { role: 'killed' }],
        ],
      ],
    ],
  ],
  [
    'compound and capitalised nouns',
    [
      [
        'an irregular plural after a singular word',
        'Two army men and three security staff were on duty.',
        [
          ['Two army men', 2, 'army men'],
          ['three security staff', 3, 'security staff'],
        ],
      ],
      [
        'two singular words before the plural head',
        'The agency hired 250 border patrol agents.',
        [['250 border patrol agents', 250, 'border patrol agents']],
      ],
      [
        'an -ing word before the plural head',
        'The hospital took in 30 drowning victims.',
        [['30 drowning victims', 30, 'drowning victims']],
      ],
      [
        'a run of capitalised words before the noun',
        'Some 300 United Nations peacekeepers arrived on Monday.',
        [['Some 300 United Nations peacekeepers', 300, 'peacekeepers', { modifier: 'some' }]],
      ],
      [
        'a singular word in -us is no plural',
        'The council sold three bus depots.',
        [['three bus depots', 3, 'bus depots']],
      ],
      [
        'a measure word is the unit, not the first word of a compound',
        'Stir in 1 cup raisins.',
        [['1 cup', 1, 'cup']],
      ],
      [
        'guard: a measure word glued to digits before a compound',
        'The army fired 120mm mortar shells at the hills.',
        [['120mm', 120, 'mm']],
      ],
      [
        'guard: a count of one keeps its singular noun',
        'One official says the talks failed.',
        [['One official', 1, 'official']],
      ],
      ['guard: a count of one is no head of a capitalised run', 'One Harbour Group branches were sold.', []],
    ],
  ],
  [
    'shares after a name, long ids',
    [
      [
        'a percentage after a name',
        'The poll put Ortiz 52 percent and Lee 41%.',
        [
          ['52 percent', 52, 'percent'],
          ['41%', 41, 'percent'],
        ],
      ],
      [
        'points after a name',
        'In the final, Garcia 21 points and Novak 17 points led the scoring.',
        [
          ['21 points', 21, 'points'],
          ['17 points', 17, 'points'],
        ],
      ],
      ['guard: a number after a name with no share is an id', 'Flight 4417 was delayed.', []],
      ['a long run of digits is an id', 'The post had the id 8812734501 in its link.', []],
      [
        'guard: a grouped long number is a count',
        'The region has 12,345,678 residents.',
        [['12,345,678 residents', 12345678, 'residents']],
      ],
    ],
  ],
  [
    'ages, money',
    [
      [
        'an age with the second hyphen left out',
        'A 47-year old driver was arrested.',
        [['47-year old', 47, 'years']],
      ],
      [
        'an age with the first hyphen left out',
        'Her 9 year-old son was unhurt.',
        [['9 year-old', 9, 'years']],
      ],
      [
        'a preposition after money is not what the money is',
        'The fund raised $40 million through the end of May.',
        [['$40 million', 40_000_000, 'USD']],
      ],
    ],
  ],
  [
    'references, addresses, dates, records',
    [
      [
        'a reference mark in brackets',
        'Sleep loss raises appetite (12). Two trials agree (14, 15).',
        [['Two trials', 2, 'trials']],
      ],
      ['guard: a number in brackets after a name', 'Mary Doyle (34) was charged.', [['34', 34, '']]],
      ['a street number', 'Police searched a house at 418 Birch Lane on Friday.', []],
      [
        'guard: a street name before a noun is a modifier',
        'Some 25 Main Street shops closed.',
        [['Some 25 Main Street shops', 25, 'shops', { modifier: 'some' }]],
      ],
      ['the year of a date before a plural noun', 'They marked the March 4, 2011 floods.', []],
      ['team records in brackets', 'The Hawks (7-2, 4-1) beat the Owls (3-6, 1-4).', []],
      [
        'guard: a range with a noun',
        'It took 10-15 people.',
        [['10-15 people', 10, 'people', { upper: 15 }]],
      ],
    ],
  ],
  [
    'age ranges, above and below',
    [
      [
        'ages with "to"',
        'The scheme covers workers ages 50 to 64.',
        [['50 to 64', 50, 'years', { upper: 64 }]],
      ],
      [
        'between the ages of',
        'The study followed adults between the ages of 19 and 34.',
        [['19 and 34', 19, 'years', { modifier: 'between', upper: 34 }]],
      ],
      [
        'below as a modifier',
        'Inflation stayed below 2 percent.',
        [['below 2 percent', 2, 'percent', { modifier: 'below' }]],
      ],
    ],
  ],
  [
    'spans of money and percentages written with "to"',
    [
      [
        'two amounts with no change word before',
        'Annual fees run $200 to $500 for most members.',
        [['$200 to $500', 200, 'USD', { upper: 500 }]],
      ],
      [
        'two percentages after a word of range',
        'Duties ranging from 4 percent to 18 percent apply.',
        [['4 percent to 18 percent', 4, 'percent', { upper: 18 }]],
      ],
      [
        'two percent signs',
        'The machines deliver 85% to 95% pure water.',
        [['85% to 95%', 85, 'percent', { upper: 95 }]],
      ],
      [
        'one percent word for both',
        'Cars cause 30 to 60 percent of the smog.',
        [['30 to 60 percent', 30, 'percent', { upper: 60 }]],
      ],
      [
        'guard: a change in money',
        'Shares rose $3 to $88.',
        [
          ['$3', 3, 'USD'],
          ['$88', 88, 'USD'],
        ],
      ],
      [
        'guard: a change from one percentage to another',
        'The levy increased from 10% to 25%.',
        [
          ['10%', 10, 'percent'],
          ['25%', 25, 'percent'],
        ],
      ],
      [
        'guard: a poll margin',
        'She leads him by 41 percent to 48 percent among men.',
        [
          ['41 percent', 41, 'percent'],
          ['48 percent', 48, 'percent'],
        ],
      ],
    ],
  ],
  [
    'units of measure, shares, list markers, idioms',
    [
      [
        'units glued to the digits',
        'The tablet has 256GB of storage, a 48MP camera and a 65W charger.',
        [
          ['256GB', 256, 'gb'],
          ['48MP', 48, 'mp'],
          ['65W', 65, 'w'],
        ],
      ],
      ['a unit in capitals after a space', 'The farm will add 4.2 GW by May.', [['4.2 GW', 4.2, 'gw']]],
      ['a street number before an initial (no unit W)', 'She lives at 402 W. Lake Road now.', []],
      [
        'one in N as a share',
        'One in five voters stayed home, against 1 in 8 in the last vote.',
        [
          ['One in five', 0.2, 'fraction'],
          ['1 in 8', 0.125, 'fraction'],
        ],
      ],
      ['guard: one in a year', 'He won one in 2016.', []],
      ['list markers before a closing bracket', 'Our picks: 1) Desk lamp 2) Kettle 3) Radio', []],
      ['a list marker as a sentence', 'The day ended. 2. The night came.', []],
      ['guard: a number in brackets stays a number', 'Prices (up 5) rose.', [['5', 5, '']]],
      ['at one point', 'At one point the talks stalled, and at one stage they broke down.', []],
    ],
  ],
  [
    'a second sample: hyphens, capitalised plurals, partitives, coordinated objects, names',
    [
      [
        'a hyphenated modifier before a singular noun',
        'He had one face-to-face interview with her.',
        [['one face-to-face interview', 1, 'interview']],
      ],
      [
        'a hyphenated modifier before a capitalised word',
        'Two well-known Labour councillors resigned.',
        [['Two well-known Labour councillors', 2, 'councillors']],
      ],
      [
        'guard: a hyphenated word before a plural heads a compound',
        'Some 300 anti-war protesters gathered.',
        [['Some 300 anti-war protesters', 300, 'anti-war protesters', { modifier: 'some' }]],
      ],
      [
        'a run of capitalised words ending in the plural head',
        'The ship carried 40 Sri Lankans and 12 New Zealanders were hurt.',
        [
          ['40 Sri Lankans', 40, 'lankans'],
          ['12 New Zealanders', 12, 'zealanders', { role: 'injured' }],
        ],
      ],
      [
        'the role after the whole of a partitive',
        'Six of the hostages were freed, and three of them were wounded.',
        [
          ['Six', 6, 'hostages'],
          ['three', 3, '', { role: 'wounded' }],
        ],
      ],
      [
        'the second object of a role verb',
        'The shelling killed a nurse and four children.',
        [['four children', 4, 'children', { role: 'killed' }]],
      ],
      [
        'guard: a passive role verb before "and" is a clause of its own',
        'Two men were arrested and 40 people gathered.',
        [
          ['Two men', 2, 'men', { role: 'arrested' }],
          ['40 people', 40, 'people'],
        ],
      ],
      [
        'a capitalised number word inside a sentence is in a name',
        'Tourists visit the Three Gorges Dam and the Seven Sisters cliffs.',
        [],
      ],
      ['an abbreviated time unit makes a duration', 'It is a 20 min drive.', []],
      [
        'a conjunction after money is not what the money is',
        'The firm may raise $40 million if the offer holds.',
        [['$40 million', 40_000_000, 'USD']],
      ],
      [
        'a singular noun in s inside a compound',
        'Three cable news hosts quit.',
        [['Three cable news hosts', 3, 'cable news hosts']],
      ],
    ],
  ],
  [
    'a third sample: money after a capitalised word, "out of", spaced ordinals',
    [
      [
        'an amount after a capitalised word is no id',
        'The kettle is $30 (Originally $45) this week.',
        [
          ['$30', 30, 'USD'],
          ['$45', 45, 'USD'],
        ],
      ],
      [
        '"N out of M" with no noun is a share',
        'About seven out of 10 said yes.',
        [['About seven out of 10', 0.7, 'fraction', { modifier: 'about' }]],
      ],
      [
        '"N out of M" before a noun is a partitive',
        'Gunmen seized 11 out of 15 crew members.',
        [
          ['11', 11, 'crew members'],
          ['15 crew members', 15, 'crew members'],
        ],
      ],
      ['an ordinal with its suffix spaced off', 'They marked the 40 th anniversary.', []],
      ['an adverb after a count is no noun', 'We tried the two together.', []],
      [
        'the currency named again after a signed amount',
        'He owes $2 million dollars in fees.',
        [['$2 million dollars', 2_000_000, 'USD', { noun: 'fees' }]],
      ],
    ],
  ],
];

describeGroups('quantities on the error kinds of the audit on real pages', GROUPS);
