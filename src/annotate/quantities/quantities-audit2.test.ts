/**
 * The quantity finder on the error kinds of a second audit, on conflict and crime news (docs/quantities.md,
 * "Second audit: conflict and crime news"): lower-case months before a day, the second day of a date,
 * sentences written in capitals, ids after "article", "class" or "zone", clock times of the 24-hour day,
 * "burnt alive", a bare "toll", "the killing of", "who were killed", "vs" after an amount, and a range cut
 * off at the end of a text. Every sentence is written for this test. A row whose label starts with "guard:"
 * holds what the finder did before these rules too (it checks that a rule does not reach too far); every
 * other row failed before them.
 */
import { describeGroups, type QuantityCase as Case } from './testing.js';

const GROUPS: Array<[string, Case[]]> = [
  [
    'dates written in lower case, and the second day of a date',
    [
      ['a lower-case month before a day', 'the rally set for april 9 was called off.', []],
      ['"march" before a day', 'exams will run from february 27 to march 4.', []],
      ['two days of one month', 'hearings on june 3 and 4 drew crowds.', []],
      ['the second day after a capitalised month', 'Talks are planned for October 14 and 15 in Geneva.', []],
      ['the first day before "to" a day and its month', 'The fair runs from 3 to 6 May.', []],
      [
        'guard: "march" as a verb before a measure',
        'the veterans will march 12 miles to the capital.',
        [['12 miles', 12, 'miles']],
      ],
      [
        'guard: "march" before a count of a plural noun',
        'the march 9 protesters were freed.',
        [['9 protesters', 9, 'protesters']],
      ],
    ],
  ],
  [
    'sentences written in capitals',
    [
      [
        'a count after a verb in capitals is no id',
        'GUERRILLAS KILLED 12 PEASANTS IN THE VILLAGE.',
        [['12 PEASANTS', 12, 'peasants', { role: 'killed' }]],
      ],
      [
        'a compound noun in capitals',
        'POLICE SEIZED 42 HUNTING RIFLES AND 9 PISTOLS.',
        [
          ['42 HUNTING RIFLES', 42, 'hunting rifles'],
          ['9 PISTOLS', 9, 'pistols'],
        ],
      ],
      [
        'a count after "said" in capitals',
        'THE ARMY SAID 35 PEOPLE WERE INSIDE THE BANK.',
        [['35 PEOPLE', 35, 'people']],
      ],
      [
        'guard: a counted noun after a modifier in capitals',
        'APPROXIMATELY 60 PASSENGERS WERE ON BOARD.',
        [['APPROXIMATELY 60 PASSENGERS', 60, 'passengers', { modifier: 'approximately' }]],
      ],
      [
        'an abbreviation keeps its capitals',
        'FOUR U.S. AID WORKERS WERE DETAINED.',
        [['FOUR U.S. AID WORKERS', 4, 'aid workers', { role: 'detained' }]],
      ],
      [
        'a currency code keeps its capitals',
        'THE MINISTRY RECEIVED 2 MILLION USD IN LOANS.',
        [['2 MILLION USD', 2_000_000, 'USD', { noun: 'loans' }]],
      ],
      [
        'guard: a name and an age in capitals',
        'JUDGE MARIO SALAS, 58, WAS ARRESTED ON FRIDAY.',
        [['58', 58, 'years']],
      ],
      ['guard: a day and its month in capitals', 'THE BLAST OCCURRED ON 4 SEPTEMBER NEAR THE BORDER.', []],
      [
        'guard: a short headline in capitals is read as before',
        'NEARLY 300 VILLAGERS HAVE BEEN KILLED SINCE JUNE.',
        [['NEARLY 300 VILLAGERS', 300, 'villagers', { modifier: 'nearly', role: 'killed' }]],
      ],
    ],
  ],
  [
    'ids after a lower-case noun, streets in capitals',
    [
      ['an article of a law', 'the move needs article 311 of the charter.', []],
      ['a school class and a second id', 'exams for class 9 and 11 were put off.', []],
      ['a police zone', 'the officer in charge of zone 6 was moved.', []],
      [
        'licence plates, the second id after "and"',
        'The two vans bore plates 7720 and 3318.',
        [['two vans', 2, 'vans']],
      ],
      [
        'guard: a street number in capitals (it stays one)',
        'GUNMEN RAIDED A HOUSE AT 417 MORAZAN AVENUE.',
        [],
      ],
      [
        'guard: a count after "class" with a word between',
        'the class had 30 pupils.',
        [['30 pupils', 30, 'pupils']],
      ],
    ],
  ],
  [
    'clock times of the 24-hour day',
    [
      ['"at" and four digits before "last night"', 'The car bomb went off at 2145 last night.', []],
      ['"at" and four digits before "on"', 'The convoy was stopped at 1730 on Sunday.', []],
      ['a word of approximation after "at"', 'The shelling began at about 2315 last night.', []],
      ['"onwards" after a lower-case date', 'the camps stay open from april 2 onwards.', []],
      ['guard: a leading zero was a time before too', 'The patrol was ambushed at 0630 on Tuesday.', []],
      [
        'guard: an index level after "closed at"',
        'The index closed at 1520 on Friday.',
        [['1520', 1520, '']],
      ],
      ['guard: a price after "at"', 'Tickets were priced at 1200 rupees.', [['1200 rupees', 1200, 'INR']]],
    ],
  ],
  [
    'roles: burnt alive, a bare toll, "the death of", passive relative clauses, partitives',
    [
      [
        'burnt alive',
        'At least 14 villagers were burnt alive in the attack.',
        [['At least 14 villagers', 14, 'villagers', { modifier: 'at least', role: 'killed' }]],
      ],
      [
        'murdered after the count, murdering before it',
        'Two guards were murdered; the gang had been murdering 5 informants.',
        [
          ['Two guards', 2, 'guards', { role: 'killed' }],
          ['5 informants', 5, 'informants', { role: 'killed' }],
        ],
      ],
      ['burned alive', 'Two guards were burned alive.', [['Two guards', 2, 'guards', { role: 'killed' }]]],
      ['a bare toll', 'By evening the toll stood at 212.', [['212', 212, '', { role: 'dead' }]]],
      [
        '"the death of" before a count',
        'The floods caused the death of 212 villagers.',
        [['212 villagers', 212, 'villagers', { role: 'dead' }]],
      ],
      [
        '"the killing of" before a count',
        'Crowds protested the killing of four students.',
        [['four students', 4, 'students', { role: 'killed' }]],
      ],
      [
        '"the assassination of the" before a count',
        'The assassination of the four judges shocked the city.',
        [['four judges', 4, 'judges', { role: 'killed' }]],
      ],
      [
        'a passive relative clause after the count',
        'They mourned the 12 miners who were killed in the blast.',
        [['12 miners', 12, 'miners', { role: 'killed' }]],
      ],
      [
        'a passive relative clause with "have been"',
        'Three officers who have been detained were freed.',
        [['Three officers', 3, 'officers', { role: 'detained' }]],
      ],
      [
        '"the death of" wins over the relative clause',
        'The toll rose with the death of three men who were badly hurt.',
        [['three men', 3, 'men', { role: 'dead' }]],
      ],
      [
        "the role after a partitive is the part's, not the whole's",
        'Six of the eleven climbers were injured.',
        [
          ['Six', 6, 'climbers', { role: 'injured' }],
          ['eleven climbers', 11, 'climbers'],
        ],
      ],
      [
        "guard: a role before the noun of the whole stays the whole's",
        'Three of the 20 detained miners were doctors.',
        [
          ['Three', 3, 'miners'],
          ['20 detained miners', 20, 'miners', { role: 'detained' }],
        ],
      ],
      [
        'guard: an active relative clause gives no role',
        'Police hunted two men who had killed a guard.',
        [['two men', 2, 'men']],
      ],
      [
        'guard: "of" after another noun',
        'The families of 30 miners waited at the gate.',
        [['30 miners', 30, 'miners']],
      ],
      ['guard: a toll of money', 'The toll rose to $4 for cars.', [['$4', 4, 'USD']]],
      [
        'guard: a toll with a noun of its own',
        'The toll reached 40 vehicles an hour.',
        [['40 vehicles', 40, 'vehicles']],
      ],
    ],
  ],
  [
    'odds and ends',
    [
      [
        '"vs" is no counted noun',
        'Net profit was 4.1 mln vs 3.8 mln.',
        [
          ['4.1 mln', 4_100_000, ''],
          ['3.8 mln', 3_800_000, ''],
        ],
      ],
      ['a range cut off at the end of the text', 'The recruits were aged between 17 and', [['17', 17, '']]],
      ['money before a cut-off "to"', 'She offered to pay $5,000 to', [['$5,000', 5000, 'USD']]],
      ['a share cut off at the end of the text', 'Pollsters found that one in', []],
    ],
  ],
];

describeGroups('quantities on the error kinds of the second audit (conflict and crime news)', GROUPS);
