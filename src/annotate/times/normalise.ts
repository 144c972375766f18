/**
 * From meaning to TIMEX3 value: applies the anchor (publication date or DCT), the clause's tense and the
 * discourse reference (the last date the story named) to a Sem from patterns.ts. Without an anchor,
 * values stay underspecified (XXXX-11-17, XXXX-WXX-2) or become *_REF.
 */
import {
  addDays,
  daysInMonth,
  easterSunday,
  fmtDay,
  fmtMonth,
  fmtWeek,
  isoWeekday,
  nthWeekday,
  parseIsoDay,
  quarterOf,
  shiftedValue,
  toEpochDay,
  type Unit,
  type Ymd,
} from './calendar.js';
import type { Direction, Sem } from './patterns.js';
import type { Tense } from './tense.js';

/** The discourse reference: the last calendar value the story named, for "a year earlier", "the quarter". */
export interface Reference {
  value: string | null;
  /** The last quarter named ("the third quarter"), for "the quarter", "the year-earlier quarter". */
  quarter: { y: number; q: number } | null;
  /**
   * The story moved from a quarter to the year so far ("the first nine months"): "a year earlier", "the
   * 1988 period" are then years until a quarter is named again.
   */
  yearToDate?: boolean;
}

export interface ResolveContext {
  anchor: Ymd | null;
  tense: Tense;
  ref: Reference;
}

/** Tunables of normalisation, each with its reason (calibrated on the TimeBank/AQUAINT dev split). */
export const NORMALISE_TUNING = {
  /**
   * A month-and-day without a year is the nearest such day to the anchor; the clause's tense moves it
   * to the other side only when the nearest is on the wrong side by more than this many days (tense
   * cues are noisy; "Dec. 7" in a November story is next month whatever the verbs say).
   */
  dayFlipDays: 90,
  /**
   * The same for a bare month, in months ("took power in March" in a December story is this year's:
   * 2 rather than 3 moves 33 TE3-silver values, silver agreeing with 28 of the new and 2 of the old; dev +1).
   */
  monthFlipMonths: 2,
  /**
   * The same when the clause is in the past tense (not a lean without a cue): a past verb is surer. 1
   * rather than 2 moves 35 TE3-silver values (dev none): read in context, 21 to the right year ("took
   * power in June" in an April story) and 14 to a wrong one (a future event in a sentence whose verb is
   * past, "is to assume the post in January"); contract months ("January delivery") find.ts keeps ahead.
   */
  pastMonthFlipMonths: 1,
  /**
   * The same when a future clause and a span that runs up to the month agree ("will serve through August", "will
   * stay closed until August" in an October story), or a future clause and a vote's month ("will win the November
   * election" in a January story): none, every month before the anchor's is next year's. (A future clause alone
   * keeps `monthFlipMonths`: 0 there moved 21 unlabeled values, 15 of them to a wrong year.)
   */
  spanAheadMonthFlipMonths: 0,
  /**
   * A US holiday by rule (Labor Day, Memorial Day …) is named for its one day a year: a tense cue moves it to
   * the other side past this many days, not `dayFlipDays` ("stores expect crowds over Labor Day weekend" in a
   * November story is next September's; "had left early to start the Labor Day weekend" two days ahead stays).
   */
  holidayFlipDays: 30,
  /**
   * A day that dates a vote or a debate on the calendar ("the Nov. 8 election"): the clause's verb is often
   * not the event's ("engineered the leak to influence the Nov. 8 election", 100 days ahead of a July story),
   * so the tense moves it to the other side only past this many days ("protests over the disputed May 15
   * elections", 182 days ahead of a November story, are the last ones).
   */
  scheduledFlipDays: 150,
  /**
   * Super Tuesday is the nearest one unless the tense says otherwise by more than this many days ("swept the
   * South on Super Tuesday" in April is March's; "the Super Tuesday states" in January the coming one's).
   */
  superTuesdayFlipDays: 60,
  /** A clock time without a day falls on the story's last named day when it is this close to the anchor. */
  clockRefDays: 7,
} as const;

