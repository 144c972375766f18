/**
 * findQuantities: numbers in news text with what they count, one sentence at a time, over the tokens.
 *
 * 0. Read the tokens as a reader sees them (numerals.ts): Unicode hyphens, the curly apostrophe and
 *    invisible joiners folded in the token text.
 * 1. Read a number at each token: digits ("1,200", "4.5", "10-15"), number words ("Seventeen",
 *    "one hundred and twenty-nine", "a dozen", "1.5 million"), vague plurals ("dozens of", "tens of
 *    thousands of"), fractions before "of" ("a third of", "two-thirds of"), ages written as one word
 *    ("26-year-old"), money written as one word ("$1.2-billion" after its sign). Digits the tokenizer
 *    cuts are read as one number as pages write them (numeral): "3 000" with a no-break or thin space,
 *    "1\u200B200", "3,5" (a decimal comma), "1.200.000", "1,00,000", "1'200"; "5–11" as "5-11".
 * 2. Drop what is not a count: dates (a month next to it), clock times, years (four digits after "in",
 *    "since" … or before a singular noun), ids (a capitalised word or "No." before it), phone-like runs
 *    of numbers, numbers with a leading zero, scores ("2-1").
 * 3. Around it: a currency sign or code before; a modifier before ("at least", "between" … "and");
 *    after it a range end ("to 30"), a percent sign or words, a currency name, "years old", or the
 *    counted noun. A time unit after it makes it a duration, which is not a quantity.
 * 4. Within the sentence: ages after a name ("Abdeslam, 26,"), after "aged"; an elided noun ("353 people,
 *    129 in Paris and 224 in Brussels"), a partitive noun ("12 of the 200 passengers"); bare number
 *    words are kept only when such a noun or a role word gives them a meaning ("one of the" is dropped).
 * 5. Roles: a role word after the count within a few tokens ("were killed"), a partitive of a role
 *    ("six of the injured"), a role verb right before it ("killed 353 people"), a verb taking captives
 *    ("took 30 people hostage"), "the death of" before it ("caused the death of 403 people"), "death toll"
 *    or a bare "toll" before it ("the official toll stands at 783"); else the counted noun's own role word
 *    ("two injured soldiers").
 */
import { PLAIN_MONTH_NAMES } from '../tokens/model/calendar.js';
import { CURRENCY_CODES, CURRENCY_SIGNS } from '../tokens/model/currencies.js';
import type { Token } from '../tokens/tokenizer.js';
import type { Sentence } from '../sentences/splitter.js';
import {
  ATTRIBUTIVE_WORDS,
  CAPITALISED_BEFORE_COUNT,
  CAPTIVE_VERBS,
  CAPTIVE_WORDS,
  CHANGE_WORDS,
  COMPOUND_FIRST,
  CURRENCY_WORDS,
  DEATH_TOLL_WINDOW,
  OPENING_PARTITIVE_WINDOW,
  ELISION_FOLLOWERS,
  TRANSITIVE_ROLES,
  FRACTION_WORDS,
  GLUED_UNITS,
  ID_MARKERS,
  IRREGULAR_PLURALS,
  LEADING_ADJECTIVES,
  MAX_AGE,
  MEASURE_WORDS,
  MAX_DENOMINATOR,
  MODIFIERS,
  MONEY_SCALE_ABBREVIATIONS,
  NAMED_CURRENCIES,
  DECIMAL_NOUNS,
  PERCENT_WORDS,
  PREFIXED_DOLLAR_CODES,
  SCALED_COUNT_NOUNS,
  SPACED_DOLLAR_PREFIXES,
  SYMBOL_MODIFIERS,
  SCALE_ABBREVIATIONS,
  SCORES_NOT_AROUND,
  SHARE_DENOMINATORS,
  SHOUTED_MIN_WORDS,
  SHOUTED_SHARE,
  MILITARY_TIME_BEFORE,
  TOLL_BEFORE,
  MILITARY_TIME_AFTER,
  LEVEL_VERBS,
  DAY_JOINERS,
  TIME_APPROXIMATIONS,
  DEATH_OF,
  ID_NOUNS,
  VULGAR_FRACTIONS,
  MONTHS,
  NOUN_STOPS,
  BARE_PARTICIPLES,
  NOT_ADVERBS,
  NOT_ATTRIBUTIVE,
  PERSON_NOUNS,
  ROLE_PHRASES,
  ROLE_AFTER,
  ROLE_BEFORE,
  PLACE_PREPOSITIONS,
  RANGE_WORDS,
  ROLE_SKIP,
  ROLE_WINDOW_AFTER,
  SCALE_WORDS,
  SMALL_NUMBERS,
  STREET_WORDS,
  TIME_OF_DAY,
  TIME_UNITS,
  VAGUE_COUNTS,
  VAGUE_SCALE_PREFIXES,
  YEAR_PREPOSITIONS,
  YEAR_RANGE,
} from './lexicon.js';
import {
  foldedTokens,
  groupSpaced,
  isGroupSpace,
  isInvisibleGap,
  oneSpace,
  respelt,
  together,
} from './numerals.js';
import type { QuantityItem, QuantityRole } from './types.js';

/** Units that are not counted nouns: they never inherit, lend or take a role. */
const MEASURE_UNITS = new Set(['percent', 'percentage points', 'years', 'fraction', ...CURRENCY_CODES]);

type NumberKind = 'digits' | 'words' | 'vague' | 'fraction' | 'age' | 'money';

/** A number read at a token: its value and the tokens [start, end) it covers. */
interface NumberRead {
  value: number;
  upper?: number;
  start: number;
  end: number;
  kind: NumberKind;
  /** The vague phrase as written ("dozens of"), the modifier of a vague count. */
  vague?: string;
  /** The scale written after the digits ("10 million": 1e6), when there is one. */
  factor?: number;
  /** Three decimals after one to three digits ("1.200"): thousands in European style (see quantityOf). */
  dotGroup?: boolean;
  /** A modifier written after the number ("€3bn-plus", "50-plus"). */
  suffix?: string;
}

/** A quantity in progress, token-indexed within the sentence's token array. */
interface Draft {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  value: number;
  upper: number | undefined;
  unit: string;
  modifier: string | undefined;
  role: QuantityRole | undefined;
  kind: NumberKind;
  /** The unit came from the noun written with the number (not elided, not a measure). */
  nounUnit: boolean;
  /** A role word among the noun's own words ("two injured soldiers"): the role when none is read around. */
  nounRole: QuantityRole | undefined;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
/** Thousands grouped by full stops, European style: "1.200.000" (two groups or more: never a decimal). */
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}$/;
/** One group after a full stop: "1.200" is 1.2 or, European style, 1200 (see quantityOf). */
const DOT_GROUP = /^\d{1,3}\.\d{3}$/;
const INTEGER = /^\d+$/;
/** Thousands grouped by full stops, one group or more: "1.234" before a decimal comma ("1.234,5"). */
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
/** The first group of a number grouped by spaces ("3" of "3 000") and a later one ("000", "234.5"). */
const GROUP_HEAD = /^\d{1,3}$/;
const GROUP_TAIL = /^\d{3}(?:\.\d+)?$/;
/** A decimal written without its zero: ".5". */
const BARE_DECIMAL = /^\.\d+$/;
const POWER_OF_TEN = /^10+$/;
/** The decimals after a decimal comma: one or two digits ("3,5 million", "45,30 €"). */
const DECIMAL_COMMA_DIGITS = /^\d\d?$/;
/** South Asian grouping as the tokenizer cuts it: "1" "," "00,000"; "12" "," "50,000"; "1" "," "20,00,000". */
const INDIAN_HEAD = /^\d{1,2}$/;
const INDIAN_TAIL = /^\d\d(?:,\d\d)*,\d{3}$/;
const INDIAN_PAIR = /^\d\d$/;

/** A fraction written with a slash: "1/2", "3/4" (numerator below the denominator, checked when read). */
const SLASH_FRACTION = /^(\d{1,2})\/(\d{1,2})$/;
/**
 * A number with a suffix joined by hyphens, a scale glued on or not: "50-plus", "€3bn-plus" (modifier
 * "plus"), "£100,000-a-year", "$50m-a-year" (a rate of money).
 */
const SUFFIXED_WORD =
  /^(\d[\d,]*(?:\.\d+)?)(k|m|mn|mln|b|bn|tn|trn|million|billion|trillion)?-(plus|a-year|a-month|a-week|a-day|an-hour|a-head)$/;
/** Dollars with their country after the sign, as Australian and other papers write them: "$US50 million". */
const PREFIXED_DOLLARS = /^(us|a|au|nz|hk|s|c)(\d[\d,]*(?:\.\d+)?)$/;
const DIGIT_RANGE = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/;
const AGE_WORD = /^(\d{1,3})-years?-old$/i;
/** Digits and a unit of measure in one token: "512gb", "2.6ghz" (the unit checked against GLUED_UNITS). */
const GLUED_MEASURE = /^(\d[\d,]*(?:\.\d+)?)([a-z]{1,3})$/;
/** The unit of measure glued to digits in one token ("512gb" → "gb"), or null. */
function gluedUnit(w: string): string | null {
  const m = GLUED_MEASURE.exec(w);
  return m && (GLUED_UNITS.has(m[2]!) || m[2] === 'w') ? m[2]! : null;
}

