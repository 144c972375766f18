/**
 * Record types the CoNLL tagger has no tag for, read from a name's own words: named storms, wars and
 * tournaments are EVENTs; airports, bridges and stadiums are FACilities. Only the name's first or last
 * word decides, and only for the tagger types that can hold such a name.
 */

/** First words that open an event's name ("Typhoon Haiyan", "Hurricane Sandy"). */
const EVENT_HEADS: ReadonlySet<string> = new Set(['typhoon', 'hurricane', 'cyclone']);

/** Last words that close an event's name ("the Gulf War", "the World Cup", "the G20 Summit"). */
const EVENT_TAILS: ReadonlySet<string> = new Set([
  'war',
  'wars',
  'olympics',
  'games',
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

/** Last words that close a facility's name ("Heathrow Airport", "Tahrir Square"). */
const FACILITY_TAILS: ReadonlySet<string> = new Set([
  'airport',
  'bridge',
  'stadium',
  'arena',
  'palace',
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

/** Tagger types a name ending in an event or facility word may come with (never a person's). */
const EVENT_FROM: ReadonlySet<string> = new Set(['MISC', 'LOC', 'ORG']);
const FACILITY_FROM: ReadonlySet<string> = new Set(['LOC', 'ORG', 'MISC']);

/** EVENT or FAC when the name's words say so, else null (the tagger's type stands). */
export function kindFromWords(conllType: string, words: readonly string[]): 'EVENT' | 'FAC' | null {
  if (words.length < 2) return null;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  // (A head names the event whatever the tagger thought: storms have people's names.)
  if (EVENT_HEADS.has(first) || (first === 'tropical' && words[1]!.toLowerCase() === 'storm')) return 'EVENT';
  if (EVENT_FROM.has(conllType) && EVENT_TAILS.has(last)) return 'EVENT';
  if (FACILITY_FROM.has(conllType) && FACILITY_TAILS.has(last)) return 'FAC';
  return null;
}

/**
 * Where a name starts once an event head the tagger left outside is taken in ("Typhoon" before the
 * chunk "Haiyan", "Tropical Storm" before "Bill"): the index of the head's first word, else `start`.
 */
export function withEventHead(words: readonly string[], start: number): number {
  const head = words[start - 1];
  if (head === undefined || !/^[A-Z]/.test(head)) return start;
  const h = head.toLowerCase();
  if (EVENT_HEADS.has(h)) return start - 1;
  if (h === 'storm' && /^Tropical$/.test(words[start - 2] ?? '')) return start - 2;
  return start;
}

/** The name after an event head ("Typhoon Haiyan" → "Haiyan"), by which the text may call it later. */
export function nameAfterEventHead(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  const first = words[0]!.toLowerCase();
  const skip = EVENT_HEADS.has(first)
    ? 1
    : first === 'tropical' && words[1]?.toLowerCase() === 'storm'
      ? 2
      : 0;
  return skip > 0 && words.length > skip ? words.slice(skip).join(' ') : null;
}