const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function direction(dir: Direction, tense: Tense): -1 | 0 | 1 {
  if (dir !== 'tense') return dir;
  return tense === 'future' ? 1 : tense === 'past' ? -1 : 0;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The TIMEX3 value of a Sem in its context. */
export function resolve(sem: Sem, ctx: ResolveContext): string {
  const a = ctx.anchor;
  switch (sem.k) {
    case 'literal':
      return sem.value;
    case 'year':
      return String(sem.y).padStart(4, '0');
    case 'decade':
      return sem.value;
    case 'date':
      return resolveDate(sem, ctx);
    case 'weekday': {
      if (!a) return `XXXX-WXX-${sem.wd}`;
      const wa = isoWeekday(a);
      const explicit = sem.dir !== 'tense';
      const dir =
        sem.dir === 'tense'
          ? ctx.tense === 'future'
            ? 1
            : ctx.tense === 'none' && sem.lean
              ? sem.lean
              : -1
          : sem.dir;
      if (dir === 0) return fmtDay(addDays(a, sem.wd - wa));
      if (dir < 0) {
        const back = (wa - sem.wd + 7) % 7 || (explicit ? 7 : 0);
        return fmtDay(addDays(a, -back));
      }
      // A bare weekday in a future clause that is the anchor's own is that day ("was to meet later
      // Thursday" in Thursday's paper: wires publish the same day); "next Thursday" is a week on.
      const ahead = (sem.wd - wa + 7) % 7 || (explicit ? 7 : 0);
      return fmtDay(addDays(a, ahead));
    }
    case 'rel': {
      // Business news: "a year ago", "a year earlier" in a story about a quarter: that quarter a year before.
      const fromQuarter = sem.quarterAware === true || sem.base === 'ref';
      if (fromQuarter && sem.unit === 'year' && ctx.ref.quarter && (a || sem.base === 'ref')) {
        const q = ctx.ref.quarter.y * 4 + ctx.ref.quarter.q - 1 + 4 * sem.n;
        return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
      }
      if (sem.base === 'ref' && ctx.ref.value)
        return shiftReference(ctx.ref, sem.unit, sem.n) ?? relNoAnchor(sem.n);
      if (!a) return relNoAnchor(sem.n);
      return shiftedValue(a, sem.unit, sem.n);
    }
    case 'quarter': {
      if (sem.y !== undefined) return `${sem.y}-Q${sem.q}`;
      if (!a) return `XXXX-Q${sem.q}`;
      if (sem.years !== undefined) return `${a.y + sem.years}-Q${sem.q}`;
      const dir = direction(sem.dir, ctx.tense);
      const qa = quarterOf(a.m);
      // A quarter after the anchor's own is last year's unless the clause looks forward; in a clause that
      // looks forward, one two or more quarters before the anchor's is next year's ("is due to close in the
      // first quarter" in a November story; the quarter just before is the one being reported).
      const y = dir <= 0 && sem.q > qa ? a.y - 1 : dir > 0 && qa - sem.q >= 2 ? a.y + 1 : a.y;
      return `${y}-Q${sem.q}`;
    }
    case 'half': {
      if (sem.y !== undefined) return `${sem.y}-H${sem.h}`;
      if (!a) return `XXXX-H${sem.h}`;
      if (sem.years !== undefined) return `${a.y + sem.years}-H${sem.h}`;
      const dir = direction(sem.dir, ctx.tense);
      const ha = a.m > 6 ? 2 : 1;
      const y = dir <= 0 && sem.h > ha ? a.y - 1 : a.y;
      return `${y}-H${sem.h}`;
    }
    case 'ref-quarter': {
      if (sem.current === true && a) return `${a.y}-Q${quarterOf(a.m)}`;
      if (sem.period === true && ctx.ref.yearToDate === true) {
        if (sem.year !== undefined) return String(sem.year);
        if (a) return String(a.y + Math.trunc(sem.shift / 4));
      }
      let base = ctx.ref.quarter;
      if (!base && a) {
        // No quarter named yet: the last full quarter before the anchor (the one being reported).
        const q = a.y * 4 + quarterOf(a.m) - 2;
        base = { y: Math.floor(q / 4), q: (q % 4) + 1 };
      }
      if (sem.year !== undefined) base = { y: sem.year, q: base?.q ?? 0 };
      if (!base) return 'XXXX-QX';
      if (base.q === 0) return `${base.y}-QX`;
      const q = base.y * 4 + base.q - 1 + sem.shift;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'week-of': {
      const day = parseIsoDay(resolveDate(sem.day, ctx));
      if (!day) return 'XXXX-WXX';
      // ("the last week of April": three days before the end of that month of that year.)
      return fmtWeek(
        sem.fromEnd === undefined ? day : { ...day, d: daysInMonth(day.y, day.m) - sem.fromEnd },
      );
    }
    case 'weekday-ref': {
      const v = ctx.ref.value;
      const base = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseIsoDay(v) : a;
      if (!base) return `XXXX-WXX-${sem.wd}`;
      const wb = isoWeekday(base);
      const step = sem.dir < 0 ? -((wb - sem.wd + 7) % 7 || 7) : (sem.wd - wb + 7) % 7 || 7;
      return fmtDay(addDays(base, step));
    }
    case 'season': {
      if (sem.y !== undefined) return `${sem.y}-${sem.s}`;
      if (!a) return `XXXX-${sem.s}`;
      if (sem.years !== undefined) return `${a.y + sem.years}-${sem.s}`;
      const start = SEASON_START[sem.s]!;
      let y = a.y;
      if (sem.dir === 'tense') {
        // "in the fall": this year's, unless a past clause names one not begun yet (last year's) or a
        // future clause one already over (next year's).
        const dir = direction(sem.dir, ctx.tense);
        if (dir < 0 && start > a.m) y -= 1;
        if (dir > 0 && start + 2 < a.m) y += 1;
        return `${y}-${sem.s}`;
      }
      // ("last summer" in July is last year's: the one under way is "this summer"; winter, which runs over the
      // year's end, keeps the year of its start.)
      if (sem.dir === -1 && (start >= a.m || (sem.s !== 'WI' && start + 2 >= a.m))) y -= 1;
      if (sem.dir === 1 && start <= a.m) y += 1;
      return `${y}-${sem.s}`;
    }
    case 'weekend': {
      if (!a) return 'XXXX-WXX-WE';
      const wa = isoWeekday(a);
      const dir = direction(sem.dir, ctx.tense);
      // On a Saturday or Sunday "the weekend" is this one; otherwise the last one back, or this week's ahead;
      // with no cue, on a Monday or Tuesday "over/at the weekend" is the one just gone ("results of
      // matches at the weekend"; "snow is forecast for the weekend" looks ahead).
      const n = wa >= 6 ? 0 : dir < 0 || (dir === 0 && sem.gone && wa <= 2) ? -1 : 0;
      return shiftedValue(a, 'weekend', n);
    }
    case 'thanksgiving':
    case 'easter':
    case 'nth-weekday': {
      if (!a)
        return sem.k === 'easter'
          ? 'XXXX-XX-XX'
          : sem.k === 'thanksgiving'
            ? 'XXXX-11-XX'
            : `XXXX-${pad2(sem.m)}-XX`;
      const feast = (y: number): Ymd =>
        sem.k === 'easter'
          ? addDays(easterSunday(y), sem.offset)
          : sem.k === 'thanksgiving'
            ? addDays(thanksgiving(y), sem.after)
            : addDays(nthWeekday(y, sem.m, sem.wd, sem.n), sem.after);
      // A past clause: the last one on or before the anchor; a future one: the next. Without a cue, like a
      // month and day, the nearest ("returns home for Thanksgiving" nine days ahead is this year's).
      const dir = direction(sem.dir, ctx.tense);
      const here = toEpochDay(a);
      const fmt = sem.k === 'easter' && sem.week === true ? fmtWeek : fmtDay;
      if (sem.y !== undefined) return fmt(feast(sem.y));
      // A US holiday by rule is read like a month and day: the nearest, the tense moving it only when that is
      // far on the wrong side ("had left early to start the Labor Day weekend" two days ahead is that one).
      // Election Day: the coming one, unless a past clause names the last one within that many days.
      if (sem.k === 'nth-weekday' && sem.dir === 'tense' && sem.ahead === true) {
        const last = feast(toEpochDay(feast(a.y)) <= here ? a.y : a.y - 1);
        // (A past clause reaches back a year to a federal election, held in even years: "since Election Day"
        // in February 2017 is November 2016's; an odd year's, only as far as a month and day flips.)
        const reach = last.y % 2 === 0 ? 366 : NORMALISE_TUNING.dayFlipDays;
        if (dir < 0 && here - toEpochDay(last) <= reach) return fmt(last);
        return fmt(feast(toEpochDay(feast(a.y)) >= here ? a.y : a.y + 1));
      }
      if (sem.k === 'nth-weekday' && sem.dir === 'tense')
        return fmt(
          feast(nearestYear(a.y, (c) => toEpochDay(feast(c)) - here, dir, NORMALISE_TUNING.holidayFlipDays)),
        );
      if (dir === 0) return fmt(feast(nearestYear(a.y, (c) => toEpochDay(feast(c)) - here, 0, 0)));
      let day = feast(a.y);
      if (dir < 0 && toEpochDay(day) > here) day = feast(a.y - 1);
      if (dir > 0 && toEpochDay(day) < here) day = feast(a.y + 1);
      return fmt(day);
    }
    case 'super-tuesday': {
      if (sem.y !== undefined) return fmtDay(superTuesday(sem.y));
      if (!a) return 'XXXX-XX-XX';
      const here = toEpochDay(a);
      // The election years around the anchor: the last Super Tuesday on or before it and the next after it.
      let y = a.y - (a.y % 4);
      if (toEpochDay(superTuesday(y)) > here) y -= 4;
      const last = superTuesday(y);
      const next = superTuesday(y + 4);
      const dir = direction(sem.dir, ctx.tense);
      const back = here - toEpochDay(last);
      const ahead = toEpochDay(next) - here;
      // "last Super Tuesday", "next Super Tuesday": strictly; on the day itself, that day.
      if (back === 0) return fmtDay(last);
      if (sem.dir !== 'tense') return fmtDay(dir < 0 ? last : next);
      const flip = NORMALISE_TUNING.superTuesdayFlipDays;
      if (back <= ahead) return fmtDay(dir > 0 && back > flip ? next : last);
      return fmtDay(dir < 0 && ahead > flip ? last : next);
    }
    case 'part': {
      const day = sem.day
        ? resolve(sem.day, ctx)
        : ((sem.refDay === true ? nearReferenceDay(ctx) : null) ?? (a ? fmtDay(a) : 'XXXX-XX-XX'));
      return `${dayOnly(day)}T${sem.part}`;
    }
    case 'clock': {
      const day = sem.day ? resolve(sem.day, ctx) : (nearReferenceDay(ctx) ?? (a ? fmtDay(a) : 'XXXX-XX-XX'));
      return `${dayOnly(day)}T${pad2(sem.h)}:${pad2(sem.min)}`;
    }
  }
}

/**
 * Super Tuesday of an election year: the first Tuesday in March, the rule of the cycles since 2012 (and of 2000
 * and 2004); the years the primaries' calendar set it otherwise (1984–1996, 2008), by their dates.
 */
function superTuesday(y: number): Ymd {
  const known = SUPER_TUESDAYS[y];
  return known ? { y, m: known[0], d: known[1] } : nthWeekday(y, 3, 2, 1);
}
/** Super Tuesdays that were not the first Tuesday in March: month and day. */
const SUPER_TUESDAYS: Readonly<Record<number, readonly [number, number]>> = {
  1984: [3, 13],
  1988: [3, 8],
  1992: [3, 10],
  1996: [3, 12],
  2008: [2, 5],
};

function thanksgiving(y: number): Ymd {
  const firstThu = 1 + ((4 - isoWeekday({ y, m: 11, d: 1 }) + 7) % 7);
  return { y, m: 11, d: firstThu + 21 };
}

/**
 * The story's last named day, when it is a day close to the anchor and, in a past clause, not after it ("said
 * the storm would turn on Sunday. At 11 a.m. it was …" is the anchor's day, not Sunday's). (A future clause
 * keeps an earlier day: "is briefed" reads ahead, and a live blog's times belong to its day.)
 */
function nearReferenceDay(ctx: ResolveContext): string | null {
  const v = ctx.ref.value;
  if (!v || !ctx.anchor || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const day = parseIsoDay(v);
  if (!day) return null;
  const off = toEpochDay(day) - toEpochDay(ctx.anchor);
  if (Math.abs(off) > NORMALISE_TUNING.clockRefDays) return null;
  if (ctx.tense === 'past' && off > 0) return null;
  return v;
}

/** A day value, or the underspecified day when the value is not one (a REF, a week). */
function dayOnly(v: string): string {
  return /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/.test(v) ? v : 'XXXX-XX-XX';
}

function relNoAnchor(n: number): string {
  return n < 0 ? 'PAST_REF' : n > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
}

function resolveDate(sem: Extract<Sem, { k: 'date' }>, ctx: ResolveContext): string {
  const a = ctx.anchor;
  if (sem.y !== undefined)
    return sem.d !== undefined ? fmtDay({ y: sem.y, m: sem.m, d: sem.d }) : fmtMonth({ y: sem.y, m: sem.m });
  if (!a) return sem.d !== undefined ? `XXXX-${pad2(sem.m)}-${pad2(sem.d)}` : `XXXX-${pad2(sem.m)}`;
  if (sem.years !== undefined) {
    const y = a.y + sem.years;
    return sem.d !== undefined ? fmtDay({ y, m: sem.m, d: sem.d }) : fmtMonth({ y, m: sem.m });
  }
  const dir = direction(sem.dir, ctx.tense);
  if (sem.d === undefined) {
    const here = a.y * 12 + a.m - 1;
    if (sem.dir !== 'tense') {
      // "last April", "next March": strictly before or after the anchor's month; "this June": its year.
      let y = a.y;
      if (dir < 0 && sem.m >= a.m) y -= 1;
      if (dir > 0 && sem.m <= a.m) y += 1;
      return fmtMonth({ y, m: sem.m });
    }
    // No tense cue: news names bare months mostly looking back, except a deadline ("by February") and a vote's
    // month ("the November election"), the nearest.
    const lean = dir === 0 ? (sem.lean ?? (sem.scheduled === true ? 0 : -1)) : dir;
    const flip =
      dir < 0
        ? NORMALISE_TUNING.pastMonthFlipMonths
        : dir > 0 && (sem.lean === 1 || sem.scheduled === true)
          ? NORMALISE_TUNING.spanAheadMonthFlipMonths
          : NORMALISE_TUNING.monthFlipMonths;
    const y = nearestYear(a.y, (c) => c * 12 + sem.m - 1 - here, lean, flip);
    return fmtMonth({ y, m: sem.m });
  }
  const at = (y: number): Ymd => ({ y, m: sem.m, d: sem.d! });
  const here = toEpochDay(a);
  if (sem.dir !== 'tense' && dir !== 0) {
    // "last Christmas", "next Christmas": strictly before or after the anchor.
    let y = a.y;
    if (dir < 0 && toEpochDay(at(y)) >= here) y -= 1;
    if (dir > 0 && toEpochDay(at(y)) <= here) y += 1;
    return fmtDay(at(y));
  }
  const flip = sem.scheduled === true ? NORMALISE_TUNING.scheduledFlipDays : NORMALISE_TUNING.dayFlipDays;
  const y = nearestYear(a.y, (c) => toEpochDay(at(c)) - here, dir, flip);
  return fmtDay(at(y));
}

/**
 * The year (of anchorYear - 1 … + 1) whose date is nearest the anchor (offset: signed distance of a
 * year's date from the anchor); the tense moves it to the other side when the nearest is on the wrong
 * side by more than `flip`.
 */
function nearestYear(
  anchorYear: number,
  offset: (y: number) => number,
  dir: -1 | 0 | 1,
  flip: number,
): number {
  let best = anchorYear;
  for (const c of [anchorYear - 1, anchorYear + 1])
    if (Math.abs(offset(c)) < Math.abs(offset(best))) best = c;
  const o = offset(best);
  if (dir < 0 && o > flip) return best - 1;
  if (dir > 0 && o < -flip) return best + 1;
  return best;
}

/** Shifts the discourse reference by n units ("a year earlier" than the third quarter is last year's). */
function shiftReference(ref: Reference, unit: Unit, n: number): string | null {
  const v = ref.value!;
  let m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m && (unit === 'year' || unit === 'quarter')) {
    const q = Number(m[1]) * 4 + Number(m[2]) - 1 + (unit === 'year' ? 4 * n : n);
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  }
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v);
  if (!m) return null;
  const day: Ymd = { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) };
  return shiftedValue(day, unit, n);
}

