/**
 * The quantity finder on the role words every role table now shares: "murdered", "assassinated" and "slain" end a
 * counted noun, may follow a count whose noun is elided, and the count before an active one of them is its agent,
 * as it was for "killed" ("Two gunmen murdered a guard": the gunmen were not killed). Every sentence is written
 * for this test and failed before.
 */
import { describeGroups, type QuantityCase as Case } from './testing.js';

const GROUPS: Array<[string, Case[]]> = [
  [
    'the count before an active role verb is its agent',
    [
      ['"murdered" with an object', 'Two gunmen murdered a night guard.', [['Two gunmen', 2, 'gunmen']]],
      [
        '"assassinated" with an object',
        'Four gunmen assassinated the mayor.',
        [['Four gunmen', 4, 'gunmen']],
      ],
    ],
  ],
  [
    '"slain" ends a counted noun and follows an elided one',
    [
      [
        'an elided noun before "slain" is the earlier count\'s',
        'Raiders shot two herders, and 3 slain near the well were buried at dusk.',
        [
          ['two herders', 2, 'herders'],
          ['3', 3, 'herders', { role: 'killed' }],
        ],
      ],
    ],
  ],
];

describeGroups('quantities: the shared role words', GROUPS);