/** An age with the second hyphen left out: "35-year" before "old". */
const AGE_HEAD = /^(\d{1,3})-years?$/;
/** An age written in words: "five-year-old", "twenty-five-year-old". */
const WORD_AGE = /^([a-z]+(?:-[a-z]+)?)-years?-old$/;
const SCALED_WORD = /^(\d[\d,]*(?:\.\d+)?)-(million|billion|trillion|thousand)$/i;
/** Dashes that join the two ends of a range written glued to both ("5–10", "5—10", "2−3"). */
const GLUED_RANGE_DASHES = new Set(['–', '—', '−']);
const WORD_NUMBER_HYPHEN = /^([a-z]+)-([a-z]+)$/;
const LOWER_WORD = /^[a-z][a-z-]*$/;
/** Month names that are no other lower-case word ("may" and "march" are verbs too, "sept" and the like abbreviations). */
const LOWER_MONTHS: ReadonlySet<string> = new Set(PLAIN_MONTH_NAMES);
/** Four digits that are a clock time of the 24-hour day: "0815", "2230". */
const MILITARY_TIME = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** Quantities in the text, in text order (UTF-16 offsets, end exclusive). Pure. */
export function findQuantities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly { tokenStart: number; tokenEnd: number }[],
): QuantityItem[] {
  const out: QuantityItem[] = [];
  // (Unicode hyphens, the curly apostrophe and invisible joiners read as the lexicons spell them.)
  const folded = foldedTokens(text, tokens);
  for (const s of sentences) {
    // (Most sentences hold no token a quantity can start at: they are passed over without a copy.)
    let first = s.tokenStart;
    while (first < s.tokenEnd && !mayStartAt(folded, first)) first++;
    if (first === s.tokenEnd) continue;
    const ts = unshouted(folded.slice(s.tokenStart, s.tokenEnd));
    for (const d of sentenceQuantities(text, ts, first - s.tokenStart)) {
      const item: QuantityItem = {
        start: ts[d.start]!.start,
        end: ts[d.end - 1]!.end,
        value: d.value,
        unit: d.unit,
      };
      if (d.modifier) item.modifier = d.modifier;
      if (d.upper !== undefined) item.upper = d.upper;
      if (d.role) item.role = d.role;
      const noun = moneyNoun(ts, d);
      if (noun) item.noun = noun;
      out.push(item);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export type { Sentence };

/**
 * A sentence written in capitals ("TWO SOLDIERS WERE KILLED AT 0815"), its words read as lower-case words:
 * a capital there says nothing of a name, so it must not make a number an id or stop a counted noun.
 * Currency codes ("USD") keep their capitals.
 */
function unshouted(ts: Token[]): Token[] {
  let shouted = 0;
  let lower = 0;
  for (const t of ts) {
    if (t.kind !== 'word' || t.end - t.start < 2) continue;
    if (t.shape.includes('x')) {
      lower++;
      // (Most sentences are settled by their first word: a sentence in capitals opens with one.)
      if (lower > shouted) return ts;
    } else if (t.shape.includes('X')) shouted++;
  }
  if (shouted < SHOUTED_MIN_WORDS || shouted * (1 - SHOUTED_SHARE) < lower * SHOUTED_SHARE) return ts;
  // (A month keeps a capital, as it would in mixed case: "ON 19 MARCH" is a date; so do abbreviations,
  // "U.S.", which are written so in any case.)
  // A word before ", 43," keeps its capital too: "GAVIRIA, 43, SAID" is a name and an age.
  return ts.map((t, k) =>
    t.kind !== 'word' ||
    t.shape.includes('x') ||
    !t.shape.includes('X') ||
    currencyCode(t) ||
    t.lower.includes('.') ||
    ageAfter(ts, k) ||
    streetNameAt(ts, k)
      ? t
      : respelt(
          t,
          MONTHS.has(t.lower) ? 'X' + t.shape.slice(1).replace(/X/g, 'x') : t.shape.replace(/X/g, 'x'),
          t.lower,
        ),
  );
}
/** Whether the word at k is a street word or the word before one, after a number ("683 SOTOMAYOR STREET"). */
function streetNameAt(ts: readonly Token[], k: number): boolean {
  if (STREET_WORDS.has(ts[k]!.lower)) return ts[k - 1]?.kind === 'word' && ts[k - 2]?.kind === 'number';
  return STREET_WORDS.has(lowerAt(ts, k + 1)) && ts[k - 1]?.kind === 'number';
}
/** What may follow an age in commas after a name (", 43," ", 26." ", 9;" "(34)"). */
const AGE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ')', ';']);
/** Whether the word at k is followed by an age in commas: ", 43," ", 26." ", 9;". */
function ageAfter(ts: readonly Token[], k: number): boolean {
  if (lowerAt(ts, k + 1) !== ',' || ts[k + 2]?.kind !== 'number' || !/^\d{1,3}$/.test(ts[k + 2]!.lower))
    return false;
  const after = ts[k + 3];
  return !after || AGE_CLOSERS.has(after.lower);
}

/** The quantities of the sentence ts, read from token `first` (no quantity starts before it). */
function sentenceQuantities(text: string, ts: readonly Token[], first: number): Draft[] {
  const drafts: Draft[] = [];
  for (let i = first; i < ts.length;) {
    const d = mayStartAt(ts, i) ? readQuantity(text, ts, i) : null;
    if (d) {
      drafts.push(d);
      i = d.end;
    } else i++;
  }
  if (drafts.length === 0) return drafts;
  resolveInSentence(ts, drafts);
  const roleAfter: boolean[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    // A count in a place phrase of the count before it has no role of its own ("106 protesters in 21
    // cities have been killed"); the count before reads its role past that phrase.
    if (MEASURE_UNITS.has(d.unit) || inPlacePhraseOf(ts, drafts[i - 1], d)) continue;
    const next = drafts[i + 1];
    d.role = roleAfterOf(ts, d, next && inPlacePhraseOf(ts, d, next) ? next.end : d.end);
    roleAfter[i] = d.role !== undefined;
    d.role ??= roleAroundOf(ts, d, drafts[i - 1]);
  }
  // "Seven of the nine soldiers were wounded": the role read after the whole is the part's.
  for (let i = 1; i < drafts.length; i++) {
    const part = drafts[i - 1]!;
    const whole = drafts[i]!;
    if (!roleAfter[i] || part.role || whole.start !== part.end + 2 || lowerAt(ts, part.end) !== 'of')
      continue;
    // (Only when the whole is the verb's subject: "of the 14 murdered fishermen", "of the two terrorists who
    // were shot dead", "of the over 800 arrested" describe the whole.)
    if (!PARTITIVE_DETERMINERS.has(lowerAt(ts, part.end + 1)) || !SUBJECT_VERBS.has(lowerAt(ts, whole.end)))
      continue;
    part.role = whole.role;
    whole.role = undefined;
    roleAfter[i - 1] = true;
    roleAfter[i] = false;
  }
  // "Six policemen and twenty civilians were injured": a count that opens its clause, joined by "and" or
  // a comma to the next count, shares the role that count reads after it.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i]!;
    const next = drafts[i + 1]!;
    const joiner = lowerAt(ts, d.end);
    // (A bare number has no noun of its own to be a subject with: "about 2, 875 soldiers" is a typo.)
    if (d.role || d.unit === '' || !roleAfter[i + 1] || MEASURE_UNITS.has(d.unit) || next.start !== d.end + 1)
      continue;
    if ((joiner !== 'and' && joiner !== ',') || !opensClause(ts, d.start)) continue;
    d.role = next.role;
    roleAfter[i] = true;
  }
  // "Two injured soldiers were flown out": the noun's own role word, when no other is read.
  for (const d of drafts) d.role ??= d.nounRole;
  return drafts.filter((d, i) => keepBare(ts, d, roleAfter[i] === true));
}

// ---------------------------------------------------------------------------------------------------
// 1. Numbers

function lowerAt(ts: readonly Token[], i: number): string {
  return i >= 0 && i < ts.length ? ts[i]!.lower : '';
}

/** Whether the words stand at tokens k, k + 1, … (lower case). */
function wordsAt(ts: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (lowerAt(ts, k + n) !== words[n]) return false;
  return true;
}

