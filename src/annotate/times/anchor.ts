/**
 * resolveAnchor: the day relative times are counted from, and how sure we are of it.
 *
 * 1. The publication date (doc.meta.published), when it parses: certain. But a dateline date up to
 *    `datelineLagDays` before it (or a day after, across time zones) is the day the story was written,
 *    republished later: "PARIS, Nov 17 – … today" on a page dated Nov 19 is Nov 17, and so is the anchor.
 * 2. The dateline's date, when the dateline itself states the year: certain.
 * 3. A dateline month and day without a year ("PARIS, Nov 17"): the year is inferred, never certain.
 *    Evidence: a weekday the lede names ("on Tuesday") keeps only the years in which that month and
 *    day fall on that weekday (Nov 17 is a Tuesday in 2009, 2015, 2020, 2026); "last Monday",
 *    "next Monday" and the like name another day and are passed over; years named in the
 *    text pick among them (and bound the search); office holders named with their titles ("President
 *    Barack Obama") keep the years they held that office (offices.ts). A year whose date is after today is left out (a page
 *    is not published in the future) unless no other fits. The result lists every candidate and the
 *    evidence, for the 'year-inferred' warning.
 * 4. Nothing dated: no anchor (times keep underspecified values).
 */
import type { Doc } from '../../doc/doc.js';
import { type Warning, warning } from '../../doc/errors.js';
import { fmtDay, isoWeekday, isValidDay, parseIsoDay, toEpochDay, type Ymd } from './calendar.js';
import { loadKb, type Kb } from '../../link/kb.js';
import { officeYears } from './offices.js';
import { monthOf, weekdayOf } from './patterns.js';

export interface AnchorResolution {
  /** ISO day, or null when nothing dates the document. */
  date: string | null;
  certain: boolean;
  /** The years that fit the evidence (one when certain). */
  candidates: number[];
  /** What the choice rests on, for people. */
  evidence: string[];
  /**
   * Whether a weekday or office terms narrowed the years (not only years named anywhere in the text): a
   * single candidate is then worth reading office terms at.
   */
  narrowed?: boolean;
}

/** Tunables of the year inference, each with its reason. */
export const ANCHOR_TUNING = {
  /** How far into the text a weekday still speaks for the dateline day: the lede. */
  ledeChars: 600,
  /** Years searched around the named years (or the dateline's guess) when a weekday narrows them. */
  yearWindow: 12,
  /** With no year anywhere, the span searched for weekday fits (modern web news). */
  defaultRange: [1995, 2035] as const,
  /** Days after today a dateline date may still fall (time zones ahead of the clock's UTC). */
  futureSlackDays: 1,
  /** How many days a page may be published after its dateline and still be anchored on the dateline. */
  datelineLagDays: 7,
  /** How many days a dateline may run ahead of the publication date (a time zone ahead of the site's). */
  datelineAheadDays: 1,
  /** How far before a lede weekday "last", "until" and the like are looked for. */
  otherDayReach: 12,
} as const;

const YEAR_RE = /(?<![\w$.,-])(19\d\d|20\d\d)(?![\w%]|[.,]\d)/g;
const MONTH_DAY_RE =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})\b/;
const WEEKDAY_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** Words before a weekday that make it another day than the dateline's ("last Monday", "until Friday"). */
const OTHER_DAY_RE = /\b(?:last|next|this|coming|following|previous|since|until|till|before|after)\s+$/i;

/** The first weekday in the lede that is not marked as another day, or null. */
function ledeWeekday(text: string): { name: string; wd: number } | null {
  const lede = text.slice(0, ANCHOR_TUNING.ledeChars);
  for (const m of lede.matchAll(WEEKDAY_RE)) {
    if (OTHER_DAY_RE.test(lede.slice(Math.max(0, m.index - ANCHOR_TUNING.otherDayReach), m.index))) continue;
    const wd = weekdayOf(m[1]!);
    if (wd !== undefined) return { name: m[1]!, wd };
  }
  return null;
}

/**
 * Today's date, the latest a page can have been published: `DATELINE_TODAY` (YYYY-MM-DD) when set, for
 * replays and reproducible runs, else the machine's clock (UTC).
 */
