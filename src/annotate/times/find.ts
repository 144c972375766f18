/**
 * findTimes: time expressions of a text, detected and normalised to TIMEX3.
 *
 * 1. Candidates: every pattern (patterns.ts) over the windows of text around trigger words (a month,
 *    a number, a unit …); each match parsed to a meaning, or dropped when the parse says it is no
 *    time after all ("may" the verb, "$1990").
 * 2. Choose: longest first, ties to the earlier pattern, then no overlaps (leftmost of equals).
 * 3. Titles: a capitalised time word right after a word ("CBS's 60 Minutes", "High Noon") drops it.
 * 4. Modifiers: a chosen DATE or TIME takes "early", "late", "mid-", "the end of" … just before it
 *    into its span and its mod.
 * 5. Normalise in text order: the clause's tense (tense.ts), the anchor and the discourse reference
 *    (the last calendar value named) turn each meaning into a value (normalise.ts).
 */
import { spanIndexAt } from '../../doc/doc.js';
import type { Sentence } from '../sentences/splitter.js';
import { isLowerCasedText, startsLower } from '../tokens/casing.js';
import type { Token } from '../tokens/tokenizer.js';
import { addDays, fmtDay, fmtMonth, isValidDay, parseIsoDay, toEpochDay, type Ymd } from './calendar.js';
import { dayOrderOf, readsBothWays, type DayOrder } from './day-order.js';
import {
  DAY_PARTS,
  DURATION_UNITS,
  FREQUENCY_WORDS,
  MONTHS,
  PAST_CUES,
  PERIOD_MODS,
  REF_WORDS,
  SPOKEN_DECADES,
  SEASONS,
  WEEKDAYS,
} from './lexicon.js';
import { type Reference, resolve, updateReference, updateReferenceForDuration } from './normalise.js';
import { C, gateAnywhere, type Parsed, PATTERNS, type Sem, WIRE_ZONE_ABBR } from './patterns.js';
import { CALENDAR_NAMES, recaseCalendarWords } from './recase.js';
import { clauseTense, datesDecidedAct, type Tense } from './tense.js';
import type { TimeItem } from './types.js';

/** Tunables of the scan, each with its reason. */
export const FIND_TUNING = {
  /**
   * The patterns run only over windows of this many tokens either side of a trigger word (a month, a
   * weekday, a number, a unit, "ago", "now" …): the longest pattern context ("at least the past 18
   * months", "10 p.m. EST Wednesday") fits, and most of a story is never scanned (speed).
   */
  windowTokens: 6,
  /**
   * An expression without a tense cue of its own takes the tense of the sentence's previous one ("talks
   * on Tuesday, before leaving on Wednesday"): dev unchanged, TE3-silver agrees with 6 of the 13 values
   * it changes against 2 before.
   */
  inheritTense: true as boolean,
  /**
   * A sentence is a headline in title case or capitals ("Google To Launch Nexus 8 In July") when at least this
   * many of its words of four letters or more after the first, and this share of them, are capitalised: its
   * case then tells no names from verbs and time words (UCI headlines, read by eye; no TimeBank text is so).
   */
  titleCaseWords: 4,
  titleCaseShare: 0.8,
};

/**
 * Trigger words and their categories; a window opens around each. Number words, ordinals and
 * "every" are left out: the unit, month or weekday they come with is the trigger.
 */
const TRIGGERS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: readonly string[], cat: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | cat);
  };
  add(Object.keys(MONTHS), C.MONTH);
  add(Object.keys(WEEKDAYS), C.WEEKDAY);
  add(
    Object.keys(WEEKDAYS)
      .filter((w) => w.endsWith('day'))
      .map((w) => `${w}s`),
    C.WEEKDAY,
  );
  // ("fortnight": two weeks, no calendar unit of DURATION_UNITS, its own pattern; "weeklong", "yearlong": the
  // one-word adjectives of the "-long" pattern.)
  add(
    [
      ...Object.keys(DURATION_UNITS).flatMap((u) => [u, `${u}s`]),
      'centuries',
      'fortnight',
      'fortnights',
      'fortnightly',
      'daylong',
      'weeklong',
      'monthlong',
      'yearlong',
      'decadelong',
      'hourlong',
    ],
    C.UNIT,
  );
  // (A phrase's last word: "right now" opens at "now", "these days" at "days", "the near term" at "term";
  // "right", "these" and "near" alone are too common to open a window.)
  add(
    Object.keys(REF_WORDS).map((w) => w.slice(w.lastIndexOf(' ') + 1)),
    C.REF,
  );
  add(Object.keys(FREQUENCY_WORDS), C.FREQUENCY);
  add(Object.keys(SEASONS), C.SEASON);
  add([...Object.keys(DAY_PARTS), 'tonight', 'overnight'], C.PART);
  add(['today', 'yesterday', 'tomorrow'], C.DAY_WORD);
  add(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'noon', 'midnight', 'midday', "o'clock"], C.CLOCK);
  // (A wire's zones, "0930 EST"; not "wet", a word far more often than Western European Time.)
  add(
    WIRE_ZONE_ABBR.map((z) => z.toLowerCase()).filter((z) => z !== 'wet'),
    C.CLOCK,
  );
  add(
    ['christmas', 'thanksgiving', 'halloween', 'valentine', 'independence', 'easter', 'black', 'cyber'],
    C.HOLIDAY,
  );
  add(['half', 'q1', 'q2', 'q3', 'q4', 'period'], C.MISC);
  add(['nineteen', 'thousand', ...Object.keys(SPOKEN_DECADES)], C.YEAR);
  return m;
})();

/** The trigger words (for tests: each must start with a letter a–z, as triggerOf assumes). */
export const TRIGGER_WORDS: readonly string[] = [...TRIGGERS.keys()];

/** Where a word's last character sits in TRIGGER_SHAPES: a–z 0–25, "." 26, anything else -1 (not filtered). */
function lastSlot(w: string): number {
  const e = w.charCodeAt(w.length - 1);
  return e >= 97 && e <= 122 ? e - 97 : e === 46 ? 26 : -1;
}

/**
 * For each first letter a–z and last character (a–z or "."), a bit per word length that some trigger
 * has, bare or with a trailing period: most words are ruled out by three numbers, without hashing.
 */
const TRIGGER_SHAPES: Uint32Array = (() => {
  const shapes = new Uint32Array(26 * 27);
  for (const key of TRIGGERS.keys())
    for (const w of [key, `${key}.`]) {
      const c = w.charCodeAt(0) - 97;
      const e = lastSlot(w);
      if (c >= 0 && c < 26 && e >= 0 && w.length <= 31) shapes[c * 27 + e]! |= 1 << w.length;
    }
  return shapes;
})();

/**
 * For each first letter a–z and word length, a bit per second character (a–z 0–25, "." 26, anything else
 * 27) that some trigger has, bare or with a trailing period: with TRIGGER_SHAPES, "company" (against "century") is
 * ruled out without hashing. ("the" passes both, "tue" sharing its last letter and "thu" its second: the map
 * lookup misses it.)
 */
const TRIGGER_SECONDS: Uint32Array = (() => {
  const seconds = new Uint32Array(26 * 32);
  for (const key of TRIGGERS.keys())
    for (const w of [key, `${key}.`]) {
      const c = w.charCodeAt(0) - 97;
      if (c >= 0 && c < 26 && w.length <= 31) seconds[c * 32 + w.length]! |= 1 << secondSlot(w);
    }
  return seconds;
})();
function secondSlot(w: string): number {
  const s = w.charCodeAt(1);
  return s >= 97 && s <= 122 ? s - 97 : s === 46 ? 26 : 27;
}

/**
 * Digits trigger only where they can be a time by themselves: a year (1500–2099, "1980s",
 * "mid-1990", "'90s"; "'96" by isShortYear) or a numeric date or clock ("11/20/2015", "14:30"). Other numbers ("18 months",
 * "Nov. 17") come with a trigger word.
 */