function parseDigits(s: string): number | null {
  if (!DIGITS.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/** The value of a number word ("seven", "twenty-nine"), or null. */
function smallWord(w: string): number | null {
  const direct = SMALL_NUMBERS.get(w);
  if (direct !== undefined) return direct;
  const m = w.includes('-') ? WORD_NUMBER_HYPHEN.exec(w) : null;
  if (!m) return null;
  const tens = SMALL_NUMBERS.get(m[1]!);
  const unit = SMALL_NUMBERS.get(m[2]!);
  if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0 || unit < 1 || unit > 9)
    return null;
  return tens + unit;
}

function round(v: number): number {
  return Number(v.toPrecision(12));
}

/** The words a vague count can start with (readVague looks no further at any other word). */
const VAGUE_FIRST = new Set([...VAGUE_SCALE_PREFIXES, ...VAGUE_COUNTS.map((v) => v.words)].map((w) => w[0]!));

/**
 * The words without a digit or hyphen that a number can start with (readNumber looks no further at any
 * other word): a vague count's first word (readVague), a number word (readWords, readFraction's
 * count), "a" ("a dozen", "a third of"), "half" ("half of").
 */
const NUMBER_FIRST: ReadonlySet<string> = new Set([
  ...VAGUE_FIRST,
  ...SMALL_NUMBERS.keys(),
  'a',
  'one',
  'half',
]);

/**
 * The characters a word's lower case may start with to start a number: a digit, or the first letter of a
 * word of NUMBER_FIRST (a hyphenated number word opens with one too: "twenty-nine", "two-thirds",
 * "five-year-old"), or of "rs" (rupees).
 */
const START_CHARS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = 1;
  for (const w of [...NUMBER_FIRST, 'rs']) table[w.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Whether readQuantity can find a quantity at token i (it finds none at any other): a number, a sign, a
 * minus, a currency code ("USD"), a word before "$" ("US $50"), a word that may start a number
 * (wordMayStart). Most tokens are settled here by their kind and first character.
 */
function mayStartAt(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  if (t.kind === 'number' || t.kind === 'symbol') return true;
  if (t.kind === 'word') {
    if (wordMayStart(ts, i, t.lower)) return true;
  } else if (t.lower === '-' || t.lower === '−') return true;
  return t.shape === 'XXX' || ts[i + 1]?.lower === '$';
}

/**
 * Whether the word w at token i may start a number (readNumber reads none from any other word) or a sum
 * in rupees ("rs"): digits first ("26-year-old", "512gb"), a word of NUMBER_FIRST, a hyphenated word (a
 * number word opens it: "twenty-nine", "two-thirds"), "a" before a word of AFTER_A.
 */
function wordMayStart(ts: readonly Token[], i: number, w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (!(c < 128 && START_CHARS[c] === 1)) return false;
  if (w === 'a') return AFTER_A.has(lowerAt(ts, i + 1));
  return NUMBER_FIRST.has(w) || w.includes('-') || w === 'rs';
}

/** Words after "a" that make it a number: "a few thousand", "a third of", "a dozen", "a million". */
const AFTER_A: ReadonlySet<string> = new Set(['few', ...FRACTION_WORDS.keys(), ...SCALE_WORDS.keys()]);

/** A number starting at token i, or null (none past the last token). */
function readNumber(text: string, ts: readonly Token[], i: number): NumberRead | null {
  const t = ts[i];
  if (!t) return null;
  if (t.kind === 'number') return readDigits(text, ts, i);
  if (t.kind === 'symbol') return readVulgar(ts, i);
  if (t.kind !== 'word') return null;
  const w = t.lower;
  if (!wordMayStart(ts, i, w)) return null;
  // The patterns start with a digit: most words are settled by their first character.
  const digitFirst = w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
  const age = digitFirst ? AGE_WORD.exec(w) : null;
  if (age) return { value: Number(age[1]), start: i, end: i + 1, kind: 'age' };
  // "a 35-year old man": the second hyphen left out.
  const spacedAge = digitFirst && lowerAt(ts, i + 1) === 'old' ? AGE_HEAD.exec(w) : null;
  if (spacedAge) return { value: Number(spacedAge[1]), start: i, end: i + 2, kind: 'age' };
  const scaled = digitFirst ? SCALED_WORD.exec(w) : null;
  if (scaled) {
    const v = parseDigits(scaled[1]!);
    if (v !== null)
      return { value: round(v * SCALE_WORDS.get(scaled[2]!)!), start: i, end: i + 1, kind: 'money' };
  }
  const wordAge = !digitFirst && w.endsWith('-old') ? WORD_AGE.exec(w) : null;
  const years = wordAge ? smallWord(wordAge[1]!) : null;
  if (years !== null && years > 0) return { value: years, start: i, end: i + 1, kind: 'age' };
  // "512GB", "60fps", "87W": a unit of measure glued to the digits, one token (its unit read by gluedUnit).
  const glued = digitFirst ? gluedUnit(w) : null;
  if (glued) {
    const v = parseDigits(w.slice(0, w.length - glued.length));
    if (v !== null) return { value: v, start: i, end: i + 1, kind: 'digits' };
  }
  const suffixed = digitFirst && w.includes('-') ? SUFFIXED_WORD.exec(w) : null;
  if (suffixed) {
    const v = parseDigits(suffixed[1]!);
    if (v === null) return null;
    const abbreviation = suffixed[2];
    const plus = suffixed[3] === 'plus';
    // "50-plus people" is a count; a glued scale ("€3bn-plus"; "50m-plus" alone is metres) or a rate
    // ("£100,000-a-year") makes it money's, read only after a currency.
    if (abbreviation === undefined && plus)
      return { value: v, start: i, end: i + 1, kind: 'digits', suffix: 'plus' };
    const scale =
      abbreviation === undefined
        ? 1
        : (SCALE_WORDS.get(abbreviation) ?? MONEY_SCALE_ABBREVIATIONS.get(abbreviation)!);
    const read: NumberRead = { value: round(v * scale), start: i, end: i + 1, kind: 'money' };
    if (plus) read.suffix = 'plus';
    return read;
  }
  return readVague(ts, i) ?? readFraction(ts, i) ?? readWords(ts, i);
}

/** A vulgar fraction alone: "½ of the ballots" is a fraction of a whole, "¼ cup" a number. */
function readVulgar(ts: readonly Token[], i: number): NumberRead | null {
  const f = VULGAR_FRACTIONS.get(ts[i]!.lower);
  if (f === undefined) return null;
  if (lowerAt(ts, i + 1) === 'of') return { value: f, start: i, end: i + 1, kind: 'fraction' };
  return withScale(ts, { value: f, start: i, end: i + 1, kind: 'digits' });
}

function readDigits(text: string, ts: readonly Token[], i: number): NumberRead | null {
  const first = ts[i]!.lower;
  const range = DIGIT_RANGE.exec(first);
  if (range) {
    const lo = parseDigits(range[1]!);
    const hi = parseDigits(range[2]!);
    if (lo === null || hi === null || hi <= lo) return null;
    // a span of years ("the 1980-1988 war")
    if (/^\d{4}$/.test(range[1]!) && lo >= YEAR_RANGE[0] && hi <= YEAR_RANGE[1]) return null;
    // ("10-15 million people": the scale is both ends')
    return withScale(ts, { value: lo, upper: hi, start: i, end: i + 1, kind: 'digits' });
  }
  const slash = first.includes('/') ? SLASH_FRACTION.exec(first) : null;
  if (slash) {
    // "1/2 of the ballots"; any other number with a slash ("9/11", "24/7") is no count.
    const n = Number(slash[1]);
    const d = Number(slash[2]);
    if (n > 0 && n < d && d <= MAX_DENOMINATOR && lowerAt(ts, i + 1) === 'of')
      return { value: round(n / d), start: i, end: i + 1, kind: 'fraction' };
    return null;
  }
  if (/^0\d/.test(first)) return null;
  const written = numeral(text, ts, i);
  let end = written.end;
  let v = parseDigits(written.raw);
  if (v === null) {
    // ".5 percent", "$.5 billion": a decimal without its zero, only in a percentage or an amount of money
    // ("a .22 rifle" is a calibre).
    if (!BARE_DECIMAL.test(written.raw) || !percentOrMoneyAround(ts, i, end)) return null;
    v = Number(written.raw);
  }
  const next = ts[end];
  if (next?.lower === 's' && next.start === ts[end - 1]!.end) {
    // "1,000s of people", "100s": thousands, hundreds (twice the base, as "thousands" reads);
    // "30s" with an "s" split off is a decade or an age, no count.
    if (v < 100 || !POWER_OF_TEN.test(String(v))) return null;
    const of = lowerAt(ts, end + 1) === 'of';
    const vague = `${first}s${of ? ' of' : ''}`;
    return { value: 2 * v, start: i, end: end + (of ? 2 : 1), kind: 'vague', vague };
  }
  if (next && INTEGER.test(written.raw)) {
    // "3½ inches", "2 ½ cups", "2 1/2 inches": a fraction after a whole number adds to it.
    const vulgar = next.kind === 'symbol' ? VULGAR_FRACTIONS.get(next.lower) : undefined;
    const mixed = next.kind === 'number' && next.lower.includes('/') ? SLASH_FRACTION.exec(next.lower) : null;
    const before = ts[end - 1]!;
    if (vulgar !== undefined && (together(text, before, next) || oneSpace(text, before, next))) {
      v = round(v + vulgar);
      end++;
    } else if (mixed && oneSpace(text, before, next)) {
      const n = Number(mixed[1]);
      const d = Number(mixed[2]);
      if (n > 0 && n < d && d <= MAX_DENOMINATOR) {
        v = round(v + n / d);
        end++;
      }
    }
  }
  const read: NumberRead = { value: v, start: i, end, kind: 'digits' };
  if (written.dotGroup) read.dotGroup = true;
  return withScale(ts, read);
}

/** Whether the digits at [i, end) stand in a percentage or after a currency sign. */
function percentOrMoneyAround(ts: readonly Token[], i: number, end: number): boolean {
  const after = lowerAt(ts, end);
  if (after === '%' || PERCENT_WORDS.has(after) || after === 'percentage') return true;
  if (after === 'per' && lowerAt(ts, end + 1) === 'cent') return true;
  return CURRENCY_SIGNS.has(lowerAt(ts, i - 1));
}

/**
 * The digits written from token i as one number ("," thousands, "." decimals, as parseDigits reads
 * them) and the token after them. Besides the one token: tokens cut at an invisible character
 * ("1\u200B200"), groups of three after a group space ("3 000 000", "1 234.5"), a decimal comma ("3,5
 * million", "45,3%", "1 234,5", "1.234,5"; never before three digits: "1,200" is English), full stops
 * between groups of three ("1.200.000"). dotGroup: one full stop before three digits ("1.200").
 */
function numeral(
  text: string,
  ts: readonly Token[],
  i: number,
): { raw: string; end: number; dotGroup: boolean } {
  let raw = ts[i]!.lower;
  let end = i + 1;
  // (Tokens cut at an invisible character.)
  for (;;) {
    const next = ts[end];
    if (next?.kind === 'number' && isInvisibleGap(text, ts[end - 1]!.end, next.start)) {
      raw += next.lower;
      end++;
    } else if (
      next?.lower === ',' &&
      next.start === ts[end - 1]!.end &&
      ts[end + 1]?.kind === 'number' &&
      isInvisibleGap(text, next.end, ts[end + 1]!.start)
    ) {
      raw += `,${ts[end + 1]!.lower}`;
      end += 2;
    } else break;
  }
  // (Most numbers stand alone: a word or a sign after them, no full stop.)
  const after = ts[end];
  if (
    !after ||
    (after.kind !== 'number' && after.lower !== ',' && after.lower !== "'" && after.lower !== '’')
  )
    return dotted(raw, end);
  if (after.lower !== ',' && GROUP_HEAD.test(raw)) {
    for (let next = ts[end]; next?.kind === 'number'; next = ts[end]) {
      if (!groupSpaced(text, ts[end - 1]!, next) || !GROUP_TAIL.test(next.lower)) break;
      raw += next.lower;
      end++;
      if (next.lower.length > 3) break; // the decimals end the number
    }
    // "1'200", "1’000’000": Swiss grouping by apostrophes, which the tokenizer cuts.
    while (
      (ts[end]?.lower === "'" || ts[end]?.lower === '’') &&
      ts[end + 1]?.kind === 'number' &&
      GROUP_TAIL.test(ts[end + 1]!.lower) &&
      ts[end - 1]!.end === ts[end]!.start &&
      ts[end]!.end === ts[end + 1]!.start
    ) {
      raw += ts[end + 1]!.lower;
      end += 2;
      if (raw.includes('.')) break;
    }
  }
  // "1,00,000", "12,50,000", "1,20,00,000": South Asian grouping (lakhs, crores), which the tokenizer
  // cuts into "1" "," "20" "," "00,000".
  if (after.lower === ',' && INDIAN_HEAD.test(raw)) {
    let digits = raw;
    for (let k = end; commaJoinsAt(text, ts, k); k += 2) {
      const part = ts[k + 1]!.lower;
      if (INDIAN_TAIL.test(part))
        return { raw: digits + part.replace(/,/g, ''), end: k + 2, dotGroup: false };
      if (!INDIAN_PAIR.test(part)) break;
      digits += part;
    }
  }
  if (commaJoinsAt(text, ts, end)) {
    // A decimal comma has one or two digits ("3,5", "45,30"): "2,1990" is a date, "4,54,487" grouping.
    const decimals = ts[end + 1]!.lower;
    const more = ts[end + 2];
    if (
      DECIMAL_COMMA_DIGITS.test(decimals) &&
      (INTEGER.test(raw) || DOT_THOUSANDS.test(raw)) &&
      !(more?.lower === ',' && more.start === ts[end + 1]!.end && ts[end + 3]?.kind === 'number')
    )
      return { raw: `${raw.replace(/\./g, '')}.${decimals}`, end: end + 2, dotGroup: false };
  }
  return dotted(raw, end);
}

/** numeral's answer for digits that may hold full stops: "1.200.000" groups thousands, "1.200" may. */
function dotted(raw: string, end: number): { raw: string; end: number; dotGroup: boolean } {
  if (!raw.includes('.')) return { raw, end, dotGroup: false };
  if (DOT_GROUPS.test(raw)) return { raw: raw.replace(/\./g, ''), end, dotGroup: false };
  return { raw, end, dotGroup: DOT_GROUP.test(raw) };
}

/** Whether a comma at k joins the number before it to a number after it, both written together. */
function commaJoinsAt(text: string, ts: readonly Token[], k: number): boolean {
  const comma = ts[k];
  const after = ts[k + 1];
  return (
    comma?.lower === ',' &&
    after?.kind === 'number' &&
    together(text, ts[k - 1]!, comma) &&
    together(text, comma, after)
  );
}

/** "1.5 million", "two hundred", "3bn", "50 mln": a scale word or abbreviation after the number multiplies it. */
function withScale(ts: readonly Token[], read: NumberRead): NumberRead {
  let end = read.end;
  let factor = 1;
  let suffix: string | undefined;
  const abbreviation = SCALE_ABBREVIATIONS.get(lowerAt(ts, end));
  if (abbreviation !== undefined) {
    factor = abbreviation;
    end++;
  } else
    while (end < ts.length) {
      const w = lowerAt(ts, end);
      // ("1 million-plus visitors": the scale with the modifier joined on ends the number.)
      const plus = w.endsWith('-plus');
      const scale = SCALE_WORDS.get(plus ? w.slice(0, -5) : w);
      if (scale === undefined || (scale === 12 && read.kind === 'digits')) break;
      factor *= scale;
      end++;
      if (plus) {
        suffix = 'plus';
        break;
      }
    }
  if (end === read.end) return read;
  const scaled: NumberRead = { ...read, value: round(read.value * factor), end, factor, dotGroup: false };
  if (suffix) scaled.suffix = suffix;
  if (read.upper !== undefined) scaled.upper = round(read.upper * factor);
  return scaled;
}

function readVague(ts: readonly Token[], i: number): NumberRead | null {
  if (!VAGUE_FIRST.has(lowerAt(ts, i))) return null;
  // "several hundred", "a few thousand"
  for (const prefix of VAGUE_SCALE_PREFIXES) {
    if (!wordsAt(ts, i, prefix)) continue;
    const scale = SCALE_WORDS.get(lowerAt(ts, i + prefix.length));
    if (scale === undefined || scale < 100) continue;
    const words = [...prefix, lowerAt(ts, i + prefix.length)];
    return { value: 2 * scale, start: i, end: i + words.length, kind: 'vague', vague: words.join(' ') };
  }
  for (const v of VAGUE_COUNTS) {
    if (!wordsAt(ts, i, v.words)) continue;
    // "the scores of the two teams", "scores of 12 and 11" are results.
    if (
      v.words[0] === 'scores' &&
      (SCORES_NOT_AROUND.has(lowerAt(ts, i - 1)) ||
        SCORES_NOT_AROUND.has(lowerAt(ts, i + 2)) ||
        ts[i + 2]?.kind === 'number' ||
        smallWord(lowerAt(ts, i + 2)) !== null)
    )
      return null;
    let end = i + v.words.length;
    const words = [...v.words];
    if (lowerAt(ts, end) === 'of') {
      words.push('of');
      end++;
    }
    return { value: v.value, start: i, end, kind: 'vague', vague: words.join(' ') };
  }
  return null;
}

/** "a third of", "half of", "two-thirds of", "one quarter of": only before "of". */
function readFraction(ts: readonly Token[], i: number): NumberRead | null {
  const w = lowerAt(ts, i);
  const hyphen = w.includes('-') ? WORD_NUMBER_HYPHEN.exec(w) : null;
  if (hyphen) {
    const n = smallWord(hyphen[1]!);
    const f = FRACTION_WORDS.get(hyphen[2]!);
    if (n !== null && f !== undefined && lowerAt(ts, i + 1) === 'of')
      return { value: round(n * f), start: i, end: i + 1, kind: 'fraction' };
    return null;
  }
  if (w === 'half' && lowerAt(ts, i + 1) === 'of')
    return { value: 0.5, start: i, end: i + 1, kind: 'fraction' };
  const n = w === 'a' || w === 'one' ? 1 : smallWord(w);
  const f = FRACTION_WORDS.get(lowerAt(ts, i + 1));
  if (n !== null && n > 0 && n < 10 && f !== undefined && w !== 'half' && lowerAt(ts, i + 2) === 'of')
    return { value: round(n * f), start: i, end: i + 2, kind: 'fraction' };
  // "climbed to one third from a quarter", "two fifths, …": a number word and a fraction that no noun follows (not
  // "one quarter", a period as often, nor "a third", as often an ordinal: "a third term").
  if (n !== null && n > 0 && n < 10 && w !== 'a' && f !== undefined && !QUARTERS.has(lowerAt(ts, i + 1))) {
    const next = ts[i + 2];
    if (next === undefined || next.kind !== 'word' || NOUN_STOPS.has(next.lower))
      return { value: round(n * f), start: i, end: i + 2, kind: 'fraction' };
  }
  return null;
}
const QUARTERS: ReadonlySet<string> = new Set(['quarter', 'quarters']);

/** Number words: "seven", "one hundred and twenty-nine", "a dozen", "a million", "two million". */
function readWords(ts: readonly Token[], i: number): NumberRead | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  if (lowerAt(ts, i) === 'a' && SCALE_WORDS.has(lowerAt(ts, i + 1))) {
    current = 1;
    j = i + 1;
  }
  if (j === i && SCALE_WORDS.has(lowerAt(ts, i))) return null; // "thousand" alone is not a count
  for (; j < ts.length; j++) {
    const w = lowerAt(ts, j);
    const small = smallWord(w);
    const scale = SCALE_WORDS.get(w);
    if (small !== null) {
      if (any && current % 100 !== 0 && current !== 0) break; // "two three" is not one number
      current += small;
    } else if (scale !== undefined) {
      if (scale < 1000) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (
      w === 'and' &&
      any &&
      smallWord(lowerAt(ts, j + 1)) !== null &&
      (current >= 100 || total > 0)
    ) {
      continue;
    } else break;
    any = true;
  }
  if (!any) return null;
  if (lowerAt(ts, j - 1) === 'and') j--;
  return { value: total + current, start: i, end: j, kind: 'words' };
}

// ---------------------------------------------------------------------------------------------------
// 2. What is not a count

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.shape.startsWith('X');
}
function isMonth(t: Token | undefined): boolean {
  return !!t && t.shape.startsWith('X') && MONTHS.has(t.lower);
}
/** A month's full name in lower case, save "may" and "march" (LOWER_MONTHS): "june", "august". */
function isLowerMonth(t: Token | undefined): boolean {
  return !!t && t.shape.startsWith('x') && LOWER_MONTHS.has(t.lower);
}
/** A month that makes a date with a day next to it: capitalised ("March", "Aug."), or in lower case. */
function isDateMonth(t: Token | undefined): boolean {
  return isMonth(t) || isLowerMonth(t);
}
/** One or two digits, as a day of the month is written. */
const DAY_DIGITS = /^\d{1,2}$/;
/** Whether the number read may be a day of the month: one or two digits, worth 1 to 31 ("3 000" is not). */
function isDayRead(ts: readonly Token[], read: NumberRead): boolean {
  return DAY_DIGITS.test(ts[read.start]!.lower) && read.value >= 1 && read.value <= 31;
}
/**
 * A month written in lower case before a day ("on march 15", "from february 28"): pages and feeds that
 * lower-case their text. "may" and "march" are also verbs, so for them a plural or a unit after the
 * number ("march 10 miles") keeps it a count.
 */
function isLowerMonthBefore(ts: readonly Token[], month: Token | undefined, read: NumberRead): boolean {
  if (!month || !month.shape.startsWith('x') || !MONTHS.has(month.lower)) return false;
  if (!isDayRead(ts, read)) return false;
  if (month.lower !== 'may' && month.lower !== 'march') return true;
  const next = ts[read.end];
  if (next?.kind !== 'word' || NOUN_STOPS.has(next.lower)) return true;
  return !(/[^s]s$/.test(next.lower) || MEASURE_WORDS.has(next.lower));
}
/**
 * A month written in lower case after a day ("on 19 august", "by 3 june"), save "may" and "march", which
 * are verbs too ("10 may leave"). (A sentence in capitals keeps its months' capitals, "11 AUGUST" is read
 * by isMonth.)
 */
function isLowerMonthAfter(ts: readonly Token[], month: Token | undefined, read: NumberRead): boolean {
  return isLowerMonth(month) && isDayRead(ts, read);
}
/**
 * A month then a day at [at-2, at) end a date: "March 15", "june 15" (lower case, save "may" and
 * "march"). The day is one or two digits, whatever their value; a day before its month ("15 March")
 * is not read here.
 */
function dateBefore(ts: readonly Token[], at: number): boolean {
  const day = ts[at - 1];
  if (day?.kind !== 'number' || !DAY_DIGITS.test(day.lower)) return false;
  return isDateMonth(ts[at - 2]);
}
/** An ISO currency code as written ("USD"), or null. */
function currencyCode(t: Token | undefined): string | null {
  if (!t || t.shape !== 'XXX') return null;
  const code = t.lower.toUpperCase();
  return CURRENCY_CODES.has(code) ? code : null;
}

/** Why the digits at [start, end) are not a count (date, time, year, id, phone), or null. */
function notACount(
  text: string,
  ts: readonly Token[],
  read: NumberRead,
  before: number,
  money: boolean,
): boolean {
  if (read.kind !== 'digits') return false;
  const t = ts[read.start]!;
  const prev = ts[before - 1];
  const next = ts[read.end];
  if (
    isMonth(next) ||
    isMonth(prev) ||
    isLowerMonthBefore(ts, prev, read) ||
    isLowerMonthAfter(ts, next, read)
  )
    return true;
  // The second day of a date: "on December 7 and 8", "from March 3 to 5", "15 to 21 April".
  if (t.lower.length <= 2 && read.end === read.start + 1 && read.value >= 1 && read.value <= 31) {
    if (prev && DAY_JOINERS.has(prev.lower) && dateBefore(ts, before - 1)) return true;
    if (
      next &&
      DAY_JOINERS.has(next.lower) &&
      ts[read.end + 1]?.kind === 'number' &&
      read.end + 2 < ts.length
    ) {
      if (isDateMonth(ts[read.end + 2])) return true;
    }
  }
  // A clock time of the 24-hour day: "at 0815", "shortly before 2230" ("(2300 GMT)" is read below).
  if (t.lower.length === 4 && read.end === read.start + 1 && MILITARY_TIME.test(t.lower)) {
    // ("at approximately 2230": a word of approximation between.)
    const at = TIME_APPROXIMATIONS.has(prev?.lower ?? '') ? before - 2 : before - 1;
    const timeBefore = MILITARY_TIME_BEFORE.has(lowerAt(ts, at)) && !LEVEL_VERBS.has(lowerAt(ts, at - 1));
    if (timeBefore && (!next || next.kind === 'punct' || MILITARY_TIME_AFTER.has(next.lower))) return true;
  }
  // A letter glued on that is not a unit: a name or a technology ("4G", "3D").
  if (next && next.start === ts[read.end - 1]!.end && next.kind === 'word' && next.shape.startsWith('X'))
    return true;
  // A clock time by its zone or half of the day, in any digits: "at 9 pm", "(2300 GMT)".
  if (next && TIME_OF_DAY.has(next.lower)) return true;
  // Runs of numbers: phone numbers, ids.
  if (prev?.kind === 'number' || (ts[read.start + 1]?.kind === 'number' && read.end === read.start + 1))
    return true;
  if (prev && ID_MARKERS.has(prev.lower)) return true;
  // An id after a lower-case noun that numbers things: "article 282", "class 10", "zone 10", "plates 6906".
  if (prev && ID_NOUNS.has(prev.lower) && prev.shape.startsWith('x')) return true;
  // ("plates 6906 and 6895", "articles 12 and 14": the second id.)
  if (
    prev &&
    (prev.lower === 'and' || prev.lower === ',') &&
    ts[before - 2]?.kind === 'number' &&
    ID_NOUNS.has(lowerAt(ts, before - 3))
  )
    return true;
  // A reference mark, glued to what it marks: "… 30 people.[12]".
  if (
    prev?.lower === '[' &&
    prev.start > 0 &&
    text.charCodeAt(prev.start - 1) > 0x20 &&
    !isGroupSpace(text.charCodeAt(prev.start - 1)) &&
    next?.lower === ']' &&
    prev.end === t.start &&
    next.start === ts[read.end - 1]!.end
  )
    return true;
  // (An amount of money is no id: "Originally $200", "Revenue €5bn".)
  if (
    !money &&
    prev &&
    isCapitalisedWord(prev) &&
    !CAPITALISED_BEFORE_COUNT.has(prev.lower) &&
    !currencyCode(prev) &&
    !shareAt(ts, read.end)
  )
    return true;
  // Ids written as long runs of digits (account, tweet and phone numbers): a count is grouped by commas.
  if (read.end === read.start + 1 && LONG_ID.test(t.lower)) return true;
  if (inReference(ts, read.start, read.end)) return true;
  // A street number: "2134 Caldwell Place", "520 Third Street".
  if (next && isCapitalisedWord(next) && streetAfter(ts, read.end)) return true;
  // Years.
  const raw = t.lower;
  if (/^\d{4}$/.test(raw) && read.end === read.start + 1) {
    const v = Number(raw);
    if (v >= YEAR_RANGE[0] && v <= YEAR_RANGE[1]) {
      if (prev && YEAR_PREPOSITIONS.has(prev.lower)) return true;
      // "the September 11, 2001 attacks": the year of a date.
      if (prev?.lower === ',' && ts[before - 2]?.kind === 'number' && isMonth(ts[before - 3])) return true;
      const noun = next?.lower ?? '';
      // ("2016 is the year": a verb in -s is no plural.)
      if (!(
        IRREGULAR_PLURALS.has(noun) ||
        (/s$/.test(noun) && LOWER_WORD.test(noun) && !NOUN_STOPS.has(noun))
      ))
        return true;
    }
  }
  return false;
}

/**
 * Whether the bare number at [start, end) is a reference mark: alone in brackets, or in a list of bare
 * numbers in brackets, after a lower-case word or a sign ("binge eating (21).", "(38, 39)"). After a
 * capitalised word the brackets may hold an age ("John Smith (34)"), which is left alone.
 */
function inReference(ts: readonly Token[], start: number, end: number): boolean {
  const before = lowerAt(ts, start - 1);
  if (before !== '(' && before !== ',') return false;
  if (!INTEGER.test(ts[start]!.lower)) return false; // ("(75.5)" is a grade, not a mark)
  let k = start - 1;
  while (lowerAt(ts, k) === ',' && ts[k - 1]?.kind === 'number') k -= 2;
  if (lowerAt(ts, k) !== '(' || isCapitalisedWord(ts[k - 1])) return false;
  let m = end;
  while (lowerAt(ts, m) === ',' && ts[m + 1]?.kind === 'number') m += 2;
  return lowerAt(ts, m) === ')';
}

/**
 * Whether capitalised words from k end in a street word ("Caldwell Place", "Third Street", "Main St."),
 * with no noun after it ("25 Main Street shops" counts shops).
 */
function streetAfter(ts: readonly Token[], k: number): boolean {
  for (let m = k; m < k + STREET_NAME_WORDS && isCapitalisedWord(ts[m]); m++) {
    if (m > k && STREET_WORDS.has(ts[m]!.lower)) return !isNounWord(ts[m + 1]);
  }
  return false;
}

/** How many capitalised words a street's name and its street word may hold after the number. */
const STREET_NAME_WORDS = 4;

/** Digits written without grouping, as long as no count is written so: an id. */
const LONG_ID = /^\d{8,}$/;

/**
 * Whether a share is written at k: a percentage or points. A name before such a number is whose share it
 * is, not an id ("Clinton 46 percent", "Smith 12 points"; "Flight 4417" takes neither).
 */
function shareAt(ts: readonly Token[], k: number): boolean {
  const w = lowerAt(ts, k);
  if (w === '%' || PERCENT_WORDS.has(w) || w === 'points') return true;
  return (
    (w === 'per' && lowerAt(ts, k + 1) === 'cent') || (w === 'percentage' && lowerAt(ts, k + 1) === 'points')
  );
}

// ---------------------------------------------------------------------------------------------------
// 3. Around the number

/** The modifiers by their last word, longest first (modifierBefore looks only at those the word before ends). */
const MODIFIERS_BY_LAST: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const byLast = new Map<string, Array<readonly string[]>>();
  for (const m of MODIFIERS) {
    const last = m[m.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), m]);
  }
  return byLast;
})();

