/**
 * Which comes first in a page's numeric dates, the day or the month, read from the page itself: an
 * ambiguous "05/11/2015" is 11 May on a page that writes "17/11/2015" or "17 November 2015", and 5 November
 * (May 11 in US order) on one that writes "11/17/2015" or "November 17, 2015".
 */
import { MONTHS } from './lexicon.js';

/**
 * Numeric dates with a year ("17/11/2015", "17/11/15", "17.11.2015", "17-11-2015"): the two numbers before the
 * year. (With a dot or a hyphen, only a four-digit year: "1.13.22" is a version.)
 */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;

/**
 * A capitalised month, full or abbreviated as the lexicon spells it ("November", "Nov.", "Sept"), as a whole
 * word ("Market", "Marines", "Mayor" are none).
 */
const MONTH_NAME = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|')})(?![a-z])\\.?`;
/** A day before its month ("17 November", "17th of Nov."; not the US "4th of July"). */
const DAY_MONTH = new RegExp(
  `\\b(?!4(?:th)?\\s+of\\s+July)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}`,
  'g',
);
/** A month before its day ("November 17", "Nov. 17th"; not "November 2015" nor a clock "Nov 17 10:30"). */
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:])`, 'g');

/** How a page orders day and month: 'day' first, 'month' first, or null when it shows no sign either way. */
export type DayOrder = 'day' | 'month' | null;

/**
 * The page's order of day and month.
 * 1. Numeric dates that cannot be read the other way decide: a first number over 12 is a day ("17/11"),
 *    a second number over 12 is a day ("11/17"). One sign each way (a page quoting both) decides nothing.
 * 2. Else the written dates, by majority: "17 November" against "November 17".
 */
export function dayOrderOf(text: string): DayOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(NUMERIC)) {
    if (m[2] !== '/' && m[4]!.length !== 4) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  }
  if (dayFirst > 0 && monthFirst === 0) return 'day';
  if (monthFirst > 0 && dayFirst === 0) return 'month';
  if (dayFirst > 0) return null;
  const written = count(text, DAY_MONTH) - count(text, MONTH_DAY);
  return written > 0 ? 'day' : written < 0 ? 'month' : null;
}

/** How many times a global expression matches the text. */
function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** A month-first numeric date whose numbers could be read either way ("05/11/2015"; not "05/05/2015"). */
const AMBIGUOUS = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}$/;

/**
 * Whether the numeric date `written` (as the text spells it) is one a day-first page means the other way:
 * both numbers 1–12 and different.
 */
export function readsBothWays(written: string): boolean {
  const m = AMBIGUOUS.exec(written);
  if (m === null) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && a <= 12 && b >= 1 && b <= 12 && a !== b;
}