const YEAR_TOKEN = /(?:^|\D)(?:1[5-9]|20)\d\d(?!\d)|^['’]\d0s$/;
const NUMERIC_TOKEN = /\d[/:]\d/;

/** The trigger categories of a token (0 when it is none). */
export function triggerOf(lower: string): number {
  const c = lower.charCodeAt(0);
  // Most tokens are no trigger: rule them out by first and last letter and length before hashing.
  if (c >= 97 && c <= 122) {
    if (lower.length <= 31) {
      const e = lastSlot(lower);
      if (
        (e >= 0 && (TRIGGER_SHAPES[(c - 97) * 27 + e]! & (1 << lower.length)) === 0) ||
        (lower.length > 1 &&
          (TRIGGER_SECONDS[(c - 97) * 32 + lower.length]! & (1 << secondSlot(lower))) === 0)
      )
        return lower.includes('-') || endsInDigit(lower) ? hyphenated(lower) : 0;
    }
  } else {
    // No trigger word starts with anything but a letter (a test keeps it so): "'s", "$", "%", "``" are none,
    // and digits are years or numeric dates by hyphenated().
    return (c >= 48 && c <= 57) || c === 39 || c === 8217 || lower.includes('-') ? hyphenated(lower) : 0;
  }
  const hit = TRIGGERS.get(lower);
  if (hit !== undefined) return hit;
  if (lower.length > 1 && lower.charCodeAt(lower.length - 1) === 46) {
    const bare = TRIGGERS.get(lower.slice(0, -1));
    if (bare !== undefined) return bare;
  }
  if (lower.includes('-') || endsInDigit(lower)) return hyphenated(lower);
  // "o’clock" with a curly apostrophe: tested here, not a key of TRIGGERS (a two-byte key there slowed every
  // lookup of the scan by ~5 %).
  return lower.length === 7 && lower.charCodeAt(1) === 8217 && lower.endsWith('clock') ? C.CLOCK : 0;
}

/** Whether a word ends in a digit ("FY2015", "G20"): a year may be glued to its letters. */
function endsInDigit(lower: string): boolean {
  const e = lower.charCodeAt(lower.length - 1);
  return e >= 48 && e <= 57;
}

/** "'96", "’98": a year by its last two digits (three characters, tested without a regular expression). */
function isShortYear(lower: string): boolean {
  if (lower.length !== 3) return false;
  const q = lower.charCodeAt(0);
  const d1 = lower.charCodeAt(1);
  const d2 = lower.charCodeAt(2);
  return (q === 39 || q === 8217) && d1 >= 48 && d1 <= 57 && d2 >= 48 && d2 <= 57;
}

/** A clock time spelt as one hyphenated token ("nine-thirty", "seven-forty-five", "ten-oh-five"). */
const SPOKEN_CLOCK_TOKEN =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:oh|fifteen|thirty|forty|fifty|twenty|ten|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen)(?:-|$)/;

/**
 * A clock time the tokenizer leaves in one token ("9PM", "9:30AM", "9.30PM": upper-case, unspaced; "9pm" it
 * splits), or at the end of one ("9am-5pm"): a clock trigger, as "pm" alone is.
 */
const CLOCK_TOKEN = /(?:^|-)\d{1,2}(?:[:.]\d\d)?[ap]\.?m\.?$/;

/** Four digits of the 24-hour clock outside the years a YEAR trigger takes (00xx–14xx, 21xx–23xx). */
const MILITARY_TOKEN = /^(?:0\d|1[0-4]|2[1-3])[0-5]\d$/;

/** A fiscal year by its last two digits, glued to "FY" ("FY15", "FY15-16"). */
const FISCAL_SHORT_YEAR = /^fy\d\d(?:$|-)/;

/**
 * Categories of a token with digits or hyphens ("1990", "mid-1990", "two-year", "11/20/2015", "9:30am"). One pass
 * over its characters first: a token without digits is a trigger only by its hyphenated parts ("two-year"; "'s",
 * "'re" are none), and one of digits alone only as four of them, a year or a clock ("1990", "0930"), read without
 * the expressions below (speed: scanWindows over TimeBank ~1.87 -> ~1.78 ms).
 */
function hyphenated(lower: string): number {
  let digits = 0;
  let hyphen = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 45) hyphen = true;
  }
  if (digits === 0) return hyphen ? hyphenParts(lower) : 0;
  if (digits === lower.length) {
    if (lower.length !== 4) return 0;
    const n = Number(lower);
    return n >= 1500 && n < 2100 ? C.YEAR : MILITARY_TOKEN.test(lower) ? C.CLOCK : 0;
  }
  let cat = 0;
  if (YEAR_TOKEN.test(lower) || isShortYear(lower) || FISCAL_SHORT_YEAR.test(lower)) cat |= C.YEAR;
  if (NUMERIC_TOKEN.test(lower)) cat |= C.NUMERIC;
  // (Only tokens that open with a digit and end in "m" or "." are tested: few do.)
  const e = lower.charCodeAt(lower.length - 1);
  if ((e === 109 || e === 46) && lower.charCodeAt(0) <= 57 && CLOCK_TOKEN.test(lower)) cat |= C.CLOCK;
  // ("0430", "1030", "2230": four digits of the 24-hour clock that can be no year; one that can, "1800", is a year.)
  if (cat === 0 && lower.length === 4 && MILITARY_TOKEN.test(lower)) cat |= C.CLOCK;
  return hyphen ? cat | hyphenParts(lower) : cat;
}

/** The categories of a hyphenated token's parts ("two-year", "mid-march"), or a spoken clock time ("nine-thirty"). */
function hyphenParts(lower: string): number {
  let cat = 0;
  for (const part of lower.split('-')) cat |= TRIGGERS.get(part) ?? 0;
  // (Letters first: the clock-word test runs on few tokens.)
  const c = lower.charCodeAt(0);
  if (c >= 101 && c <= 116 && SPOKEN_CLOCK_TOKEN.test(lower)) cat |= C.CLOCK;
  return cat;
}

/**
 * A left single quote right before two digits ("the ‘90s", "in ‘08"): a page's autocorrect turned the apostrophe
 * of an elided century into an opening quote, which the tokenizer splits off ("’90s" stays one token).
 */
const QUOTED_YEAR = /^\d(?:\d|0s)$/;
function quotedYear(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  return next !== undefined && next.start === tokens[i]!.end && QUOTED_YEAR.test(next.lower) ? C.YEAR : 0;
}

/** A stretch of text worth scanning and the trigger categories it holds. */
export interface ScanWindow {
  start: number;
  end: number;
  cats: number;
  /**
   * Its triggers in text order, three numbers each: the categories, and the start and end of the
   * ±windowTokens span around the trigger. A pattern scans only the spans of the categories it needs.
   */
  triggers: number[];
}

/**
 * Merged windows around trigger tokens (the whole text, every category, when there are no tokens). `seen`, when
 * given, is set to note a lower-case weekday or month among the triggers (isLowerCalendarWord).
 */
export function scanWindows(
  text: string,
  tokens: readonly Token[],
  seen?: { lowerCalendar: boolean },
): ScanWindow[] {
  if (tokens.length === 0)
    return text.length ? [{ start: 0, end: text.length, cats: -1, triggers: [-1, 0, text.length] }] : [];
  const r = FIND_TUNING.windowTokens;
  const out: ScanWindow[] = [];
  let last: ScanWindow | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const cats =
      tok.kind !== 'punct'
        ? triggerOf(tok.lower)
        : tok.lower.charCodeAt(0) === 0x2018
          ? quotedYear(tokens, i)
          : 0;
    if (cats === 0) continue;
    if (seen !== undefined && (cats & (C.MONTH | C.WEEKDAY)) !== 0 && !seen.lowerCalendar)
      seen.lowerCalendar = isLowerCalendarWord(text, tokens, i);
    const start = tokens[Math.max(0, i - r)]!.start;
    const end = tokens[Math.min(tokens.length - 1, i + r)]!.end;
    if (last !== undefined && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.cats |= cats;
      last.triggers.push(cats, start, end);
    } else {
      last = { start, end, cats, triggers: [cats, start, end] };
      out.push(last);
    }
  }
  return out;
}

/**
 * Whether token i is a weekday or month written in lower case that no other word spells ("tuesday", "august"), or
 * "march"/"may" before a number: a sign that the text may be lower-cased (isLowerCasedText then decides).
 */
function isLowerCalendarWord(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!startsLower(text, t)) return false;
  return (
    CALENDAR_NAMES.has(t.lower) ||
    ((t.lower === 'march' || t.lower === 'may') && tokens[i + 1]?.kind === 'number')
  );
}

interface Candidate {
  start: number;
  end: number;
  prio: number;
  parsed: Parsed;
}

/** "early", "the end of" … before a date: its TIMEX3 mod. "early on Saturday" keeps the "on". */
const MOD_BEFORE = new RegExp(
  `(?:^|[^\\w-])((${Object.keys(PERIOD_MODS)
    .filter((k) => k !== 'mid')
    .join('|')})(?:\\s+on)?\\s+|mid-\\s*|mid\\s+)$`,
  'i',
);