function modifierBefore(ts: readonly Token[], i: number): { start: number; text: string } | null {
  const candidates = MODIFIERS_BY_LAST.get(lowerAt(ts, i - 1));
  if (candidates)
    for (const m of candidates) {
      const s = i - m.length;
      if (s < 0) continue;
      if (wordsAt(ts, s, m)) return { start: s, text: m.join(' ') };
    }
  // "~50 people", "<5%": a sign glued to the number (spaced, "News > 5 things" is a breadcrumb).
  const sign = ts[i - 1];
  if (sign && SYMBOL_MODIFIERS.has(sign.lower) && sign.end === ts[i]!.start)
    return { start: i - 1, text: sign.lower };
  return null;
}

/**
 * The counted noun at token k: [unit, end] or null. `one`: the count is one (its noun is singular).
 * `whole`: the count is a whole number (a decimal count before a participle is its subject: "a magnitude
 * of 6.9 jolted wide areas").
 */
function nounAt(
  ts: readonly Token[],
  k: number,
  one = false,
  whole = true,
): { unit: string; end: number } | null {
  // A unit of measure in any case after a space: "8.69 GW", "30-600 MW", "64 GB".
  if (ts[k]?.kind === 'word' && GLUED_UNITS.has(ts[k]!.lower)) return { unit: ts[k]!.lower, end: k + 1 };
  let j = k;
  // Leading adjectives and capitalised modifiers ("armed men", "Russian cruise missiles", "United States
  // service members": a run of capitalised words counts as one modifier when a noun follows it).
  while (j < ts.length && j - k < 3) {
    const t = ts[j]!;
    // ("one in-person meeting", "two well-known American hosts": a singular word with a hyphen before a
    // singular noun or a capitalised word; before a plural it heads a compound: "anti-war protesters".)
    const next = ts[j + 1];
    const hyphened =
      t.lower.includes('-') &&
      isNounWord(t) &&
      !isPluralLooking(t.lower) &&
      ((isNounWord(next) && !isPluralLooking(next!.lower)) || (!one && isCapitalisedWord(next)));
    if (LEADING_ADJECTIVES.has(t.lower) || hyphened || (whole && describesNext(ts, j, one))) {
      j++;
      continue;
    }
    if (!isCapitalisedWord(t)) break;
    let m = j + 1;
    while (m - j < CAPITALISED_RUN && isCapitalisedWord(ts[m])) m++;
    // ("21 Coptic Christians", "29 New Yorkers": the run ends in its capitalised plural head.)
    const last = ts[m - 1]!;
    if (!one && m > j + 1 && /^\p{L}+s$/u.test(last.lower) && !isNounWord(ts[m]))
      return { unit: last.lower, end: m };
    // ("three Americans agree": a capitalised plural before a singular word that opens no compound is the
    // head; "United States service members", "US hospital centers" go on.)
    const after = ts[m + 1];
    if (
      !one &&
      /^\p{L}{3,}s$/u.test(last.lower) &&
      isNounWord(ts[m]) &&
      !isPluralLooking(ts[m]!.lower) &&
      !(isNounWord(after) && isPluralLooking(after!.lower))
    )
      return { unit: last.lower, end: m };
    // (A count of one reads one capitalised word at most: "One Home Depot refers" is a name.)
    if (!isNounWord(ts[m]) || (one && m > j + 1)) break;
    j = m;
  }
  const first = ts[j];
  if (first !== undefined && participleHere(ts, j)) return null;
  // A capitalised plural head noun: "37 Indians", "12 million Yemenis".
  if (isCapitalisedWord(first) && /^\p{L}+s$/u.test(first!.lower) && !isNounWord(ts[j + 1]))
    return { unit: first!.lower, end: j + 1 };
  const second = ts[j + 1];
  // A verb form as the first word of a compound before its plural head: "3,210 shooting victims".
  if (!one && isModifierForm(first) && isNounWord(second) && isPluralLooking(second!.lower))
    return { unit: `${first!.lower} ${second!.lower}`, end: j + 2 };
  if (!isNounWord(first)) return null;
  const w1 = first!.lower;
  if (MEASURE_WORDS.has(w1)) return { unit: w1, end: j + 1 };
  const plural1 = isPluralLooking(w1);
  const third = ts[j + 2];
  // ("500 traffic police officers", "three national police officers": the compound after a first word.)
  if (
    !one &&
    !plural1 &&
    COMPOUND_FIRST.has(lowerAt(ts, j + 1)) &&
    isNounWord(third) &&
    isPluralLooking(third!.lower)
  )
    return { unit: `${w1} ${second!.lower} ${third!.lower}`, end: j + 3 };
  if (
    second &&
    isNounWord(second) &&
    isPluralLooking(second.lower) &&
    // ("seven army men", "two security staff": an irregular plural heads a compound after a singular word.)
    (!IRREGULAR_PLURALS.has(second.lower) || (!plural1 && !one)) &&
    (!plural1 || COMPOUND_FIRST.has(w1))
  )
    return { unit: `${w1} ${second.lower}`, end: j + 2 };
  // ("one police officer", "one aid worker": a first word of COMPOUND_FIRST before the singular head.)
  if (one && COMPOUND_FIRST.has(w1) && isNounWord(second) && !isPluralLooking(second!.lower))
    return { unit: `${w1} ${second!.lower}`, end: j + 2 };
  // Two singular words before a plural head: "410 tax haven subsidiaries", "two female suicide bombers".
  if (
    !one &&
    !plural1 &&
    second &&
    (isNounWord(second) || isModifierForm(second)) &&
    !isPluralLooking(second.lower) &&
    isNounWord(third) &&
    isPluralLooking(third!.lower) &&
    !TIME_UNITS.has(w1) &&
    !TIME_UNITS.has(second.lower)
  )
    return { unit: `${w1} ${second.lower} ${third!.lower}`, end: j + 3 };
  return { unit: w1, end: j + 1 };
}

