/**
 * Record types the CoNLL tagger has no tag for, read from a name's own words: named storms, wars and
 * tournaments are EVENTs; airports, bridges and stadiums are FACilities. Only the name's first or last
 * word decides, and only for the tagger types that can hold such a name.
 */

/**
 * Words that open a storm's name, as word sequences ("Typhoon Haiyan", "Tropical Storm Bill", "Super
 * Typhoon Haiyan"): whatever follows is the storm's own name, by which the text may call it later.
 */
const EVENT_HEADS: readonly (readonly string[])[] = [
  ['super', 'typhoon'],
  ['tropical', 'storm'],
  ['typhoon'],
  ['hurricane'],
  ['cyclone'],
];

/**
 * Last words that close an event's name ("the Gulf War", "the World Cup", "the G20 Summit"); not
 * "Games" ("Epic Games") nor "Wars" ("Star Wars").
 */
const EVENT_TAILS: ReadonlySet<string> = new Set([
  'war',
  'olympics',
  'cup',
  'championship',
  'championships',
  'summit',
  'festival',
  'revolution',
  'uprising',
  'massacre',
  'expo',
  'marathon',
]);

/** Last words that close a facility's name ("Heathrow Airport", "Tahrir Square"); not "Palace" (a club). */
const FACILITY_TAILS: ReadonlySet<string> = new Set([
  'airport',
  'bridge',
  'stadium',
  'arena',
  'square',
  'tower',
  'towers',
  'dam',
  'canal',
  'highway',
  'motorway',
  'prison',
  'jail',
  'station',
]);

/** Tagger types a name ending in an event word may come with (an organisation stays one: "Davis Cup Ltd"). */
const EVENT_FROM: ReadonlySet<string> = new Set(['MISC', 'LOC']);
/** Tagger types a name ending in a facility word may come with (airports are often tagged ORG). */
const FACILITY_FROM: ReadonlySet<string> = new Set(['LOC', 'ORG', 'MISC']);

/** How many words of `words` from `at` are an event head (0 when none). */
function headLength(words: readonly string[], at: number): number {
  for (const head of EVENT_HEADS)
    if (head.every((h, k) => words[at + k]?.toLowerCase() === h) && /^[A-Z]/.test(words[at] ?? ''))
      return head.length;
  return 0;
}

/** EVENT or FAC when the name's words say so, else null (the tagger's type stands). */
export function kindFromWords(conllType: string, words: readonly string[]): 'EVENT' | 'FAC' | null {
  if (words.length < 2) return null;
  const last = words[words.length - 1]!.toLowerCase();
  // (A head names the event whatever the tagger thought: storms have people's names.)
  const head = headLength(words, 0);
  if (head > 0 && head < words.length) return 'EVENT';
  if (EVENT_FROM.has(conllType) && EVENT_TAILS.has(last)) return 'EVENT';
  if (FACILITY_FROM.has(conllType) && FACILITY_TAILS.has(last)) return 'FAC';
  return null;
}

/**
 * Where a name starts once an event head the tagger left outside is taken in ("Typhoon" before the
 * chunk "Haiyan", "Tropical Storm" before "Bill"): the index of the head's first word, else `start`.
 */
export function withEventHead(words: readonly string[], start: number): number {
  for (const head of EVENT_HEADS) {
    const at = start - head.length;
    if (at >= 0 && headLength(words, at) === head.length) return at;
  }
  return start;
}

/** The name after an event head ("Typhoon Haiyan" → "Haiyan"), by which the text may call it later. */
export function nameAfterEventHead(words: readonly string[]): string | null {
  const skip = headLength(words, 0);
  return skip > 0 && words.length > skip ? words.slice(skip).join(' ') : null;
}

/**
 * Groups that are no country's people, which the record calls NORP (nationalities, religious and
 * political groups) like a demonym: ethnic groups ("Kurdish", "Tamils"), faiths ("Shiite", "Catholics")
 * and party members ("Republicans"). Only a name that is one of these words on its own (a MISC chunk);
 * "Democratic Party" stays an organisation.
 */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  ...[
    'kurd',
    'kurds',
    'kurdish',
    'arab',
    'arabs',
    'berber',
    'berbers',
    'tuareg',
    'tuaregs',
    'tamil',
    'tamils',
  ],
  ...['pashtun', 'pashtuns', 'uighur', 'uighurs', 'uyghur', 'uyghurs', 'rohingya', 'yazidi', 'yazidis'],
  ...['druze', 'alawite', 'alawites', 'hutu', 'hutus', 'tutsi', 'tutsis', 'baloch', 'kashmiri', 'kashmiris'],
  ...['latino', 'latinos', 'latina', 'hispanic', 'hispanics', 'roma', 'maori', 'aboriginal'],
  ...[
    'jewish',
    'jew',
    'jews',
    'muslim',
    'muslims',
    'christian',
    'christians',
    'hindu',
    'hindus',
    'sikh',
    'sikhs',
  ],
  ...[
    'buddhist',
    'buddhists',
    'catholic',
    'catholics',
    'protestant',
    'protestants',
    'evangelical',
    'evangelicals',
  ],
  ...['shiite', 'shiites', 'shia', 'sunni', 'sunnis', 'coptic', 'copts', 'maronite', 'maronites', 'orthodox'],
  ...[
    'republican',
    'republicans',
    'democrat',
    'democrats',
    'socialist',
    'socialists',
    'communist',
    'communists',
  ],
]);

/** Whether a MISC name is a group the record calls NORP ("Kurdish", "Shiites", "Republicans"). */
export function isGroupName(words: readonly string[]): boolean {
  return words.length === 1 && GROUP_WORDS.has(words[0]!.toLowerCase());
}