/**
 * Unit, part-of-day and now-words that news writes in lower case: capitalised after a letter, digit or
 * comma ("Channel 9's 90 Minutes", "Last Midnight", "Harbour Radio Tonight"), they are part of a title or name.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  'minute minutes hour hours week weeks month months year years decade decades century morning afternoon evening night tonight noon midnight now today tomorrow yesterday'.split(
    ' ',
  ),
);
const CAPITALISED = /\b[A-Z][a-z]+\b/g;

/**
 * A space within a line: U+0020, a tab, or one a web page writes between a number and its unit or a month and
 * its day (no-break U+00A0, the spaces U+2000–U+200A, narrow no-break U+202F, medium mathematical U+205F).
 */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** Whether a capitalised time word inside [start, end) follows a word mid-clause (a title's word). */
export function inTitle(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(span); m !== null; m = CAPITALISED.exec(span)) {
    if (!TITLE_WORDS.has(m[0].toLowerCase())) continue;
    let i = start + m.index - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    if (i >= 0 && /[\p{L}\d,]/u.test(text[i]!)) return true;
  }
  return false;
}

/** The patterns' gate strings, each once, and each pattern's gate as indices into them. */
const GATE_STRINGS: readonly string[] = [...new Set(PATTERNS.flatMap((p) => p.gate ?? []))];
const GATE_IDS: readonly Int32Array[] = PATTERNS.map(
  (p) => new Int32Array((p.gate ?? []).map((g) => GATE_STRINGS.indexOf(g))),
);
/** Where GATE_PAIRS and GATE_PAIR_IDS hold the pairs looked for after an ASCII letter (before: at a word's start). */
const MID_WORD = 128 * 128;
/** The bit of GATE_PAIRS for a gate of two characters ("fy", "q1", "0s"): no third to rule it out. */
const PAIR_OF_TWO = 1 << 27;
/** The bit of GATE_PAIRS for a first character that is a gate by itself (a digit, ":"): GATE_SINGLE says which. */
const SINGLE = 1 << 28;
/** A gate's third character as a bit of GATE_PAIRS: a–z 0–25, anything else (a space, ".", "'") 26. */
function thirdSlot(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}
/** One-character gate strings (":", the digits): the gate id + 1 by character code, 0 for none. */
const GATE_SINGLE: Int32Array = (() => {
  const table = new Int32Array(128);
  GATE_STRINGS.forEach((g, id) => {
    if (g.length === 1) table[g.charCodeAt(0)] = id + 1;
  });
  return table;
})();
/**
 * The gate strings by the two characters they start with (gateKey codes, key c0 * 128 + c1), at a word's start
 * (slots from 0) and after an ASCII letter (from MID_WORD: only those gateAnywhere allows there): a bit per third
 * character (thirdSlot) its gates of three or more characters have, PAIR_OF_TWO when one has two, SINGLE when c0
 * is a gate by itself; 0 for most pairs. GATE_PAIR_IDS holds the gates of each pair. Most positions cost one read,
 * and most pairs that open a gate ("th" of "the" against "this", "third", "thousand") are ruled out by their
 * third character without comparing strings.
 */
const GATE_PAIRS = new Uint32Array(2 * MID_WORD);
const GATE_PAIR_IDS: (Int32Array | undefined)[] = Array.from({ length: 2 * MID_WORD }, () => undefined);
{
  const lists = new Map<number, number[]>();
  GATE_STRINGS.forEach((g, id) => {
    if (g.length < 2) return;
    const key = g.charCodeAt(0) * 128 + g.charCodeAt(1);
    const bit = g.length === 2 ? PAIR_OF_TWO : 1 << thirdSlot(g.charCodeAt(2));
    for (const slot of gateAnywhere(g) ? [key, MID_WORD + key] : [key]) {
      GATE_PAIRS[slot]! |= bit;
      lists.set(slot, [...(lists.get(slot) ?? []), id]);
    }
  });
  for (const [slot, list] of lists) GATE_PAIR_IDS[slot] = new Int32Array(list);
  for (const half of [0, MID_WORD])
    for (let c = 0; c < 128; c++)
      if (GATE_SINGLE[c] !== 0) for (let c1 = 0; c1 < 128; c1++) GATE_PAIRS[half + c * 128 + c1]! |= SINGLE;
}
/**
 * Where the window being scanned holds each gate string last (markGates): its offset in the text + 1, 0 for none.
 * A match holds one of its pattern's gate strings (the gate tests check it), so none starts after the last one.
 */
const gateLast = new Int32Array(GATE_STRINGS.length);

/**
 * A character as gate strings spell it: ASCII letters in lower case (`| 0x20` lower-cases A–Z and leaves
 * digits, "-" and ":" alone), the curly apostrophe as "'", any other character above ASCII as 127 (in no gate).
 */
function gateKey(code: number): number {
  return code < 128 ? code | 0x20 : code === 8217 ? 39 : 127;
}

/**
 * Marks where text[from, to) last holds each gate string (gateLast), in one pass, case-insensitively for ASCII
 * letters (as the patterns' /i expressions match them; a curly apostrophe reads as "'", as the patterns take
 * either; no other non-ASCII character matches). A gate that starts with a letter counts only at a word's start
 * (not after an ASCII letter) unless gateAnywhere says otherwise. Candidates are looked up by their first two
 * characters and ruled out by their third (GATE_PAIRS), so most positions cost a read. The pass runs backwards:
 * the first occurrence of a gate it meets is the last, and the gate is not compared again.
 */
function markGates(text: string, from: number, to: number): void {
  gateLast.fill(0);
  // (The characters after i, as gateKey spells them: a space past the end, the first of no gate. `code` is
  // text[i]'s code, read the step before as the character before the one after.)
  let c1 = 0x20;
  let c2 = 0x20;
  let code = to > from ? text.charCodeAt(to - 1) : 0;
  for (let i = to - 1; i >= from; i--) {
    const c0 = gateKey(code);
    // (NaN before the text's start: no letter.)
    const before = text.charCodeAt(i - 1);
    const slot = (((before | 0x20) - 97) >>> 0 < 26 ? MID_WORD : 0) + c0 * 128 + c1;
    const next = GATE_PAIRS[slot]!;
    if (next !== 0) {
      if ((next & SINGLE) !== 0 && gateLast[GATE_SINGLE[c0]! - 1] === 0)
        gateLast[GATE_SINGLE[c0]! - 1] = i + 1;
      if ((next & (PAIR_OF_TWO | (1 << thirdSlot(c2)))) !== 0) {
        const ids = GATE_PAIR_IDS[slot]!;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k]!;
          if (gateLast[id] !== 0) continue;
          const g = GATE_STRINGS[id]!;
          if (i + g.length > to) continue;
          let j = 2;
          while (j < g.length && gateKey(text.charCodeAt(i + j)) === g.charCodeAt(j)) j++;
          if (j === g.length) gateLast[id] = i + 1;
        }
      }
    }
    c2 = c1;
    c1 = c0;
    code = before;
  }
}

/**
 * Every pattern's parsed matches inside one window of the text (offsets into the whole text). A pattern
 * scans only the merged spans around the triggers of the categories it needs (not the whole window,
 * which other categories' triggers may have widened); its parse still sees the whole window as context.
 */
/** The patterns (by priority) that need a category a window holds, per set of categories (few distinct sets). */
const PATTERNS_BY_CATS = new Map<number, Int16Array>();
function patternsFor(cats: number): Int16Array {
  let list = PATTERNS_BY_CATS.get(cats);
  if (list === undefined) {
    const prios: number[] = [];
    PATTERNS.forEach((p, prio) => {
      if ((p.needs & cats) !== 0) prios.push(prio);
    });
    list = new Int16Array(prios);
    PATTERNS_BY_CATS.set(cats, list);
  }
  return list;
}

function candidates(text: string, w: ScanWindow, out: Candidate[]): void {
  const from = w.start;
  const part = text.slice(from, w.end);
  const t = w.triggers;
  let gatesMarked = false;
  const applicable = patternsFor(w.cats);
  for (let a = 0; a < applicable.length; a++) {
    const prio = applicable[a]!;
    const p = PATTERNS[prio]!;
    const needs = p.needs;
    const gate = GATE_IDS[prio]!;
    // (Where the last gate string held starts, in the window: no match starts after it. Speed: the scan after a
    // pattern's last match in a window is skipped.)
    let lastGate = Infinity;
    if (gate.length > 0) {
      if (!gatesMarked) {
        markGates(text, from, w.end);
        gatesMarked = true;
      }
      let held = 0;
      for (let g = 0; g < gate.length; g++) held = Math.max(held, gateLast[gate[g]!]!);
      if (held === 0) continue;
      lastGate = held - 1 - from;
    }
    // exec with lastIndex, not matchAll: matchAll clones the regex on every call (thousands per story).
    const re = p.re;
    let resume = 0;
    let i = 0;
    while (i < t.length) {
      if ((t[i]! & needs) === 0) {
        i += 3;
        continue;
      }
      // One span: this trigger's, merged with the overlapping spans of later triggers it needs.
      const a = t[i + 1]! - from;
      let b = t[i + 2]! - from;
      for (i += 3; i < t.length; i += 3) {
        if ((t[i]! & needs) === 0) continue;
        if (t[i + 1]! - from > b) break;
        b = Math.max(b, t[i + 2]! - from);
      }
      // A prefix of the window: lookbehinds see the text before the span, offsets stay the window's.
      const scope = b >= part.length ? part : part.slice(0, b);
      re.lastIndex = Math.max(a, resume);
      if (re.lastIndex > lastGate) break;
      for (let m = re.exec(scope); m !== null; m = re.lastIndex > lastGate ? null : re.exec(scope)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        resume = re.lastIndex;
        const parsed = p.parse(m, part);
        if (!parsed) continue;
        const start = m.index + (parsed.lead ?? 0);
        let end = m.index + m[0].length;
        while (end > start && /[\s,]/.test(part[end - 1]!)) end--;
        if (end > start) out.push({ start: from + start, end: from + end, prio, parsed });
      }
    }
  }
}

