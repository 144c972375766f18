/**
 * Lower-cased text (transcripts, lower-cased archives and corpora: isLowerCasedText) spells "monday", "march 15":
 * the patterns, which take a capital as the sign of a month or a weekday ("may" the modal, "march" the verb), read
 * the text with its calendar words capitalised again. The text keeps its length, so offsets stand.
 */
import { MONTH_NAMES, PLAIN_MONTH_NAMES, WEEKDAY_NAMES } from '../tokens/model/calendar.js';
import { MONTHS } from './lexicon.js';

/** Weekdays and months that are no other common word: capitalised wherever they stand, and a sign of a lower-cased text. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...PLAIN_MONTH_NAMES]);

/** Abbreviated months (the lexicon's month keys that are no full name): only before a day of the month ("nov. 17"). */
const ABBREVIATED_SET: ReadonlySet<string> = new Set(
  Object.keys(MONTHS).filter((k) => !MONTH_NAMES.includes(k)),
);

/** Words of a calendar, lower case, and the ones that need a context (abbreviations, "march", "may"). */
const CALENDAR_WORD = new RegExp(
  `\\b(?:${[...CALENDAR_NAMES, ...ABBREVIATED_SET, 'march', 'may'].join('|')})\\b`,
  'g',
);

/** A day of the month right after the word ("march 15", "nov. 3rd"), not an amount ("march 2,000 strong"). */
const DAY_AFTER = /^\.?,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?![\d,.:]\d|\w)/;
/** A year right after the word ("may 2002", "march, 1998"). */
const YEAR_AFTER = /^,?\s+(?:1[5-9]|20)\d\d(?!\d)/;
/** A day of the month right before the word ("15 march", "the 3rd of may"). */
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
/** Words before a bare month ("in march", "since may", "until mid-march", "by the end of may"). */
const MONTH_LEAD = /\b(?:in|since|until|till|early|late|mid-?|(?:end|beginning|start|middle)\s+of)\s*$/;

/** The text with its lower-case calendar words capitalised where they are one (same length). */
export function recaseCalendarWords(text: string): string {
  let out = '';
  let from = 0;
  CALENDAR_WORD.lastIndex = 0;
  for (let m = CALENDAR_WORD.exec(text); m !== null; m = CALENDAR_WORD.exec(text)) {
    const w = m[0];
    const end = m.index + w.length;
    const after = text.slice(end, end + 16);
    const ok =
      CALENDAR_NAMES.has(w) ||
      DAY_AFTER.test(after) ||
      (!ABBREVIATED_SET.has(w) &&
        (YEAR_AFTER.test(after) ||
          DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
          MONTH_LEAD.test(text.slice(Math.max(0, m.index - 16), m.index))));
    if (!ok) continue;
    out += text.slice(from, m.index) + w[0]!.toUpperCase();
    from = m.index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