/**
 * A participle ("injured", "registered", "unnamed"; six letters or more, not in -eed), a role word of
 * ATTRIBUTIVE_WORDS ("dead", "missing"), or an adjective by its ending ("possible", "dangerous",
 * "useful", "homeless"): in lower case, a word that describes the noun after it.
 */
function isAttributive(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.shape.startsWith('x')) return false;
  const w = t.lower;
  if (ATTRIBUTIVE_WORDS.has(w)) return true;
  if (PARTICIPLE.test(w)) return !NOT_ATTRIBUTIVE.has(w);
  return ADJECTIVE_ENDING.test(w) && !NOUN_STOPS.has(w);
}
const PARTICIPLE = /^[a-z]{3,}[^e]ed$/;
const ADJECTIVE_ENDING = /^[a-z]{2,}(?:ous|ful|ible|able|less)$/;

/**
 * Whether the word at j describes the counted noun after it, and is skipped as a leading adjective is: an
 * attributive word (isAttributive), or an adverb in -ly before one ("three heavily armed men"), with a
 * head after it (headAfter).
 */
function describesNext(ts: readonly Token[], j: number, one: boolean): boolean {
  const t = ts[j]!;
  if (
    !isAttributive(t) &&
    !(isAdverb(t) && (isAttributive(ts[j + 1]) || LEADING_ADJECTIVES.has(lowerAt(ts, j + 1))))
  )
    return false;
  return headAfter(ts, j + 1, one, ATTRIBUTIVE_REACH);
}

/**
 * Whether a counted noun starts at k, past more describing words (at most `reach`): a capitalised word
 * ("two wounded Palestinians") or a noun of the count's number ("two injured soldiers", "one injured
 * soldier"; "two injured in the blast" has none) or the first word of a compound before one ("single
 * barrel guns"). One's noun ends there: "one attempted sexual assault" and "one injured soldier told"
 * cannot be told apart, and are left alone.
 */
function headAfter(ts: readonly Token[], k: number, one: boolean, reach: number): boolean {
  const t = ts[k];
  if (!t || t.kind !== 'word') return false;
  if (isCapitalisedWord(t)) return true;
  if (LEADING_ADJECTIVES.has(t.lower) || isAttributive(t) || isAdverb(t))
    return reach > 0 && headAfter(ts, k + 1, one, reach - 1);
  if (!isNounWord(t)) return false;
  const after = ts[k + 1];
  if (one) return !isPluralLooking(t.lower) && !isNounWord(after);
  // ("12 locally manufactured single barrel guns": a compound's first word before its plural head.)
  return isPluralLooking(t.lower) || (isNounWord(after) && isPluralLooking(after!.lower));
}

/** How many more describing words headAfter reads past ("three heavily armed masked men"). */
const ATTRIBUTIVE_REACH = 2;

/** How many capitalised words a modifier before the counted noun may hold ("United States"). */
const CAPITALISED_RUN = 3;

/** A lower-case "-ing" word that can modify a noun ("shooting victims", "counting systems"). */
function isModifierForm(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    t.shape.startsWith('x') &&
    /^[a-z]{3,}ing$/.test(t.lower) &&
    !NOUN_STOPS.has(t.lower)
  );
}

/** An ISO currency code: the unit of an amount of money. */
const CURRENCY_CODE = /^[A-Z]{3}$/;
/** Words after an amount that say when or how it is counted, not what it is ("$5 million last year"). */
const NOT_MONEY_NOUNS: ReadonlySet<string> = new Set([
  ...['last', 'next', 'this', 'each', 'apiece', 'per', 'more', 'less', 'total', 'overall', 'worth'],
  ...['annually', 'yearly', 'monthly', 'weekly', 'daily', 'cash', 'net', 'gross', 'plus', 'extra'],
  ...['yesterday', 'today', 'tomorrow', 'towards', 'toward', 'alone', 'hidden', 'stolen'],
]);
/** Verb forms that end the noun phrase after an amount ("rebuilding", "raised"; "hidden" is listed). */
const VERB_FORM = /(?:ing|ed)$/;

/** How many words the noun phrase after an amount of money may hold ("additional humanitarian aid"). */
const MONEY_NOUN_WORDS = 4;

/**
 * What an amount of money is: the head (last word) of the lower-case noun phrase written right after it
 * or after "in" ("a $5 million reward", "a $1.2 trillion infrastructure bill", "$1 billion in additional
 * humanitarian aid" → "reward", "bill", "aid"), or null ("$20 million in Series B funding", a name;
 * "$5 million last year", "$40 a night").
 */
function moneyNoun(ts: readonly Token[], d: Draft): string | null {
  if (!CURRENCY_CODE.test(d.unit)) return null;
  let k = lowerAt(ts, d.end) === 'in' ? d.end + 1 : d.end;
  let head: string | null = null;
  for (const stop = k + MONEY_NOUN_WORDS; k < stop && k < ts.length; k++) {
    const t = ts[k]!;
    if (t.kind !== 'word' || !t.shape.startsWith('x') || !LOWER_WORD.test(t.lower)) break;
    if (NOT_MONEY_NOUNS.has(t.lower) || TIME_UNITS.has(t.lower) || NOUN_STOPS.has(t.lower)) break;
    // ("$5 billion rebuilding roads", "$2 million hidden in a truck": a verb form ends the phrase.)
    if (VERB_FORM.test(t.lower) || participleHere(ts, k)) break;
    head = t.lower;
  }
  return head && isNounWord(ts[k - 1]) ? head : null;
}

/** Whether the word at k is one of BARE_PARTICIPLES read as a participle: no noun and no "of" after it. */
function participleHere(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  if (!BARE_PARTICIPLES.has(t.lower) || !t.shape.startsWith('x')) return false;
  const next = ts[k + 1];
  return next === undefined || (next.lower !== 'of' && !isNounWord(next));
}

function isNounWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  if (!t.shape.startsWith('x') || !LOWER_WORD.test(w)) return false;
  if (NOUN_STOPS.has(w) || /(?:ed|ly)$/.test(w) || (/ing$/.test(w) && !/ings$/.test(w))) return false;
  return smallWord(w) === null && !SCALE_WORDS.has(w);
}

function isPluralLooking(w: string): boolean {
  // ("bus", "virus", "crisis", "news" end in s and are singular.)
  if (w.endsWith('s')) return !/(?:ss|us|is)$/.test(w) && !SINGULARS_IN_S.has(w);
  // ("gunmen", "fishermen", "policemen"; "specimen", "abdomen", "regimen" are singular.)
  return IRREGULAR_PLURALS.has(w) || MEN_PLURAL.test(w);
}
const MEN_PLURAL = /^[a-z]{2,}[^iou]men$/;

/** Singular nouns that end in s like a plural ("cable news hosts" counts hosts). */
const SINGULARS_IN_S = new Set([
  'news',
  'series',
  'species',
  'means',
  'politics',
  'economics',
  'physics',
  'gas',
]);

/** Tokens after which a capitalised number word opens a sentence or a headline ("… : Two Killed"). */
const OPENERS = new Set(['.', ':', ';', '!', '?', '(', '-', '–', '—', '|', "'", '"', '‘', '’', '“', '”']);

/**
 * Whether a capitalised number word from i to end is in a name: inside a sentence before another capitalised word
 * ("the Three Gorges Dam", "Zero Gravity Seats"), or after a capitalised word that a lower-case word comes before
 * ("the Formula Three title", "watched Channel Four news", "the Group of Seven met"; in a headline in title case
 * the word before is capitalised too, "Gunmen Kill Two in Raid", and the count stays).
 */
function numberWordInName(ts: readonly Token[], i: number, end: number): boolean {
  if (!isCapitalisedWord(ts[i])) return false;
  if (i > 0 && isCapitalisedWord(ts[end]) && !OPENERS.has(lowerAt(ts, i - 1))) return true;
  let k = i - 1;
  if (lowerAt(ts, k) === 'of') k--;
  if (k < 1 || !isCapitalisedWord(ts[k])) return false;
  const before = ts[k - 1]!;
  return before.kind === 'word' && before.shape.startsWith('x');
}

/** A quantity starting at token i, or null. */
function readQuantity(text: string, ts: readonly Token[], i: number): Draft | null {
  // Currency before the number, or a minus sign.
  let currency: string | null = null;
  let numAt = i;
  let negative = false;
  const t = ts[i]!;
  // The second end of digits glued by a dash is read with the first ("5–11"), or not at all ("3–1").
  if (t.kind === 'number' && i >= 2 && gluedDashAt(text, ts, i - 1)) return null;
  // (Signs are symbols, but for "Rs": most tokens are settled by their kind.)
  const sign = t.kind === 'symbol' || t.lower === 'rs' ? CURRENCY_SIGNS.get(t.lower) : undefined;
  const code = currencyCode(t);
  if (sign || code) {
    const w = lowerAt(ts, i + 1);
    if (ts[i + 1]?.kind === 'number' || SCALED_WORD.test(w) || (w.includes('-') && SUFFIXED_WORD.test(w))) {
      currency = sign ?? code;
      numAt = i + 1;
    } else if (t.lower === '$' && ts[i + 1]?.kind === 'word') {
      // "$US50 million": the tokenizer keeps the country and the digits in one word.
      const prefixed = PREFIXED_DOLLARS.exec(w);
      const value = prefixed ? parseDigits(prefixed[2]!) : null;
      if (prefixed && value !== null && ts[i + 1]!.shape.startsWith('X')) {
        const read = withScale(ts, { value, start: i + 1, end: i + 2, kind: 'digits' });
        return quantityOf(text, ts, i, i + 1, PREFIXED_DOLLAR_CODES.get(prefixed[1]!)!, read);
      }
    }
  } else if (t.kind === 'word') {
    // "US $50 million", "U.S. $50": the country before the sign, spaced.
    if (ts[i + 1]?.lower === '$' && ts[i + 2]?.kind === 'number' && t.shape.startsWith('X')) {
      const country = SPACED_DOLLAR_PREFIXES.get(t.lower);
      if (country) {
        currency = country;
        numAt = i + 2;
      }
    }
  } else if (
    (t.lower === '−' || t.lower === '-') &&
    ts[i + 1]?.kind === 'number' &&
    ts[i + 1]!.start === t.end
  ) {
    // "−3%", "-2.5%": a minus glued to the number and not to what is before it ("2−3" is a range).
    negative = i === 0 || ts[i - 1]!.end < t.start;
    if (negative) numAt = i + 1;
  }
  const read = readNumber(text, ts, numAt);
  if (!read) return null;
  if (!negative) return quantityOf(text, ts, i, numAt, currency, read);
  if (read.kind !== 'digits' || read.upper !== undefined) return null;
  return quantityOf(text, ts, i, numAt, currency, { ...read, value: -read.value });
}