/** The meanings that name a date themselves (and so become the reference); shifts of it do not. */
const NAMING: ReadonlySet<Sem['k']> = new Set([
  'date',
  'year',
  'weekday',
  'weekday-ref',
  'quarter',
  'half',
  'season',
]);

/** Updates the reference after a DATE resolved to a calendar value. */
export function updateReference(ref: Reference, sem: Sem, value: string, anchor: Ymd | null = null): void {
  // "the quarter", "the latest quarter" name the story's quarter too ("the quarter ended Sept. 30 … a
  // year earlier" is the year-ago quarter), but not a shifted one ("the year-earlier quarter").
  const namesQuarter = sem.k === 'ref-quarter' && sem.shift === 0 && sem.period !== true;
  if (!NAMING.has(sem.k) && !namesQuarter) return;
  if (!/^\d{4}(?:-(?:\d{2}|Q[1-4]))?(?:-\d{2})?$/.test(value)) return;
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  // A quarter not over by the anchor ("a fourth-quarter charge" in a story on the third quarter) is a
  // forecast: the story stays about the quarter it reports.
  if (q && ref.quarter && anchor && Number(q[1]) * 4 + Number(q[2]) >= anchor.y * 4 + quarterOf(anchor.m))
    return;
  // A quarter before the story's, of its year ("After a flat second quarter, …" in a story on the third) is a
  // comparison: the story stays about its quarter.
  if (q && ref.quarter && Number(q[1]) === ref.quarter.y && Number(q[2]) < ref.quarter.q) return;
  ref.value = value;
  if (q) {
    ref.quarter = { y: Number(q[1]), q: Number(q[2]) };
    ref.yearToDate = false;
  }
}

/** "the first nine months", "the nine months": business news reporting the year so far. */
const YEAR_TO_DATE = /^(?:the\s+)?(?:first|latest|past)?\s*(?:six|nine|\d|1[01])\s+months$/i;

/** Updates the reference after a DURATION: a span of months of the year moves the story to the year. */
export function updateReferenceForDuration(ref: Reference, text: string): void {
  if (!YEAR_TO_DATE.test(text)) return;
  if (ref.value) ref.value = ref.value.slice(0, 4);
  ref.quarter = null;
  ref.yearToDate = true;
}
