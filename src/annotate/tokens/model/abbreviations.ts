/**
 * Abbreviations that keep their full stop as part of the token ("Gen." is one token, not "Gen" ".").
 * Written for Dateline from news style guides' common abbreviations; no external source.
 *
 * Matching: a form matches as written and in capitals ("NOV."); a form written in lower case also
 * matches capitalised ("Vs."), and in capitals only when longer than two letters ("ETC." but not "AL."). Dotted letter sequences ("U.S.", "a.m.", "e.g.") and single capital
 * initials ("J.") are recognised by rule in the tokenizer and need no entry here.
 *
 * Roles tell the sentence splitter what a following capitalised word means:
 * - `title`: precedes a name or a noun ("Gen. Smith", "No. 10"); never ends a sentence.
 * - `final`: may end a sentence ("... Apple Inc. The firm said"); ends one only before a common
 *   sentence-starting word (sentences/model/starters.ts).
 * - `before-number`: an abbreviation only when a number follows ("No. 10"); otherwise the full stop
 *   is a sentence end ("He said no.").
 */
export type AbbreviationRole = 'title' | 'final' | 'before-number';

export interface AbbreviationGroup {
  /** One line: why these forms are here. */
  reason: string;
  role: AbbreviationRole;
  /** Written without the full stop. */
  forms: readonly string[];
}

export const ABBREVIATION_GROUPS: readonly AbbreviationGroup[] = [
  {
    reason: 'civil titles before a surname',
    role: 'title',
    forms: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Hon', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Msgr', 'Fr'],
  },
  {
    reason: 'military and police ranks before a surname',
    role: 'title',
    forms: [
      'Gen',
      'Lt',
      'Col',
      'Maj',
      'Capt',
      'Cmdr',
      'Cdr',
      'Adm',
      'Sgt',
      'Cpl',
      'Pvt',
      'Brig',
      'Insp',
      'Det',
      'Supt',
      'Cmdt',
    ],
  },
  {
    reason: 'political titles before a surname (AP style)',
    role: 'title',
    forms: ['Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Pres', 'Atty', 'Amb'],
  },
  {
    reason: 'place-name prefixes (Mt. Everest, Ft. Worth, Pt. Pleasant)',
    role: 'title',
    forms: ['Mt', 'Ft', 'Pt'],
  },
  {
    reason: 'connectives that always continue the sentence',
    role: 'title',
    forms: ['vs', 'approx', 'cf', 'viz'],
  },
  {
    reason: 'Saint and Street: a name follows (St. Louis) but a street can end a sentence',
    role: 'final',
    forms: ['St', 'Ste', 'Ave', 'Blvd', 'Rd', 'Sq'],
  },
  {
    reason: 'company suffixes, which often end a sentence',
    role: 'final',
    forms: ['Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Plc', 'Cos', 'Dept', 'Univ', 'Assn', 'Intl'],
  },
  {
    reason: 'generational suffixes after a name',
    role: 'final',
    forms: ['Jr', 'Sr'],
  },
  {
    reason: 'month abbreviations in news dates (AP style: Nov. 17, Sept. 5)',
    role: 'final',
    forms: ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
  {
    reason: 'weekday abbreviations in datelines and schedules; not "Sun." (the Sun, The Sun newspaper)',
    role: 'final',
    forms: ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat'],
  },
  {
    reason:
      'US state abbreviations after a city (AP style: "Sacramento, Calif."); two-letter ones are dotted letters',
    role: 'final',
    forms: [
      'Ala',
      'Ariz',
      'Ark',
      'Calif',
      'Colo',
      'Conn',
      'Del',
      'Fla',
      'Ga',
      'Ill',
      'Ind',
      'Kan',
      'Kans',
      'Ky',
      'La',
      'Md',
      'Mass',
      'Mich',
      'Minn',
      'Miss',
      'Mo',
      'Mont',
      'Neb',
      'Nev',
      'Okla',
      'Ore',
      'Pa',
      'Tenn',
      'Tex',
      'Va',
      'Vt',
      'Wash',
      'Wis',
      'Wyo',
    ],
  },
  {
    reason: 'list abbreviations that may close a sentence',
    role: 'final',
    forms: ['etc', 'al'],
  },
  {
    reason: '"No." and "Nos." abbreviate "number" only before a numeral',
    role: 'before-number',
    forms: ['No', 'Nos'],
  },
];

/** Every accepted spelling (without the full stop) → its role. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationRole> = buildAbbreviationMap(ABBREVIATION_GROUPS);

function buildAbbreviationMap(groups: readonly AbbreviationGroup[]): Map<string, AbbreviationRole> {
  const map = new Map<string, AbbreviationRole>();
  for (const g of groups) {
    for (const form of g.forms) {
      map.set(form, g.role);
      const lowerCase = form === form.toLowerCase();
      // "AL." and "CF." in capitals are names and codes more often than "et al." and "cf."
      if (!lowerCase || form.length > 2) map.set(form.toUpperCase(), g.role);
      if (lowerCase) map.set(form[0]!.toUpperCase() + form.slice(1), g.role);
    }
  }
  return map;
}