/**
 * Whether token j joins the two ends of a range: "and" after "between"; "to"; an en dash; an em dash or
 * a minus sign glued to both numbers ("5—10", "2−3"; spaced, an em dash opens an aside); a hyphen with
 * spaces ("5 - 10"; glued, it is in the number's token).
 */
function rangeJoiner(text: string, ts: readonly Token[], j: number, between: boolean): boolean {
  const w = lowerAt(ts, j);
  if (w === 'and') return between;
  if (w === 'to' || w === '–') return true;
  const joiner = ts[j];
  if (!joiner || j === 0 || j + 1 >= ts.length) return false;
  if (GLUED_RANGE_DASHES.has(w))
    return together(text, ts[j - 1]!, joiner) && together(text, joiner, ts[j + 1]!);
  return w === '-' && joiner.start > ts[j - 1]!.end && ts[j + 1]!.start > joiner.end;
}

/** Whether token j is a dash glued to a number on each side ("5–11", "2−3", "5—10"): a hyphen's range. */
function gluedDashAt(text: string, ts: readonly Token[], j: number): boolean {
  const dash = ts[j];
  const before = ts[j - 1];
  const after = ts[j + 1];
  return (
    dash !== undefined &&
    GLUED_RANGE_DASHES.has(dash.lower) &&
    before?.kind === 'number' &&
    after?.kind === 'number' &&
    together(text, before, dash) &&
    together(text, dash, after)
  );
}

/** NAMED_CURRENCIES by their first word (currencyAt looks only at those the word at k starts). */
const NAMED_CURRENCIES_BY_FIRST: ReadonlyMap<
  string,
  ReadonlyArray<readonly [readonly string[], string]>
> = (() => {
  const byFirst = new Map<string, Array<readonly [readonly string[], string]>>();
  for (const named of NAMED_CURRENCIES) {
    const first = named[0][0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), named]);
  }
  return byFirst;
})();

/** A currency written at token k after an amount: a name ("dollars", "Swiss francs"), a code, a sign. */
function currencyAt(
  text: string,
  ts: readonly Token[],
  k: number,
): { code: string; end: number; sign: boolean } | null {
  for (const [words, code] of NAMED_CURRENCIES_BY_FIRST.get(lowerAt(ts, k)) ?? []) {
    if (wordsAt(ts, k, words)) return { code, end: k + words.length, sign: false };
  }
  const t = ts[k];
  if (!t) return null;
  const code = CURRENCY_WORDS.get(t.lower) ?? currencyCode(t);
  if (code) return { code, end: k + 1, sign: false };
  // A sign after the amount, glued or after one space ("30 €", "60,000₩"), not the sign of the next
  // amount ("5 $10 bills").
  const sign = t.kind === 'symbol' ? CURRENCY_SIGNS.get(t.lower) : undefined;
  const before = ts[k - 1];
  if (sign === undefined || !before || !(before.end === t.start || oneSpace(text, before, t))) return null;
  const next = ts[k + 1];
  if (next && next.start === t.end && next.kind === 'number') return null;
  return { code: sign, end: k + 1, sign: true };
}

/** Whether a counted noun (no time unit) is written at k. */
function countedNounAt(ts: readonly Token[], k: number): boolean {
  const noun = nounAt(ts, k);
  return noun !== null && !TIME_UNITS.has(noun.unit);
}

/** Where the whole of "N out of M" starts (the token after "of"), or -1. */
function outOfAt(ts: readonly Token[], end: number): number {
  return lowerAt(ts, end) === 'out' && lowerAt(ts, end + 1) === 'of' ? end + 2 : -1;
}

/** Ordinal suffixes a page may space off the digits ("the 77 th march"). */
const ORDINAL_SUFFIXES = new Set(['th', 'st', 'nd', 'rd']);

/** Nouns after "at one" that make an idiom, not a count ("at one point", "at one stage"). */
const ONE_IDIOMS = new Set(['point', 'time', 'stage', 'moment', 'end']);

/** Whether a percent sign or word stands at k ("%", "percent", "per cent"). */
function percentAt(ts: readonly Token[], k: number): boolean {
  return percentEndAt(ts, k) > 0;
}

/** The token after a percent sign or word at k ("%", "percent", "per cent"), or -1. */
function percentEndAt(ts: readonly Token[], k: number): number {
  const w = lowerAt(ts, k);
  if (w === '%' || PERCENT_WORDS.has(w)) return k + 1;
  return w === 'per' && lowerAt(ts, k + 1) === 'cent' ? k + 2 : -1;
}

/**
 * Whether an amount or a percentage starting at token start, followed by "to" and another, is a span, not
 * a change: no change word right before it ("rose 3% to 5%", "by 46 percent to 42 percent"), and "from"
 * only after a word of range ("ranging from 5% to 25%", "anywhere from $200 to $500"; "increased from
 * 10% to 25%" is a change).
 */
function spanWritten(ts: readonly Token[], start: number): boolean {
  const before = lowerAt(ts, start - 1);
  if (before === 'from') return RANGE_WORDS.has(lowerAt(ts, start - 2));
  return !CHANGE_WORDS.has(before);
}

/** Whether what follows a range's second number at k makes it a range ("5–10 people", "10–15%", "5–10 euros"). */
function rangeUnitAt(text: string, ts: readonly Token[], k: number): boolean {
  const w = lowerAt(ts, k);
  if (w === '%' || PERCENT_WORDS.has(w) || (w === 'per' && lowerAt(ts, k + 1) === 'cent')) return true;
  return countedNounAt(ts, k) || currencyAt(text, ts, k) !== null;
}

/** readQuantity once a number is read (apart: its drafts' closure costs the many tokens with none nothing). */
function quantityOf(
  text: string,
  ts: readonly Token[],
  i: number,
  numAt: number,
  currency: string | null,
  first: NumberRead,
): Draft | null {
  let read = first;
  if (read.kind === 'words' && ID_MARKERS.has(lowerAt(ts, i - 1))) return null; // "the number one buyer"
  if (read.kind === 'words' && numberWordInName(ts, i, read.end)) return null;
  if (read.kind === 'money' && !currency) return null;
  if (notACount(text, ts, read, i, currency !== null)) return null;
  // "77 th", "2 nd": an ordinal whose suffix the page spaced off.
  if (read.kind === 'digits' && ORDINAL_SUFFIXES.has(lowerAt(ts, read.end))) return null;
  const mod = read.kind === 'vague' ? null : modifierBefore(ts, i);
  let start = mod?.start ?? i;
  let modifier = read.vague ?? mod?.text ?? read.suffix;

  // "between 20 and 30", "20 to 30", "from 20 to 30", "5–10", "$5–10 million".
  let upper = read.upper;
  // ("between the ages of 17 and 20": "between" stands before the age marker.)
  const prevWord = lowerAt(ts, i - 1);
  const agesOf = prevWord === 'of' || AGE_MARKERS.has(prevWord) ? agesOfBefore(ts, i) : null;
  const between = lowerAt(ts, i - 1) === 'between' || agesOf === 'between';
  // (Amounts of money "to" another are a change after a change word ("rose $3 to $88", "cut from $5 to
  // $3"), a range without one ("$200 to $500 a year", "ranging from $5 to $9"); a dash joins them.)
  const toAt = lowerAt(ts, read.end) === 'to';
  const spans = toAt && spanWritten(ts, start);
  if (
    upper === undefined &&
    (read.kind === 'digits' || read.kind === 'words') &&
    !(currency && toAt && !spans) &&
    rangeJoiner(text, ts, read.end, between)
  ) {
    // ("$5–$10 million": the second amount's sign.)
    const at = currency && ts[read.end + 1]?.lower === ts[i]!.lower ? read.end + 2 : read.end + 1;
    // (The second number may be past the sentence's last token: "aged between 15 and" cut off.)
    const second = readNumber(text, ts, at);
    if (second && (second.kind === 'digits' || second.kind === 'words') && second.upper === undefined) {
      // "10 to 15 million people": a scale written once is both ends' ("500 to 2 million" is not).
      let low = read.value;
      if (second.factor !== undefined && read.factor === undefined && low < second.value / second.factor)
        low = round(low * second.factor);
      // (A range of time units is a duration, read as one below: "between 2 and 3 years", "60–90 minutes".)
      const ofTime = TIME_UNITS.has(lowerAt(ts, second.end));
      // ("to" before a percentage is as often a change as a range: "down five to 27 percent"; a dash is not.)
      const unit = toAt
        ? countedNounAt(ts, second.end) || (spans && percentAt(ts, second.end))
        : rangeUnitAt(text, ts, second.end);
      // (Digits glued by a dash are one range as "5-11" is, whatever follows; "3–1", "2019–20" none.)
      const glued = gluedDashAt(text, ts, read.end);
      // ("ages 55 to 65", "aged 18 to 24": a range of ages, whatever follows.)
      if (second.value > low && (glued || between || currency || ofTime || unit || agesOf !== null)) {
        upper = second.value;
        read = { ...read, value: low, end: second.end };
      } else if (glued) return null;
    }
  }
  if (between && upper !== undefined) {
    if (agesOf !== 'between') start = i - 1;
    modifier = 'between';
  }

  // Every draft is built here, with every field in one order: one hidden class for all of them (spread
  // objects with optional fields had several, and the code reading them was deoptimised again and again).
  const draftModifier = modifier || undefined;
  const draft = (end: number, unit: string, value = read.value, nounUnit = false): Draft => ({
    start,
    end,
    numStart: numAt,
    numEnd: read.end,
    value,
    upper,
    unit,
    modifier: draftModifier,
    role: undefined,
    kind: read.kind,
    nounUnit,
    nounRole: undefined,
  });
  let end = read.end;

  if (read.kind === 'age') return draft(end, 'years');
  // "1 in 4 residents", "one in five", "six in 10 voters", "eight out of ten": a share, read as a fraction
  // ("one in 2019" is a year).
  const share = lowerAt(ts, end) === 'in' ? end + 1 : outOfAt(ts, end);
  if (!currency && upper === undefined && share > 0 && (read.kind === 'digits' || read.kind === 'words')) {
    const of = readNumber(text, ts, share);
    if (
      of &&
      (of.kind === 'digits' || of.kind === 'words') &&
      of.upper === undefined &&
      of.value > read.value
    ) {
      const year = of.kind === 'digits' && /^\d{4}$/.test(lowerAt(ts, share));
      // ("13 out of 19 crew members" is a partitive, read as "12 of the 200 passengers" is.)
      const partitive = share !== end + 1 && countedNounAt(ts, of.end);
      // (Past one, "in" makes a share over a usual denominator only: "two in three", "six in 10"; "three in
      // 10 days" and "five in 12 games" are none.)
      const over =
        share !== end + 1 ||
        read.value === 1 ||
        (SHARE_DENOMINATORS.has(of.value) &&
          Number.isInteger(read.value) &&
          !TIME_UNITS.has(lowerAt(ts, of.end)) &&
          !MEASURE_WORDS.has(lowerAt(ts, of.end)));
      if (!year && !partitive && over) return draft(of.end, 'fraction', round(read.value / of.value));
    }
  }
  // "at one point", "at one time": an idiom, no count.
  if (
    read.kind === 'words' &&
    read.value === 1 &&
    lowerAt(ts, i - 1) === 'at' &&
    ONE_IDIOMS.has(lowerAt(ts, end))
  )
    return null;
  // ("512GB": the unit glued in the number's own token.)
  const glued =
    ts[read.start]!.kind === 'word' && read.kind === 'digits' ? gluedUnit(ts[read.start]!.lower) : null;
  if (glued) return draft(end, glued);
  if (read.kind === 'fraction') return draft(end, 'fraction');

  // Money: a sign or code before, a glued scale after, or a currency name / code / sign after.
  const abbr = read.kind === 'digits' ? MONEY_SCALE_ABBREVIATIONS.get(lowerAt(ts, end)) : undefined;
  // (A scale abbreviation glued on or after a no-break space, or one of two letters or more after a
  // space: "$50m", "€5\u00A0m", "€3 mn"; "$5 m" is not.)
  const abbrJoins =
    abbr !== undefined &&
    (ts[end - 1]!.end === ts[end]!.start ||
      groupSpaced(text, ts[end - 1]!, ts[end]!) ||
      ts[end]!.lower.length > 1);
  if (currency) {
    let value = read.value;
    if (abbrJoins) {
      value = round(value * abbr!);
      if (upper !== undefined) upper = round(upper * abbr!);
      end++;
    }
    // ("$7.9 million dollars": the currency named again after the amount is in its span.)
    if (CURRENCY_WORDS.get(lowerAt(ts, end)) === currency) end++;
    return draft(end, currency, value);
  }
  // "50m dollars", "3bn euros": an abbreviated scale before a currency after.
  const scaledMoney = abbrJoins ? currencyAt(text, ts, end + 1) : null;
  if (scaledMoney) {
    if (upper !== undefined) upper = round(upper * abbr!);
    return draft(scaledMoney.end, scaledMoney.code, round(read.value * abbr!));
  }
  // "1.5m people", "50k voters": a glued scale before a noun that is counted in thousands and millions,
  // never measured in metres or kilometres ("the 100m hurdles", "10k runners" are).
  if (abbrJoins && ts[end - 1]!.end === ts[end]!.start) {
    const counted = nounAt(ts, end + 1);
    const head = counted?.unit.slice(counted.unit.lastIndexOf(' ') + 1);
    if (counted && head !== undefined && SCALED_COUNT_NOUNS.has(head)) {
      if (upper !== undefined) upper = round(upper * abbr!);
      return draft(counted.end, counted.unit, round(read.value * abbr!), true);
    }
  }
  const money = currencyAt(text, ts, end);
  if (money) {
    // "50.000 €": a sign after the amount is European typography, where a full stop groups thousands.
    const value = read.dotGroup && money.sign ? round(read.value * 1000) : read.value;
    return draft(money.end, money.code, value);
  }

  // Percentages: "12%", "4.5 per cent"; "80% to 90%" a span when no change is written before it.
  const after = lowerAt(ts, end);
  const percentEnd = percentEndAt(ts, end);
  if (percentEnd > 0) {
    if (upper === undefined && lowerAt(ts, percentEnd) === 'to' && spanWritten(ts, start)) {
      const second = readNumber(text, ts, percentEnd + 1);
      const secondEnd = second ? percentEndAt(ts, second.end) : -1;
      if (
        second?.kind === 'digits' &&
        second.upper === undefined &&
        second.value > read.value &&
        secondEnd > 0
      ) {
        upper = second.value;
        return draft(secondEnd, 'percent');
      }
    }
    return draft(percentEnd, 'percent');
  }
  if (after === 'percentage' && /^points?$/.test(lowerAt(ts, end + 1)))
    return draft(end + 2, 'percentage points');

  // Ages and durations.
  if (after === 'year-old' || after === 'years-old') return draft(end + 1, 'years'); // "a 6 year-old girl"
  if (TIME_UNITS.has(after)) {
    if (/^years?$/.test(after) && lowerAt(ts, end + 1) === 'old') return draft(end + 2, 'years');
    // ("men age 65 to 80 years": a range of ages.)
    const age = lowerAt(ts, i - 1);
    if (/^years?$/.test(after) && upper !== undefined && (age === 'age' || age === 'aged'))
      return draft(end + 1, 'years');
    return null;
  }

  // "six others", "dozens of others": the others of a count named before, the unit as written.
  if (lowerAt(ts, end) === 'others') return draft(end + 1, 'others', read.value, true);

  // The counted noun.
  const noun = nounAt(ts, end, read.value === 1 && upper === undefined, Number.isInteger(read.value));
  if (noun) {
    const head = noun.unit.slice(noun.unit.lastIndexOf(' ') + 1);
    if (TIME_UNITS.has(head)) return null;
    // "1.200 migrants", "70.000 people": a count of a plural noun is whole, so a full stop before three
    // digits ending in "00" groups thousands, European style. Other decimals of three digits are written
    // in English too ("54.130 pesos", "56.698 points"), as are "2.345%" and "1.250 billion".
    const thousands =
      read.dotGroup &&
      ts[read.start]!.lower.endsWith('00') &&
      isPluralLooking(head) &&
      !DECIMAL_NOUNS.has(head);
    const value = thousands ? round(read.value * 1000) : read.value;
    const d = draft(noun.end, noun.unit, value, true);
    d.nounRole = roleAmong(ts, end, noun.end);
    return d;
  }
  return draft(end, '');
}