function choose(all: Candidate[]): Candidate[] {
  const sorted = [...all].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio || a.start - b.start,
  );
  // Chosen spans never overlap, so kept in start order their ends are in order too: the only one that can
  // overlap a candidate is the first whose end is past the candidate's start (binary search, not a scan
  // of every chosen span: linear-logarithmic on a page of thousands of expressions).
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chosen[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const next = chosen[lo];
    if (next !== undefined && next.start < c.end) continue;
    chosen.splice(lo, 0, c);
  }
  return chosen;
}

/** What may stand between a weekday and the day and month it names: "Tuesday 17 November", "Tues, 24 Nov.". */
const WEEKDAY_DATE_GAP = /^,?\s+$/;

/**
 * A bare weekday chosen right before a day and month ("Tuesday 17 November", "Tues, 24 Nov."): one expression,
 * the date, as "Tuesday, Nov. 17" is one by its pattern (joined here, not by a weekday alternative opening the
 * day-month expression, which made that expression three times slower).
 */
function joinWeekdays(text: string, chosen: Candidate[]): Candidate[] {
  for (let k = chosen.length - 2; k >= 0; k--) {
    const c = chosen[k]!;
    const next = chosen[k + 1]!;
    if (
      c.parsed.sem.k === 'weekday' &&
      c.parsed.sem.dir === 'tense' &&
      PATTERNS[c.prio]!.name === 'weekday' &&
      PATTERNS[next.prio]!.name === 'day-month' &&
      WEEKDAY_DATE_GAP.test(text.slice(c.end, next.start))
    )
      chosen.splice(k, 2, { start: c.start, end: next.end, prio: next.prio, parsed: next.parsed });
  }
  return chosen;
}

/** Whether the meaning's value depends on the clause's tense (computed only then). */
function needsTense(sem: Sem): boolean {
  switch (sem.k) {
    case 'date':
    case 'weekday':
    case 'quarter':
    case 'half':
    case 'thanksgiving':
    case 'easter':
    case 'nth-weekday':
    case 'weekend':
    case 'season':
      return sem.dir === 'tense' || sem.k === 'quarter' || sem.k === 'half';
    case 'part':
      return sem.day !== null && needsTense(sem.day);
    // (A clock time without a day reads the tense too: it takes the story's last named day only on the
    // side the tense allows, normalise.ts nearReferenceDay.)
    case 'clock':
      return sem.day === null || needsTense(sem.day);
    case 'week-of':
      return sem.day.dir === 'tense';
    case 'super-tuesday':
      return sem.dir === 'tense' && sem.y === undefined;
    default:
      return false;
  }
}

/**
 * Whether a present verb of schedule before the meaning looks ahead ("opens Monday", "opens on May 14",
 * "ministers meet at the weekend", "his term expires in September", "take office in January"): a weekday (or
 * a time of one), the weekend, a date without a year (a month and day, or a bare month: one rule for both, the
 * verbs of `tense.ts`; a table of find.ts's own for bare months moved no value once this took them).
 */
function namesScheduledDay(sem: Sem): boolean {
  if (sem.k === 'weekday' || sem.k === 'weekend') return true;
  if (sem.k === 'date' && sem.y === undefined) return true;
  return (sem.k === 'part' || sem.k === 'clock') && sem.day !== null && sem.day.k === 'weekday';
}

/**
 * Whether the tokens [from, to) are a headline in title case or capitals: enough of their words of four letters or
 * more after the first capitalised (FIND_TUNING).
 */
export function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let long = 0;
  let lower = 0;
  // (Speed: running text is told after a few words; a share of lower-case words past this can never pass.)
  const most = (1 - FIND_TUNING.titleCaseShare) * (to - from);
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.end - t.start < 4) continue;
    long++;
    // ("iPad" counts as capitalised: a capital anywhere.)
    if (!t.shape.includes('X') && ++lower > most) return false;
  }
  return long >= FIND_TUNING.titleCaseWords && lower <= (1 - FIND_TUNING.titleCaseShare) * long;
}

/**
 * The tokens with the case of every title-case sentence's words after its first read as lower case (the shape
 * only), so the clause's cues read as in running text ("To Launch Tuesday" is an infinitive); the sentence's
 * first word keeps its case (a headline's subject). The tokens as given when no sentence is in title case.
 */
function caselessTokens(tokens: readonly Token[], sentences: readonly Sentence[]): readonly Token[] {
  let out: Token[] | undefined;
  for (const s of sentences) {
    if (!isTitleCase(tokens, s.tokenStart, s.tokenEnd)) continue;
    out ??= tokens.slice();
    // (After any opening marks: "'Titanfall' To Launch Tuesday".)
    let first = s.tokenStart;
    while (first < s.tokenEnd && tokens[first]!.kind !== 'word') first++;
    for (let i = first + 1; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && t.shape.includes('X')) out[i] = { ...t, shape: t.shape.toLowerCase() };
    }
  }
  return out ?? tokens;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[spanIndexAt(sentences, offset)];
}

