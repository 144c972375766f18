/**
 * Calendar arithmetic for TIMEX3 values: proleptic Gregorian days in UTC, ISO weeks, and the value
 * strings at each granularity (2015, 2015-11, 2015-11-17, 2015-W47, 2015-Q4, 2015-H2, 2015-FA, 201).
 */

/** A calendar day; month 1–12, day 1–31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The granularities a relative expression can shift by and be written at. */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

const DAY_MS = 86_400_000;

export function toEpochDay(v: Ymd): number {
  return Math.floor(Date.UTC(v.y, v.m - 1, v.d) / DAY_MS);
}

export function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(v) + n);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(v: Ymd, n: number): Ymd {
  const total = v.y * 12 + (v.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(v: Ymd): number {
  const w = new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(v: Ymd): { year: number; week: number } {
  const thursday = addDays(v, 4 - isoWeekday(v));
  const jan1 = toEpochDay({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtDay(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

export function fmtMonth(v: Pick<Ymd, 'y' | 'm'>): string {
  return `${pad(v.y, 4)}-${pad(v.m)}`;
}

export function fmtWeek(v: Ymd): string {
  const w = isoWeek(v);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** The value of the period `n` units away from the anchor's own period, at that unit's granularity. */
export function shiftedValue(anchor: Ymd, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return fmtDay(addDays(anchor, n));
    case 'week':
      return fmtWeek(addDays(anchor, 7 * n));
    case 'weekend':
      return `${fmtWeek(addDays(anchor, 7 * n))}-WE`;
    case 'month':
      return fmtMonth(addMonths(anchor, n));
    case 'quarter': {
      const q = anchor.y * 4 + quarterOf(anchor.m) - 1 + n;
      return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`;
    }
    case 'half': {
      const h = anchor.y * 2 + (anchor.m > 6 ? 1 : 0) + n;
      return `${pad(Math.floor(h / 2), 4)}-H${(h % 2) + 1}`;
    }
    case 'year':
      return pad(anchor.y + n, 4);
    case 'decade':
      return pad(Math.floor(anchor.y / 10) + n, 3);
    case 'century':
      return pad(Math.floor(anchor.y / 100) + n, 2);
  }
}

/** Parses an ISO date or date-time's calendar day ("2015-11-17", "2015-11-17T09:00Z", "20151117"). */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

/**
 * The n-th ISO weekday `wd` of a month (n 1–5), or its last when n is -1: US holidays by rule ("the first
 * Monday in September" is Labor Day, "the last Monday in May" Memorial Day).
 */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = 1 + ((wd - isoWeekday({ y, m, d: 1 }) + 7) % 7);
  return { y, m, d: first + 7 * (n - 1) };
}