/** Words before a number that make it an age ("aged 19", "age 12 and older", "ages 55 to 65"). */
const AGE_MARKERS = new Set(['age', 'aged', 'ages']);
/** The words agesOfBefore may find right before a number (it looks no further at any other). */
const AGE_OR_OF = new Set([...AGE_MARKERS, 'of']);

/**
 * Whether an age marker stands right before the number at i: "ages 55 to 65" (the marker), "between the
 * ages of 17 and 20" ("between"), or null.
 */
function agesOfBefore(ts: readonly Token[], i: number): 'marker' | 'between' | null {
  if (AGE_MARKERS.has(lowerAt(ts, i - 1))) return 'marker';
  if (lowerAt(ts, i - 1) !== 'of' || lowerAt(ts, i - 2) !== 'ages') return null;
  return lowerAt(ts, i - 3) === 'the' && lowerAt(ts, i - 4) === 'between' ? 'between' : 'marker';
}

// ---------------------------------------------------------------------------------------------------
// 4. Within the sentence

function resolveInSentence(ts: readonly Token[], drafts: Draft[]): void {
  // The count an elided noun may come from: the latest before d (one pass: no quadratic search).
  let earlier: Draft | undefined;
  drafts.forEach((d, k) => {
    resolveOne(ts, drafts, d, k, earlier);
    // (A count in the place phrase of the one before lends no noun: "five people from two families
    // were killed and three wounded" counts people.)
    if (inPlacePhraseOf(ts, drafts[k - 1], d)) return;
    // A count without a noun of its own, after a word that is no connector, lends none, and the count
    // after it takes none from further back: "three attacks left two dead and three injured" counts no
    // attacks injured. (After a connector it is one of a list: "two people died, three went missing and
    // nine were hurt" counts nine people; so is a count before a place or "of them": "deaths … followed by
    // 43 in Surat, 27 in Vapi"; "one of them" is no count.)
    if (d.unit !== '') earlier = d;
    else if (
      !ELISION_CONNECTORS.has(lowerAt(ts, d.start - 1)) &&
      !listItemAt(ts, d.end) &&
      (d.kind !== 'words' || d.value >= 2)
    )
      earlier = undefined;
  });
}

/** Whether what follows a bare count at k makes it an item of a list of counts: a place ("in Surat"), "of them". */
function listItemAt(ts: readonly Token[], k: number): boolean {
  const w = lowerAt(ts, k);
  return PLACE_PREPOSITIONS.has(w) || (w === 'of' && PARTITIVE_PRONOUNS.has(lowerAt(ts, k + 1)));
}

/** Words before a count that join it to a list whose noun it shares ("353 people, 129 in Paris and 224 in Brussels"). */
const ELISION_CONNECTORS: ReadonlySet<string> = new Set(['and', ',', 'or', ';']);

/** Plural-looking words after "N of the" that are no counted noun ("two of the less …"). */
const PARTITIVE_NOT_NOUNS = new Set(['less', 'this', 'ones']);

/** One draft without a unit: an age, a partitive noun, or an elided noun from `earlier`. */
function resolveOne(
  ts: readonly Token[],
  drafts: Draft[],
  d: Draft,
  k: number,
  earlier: Draft | undefined,
): void {
  if (d.unit !== '' || d.kind === 'vague' || d.kind === 'fraction') return;
  const prev = ts[d.start - 1];
  const prevLower = prev?.lower ?? '';
  // Ages: "aged 19", "Abdeslam, 26,", "her grandson, 9,".
  // ("aged between 18 and 21": the marker before the modifier.)
  if (
    (AGE_OR_OF.has(prevLower) && agesOfBefore(ts, d.start) !== null) ||
    (AGE_OR_OF.has(lowerAt(ts, d.numStart - 1)) && agesOfBefore(ts, d.numStart) !== null)
  ) {
    d.unit = 'years';
    return;
  }
  if (isAgeAfterName(ts, d)) {
    d.unit = 'years';
    return;
  }
  // Partitive: "12 of the 200 passengers", "13 out of 19 crew members".
  const ofAt = lowerAt(ts, d.end) === 'out' ? d.end + 1 : d.end;
  if (lowerAt(ts, ofAt) === 'of') {
    const nextStart = lowerAt(ts, ofAt + 1) === 'the' ? ofAt + 2 : ofAt + 1;
    const whole = drafts[k + 1];
    if (whole && whole.start === nextStart && whole.nounUnit) {
      d.unit = whole.unit;
      return;
    }
    // "87 of the drones": a plural noun right after "of the" (no count of its own) is what is counted.
    const noun = ts[nextStart];
    // (Not "one of the protesters": one of many is no count.)
    if (
      (d.kind === 'digits' || d.value >= 2) &&
      nextStart === ofAt + 2 &&
      noun?.kind === 'word' &&
      /^[a-z]{3,}s$/.test(noun.lower) &&
      // (A name or an adjective is no counted noun: "four of the Brussels attackers", "the dangerous".)
      noun.shape.charCodeAt(0) === 120 &&
      !noun.lower.endsWith('ous') &&
      (!whole || whole.start !== nextStart) &&
      !PARTITIVE_NOT_NOUNS.has(noun.lower)
    ) {
      d.unit = noun.lower;
      return;
    }
  }
  // Elided noun after a connector: "killed 353 people, 129 in Paris and 224 in Brussels".
  if (!earlier) return;
  if (earlier.unit === 'years' && (prevLower === 'and' || prevLower === ',') && earlier.end === d.start - 1) {
    d.unit = 'years';
    return;
  }
  if (MEASURE_UNITS.has(earlier.unit) || (!ELISION_FOLLOWERS.has(lowerAt(ts, d.end)) && d.end < ts.length))
    return;
  if (ELISION_CONNECTORS.has(prevLower)) d.unit = earlier.unit;
  else if (prevLower === 'to' && earlier.end === d.start - 1) d.unit = earlier.unit;
}

function isAgeAfterName(ts: readonly Token[], d: Draft): boolean {
  if (d.kind !== 'digits' || d.upper !== undefined || d.modifier) return false;
  if (!Number.isInteger(d.value) || d.value < 1 || d.value > MAX_AGE) return false;
  if (lowerAt(ts, d.start - 1) !== ',') return false;
  const who = ts[d.start - 2];
  if (!who || !(isCapitalisedWord(who) || PERSON_NOUNS.has(who.lower))) return false;
  const next = ts[d.end];
  return !next || AGE_CLOSERS.has(next.lower);
}

/**
 * Whether a range of digits joined by a hyphen, with no unit, modifier or role, stands in a bracket or a
 * list: a team's record or a score ("Eagles (9-1, 6-1)", "Cocoa (1-2):").
 */
function isRecord(ts: readonly Token[], d: Draft): boolean {
  if (d.modifier || d.role || d.numEnd !== d.numStart + 1 || !DIGIT_RANGE.test(ts[d.numStart]!.lower))
    return false;
  const before = lowerAt(ts, d.start - 1);
  const after = lowerAt(ts, d.end);
  return (before === '(' || before === ',') && (after === ')' || after === ',' || after === ':');
}

/**
 * Whether a bare integer numbers an item of a list: a sentence of its own ("2."), or a closing bracket
 * glued after it with no opening one before it in its clause ("18) Hasbro Gaming 19) Monopoly").
 */
function isListMarker(ts: readonly Token[], d: Draft): boolean {
  if (d.numEnd !== d.numStart + 1 || !INTEGER.test(ts[d.numStart]!.lower)) return false;
  const after = ts[d.end];
  if (d.start === 0 && after?.lower === '.' && d.end + 1 === ts.length) return true;
  if (after?.lower !== ')' || after.start !== ts[d.end - 1]!.end) return false;
  for (let k = d.start - 1; k >= 0 && k >= d.start - LIST_MARKER_REACH; k--) {
    const w = ts[k]!.lower;
    if (w === '(') return false;
    if (w === ')') return true;
  }
  return d.start < LIST_MARKER_REACH;
}

/** How far back isListMarker looks for an opening bracket, in tokens. */
const LIST_MARKER_REACH = 12;

/** Bare number words and vague counts need a noun or a role to mean something ("one of the" does not). */
function keepBare(ts: readonly Token[], d: Draft, roleAfter: boolean): boolean {
  if (d.unit === '' && d.upper !== undefined && isRecord(ts, d)) return false;
  if (d.unit === '' && d.kind === 'digits' && !d.modifier && isListMarker(ts, d)) return false;
  if (d.kind !== 'words' || d.unit !== '') return true;
  // "One killed, two injured", "one was wounded": one with its role word after it ("one of the" is no
  // count, nor "no one was hurt").
  if (d.value < 2) return roleAfter && lowerAt(ts, d.end) !== 'of' && !NOT_ONE.has(lowerAt(ts, d.start - 1));
  return d.role !== undefined && ts.length > 0;
}

/** Words before "one" that make it no count of one ("no one was hurt", "not one was found", "the one killed"). */
const NOT_ONE: ReadonlySet<string> = new Set([
  'no',
  'not',
  'every',
  'each',
  'any',
  'the',
  'this',
  'that',
  'which',
]);

