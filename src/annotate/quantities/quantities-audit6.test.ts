/**
 * The quantity finder on a role verb before "another" or "a further" and a count: the verb's role reaches the count
 * past those words ("detained another three for questioning", "killed a further 12 fighters"), as it reaches it past
 * "had" or "also"; two counts joined by "and" after "said" or "that" share the role read after the second ("the navy
 * said 15 sailors and three divers drowned"), as they do at a clause's start; "drowned" is a role word (dead); and
 * "near", "behind", "beside", "beneath" after a count are no counted noun ("a battalion of 400 near the border";
 * "outside" and "inside" stay, adjectives as often: "two outside observers"). Every sentence is written for this
 * test; the cases of the groups before "kept" failed before, the kept ones did not change.
 */
import { describeGroups, type QuantityCase as Case } from './testing.js';

const GROUPS: Array<[string, Case[]]> = [
  [
    'a role verb before "another" or "a further" and a count',
    [
      [
        '"another" and a number word with no noun',
        'Officers questioned the driver and detained another four near the station.',
        [['four', 4, '', { role: 'detained' }]],
      ],
      [
        '"another" and a counted noun',
        'The patrol arrested another six smugglers at dawn.',
        [['six smugglers', 6, 'smugglers', { role: 'arrested' }]],
      ],
      [
        '"a further" and digits',
        'Shelling killed a further 12 fighters overnight.',
        [['12 fighters', 12, 'fighters', { role: 'killed' }]],
      ],
      [
        '"an additional" and a number word',
        'The fire injured an additional nine residents.',
        [['nine residents', 9, 'residents', { role: 'injured' }]],
      ],
    ],
  ],
  [
    'two counts joined by "and" in a reported clause share the role after them',
    [
      [
        'after "said"',
        'The navy said 15 sailors and three divers drowned in the storm.',
        [
          ['15 sailors', 15, 'sailors', { role: 'dead' }],
          ['three divers', 3, 'divers', { role: 'dead' }],
        ],
      ],
      [
        'after "that"',
        'Medics confirmed that nine miners and two rescuers were injured.',
        [
          ['nine miners', 9, 'miners', { role: 'injured' }],
          ['two rescuers', 2, 'rescuers', { role: 'injured' }],
        ],
      ],
    ],
  ],
  [
    '"drowned" is a death',
    [
      [
        'after the count',
        'Eleven fishermen drowned off the coast.',
        [['Eleven fishermen', 11, 'fishermen', { role: 'dead' }]],
      ],
    ],
  ],
  [
    'a preposition of place after a count is no counted noun',
    [
      ['"near"', 'Soldiers from a battalion of 400 near the border were moved.', [['400', 400, '']]],
      ['"behind"', 'The winner finished 0.3 behind the record.', [['0.3', 0.3, '']]],
    ],
  ],
  [
    'kept',
    [
      ['"another" and no count', 'The storm injured another climber.', []],
      [
        '"outside" as an adjective',
        'Two outside observers watched the count.',
        [['Two outside observers', 2, 'outside observers']],
      ],
      ['an age after "a"', 'The crash injured a 7-year-old girl.', [['7-year-old', 7, 'years']]],
      [
        '"an estimated" is the modifier',
        'The floods killed an estimated 200 people.',
        [['an estimated 200 people', 200, 'people', { modifier: 'an estimated', role: 'killed' }]],
      ],
    ],
  ],
];

describeGroups('quantities: a role verb before "another"', GROUPS);