const ALL_DIGITS = /^\d+$/;
/** An opening quotation mark (", ', ‘, “) by its code; NaN, before the text's start, is none. */
function isOpeningQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x2018 || c === 0x201c;
}
/** Capitalised words after an expression up to the closing quotation mark: a title's. */
const TITLE_RUNS_ON =
  /^(?:\s+(?:[A-Z][\w\u2019'-]*|of|the|and|in|with|on|at))*\s+[A-Z][\w\u2019'-]*["'\u2019\u201d](?!\w)/;
/** A part of a day's value ("2015-11-17TMO"). */
const PART_VALUE = /T[A-Z]{2}$/;

/**
 * The start of a range of clock times that the next clock time may end: the last expression when it is a clock
 * time dated by a day, or the one before it when the part of its day follows it ("from 7 a.m. this morning to 8").
 */
function rangeFrom(out: readonly TimeItem[], dated: readonly boolean[], text: string): TimeItem | undefined {
  let k = out.length - 1;
  const last = out[k];
  if (
    last !== undefined &&
    k > 0 &&
    PART_VALUE.test(last.value) &&
    BLANK_ONLY.test(text.slice(out[k - 1]!.end, last.start))
  )
    k -= 1;
  return out[k]?.type === 'TIME' && dated[k] ? out[k] : undefined;
}

/** Only white space between two expressions. */
const BLANK_ONLY = /^\s+$/;
/** What may stand between a day and a clock time on it: "Dec. 12 at 7 a.m.", "Thursday, Jan. 9, at 9 a.m.", "Dec. 6 from 10 p.m.". */
const CLOCK_AFTER_DAY = /^,?\s+(?:at\s+|from\s+)?$/i;
/** What may stand between a clock time and the day it is on: "7 a.m. on Dec. 12", "6:30 a.m. the next morning". */
const CLOCK_BEFORE_DAY = /^,?\s+(?:on\s+|for\s+)?$/i;
/** A possessive right after a day ("Friday's match"). */
const POSSESSIVE_AFTER = /^['\u2019]s\b/;
/** What joins the two ends of a range of clock times ("10 a.m. to 2 p.m.", "9am-5pm", "9 a.m. until noon"). */
const CLOCK_RANGE = /^\s*(?:to|until|till|-|\u2013|\u2014|and)\s*$/;

/**
 * Characters a web page holds that its reader does not see, or sees as a plain hyphen: the soft hyphen (U+00AD,
 * "Novem\u00ADber" from an HTML "&shy;"), the zero-width space (U+200B), the word joiner (U+2060), a
 * zero-width no-break space (U+FEFF) mid-text; the hyphen (U+2010) and the non-breaking hyphen (U+2011,
 * "mid\u2011November", "a two\u2011year term"). (Not the zero-width joiner U+200D: it joins emoji, no word.)
 * The soft hyphen is looked for apart (indexOf), the others by an expression of two-byte characters only, which
 * V8 answers at once on a one-byte string, as most news is (0.01 ms over TimeBank's 256 texts, 0.26 over the
 * 181 pages' 0.8 M characters; an indexOf each cost 1.8 on the pages, one expression 0.13 on TimeBank).
 */
const FOLDED_TWO_BYTE = /[\u200b\u2060\ufeff\u2010\u2011\u2013]/g;

/** An ASCII letter (the times layer's words are ASCII), or also a digit. */
const isAsciiLetter = (c: number): boolean => ((c | 0x20) - 97) >>> 0 < 26;
const isAsciiLetterOrDigit = (c: number): boolean => isAsciiLetter(c) || (c - 48) >>> 0 < 10;

/**
 * An en dash between a letter or digit and a letter stands where wire text had a hyphen: a compound a page set
 * with the wrong dash ("mid–November", "a two–year term", "a 24–hour strike") or a range of words or dates
 * ("Monday–Friday", "January–March", "Nov. 30–Dec. 2", which read the same with "-"). Not before a digit:
 * "Nov. 17–18", "10am–4pm", "1992–1995" are ranges whose ends the patterns read apart, and "-" would join them.
 */
function enDashInWord(text: string, i: number): boolean {
  return i > 0 && isAsciiLetterOrDigit(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1));
}

/** Whether the text holds a character that foldText changes. */
function holdsFolded(text: string): boolean {
  if (text.indexOf('\u00ad') >= 0) return true;
  // (One pass: an en dash that joins no word, "Nov. 17–18", " – ", is passed over.)
  FOLDED_TWO_BYTE.lastIndex = 0;
  for (let m = FOLDED_TWO_BYTE.exec(text); m !== null; m = FOLDED_TWO_BYTE.exec(text))
    if (text.charCodeAt(m.index) !== 0x2013 || enDashInWord(text, m.index)) return true;
  return false;
}

/**
 * The text as its reader sees it: the invisible characters left out, the two hyphens (and an en dash between a
 * letter or digit and a letter, enDashInWord) written "-"; `at[k]` is the offset in `text` of the k-th character
 * kept (and `at[length]` the text's length), `inv[i]` the folded offset of the text's i-th character (of the next
 * one kept when it is left out); `hyphens`, the folded offsets of the hyphens so written.
 */
export function foldText(text: string): { text: string; at: Int32Array; inv: Int32Array; hyphens: number[] } {
  const at = new Int32Array(text.length + 1);
  const inv = new Int32Array(text.length + 1);
  const parts: string[] = [];
  const hyphens: number[] = [];
  let k = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    inv[i] = k;
    const hyphen = c === 0x2010 || c === 0x2011 || (c === 0x2013 && enDashInWord(text, i));
    if (!hyphen && c !== 0xad && c !== 0x200b && c !== 0x2060 && c !== 0xfeff) {
      at[k++] = i;
      continue;
    }
    parts.push(text.slice(from, i));
    from = i + 1;
    if (hyphen) {
      parts.push('-');
      hyphens.push(k);
      at[k++] = i;
    }
  }
  parts.push(text.slice(from));
  at[k] = text.length;
  inv[text.length] = k;
  return { text: parts.join(''), at: at.subarray(0, k + 1), inv, hyphens };
}

/**
 * The given tokens over a text folded to the same length (hyphens only): each token that holds a hyphen written
 * "-" takes the folded spelling ("mid\u2011november" -> "mid-november"), found by binary search; the rest are
 * the given ones.
 */
function respell(folded: string, tokens: readonly Token[], hyphens: readonly number[]): readonly Token[] {
  let out: Token[] | undefined;
  for (const h of hyphens) {
    const k = spanIndexAt(tokens, h);
    if (k < 0) continue;
    const t = tokens[k]!;
    out ??= tokens.slice();
    out[k] = { ...t, lower: folded.slice(t.start, t.end).toLowerCase() };
  }
  return out ?? tokens;
}

/**
 * The given tokens and sentences moved onto the folded text (offsets through `inv`), a token's lower case spelt
 * again where the fold changed it ("novem\u00ADber" -> "november", "mid\u2011november" -> "mid-november"), and
 * two tokens a left-out character cut apart ("tues" + "day" around a zero-width space) joined into the word the
 * reader sees. Not tokenised again: that cost a page with soft hyphens 0.1–0.5 ms.
 */
function refold(
  folded: string,
  inv: Int32Array,
  hyphens: readonly number[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): { tokens: Token[]; sentences: Sentence[] } {
  const out: Token[] = [];
  /** Each given token's index among the refolded ones. */
  const index = new Int32Array(tokens.length + 1);
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const start = inv[t.start]!;
    const end = inv[t.end]!;
    let hyphen = false;
    while (h < hyphens.length && hyphens[h]! < end) if (hyphens[h++]! >= start) hyphen = true;
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.end === start &&
      tokens[i - 1]!.end !== t.start &&
      prev.kind !== 'punct' &&
      t.kind !== 'punct'
    )
      out[out.length - 1] = {
        ...prev,
        end,
        lower: folded.slice(prev.start, end).toLowerCase(),
        spaceAfter: t.spaceAfter,
      };
    else if (start === t.start && end === t.end && !hyphen) out.push(t);
    else
      out.push({
        ...t,
        start,
        end,
        lower: hyphen || end - start !== t.end - t.start ? folded.slice(start, end).toLowerCase() : t.lower,
      });
    index[i] = out.length - 1;
  }
  index[tokens.length] = out.length;
  const moved = sentences.map((x) => ({
    start: inv[x.start]!,
    end: inv[x.end]!,
    tokenStart: index[x.tokenStart]!,
    tokenEnd: x.tokenEnd > x.tokenStart ? index[x.tokenEnd - 1]! + 1 : index[x.tokenStart]!,
  }));
  return { tokens: out, sentences: moved };
}

/**
 * A capitalised word right before a holiday that makes it part of a title ("Watching Independence Day"); not a
 * capitalised determiner or preposition opening the sentence ("The New Year's Day parade", "On Christmas Day").
 */
const NAME_BEFORE_HOLIDAY =
  /(?<!\p{L})(?!(?:The|A|An|This|That|Its|Their|Our|Every|On|In|At|By|Since|Until|Before|After|For|From|During|Over|Through|Of)\s)\p{Lu}\p{Ll}*\s+$/u;

/**
 * The time expressions of `text`, in order, with TIMEX3 type and value. `anchor` (an ISO date, or a
 * day) is the publication date or DCT; without one, values stay underspecified (XXXX-11-17).
 *
 * 1. A text with characters foldText changes (rare; holdsFolded) is read folded (foldText), its tokens and
 *    sentences moved onto the folded text (refold), and each expression's span mapped back to the text's offsets.
 * 2. Else the expressions of the text as given (findTimesIn).
 */
export function findTimes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  anchor: string | Ymd | null,
): TimeItem[] {
  if (!holdsFolded(text)) return findTimesIn(text, tokens, sentences, anchor);
  const f = foldText(text);
  // (Hyphens only: the offsets stand, only the tokens holding one are spelt again.)
  if (f.text.length === text.length)
    return findTimesIn(f.text, respell(f.text, tokens, f.hyphens), sentences, anchor);
  const r = refold(f.text, f.inv, f.hyphens, tokens, sentences);
  const items = findTimesIn(f.text, r.tokens, r.sentences, anchor);
  for (const t of items) {
    t.start = f.at[t.start]!;
    t.end = f.at[t.end - 1]! + 1;
  }
  return items;
}

