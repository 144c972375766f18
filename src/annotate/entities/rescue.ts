/**
 * A surname the tagger left untagged at the start of a sentence ("Macron flew to the border"): the
 * commonest miss of a sentence-level tagger on news, where later paragraphs open with the surname
 * alone and the word's capital tells nothing there. It is taken as a person when:
 *
 *   1. it is the sentence's first word (after an opening quote or dash), one capitalised word;
 *   2. the word after it is a verb that news writes after a person ("spoke", "told", "met", "flew"), so
 *      it is no first word of a longer name, a headline, a noun phrase ("Price and mileage", "Rice
 *      production") or another language's sentence;
 *   3. the KB holds a person of that surname, and no place, demonym or organisation of that name
 *      (the gazetteer's kinds), and news text does not write the word in lower case mid-sentence (the
 *      case statistics in the gazetteer): "Police", "Green" and "Israel" stay out;
 *   4. it is no month or weekday ("May said to be the wettest month").
 */
import type { Kb } from '../../link/kb.js';
import { normName } from '../../link/normalize.js';
import { MONTHS, WEEKDAYS } from '../times/lexicon.js';
import { GAZ_KINDS, gazKey, gazLookup, type Gazetteer } from './features.js';

/** Gazetteer kinds that make a word something other than a surname. */
const NOT_PERSON_MASK = ['country', 'state', 'city', 'demonym', 'org'].reduce(
  (m, k) => m | (1 << GAZ_KINDS.indexOf(k as (typeof GAZ_KINDS)[number])),
  0,
);
const LOWER_USUAL = 1 << GAZ_KINDS.indexOf('lowerUsual');

/** Tokens that may stand before a sentence's first word. */
const OPENERS = new Set(['"', '“', "'", '‘', '-', '—', '–', '(']);

/** Verbs that follow a person who opens a sentence: speech, meetings, travel, stances. */
const PERSON_VERBS = new Set([
  ...['said', 'says', 'told', 'asked', 'added', 'spoke', 'speaks', 'replied', 'responded', 'wrote'],
  ...['warned', 'urged', 'insisted', 'stressed', 'argued', 'noted', 'explained', 'acknowledged'],
  ...['admitted', 'denied', 'vowed', 'pledged', 'promised', 'announced', 'declared', 'claimed'],
  ...['met', 'meets', 'visited', 'visits', 'flew', 'arrived', 'travelled', 'traveled', 'thanked'],
  ...['praised', 'criticised', 'criticized', 'accused', 'rejected', 'dismissed', 'signed', 'resigned'],
  ...['tweeted', 'posted', 'recalled', 'conceded', 'countered', 'retorted'],
]);

const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * The index of a sentence-initial surname in `words` that no chunk covers, or -1. `firstChunk` is the
 * index of the first tagged word (words.length when none).
 */
export function initialSurname(
  words: readonly string[],
  firstChunk: number,
  gazetteer: Gazetteer,
  kb: Kb,
): number {
  let k = 0;
  while (k < words.length && OPENERS.has(words[k]!)) k++;
  if (k >= firstChunk || k + 1 >= words.length) return -1;
  const word = words[k]!;
  if (!CAPITALISED.test(word) || !PERSON_VERBS.has(words[k + 1]!)) return -1;
  const lower = word.toLowerCase();
  // (Calendar words that are also surnames: "May", "August"; a sentence opening with one is about time.)
  if (Object.hasOwn(MONTHS, lower) || Object.hasOwn(WEEKDAYS, lower)) return -1;
  const kinds = gazLookup(gazetteer, gazKey([word]));
  if ((kinds & NOT_PERSON_MASK) !== 0 || (kinds & LOWER_USUAL) !== 0) return -1;
  const key = normName(word);
  if (kb.bySurname(key).length === 0) return -1;
  // A name the KB also knows as something else than a person ("Chevron", "Lagos") is left to the tagger.
  if (kb.byAlias(key).some((e) => kb.kind[e] !== 'person')) return -1;
  return k;
}