// ---------------------------------------------------------------------------------------------------
// 5. Roles

const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);

/** What opens the object of such a verb: a count or a determiner. */
const OBJECT_OPENERS = new Set(
  'the a an at dozens scores hundreds thousands several many more some his her their its two three four five six seven eight nine ten'.split(
    ' ',
  ),
);
const PASSIVE_BE = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being']);

/**
 * Whether the count before the role verb at j is its agent, not its victim: an active verb (no form of
 * "be" between) with an object after it ("Two gunmen killed 12 people", "police have detained 30").
 */
function agentOf(ts: readonly Token[], end: number, j: number, phrase = false): boolean {
  if (!phrase && !TRANSITIVE_ROLES.has(ts[j]!.lower)) return false;
  for (let k = end; k < j; k++) if (PASSIVE_BE.has(ts[k]!.lower)) return false;
  const next = ts[j + 1];
  if (next === undefined) return false;
  // ("at least 12", not "wounded at the checkpoint".)
  if (next.lower === 'at' && !['least', 'most'].includes(ts[j + 2]?.lower ?? '')) return false;
  if (next.kind !== 'number' && !OBJECT_OPENERS.has(next.lower)) return false;
  // A "be" later in the clause makes the verb a reduced relative: "Three soldiers wounded at the
  // checkpoint were flown to Kabul" (the soldiers were wounded).
  for (let k = j + 1; k < ts.length && k <= j + AGENT_CLAUSE_REACH; k++) {
    const w = ts[k]!.lower;
    if (w === ',' || w === '.' || w === ';') break;
    if (PASSIVE_BE.has(w)) return false;
  }
  return true;
}

/** The words a role phrase can start with (rolePhraseAt looks no further at any other word). */
const ROLE_PHRASE_FIRST = new Set(ROLE_PHRASES.map(([words]) => words[0]!));

/** A role phrase starting at token j ("shot dead", "stabbed to death"): its role and last token. */
function rolePhraseAt(ts: readonly Token[], j: number): { role: QuantityRole; last: number } | null {
  if (!ROLE_PHRASE_FIRST.has(lowerAt(ts, j))) return null;
  for (const [words, role] of ROLE_PHRASES) {
    if (wordsAt(ts, j, words)) return { role, last: j + words.length - 1 };
  }
  return null;
}

/** A lower-case adverb in -ly ("recently", "mistakenly"), skipped between a count and its role word. */
function isAdverb(t: Token): boolean {
  return t.kind === 'word' && /^[a-z]{2,}ly$/.test(t.lower) && !NOT_ADVERBS.has(t.lower);
}

/** How far after the role verb agentOf looks for a "be" that makes it a reduced relative. */
const AGENT_CLAUSE_REACH = 8;

/** Whether the count d is the object of a place preposition right after the counted noun of prev. */
function inPlacePhraseOf(ts: readonly Token[], prev: Draft | undefined, d: Draft): boolean {
  return (
    prev !== undefined &&
    prev.unit !== '' &&
    prev.end === d.start - 1 &&
    PLACE_PREPOSITIONS.has(lowerAt(ts, d.start - 1))
  );
}

/** Tokens before a count that open a clause the count is the subject of ("…, six soldiers and …"). */
const CLAUSE_OPENERS = new Set([
  ...[',', ';', ':', 'and', 'while', 'but', 'as', 'when', '(', ...QUOTES],
  // A reported clause ("the army said 17 militants and two soldiers died", "reports that six …").
  ...['that', 'said', 'says', 'say', 'reported', 'added', 'estimated'],
]);

function opensClause(ts: readonly Token[], start: number): boolean {
  return start === 0 || CLAUSE_OPENERS.has(ts[start - 1]!.lower);
}

/** `after`: where the role words after the count are looked for (past a place phrase of its own). */
function roleAfterOf(ts: readonly Token[], d: Draft, after: number): QuantityRole | undefined {
  // After: "129 people were killed", "two people dead", "in Lima were killed", "and 352 wounded".
  let j = partitiveEnd(ts, after);
  if (PLACE_PREPOSITIONS.has(lowerAt(ts, j)) && ts[j + 1]?.shape.startsWith('X')) {
    j++;
    while (ts[j]?.shape.startsWith('X')) j++;
  }
  for (let steps = 0; j < ts.length && steps < ROLE_WINDOW_AFTER; j++, steps++) {
    const w = ts[j]!.lower;
    if (QUOTES.has(w)) continue;
    if (w === ',' && lowerAt(ts, j + 1) === 'aged') {
      // skip the apposition ", aged 20 and 25,"
      let k = j + 1;
      while (k < ts.length && ts[k]!.lower !== ',') k++;
      j = k;
      steps = 0;
      continue;
    }
    // "10 union leaders who were killed": a relative clause in the passive (not "who had killed").
    // ("the death of four persons who were injured" died: the noun before tells.)
    if (steps === 0 && (w === 'who' || w === 'that') && passiveAt(ts, j + 1)) {
      if (deathOfBefore(ts, d)) return undefined;
      continue;
    }
    const role = ROLE_AFTER.get(w);
    if (role) return agentOf(ts, d.end, j) ? undefined : role;
    // ("were shot dead", "stabbed to death"; "two gunmen shot dead a guard" are its agents.)
    const phrase = rolePhraseAt(ts, j);
    if (phrase) return agentOf(ts, d.end, phrase.last, true) ? undefined : phrase.role;
    if (!ROLE_SKIP.has(w) && !isAdverb(ts[j]!)) break;
  }
  return undefined;
}

/** The role of "the death of" / "the assassination of the" right before a count, or undefined. */
function deathOfBefore(ts: readonly Token[], d: Draft): QuantityRole | undefined {
  // ("the assassination of the six priests": a determiner between.)
  const of = PARTITIVE_DETERMINERS.has(lowerAt(ts, d.start - 1)) ? d.start - 2 : d.start - 1;
  return lowerAt(ts, of) === 'of' ? DEATH_OF.get(lowerAt(ts, of - 1)) : undefined;
}

/** Verbs right after a count that make it their subject ("nine soldiers were wounded"). */
const SUBJECT_VERBS = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);

/** Whether a passive begins at j: "were", "was", or "had been", "have been", "has been". */
function passiveAt(ts: readonly Token[], j: number): boolean {
  const w = lowerAt(ts, j);
  if (w === 'were' || w === 'was') return true;
  return (w === 'had' || w === 'have' || w === 'has') && lowerAt(ts, j + 1) === 'been';
}

/** Determiners of the whole of a partitive ("four of the assailants", "dozens of them"). */
const PARTITIVE_DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those']);
const PARTITIVE_PRONOUNS = new Set(['them', 'those', 'us', 'whom']);

/**
 * Where the role words after a count are looked for past the whole of a partitive written after it, with
 * no count of its own: "four of the assailants | were killed", "dozens of them | were injured".
 */
function partitiveEnd(ts: readonly Token[], after: number): number {
  // (A vague count holds its "of": "dozens of | them".)
  const at = lowerAt(ts, after) === 'of' ? after + 1 : lowerAt(ts, after - 1) === 'of' ? after : -1;
  if (at < 0) return after;
  const w = lowerAt(ts, at);
  if (PARTITIVE_PRONOUNS.has(w)) return at + 1;
  if (!PARTITIVE_DETERMINERS.has(w)) return after;
  const noun = nounAt(ts, at + 1);
  return noun ? noun.end : after;
}

/** Tokens that end the object of a verb: punctuation, a preposition ("… and five soldiers, police said"). */
const OBJECT_ENDS = new Set([
  ...['.', ',', ';', ':', ')', '!', '?', 'in', 'at', 'on', 'near', 'during', 'after', 'when', 'as'],
  ...['inside', 'outside', 'from', 'with', 'across', 'according', 'including', 'overnight'],
]);

/** How many tokens a noun phrase between a role verb and "and" before a count may hold ("injuring a guard and"). */
const COORDINATED_OBJECT_REACH = 4;

/** Words after "a"/"an" before a count that leave a role verb before them its verb ("killed a further 12"). */
const MORE_OF_A_COUNT = new Set(['further', 'additional']);
const ARTICLES = new Set(['a', 'an']);

/** Words skipped between a role verb and the count after it ("had killed 12", "also arrested 5"). */
const BEFORE_ROLE_SKIP = new Set(['had', 'have', 'has', 'reportedly', 'also']);

/** The role of a role word among the tokens [start, end) of a counted noun ("two injured soldiers"), or undefined. */
function roleAmong(ts: readonly Token[], start: number, end: number): QuantityRole | undefined {
  for (let k = start; k < end; k++) {
    const role = ROLE_AFTER.get(ts[k]!.lower);
    if (role) return role;
  }
  return undefined;
}

/**
 * The role of a count from the words around it, not after it: a partitive of a role ("six of the injured",
 * "Of the dead, 19 …"), a role verb before ("killed 353 people"), a verb taking captives ("took 30 people
 * hostage"), a role verb's second object ("injuring a guard and seven civilians."), "the death of" before,
 * or "death toll" or a bare "toll" before ("the toll now stands at 667"). `prev`: the count before d in its
 * sentence, if any.
 */
function roleAroundOf(ts: readonly Token[], d: Draft, prev: Draft | undefined): QuantityRole | undefined {
  // A partitive of a role: "six of the injured", "two of the dead".
  if (lowerAt(ts, d.end) === 'of' && lowerAt(ts, d.end + 1) === 'the') {
    const role = ROLE_AFTER.get(lowerAt(ts, d.end + 2));
    if (role) return role;
  }
  // A sentence opened by a role's partitive: "Of the dead, 19 were in Piura and 24 in Tumbes" (only a
  // count without a noun of its own: "… and rescuers pulled 30 survivors" counts survivors).
  for (let k = d.start - 1; d.unit === '' && k >= 0 && k >= d.start - OPENING_PARTITIVE_WINDOW; k--) {
    const w = ts[k]!.lower;
    if (w === '.' || w === ';' || w === ':') break;
    if (
      w !== 'of' ||
      !ts[k]!.shape.startsWith('X') ||
      lowerAt(ts, k + 1) !== 'the' ||
      lowerAt(ts, k + 3) !== ','
    )
      continue;
    const role = ROLE_AFTER.get(lowerAt(ts, k + 2));
    if (role) return role;
    break;
  }
  // Before: "killed 353 people", "had killed 'dozens of terrorists'".
  let b = d.start - 1;
  while (b >= 0 && (QUOTES.has(ts[b]!.lower) || BEFORE_ROLE_SKIP.has(ts[b]!.lower))) b--;
  // "detained another three", "killed a further 12", "injured an additional nine".
  if (lowerAt(ts, b) === 'another') b--;
  else if (MORE_OF_A_COUNT.has(lowerAt(ts, b)) && ARTICLES.has(lowerAt(ts, b - 1))) b -= 2;
  const before = ROLE_BEFORE.get(lowerAt(ts, b));
  if (before) return before;
  // "took 30 people hostage", "holding 17 sailors captive".
  if (CAPTIVE_WORDS.has(lowerAt(ts, d.end)) && CAPTIVE_VERBS.has(lowerAt(ts, b))) return 'kidnapped';
  // The second object of a role verb, ending its clause: "injuring a guard and seven civilians." ("…
  // and three soldiers detained 40 more": a subject of its own.)
  if (lowerAt(ts, d.start - 1) === 'and' && (d.end === ts.length || OBJECT_ENDS.has(lowerAt(ts, d.end)))) {
    for (let k = d.start - 2, steps = 0; k >= 0 && steps <= COORDINATED_OBJECT_REACH; k--, steps++) {
      // ("killed one injured soldier and two medics": the count before is read past as one word, a
      // word inside it is no verb.)
      if (prev && k < prev.end && k >= prev.start) k = prev.start - 1;
      if (k < 0) break;
      const t = ts[k]!;
      const role = ROLE_BEFORE.get(t.lower);
      // (An active verb only: "were killed and dozens …" is a clause of its own.)
      if (role) return PASSIVE_BE.has(lowerAt(ts, k - 1)) ? undefined : role;
      if (t.kind !== 'word' && t.kind !== 'number') break;
    }
  }
  // "caused the death of 403 people", "the killing of six priests".
  const deathOf = deathOfBefore(ts, d);
  if (deathOf) return deathOf;
  // "the death toll rose to 64".
  for (let k = d.start - 1; k >= 0 && k >= d.start - DEATH_TOLL_WINDOW; k--) {
    const w = ts[k]!.lower;
    if (w === ',' || w === ';' || ts[k]!.kind === 'number') break;
    if (w !== 'toll') continue;
    if (lowerAt(ts, k - 1) === 'death') return 'dead';
    // "the official toll stands at 783", "the toll now stands at 667": a toll of people, a bare count.
    if (d.unit === '' && TOLL_BEFORE.has(lowerAt(ts, k - 1))) return 'dead';
  }
  return undefined;
}