function findTimesIn(
  given: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  anchor: string | Ymd | null,
): TimeItem[] {
  const a = typeof anchor === 'string' ? parseIsoDay(anchor) : anchor;
  // 1–2. Candidates in the windows around trigger words, chosen. (A lower-cased text is read with its calendar
  // words capitalised: same length, same offsets; asked only when a lower-case weekday or month was seen.)
  const seen = { lowerCalendar: false };
  const windows = scanWindows(given, tokens, seen);
  const text = seen.lowerCalendar && isLowerCasedText(given, tokens) ? recaseCalendarWords(given) : given;
  const all: Candidate[] = [];
  for (const w of windows) candidates(text, w, all);
  const chosen = joinWeekdays(text, choose(all));
  const ref: Reference = { value: null, quarter: null, yearToDate: false };
  const out: TimeItem[] = [];
  let prevEnd = 0;
  let lastSentence: Sentence | undefined;
  let lastTense: Tense = 'none';
  const bare: boolean[] = [];
  const dayless: boolean[] = [];
  // Whether a clock time's day comes from the text (its own, or a day or range start right before it).
  const dated: boolean[] = [];
  const tenses: Tense[] = [];
  // The page's order of day and month, read once at its first ambiguous numeric date.
  let dayOrder: DayOrder | undefined;
  // The tokens the tense reads: a title-case headline's words in lower case (made at the first expression of one).
  let caseless: readonly Token[] | undefined;
  // Whether the sentence of the last expression (read once a sentence) is a headline in title case.
  let titleOf: Sentence | undefined;
  let titleCase = false;
  // Whether the text reports a game (read at its first half or quarter without a year).
  let sportsPage: boolean | undefined;
  for (let ci = 0; ci < chosen.length; ci++) {
    const c = chosen[ci]!;
    // 3. Titles ("60 Minutes", "High Noon", "This Week" mid-sentence) are names, not times; a holiday's
    // name is capitalised by nature ("New Year's Day"), unless a capitalised word runs into it (the film
    // "Watching Independence Day").
    const holiday =
      PATTERNS[c.prio]!.name === 'holiday' &&
      !NAME_BEFORE_HOLIDAY.test(text.slice(Math.max(0, c.start - 20), c.start));
    // (Not in a headline in title case, where every word is capitalised: "Shares Slide This Week".)
    const sentence = sentenceAt(sentences, c.start);
    if (sentence !== titleOf) {
      titleOf = sentence;
      titleCase = sentence !== undefined && isTitleCase(tokens, sentence.tokenStart, sentence.tokenEnd);
    }
    if (!holiday && !titleCase && inTitle(text, c.start, c.end)) continue;
    // "scored 11 points in the second half", "a first-half goal": a game's half or quarter, no calendar one.
    // (The business words near it are read first: cheaper than the scan of the whole text for a game's.)
    if (
      isGamePeriod(c.parsed.sem) &&
      !BUSINESS_NEAR.test(nearby(text, c)) &&
      (sportsPage ??= isSportsPage(text))
    )
      continue;
    // A quoted title that runs on past the expression ("'Saturday Night Live'", "“This Week With Anna Reed”"); a
    // year in one still dates it ("‘2018 Welcome Festival’").
    if (
      isOpeningQuote(text.charCodeAt(c.start - 1)) &&
      !ALL_DIGITS.test(text.slice(c.start, c.end)) &&
      TITLE_RUNS_ON.test(text.slice(c.end, c.end + 60))
    )
      continue;
    // An ambiguous numeric date ("05/11/2015", read month first) on a page that writes its dates day first.
    if (
      PATTERNS[c.prio]!.name === 'numeric-date' &&
      c.parsed.sem.k === 'date' &&
      c.parsed.sem.d !== undefined &&
      readsBothWays(text.slice(c.start, c.end)) &&
      (dayOrder ??= dayOrderOf(text)) === 'day'
    )
      c.parsed = { ...c.parsed, sem: { ...c.parsed.sem, m: c.parsed.sem.d, d: c.parsed.sem.m } };
    // 4. Modifiers.
    let start = c.start;
    let mod = c.parsed.mod;
    if (c.parsed.type === 'DATE' || c.parsed.type === 'TIME') {
      const head = text.slice(Math.max(prevEnd, start - 24), start);
      const m = MOD_BEFORE.exec(head);
      if (m) {
        start -= m[1]!.length;
        const key = m[2]?.toLowerCase().replace(/\s+/g, ' ');
        mod ??= key ? PERIOD_MODS[key] : 'MID';
      }
    }
    // 5. Normalise.
    let tense: Tense = 'none';
    const wantsTense = needsTense(c.parsed.sem);
    // (The tokens with a title-case sentence's words lowered are made only for an expression that reads the tense.)
    const tenseTokens = wantsTense && titleCase ? (caseless ??= caselessTokens(tokens, sentences)) : tokens;
    if (wantsTense) {
      tense = clauseTense(
        tenseTokens,
        sentence,
        c.start,
        c.end,
        namesScheduledDay(c.parsed.sem) &&
          !(
            isBareMonth(c.parsed.sem) &&
            NARRATIVE_WITH_BEFORE.test(text.slice(Math.max(0, c.start - NARRATIVE_WITH_REACH), c.start))
          ),
      );
      // No cue of its own: the tense of the sentence's previous expression ("talks on Tuesday, before
      // leaving on Wednesday").
      if (tense === 'none' && FIND_TUNING.inheritTense && sentence !== undefined && sentence === lastSentence)
        tense = lastTense;
      // "The vote is Thursday", "The memorial service is on Sunday afternoon": a present copula right before a
      // weekday or a month and day names what is to come (transcripts talk so).
      // Not a day that is a thing's ("The latest is Sunday's bombing") or a past one's subject ("What is
      // clear is Tuesday was a bad day", "The focus is Monday, when the blast happened").
      if (
        tense !== 'future' &&
        namesScheduledDay(c.parsed.sem) &&
        COPULA_BEFORE.test(text.slice(Math.max(0, start - COPULA_REACH), start)) &&
        !COPULA_NOT_AFTER.test(text.slice(c.end, c.end + 24))
      )
        tense = 'future';
      if (tense !== 'none') {
        lastSentence = sentence;
        lastTense = tense;
      }
    }
    // "voted on Friday to end the strike on Monday": the first such weekday after the decision's day.
    const sem =
      c.parsed.sem.k === 'weekday' &&
      c.parsed.sem.dir === 'tense' &&
      tense === 'future' &&
      datesDecidedAct(tenseTokens, sentence, c.start)
        ? { k: 'weekday-ref' as const, wd: c.parsed.sem.wd, dir: 1 as const }
        : c.parsed.sem;
    let value = resolve(sinceFeast(sem, text, start), { anchor: a, tense, ref });
    // "on Dec. 12 at 7 a.m.", "Friday, December 6th, at 10 a.m.": a clock time right after a day is on it; so
    // is the end of a range whose start is ("March 11 12:30-1:30PM"), the next day when it runs overnight.
    let onDay = c.parsed.sem.k === 'clock' && c.parsed.sem.day !== null;
    if (c.parsed.sem.k === 'clock' && c.parsed.sem.day === null) {
      const last = out[out.length - 1];
      const between = last === undefined ? '' : text.slice(last.end, start);
      const time = value.slice(value.indexOf('T'));
      // The start of a range this clock time ends, and its day (none for a day without a year and no anchor,
      // "XXXX-08-09": the end has no day to count from).
      const from = CLOCK_RANGE.test(between) ? rangeFrom(out, dated, text) : undefined;
      const fromDay = from === undefined ? null : parseIsoDay(from.value.slice(0, 10));
      if (last?.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(last.value) && CLOCK_AFTER_DAY.test(between)) {
        value = last.value + time;
        onDay = true;
      } else if (from !== undefined && fromDay !== null) {
        value =
          fmtDay(time < from.value.slice(from.value.indexOf('T')) ? addDays(fromDay, 1) : fromDay) + time;
        onDay = true;
      } else {
        // "7 a.m. this morning", "10 p.m. last night": the part of a day named right after it gives the day.
        const next = chosen[ci + 1];
        const day = next?.parsed.sem.k === 'part' ? next.parsed.sem.day : null;
        if (next && day?.k === 'rel' && BLANK_ONLY.test(text.slice(c.end, next.start))) {
          value = resolve(day, { anchor: a, tense, ref }).slice(0, 10) + time;
          onDay = true;
        }
      }
    }
    // "since January", "since Dec. 3": a start that has passed, whatever the clause's tense says.
    if (a && isYearless(c.parsed.sem)) {
      const head = text.slice(Math.max(0, start - 12), start);
      if (SINCE_BEFORE.test(head)) value = notAfter(value, a);
      // "crude for January delivery", "for delivery in March": a contract month, never one gone by.
      else if (
        DELIVERY_BEFORE.test(head) ||
        DELIVERY_AFTER.test(text.slice(c.end, c.end + 12)) ||
        (CONTRACT_AFTER.test(text.slice(c.end, c.end + 24)) && !PREPOSITION_BEFORE.test(head))
      )
        value = notBefore(value, a);
      // "between now and March", "from now until June": the end of a span that starts at the anchor.
      else if (FROM_NOW_BEFORE.test(head)) value = notBefore(value, a);
      // "the hearing opened on February 16" in a December story: a past verb right before "on" puts a day more than
      // a month ahead back a year (nearer, a past form in a plan or a condition is as likely: "was approved on
      // March 15", "if the cabinet fell on Dec. 8").
      else if (
        tense === 'past' &&
        c.parsed.sem.k === 'date' &&
        c.parsed.sem.d !== undefined &&
        daysAhead(value, a) > PAST_VERB_DAY_REACH
      ) {
        const before = text.slice(Math.max(0, start - PAST_VERB_ON_REACH), start);
        if (
          (isPastVerb(PAST_VERB_ON_BEFORE.exec(before)?.[1]) || pastVerbAndObject(before)) &&
          !MODAL_BEFORE.test(text.slice(sentence?.start ?? Math.max(0, start - 200), start))
        )
          value = notAfter(value, a);
      }
    }
    // "the quarter ended Sept. 30": the day closes the quarter the story reports, which stays its reference.
    if (c.parsed.type === 'DATE') {
      if (!(ref.quarter !== null && QUARTER_END_BEFORE.test(text.slice(Math.max(0, start - 40), start))))
        updateReference(ref, c.parsed.sem, value, a);
    }
    // "at 7 a.m. on Thursday … and close at 10 p.m.": a clock time's own day is the story's day too.
    else if (c.parsed.sem.k === 'clock' && c.parsed.sem.day && /^\d{4}-\d{2}-\d{2}T/.test(value))
      updateReference(ref, c.parsed.sem.day, value.slice(0, 10), a);
    else if (c.parsed.type === 'DURATION') updateReferenceForDuration(ref, text.slice(start, c.end));
    // Two literals rather than a spread: each keeps its own hidden class alive, so a full GC does not
    // throw this function's optimised code away (a spread's transitioned class dies with its last item).
    let type = c.parsed.type;
    // "the morning of Nov. 16", "the night of Aug. 7": one TIME, that day's part (as TIMEX3 writes them).
    if (
      type === 'DATE' &&
      mod === undefined &&
      value.length === 10 &&
      isBlank(text.charCodeAt(start - 1)) &&
      text.charCodeAt(start - 2) === 102 &&
      /^\d{4}-\d{2}-\d{2}$/.test(value)
    ) {
      const p = PART_OF_BEFORE.exec(text.slice(Math.max(prevEnd, start - 24), start));
      if (p) {
        start -= p[0].length;
        value = `${value}T${DAY_PARTS[p[1]!.toLowerCase()]!}`;
        type = 'TIME';
      }
    }
    out.push(mod ? { start, end: c.end, type, value, mod } : { start, end: c.end, type, value });
    bare.push(isBareMonth(c.parsed.sem));
    dayless.push(c.parsed.sem.k === 'clock' && c.parsed.sem.day === null);
    dated.push(onDay);
    tenses.push(tense);
    prevEnd = c.end;
  }
  // 6. A range of bare months runs forward ("from January to October", "the July-September period").
  if (a) orderMonthRanges(text, out, bare, tenses, a);
  // 7. A clock time right before a day is on it ("at 7 a.m. on Dec. 12", "to 6:30 a.m. the following morning",
  // "until 2 p.m. for Nov. 27"), and so is the start of a range of clock times before it ("from 10 a.m. to
  // 2 p.m. for Nov. 27"): read from the end, so a range's end has its day first.
  for (let k = out.length - 2; k >= 0; k--) {
    const clock = out[k]!;
    const next = out[k + 1]!;
    if (!dayless[k]) continue;
    const between = text.slice(clock.end, next.start);
    const time = clock.value.slice(clock.value.indexOf('T'));
    if (
      next.type === 'DATE' &&
      /^\d{4}-\d{2}-\d{2}/.test(next.value) &&
      CLOCK_BEFORE_DAY.test(between) &&
      // ("arrived at 8 a.m. for Friday's match": the day is a thing's.)
      !POSSESSIVE_AFTER.test(text.slice(next.end, next.end + 3))
    )
      clock.value = next.value.slice(0, 10) + time;
    else if (
      next.type === 'TIME' &&
      /^\d{4}-\d{2}-\d{2}T/.test(next.value) &&
      CLOCK_RANGE.test(between) &&
      // (A start dated by a day before it keeps that day: "March 11 12:30-1:30PM".)
      !dated[k]
    ) {
      // ("from 10 p.m. to 6 a.m. on Sunday": a range that runs overnight starts the day before its end.)
      const end = parseIsoDay(next.value.slice(0, 10))!;
      clock.value = fmtDay(time > next.value.slice(next.value.indexOf('T')) ? addDays(end, -1) : end) + time;
    }
  }
  return out;
}