export function todayUtc(env: NodeJS.ProcessEnv = process.env): Ymd {
  const fixed = parseIsoDay(env.DATELINE_TODAY);
  if (fixed) return fixed;
  const now = new Date();
  return { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
}

/** `today`: the latest possible publication day (the clock's, unless a caller fixes it). */
export function resolveAnchor(
  doc: Doc,
  today: Ymd | null = todayUtc(),
  kb: () => Kb | null = loadKb,
): AnchorResolution {
  // 1. Publication date, or the dateline's day shortly before it.
  const published = parseIsoDay(doc.meta.published);
  const datelineDay = parseIsoDay(doc.meta.dateline?.date);
  if (published && datelineDay) {
    const lag = toEpochDay(published) - toEpochDay(datelineDay);
    if (lag !== 0 && lag >= -ANCHOR_TUNING.datelineAheadDays && lag <= ANCHOR_TUNING.datelineLagDays)
      return {
        date: fmtDay(datelineDay),
        certain: true,
        candidates: [datelineDay.y],
        evidence: [`the dateline date (the page was published ${fmtDay(published)})`],
      };
  }
  if (published)
    return {
      date: fmtDay(published),
      certain: true,
      candidates: [published.y],
      evidence: ['publication date'],
    };
  // 2. A dateline that states its year.
  const dl = doc.meta.dateline;
  const dlDay = parseIsoDay(dl?.date);
  if (dl && dlDay && /\b(19|20)\d\d\b/.test(dl.text))
    return {
      date: fmtDay(dlDay),
      certain: true,
      candidates: [dlDay.y],
      evidence: ['the dateline states the year'],
    };
  // 3. Month and day without a year.
  let md: { m: number; d: number } | null = null;
  const mdText = dl ? MONTH_DAY_RE.exec(dl.text) : null;
  if (mdText) md = { m: monthOf(mdText[1]!)!, d: Number(mdText[2]) };
  else if (dlDay) md = { m: dlDay.m, d: dlDay.d };
  if (!md || !isValidDay(2000, md.m, md.d))
    return {
      date: null,
      certain: false,
      candidates: [],
      evidence: ['no publication date and no dated dateline'],
    };
  return inferYear(md, doc.text, dlDay?.y ?? null, today, kb());
}

/** Step 3: candidates and choice of the year for a month and day, from the text's evidence. */
export function inferYear(
  md: { m: number; d: number },
  text: string,
  guess: number | null,
  today: Ymd | null = null,
  kb: Kb | null = null,
): AnchorResolution {
  const evidence: string[] = [];
  const named = new Map<number, number>();
  for (const m of text.matchAll(YEAR_RE)) named.set(Number(m[1]), (named.get(Number(m[1])) ?? 0) + 1);
  const namedYears = [...named.keys()].sort((a, b) => a - b);
  if (namedYears.length) evidence.push(`years named in the text: ${namedYears.join(', ')}`);
  const lw = ledeWeekday(text);
  let candidates: number[];
  if (lw && !(md.m === 2 && md.d === 29)) {
    const around = namedYears.length ? namedYears : guess !== null ? [guess] : [];
    const [lo, hi] = around.length
      ? [around[0]! - ANCHOR_TUNING.yearWindow, around[around.length - 1]! + ANCHOR_TUNING.yearWindow]
      : ANCHOR_TUNING.defaultRange;
    candidates = [];
    for (let y = lo; y <= hi; y++) if (isoWeekday({ y, m: md.m, d: md.d }) === lw.wd) candidates.push(y);
    evidence.push(`"${lw.name}" in the lede fits ${candidates.join(', ')}`);
  } else {
    candidates = [...new Set([...namedYears, ...(guess !== null ? [guess] : [])])].sort((a, b) => a - b);
    candidates = candidates.filter((y) => isValidDay(y, md.m, md.d));
  }
  // Sitting office holders named with their titles keep the years they held office in.
  const offices = kb && candidates.length > 1 ? officeYears(text, kb, md, candidates) : null;
  if (offices) {
    evidence.push(...offices.evidence);
    candidates = offices.years;
  }
  if (guess !== null) evidence.push(`the extractor's guess: ${guess}`);
  // A page is not dated after today (a day's slack for time zones), unless nothing else fits.
  if (today) {
    const limit = toEpochDay(today) + ANCHOR_TUNING.futureSlackDays;
    const past = candidates.filter((y) => toEpochDay({ y, m: md.m, d: md.d }) <= limit);
    if (past.length && past.length < candidates.length) {
      evidence.push(`after today, left out: ${candidates.filter((y) => !past.includes(y)).join(', ')}`);
      candidates = past;
    }
  }
  if (candidates.length === 0)
    return {
      date: null,
      certain: false,
      candidates: [],
      evidence: [...evidence, 'no year fits the evidence'],
    };
  // Choose: a candidate the text names (most often, then latest); else the nearest at or after the
  // latest named year; else the extractor's guess; else the latest candidate.
  const namedFits = candidates.filter((y) => named.has(y));
  let year: number;
  if (namedFits.length) year = namedFits.sort((a, b) => named.get(b)! - named.get(a)! || b - a)[0]!;
  else if (namedYears.length) {
    // A story is mostly written after the years it names: the nearest candidate from the latest on.
    const target = namedYears[namedYears.length - 1]!;
    const after = candidates.filter((y) => y >= target);
    const pool = after.length ? after : candidates;
    year = pool.reduce((best, y) => (Math.abs(y - target) < Math.abs(best - target) ? y : best));
  } else if (guess !== null && candidates.includes(guess)) year = guess;
  else year = candidates[candidates.length - 1]!;
  const day: Ymd = { y: year, m: md.m, d: md.d };
  const narrowed = lw !== null || offices !== null;
  return { date: fmtDay(day), certain: false, candidates, evidence, narrowed };
}

/** The 'year-inferred' warning for an uncertain anchor, or null when there is nothing to warn about. */
export function anchorWarning(r: AnchorResolution): Warning | null {
  if (r.certain || r.date === null) return null;
  return warning(
    'year-inferred',
    `the year of the dateline date is not stated; inferred ${r.date} (candidates: ${r.candidates.join(', ')}; evidence: ${r.evidence.join('; ')})`,
  );
}