/** A quarter's closing day: "the quarter ended Sept. 30", "its fiscal third quarter ending June 30". */
const QUARTER_END_BEFORE = /\bquarter\s+(?:ended|ending|to|through)\s+$/i;

/**
 * A present copula right before a day ("is Thursday", "are on Sunday", "is set for Friday", "is at noon");
 * "'s" only after a pronoun ("it's Thursday"): after a name it is a possessive ("Trump's July 25 call").
 */
const COPULA_BEFORE =
  /(?:\b(?:is|are)|\b(?:it|that|there|here|what)['’]s)\s+(?:(?:on|at|set\s+for|scheduled\s+for|slated\s+for|planned\s+for|due)\s+)?(?:(?:midnight|noon)\s+)?$/i;
/** After a day, what makes it no day a copula puts ahead: a possessive, a past verb, ", when …". */
const COPULA_NOT_AFTER = /^(?:['’]s\b|\s+(?:was|were|had)\b|,?\s+(?:when|which|as)\b)/i;
/** How far before a day its copula is looked for (the words above and some spaces). */
const COPULA_REACH = 32;

/**
 * "The series begins with his arrest in February": a verb of schedule whose "with" opens a narrative; the month
 * is the story's, not the schedule's (a bare month only: "opens with a gala on May 14" keeps its day ahead).
 */
const NARRATIVE_WITH_BEFORE = /\bwith\b[^,.;:]*$/i;
/** How far before a bare month its "with" is looked for (about six words). */
const NARRATIVE_WITH_REACH = 48;

/** "the morning of " right before a day. */
const PART_OF_BEFORE = /\bthe\s+(morning|afternoon|evening|night)\s+of\s+$/i;

/** "since" right before an expression. */
const SINCE_BEFORE = /\bsince\s+$/i;

/**
 * A word and "on" right before a day ("began on ", "was announced on ", "took effect on ", "took place on "): the
 * word, to be read as a past verb.
 */
const PAST_VERB_ON_BEFORE = /\b([a-z]+)\s+(?:effect\s+|place\s+|office\s+|power\s+)?on\s+$/i;
/** A word, an object of one to three words after a determiner, and "on" ("quit the league on "). */
const PAST_VERB_OBJECT_ON_BEFORE = /\b([a-z]+)\s+(?:the|its|his|her|their)\s+((?:[A-Za-z]+\s+){1,3})on\s+$/i;
/** Words that end an object: it is a clause's or a phrase's then ("the bill that passed on"). */
const NOT_OBJECT_WORD =
  /^(?:and|or|but|that|which|who|was|were|is|are|had|has|have|to|of|in|at|by|for|with)$/i;
/** How far before a day its past verb is looked for. */
const PAST_VERB_ON_REACH = 48;
/** Whether a word read before "on" is a past verb that dates a day (not a schedule's participle). */
const isPastVerb = (w: string | undefined): boolean => {
  const verb = w?.toLowerCase();
  return verb !== undefined && !PLANNED.has(verb) && (PAST_FORMS.has(verb) || verb.endsWith('ed'));
};
/** "the club quit the league on ", "sold its stake on ": a past verb, its object, then "on". */
function pastVerbAndObject(before: string): boolean {
  const m = PAST_VERB_OBJECT_ON_BEFORE.exec(before);
  if (m === null || !isPastVerb(m[1])) return false;
  return !m[2]!
    .trim()
    .split(/\s+/)
    .some((w) => isPastVerb(w) || NOT_OBJECT_WORD.test(w));
}
/**
 * A modal earlier in the sentence ("the accord would be signed soon after the price was agreed on May 28"): the past
 * form after it is a plan's or a condition's.
 */
const MODAL_BEFORE = /\b(?:would|will|shall|could|should|might|must)\b|'ll\b/;
/** How many days ahead of the anchor a day must be for a past verb right before it to put it back a year. */
const PAST_VERB_DAY_REACH = 35;
/** Days from the anchor to a day value (0 when the value is no day). */
function daysAhead(value: string, a: Ymd): number {
  const day = parseIsoDay(value);
  return day ? toEpochDay(day) - toEpochDay(a) : 0;
}
/** Past forms that date a day after "on" ("began on", "took effect on", "met on"), besides any word in -ed. */
const PAST_FORMS: ReadonlySet<string> = new Set(PAST_CUES);
/** Participles that put a day ahead, as a schedule does ("scheduled on", "was set on"): no past verb here. */
const PLANNED: ReadonlySet<string> = new Set(
  'scheduled planned expected slated fixed timed billed tipped pencilled penciled booked called convened set'.split(
    ' ',
  ),
);

/** "now and", "now until" right before a date without a year: the end of a span from the anchor on. */
const FROM_NOW_BEFORE = /\bnow\s+(?:and|until|till|through|to)\s+$/i;
/**
 * A commodity contract's month: "delivery in" before it, "delivery" after it ("crude for January
 * delivery"); "January contracts were signed" is no contract month, so "contract" and "futures" are not cues.
 */
const DELIVERY_BEFORE = /\bdelivery\s+(?:in\s+)?$/i;
const DELIVERY_AFTER = /^\s+delivery\b/i;
/**
 * A market's contract named by its month and what it trades, as commodity and bond reports write it: "October
 * crude rose 30 cents", "December T-bonds ended lower", "March T-bills were off", "September heating oil";
 * a contract month is never one gone by (CoNLL-2003's Reuters market reports put ten such a year back). Not
 * after a preposition or "last"/"next", where the month dates what follows ("In June crude output fell"), nor
 * before a noun of quantity or trade, which the month dates ("June crude output", "May bond sales").
 */
const CONTRACT_AFTER =
  /^\s+(?:crude|heating\s+oil|gasoline|unleaded|natural\s+gas|gas\s*oil|Brent|gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|wheat|corn|soybeans?|soymeal|soyoil|cotton|sugar|coffee|cocoa|cattle|hogs|lumber|T-bonds?|T-bills?|T-notes?|Treasury\s+(?:bonds?|notes?)|bonds?|Eurodollars?|Bunds?|futures)\b(?!\s+(?:output|production|prices?|exports?|imports?|stocks|inventories|sales|demand|supply|supplies|shipments|deliveries|purchases|reserves|consumption|yields?|issues?|auctions?|markets?|trade|trading)\b)/i;
/**
 * A preposition or a word of direction right before a month, which then dates the words after ("in June crude
 * output"), or a dash that makes it a range's end ("Jan-August cotton shipped abroad").
 */
const PREPOSITION_BEFORE =
  /(?:\b(?:in|on|since|during|until|till|through|by|from|to|before|after|of|at|last|next|this|early|late|mid)\s+|[-\u2013]\s*)$/i;

/**
 * "since Labor Day", "since Election Day", "since Easter": a feast day that has passed, the last one, whatever
 * the clause's tense (a month or day after "since" is moved back by notAfter instead).
 */
function sinceFeast(sem: Sem, text: string, start: number): Sem {
  if (sem.k !== 'nth-weekday' && sem.k !== 'thanksgiving' && sem.k !== 'easter') return sem;
  if (sem.dir !== 'tense' || !SINCE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return sem;
  return { ...sem, dir: -1 };
}

/**
 * The words of a game's report ("a 37-yard field goal", "12 rebounds", "led 14-9", "with 12 seconds left"): a
 * text with SPORTS_CUES of them reports one, and its halves and quarters are the game's.
 */
const SPORTS_CUE =
  /\b(?:touchdowns?|field goals?|quarterbacks?|fumbl\w+|interceptions?|intercepted|innings|wickets?|half-?time|equali[sz](?:er|ed|ing)|goalkeeper|goalie|hat-trick|free[- ]kicks?|penalty (?:kick|shoot-?out)|midfield\w*|(?:three|3)-pointers?|free throws?|layups?|\d+ (?:rebounds|assists|carries|receptions)|-yard (?:run|pass|line|score|touchdown|field)|scor(?:ed|ing|es) (?:\w+ ){0,4}?(?:points|goals?|tries|runs|touchdowns?|baskets)|(?:led|trailed|leading|trailing|ahead) \d+-\d+|\d+-\d+ (?:lead|win|victory|defeat|upset|deficit|halftime|half-time)|(?:seconds|minutes) (?:left|remaining|to play)|\d+(?:st|nd|rd|th) minute)\b/gi;
const SPORTS_CUES = 2;
/** Whether a text has SPORTS_CUES words of a game's report (the scan stops at that many). */
function isSportsPage(text: string): boolean {
  SPORTS_CUE.lastIndex = 0;
  let n = 0;
  while (SPORTS_CUE.exec(text) !== null) if (++n >= SPORTS_CUES) return true;
  return false;
}
/** Words of a company's or an economy's half year near a half or quarter ("first-half profit" on a club's page). */
const BUSINESS_NEAR =
  /\b(?:profits?|earnings|revenues?|sales|results|growth|economy|GDP|fiscal|forecasts?|dividends?|output|shares|deliveries)\b/i;
/** How far either side of a half or quarter BUSINESS_NEAR is looked for. */
const BUSINESS_REACH = 60;
const nearby = (text: string, c: { start: number; end: number }): string =>
  text.slice(Math.max(0, c.start - BUSINESS_REACH), c.end + BUSINESS_REACH);
/** A half or a quarter without a year ("the second half", "first-quarter", "the last quarter"). */
const isGamePeriod = (sem: Sem): boolean =>
  ((sem.k === 'half' || sem.k === 'quarter') && sem.y === undefined && sem.years === undefined) ||
  (sem.k === 'rel' && sem.unit === 'quarter');

/** A month or a day without a year of its own, whose year the tense chooses. */
const isYearless = (sem: Sem): boolean =>
  sem.k === 'date' && sem.y === undefined && sem.years === undefined && sem.dir === 'tense';

/** A month or day value moved back a year when it falls after the anchor's month or day. */
function notAfter(value: string, a: Ymd): string {
  const m = /^(\d{4})-(\d\d)(-\d\d)?$/.exec(value);
  if (!m) return value;
  const anchor = m[3] ? fmtDay(a) : fmtMonth(a);
  const y = Number(m[1]) - 1;
  // (February 29 of a year before a non-leap year stays as resolved.)
  if (value <= anchor || (m[3] && !isValidDay(y, Number(m[2]), Number(m[3].slice(1))))) return value;
  return `${String(y).padStart(4, '0')}${value.slice(4)}`;
}

/** A month value moved ahead a year when it falls before the anchor's month. */
function notBefore(value: string, a: Ymd): string {
  const m = /^(\d{4})-(\d\d)$/.exec(value);
  if (!m || value >= fmtMonth(a)) return value;
  return `${String(Number(m[1]) + 1).padStart(4, '0')}${value.slice(4)}`;
}

/** A month named alone ("in April"), its year from the tense. */
const isBareMonth = (sem: Sem): boolean =>
  sem.k === 'date' &&
  sem.d === undefined &&
  sem.y === undefined &&
  sem.years === undefined &&
  sem.dir === 'tense';

/** What joins the two ends of a range of months: "-", an en or em dash, "to", "through", "until"; "and" after "between". */
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|till|until)\s*$/i;
const BETWEEN_AND = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** How far before a range's first month "between" is looked for (the word and some spaces). */
const BETWEEN_WINDOW = 24;

/**
 * Two bare months joined as a range are in order: when the first resolved after the second (January
 * read as next year's, October as this year's, in a November story of "from January to October"), one
 * end moves a year: in a past clause so that the range ends by the anchor, in a future one so that it
 * starts after it, else so that its end is nearer the anchor (news reports a period that just ended, or
 * one just ahead).
 */
function orderMonthRanges(
  text: string,
  out: TimeItem[],
  bare: readonly boolean[],
  tenses: readonly Tense[],
  a: Ymd,
): void {
  const here = a.y * 12 + a.m - 1;
  const months = (v: string): number => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
  for (let i = 0; i + 1 < out.length; i++) {
    const x = out[i]!;
    const y = out[i + 1]!;
    if (!bare[i] && !bare[i + 1]) continue;
    if (!/^\d{4}-\d\d$/.test(x.value) || !/^\d{4}-\d\d$/.test(y.value)) continue;
    const join = text.slice(x.end, y.start);
    const mx = months(x.value);
    const my = months(y.value);
    if (mx <= my) continue;
    // "between" is looked for in a short window before the first month (not the whole text: linear time).
    const between = () => BETWEEN_BEFORE.test(text.slice(Math.max(0, x.start - BETWEEN_WINDOW), x.start));
    if (!RANGE_JOIN.test(join) && !(BETWEEN_AND.test(join) && between())) continue;
    // Move the first back or the second ahead by whole years until they are in order.
    const yearsBack = Math.ceil((mx - my) / 12);
    const firstBack = mx - 12 * yearsBack;
    const secondAhead = my + 12 * yearsBack;
    // A past clause moves the start back, a future one the end ahead; else the end nearer the anchor stays.
    const tense = tenses[i + 1] !== 'none' ? tenses[i + 1] : tenses[i];
    const nearer = Math.abs(my - here) <= Math.abs(secondAhead - here);
    const keepSecond = tense === 'past' ? true : tense === 'future' ? false : nearer;
    const moveFirst = bare[i]! && (!bare[i + 1] || keepSecond);
    if (moveFirst) x.value = fmtMonth({ y: Math.floor(firstBack / 12), m: (firstBack % 12) + 1 });
    else y.value = fmtMonth({ y: Math.floor(secondAhead / 12), m: (secondAhead % 12) + 1 });
  }
}
