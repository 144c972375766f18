/**
 * Publication dates: normalise what pages state (ISO strings, "2018-06-12 14:30:00", "20170914",
 * "Dec. 3, 2020", "17 Nov 2015", "14 mars 2022", "15.09.2018") to ISO 8601 — a date, or a date-time
 * with its offset when the page gives one — and reject impossible dates and years outside the window.
 */
import { UPDATED_CUE } from './precedence.js';

/** Dates before the web's news archives, or after next year, are not publication dates. */
export const YEAR_MIN = 1990;
export const YEARS_AHEAD = 1;

/** Month names and abbreviations in the languages we read → month number. */
const MONTHS: Readonly<Record<string, number>> = (() => {
  // One line per month: en, fr, de, es, it, pt, nl, sv / da / no, id, ru (genitive and nominative), pl, tr.
  const table = [
    'january jan janvier janv januar jänner enero ene gennaio gen janeiro januari января январь stycznia styczeń ocak',
    'february feb février fevrier févr februar febrero febbraio fevereiro fev februari февраля февраль lutego luty şubat',
    'march mar mars märz maerz marzo março marco maart mrt marts maret марта март marca marzec mart',
    'april apr avril avr abril abr aprile апреля апрель kwietnia kwiecień nisan',
    'may mai mayo maggio mag maio mei maj мая май maja mayıs',
    'june jun juin juni junio giugno giu junho июня июнь czerwca czerwiec haziran',
    'july jul juillet juil juli julio luglio lug julho июля июль lipca lipiec temmuz',
    'august aug août aout agosto ago augustus augusti agustus августа август sierpnia sierpień ağustos',
    'september sep sept septembre septiembre settembre set setembro сентября сентябрь września wrzesień eylül',
    'october oct octobre oktober okt octubre ottobre ott outubro out октября октябрь października październik ekim',
    'november nov novembre noviembre novembro ноября ноябрь listopada listopad kasım',
    'december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro desember декабря декабрь grudnia grudzień aralık',
  ];
  const out: Record<string, number> = {};
  table.forEach((names, i) => {
    for (const n of names.split(' ')) out[n] = i + 1;
  });
  return out;
})();

/** True for a month name or abbreviation ("nov", "März", "décembre"). */
export function isMonthWord(word: string): boolean {
  return Object.hasOwn(MONTHS, word.toLowerCase().replace(/\.$/, ''));
}

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Date shapes found in running text, tried at each position in one scan. Each is anchored on digits or a
 * month word, with bounded repetitions only (no nested quantifiers).
 */
const TEXT_DATE = new RegExp(
  [
    // 2015-11-17
    String.raw`(?<iy>(?:19|20)\d{2})-(?<im>\d{1,2})-(?<id>\d{1,2})(?!\d)`,
    // November 17, 2015 · Nov. 17 2015 · Dec 3rd, 2020
    String.raw`(?<!\p{L})(?<am>${MONTH_ALT})(?!\p{L})\.?\s{1,3}(?<ad>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?<ay>(?:19|20)\d{2})(?!\d)`,
    // 17 Nov 2015 · 17. November 2015 · 5 de mayo de 2023 · 14 mars 2022
    String.raw`(?<!\d)(?<bd>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s{1,3}(?:de\s{1,3})?(?<bm>${MONTH_ALT})(?!\p{L})\.?,?\s{1,3}(?:de\s{1,3})?(?<by>(?:19|20)\d{2})(?!\d)`,
    // 2015年11月17日 (zh, ja) · 2015년 11월 17일 (ko)
    String.raw`(?<ey>(?:19|20)\d{2})\s?[年년]\s?(?<em>\d{1,2})\s?[月월]\s?(?<ed>\d{1,2})\s?[日일]`,
    // 15.09.2018 (day first, as everywhere dots are used)
    String.raw`(?<!\d)(?<cd>\d{1,2})\.(?<cm>\d{1,2})\.(?<cy>(?:19|20)\d{2})(?!\d)`,
  ].join('|'),
  'giu',
);

/** The year every TEXT_DATE alternative contains (the same `(?:19|20)\d{2}`). */
const ANY_YEAR = /(?:19|20)\d{2}/;

export interface DateOptions {
  /** The current year, for the upper bound (defaults to the clock). */
  nowYear?: number;
}

function maxYear(opts: DateOptions): number {
  return (opts.nowYear ?? new Date().getUTCFullYear()) + YEARS_AHEAD;
}

/** True for a real calendar date inside the year window. */
export function isValidDate(y: number, m: number, d: number, opts: DateOptions = {}): boolean {
  if (!Number.isInteger(y) || y < YEAR_MIN || y > maxYear(opts)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(y: number, m: number, d: number, opts: DateOptions): string | null {
  return isValidDate(y, m, d, opts) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** ISO-like and compact machine dates, as found in attributes and JSON-LD. */
const MACHINE_DATE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

/**
 * Normalises a stated date to ISO 8601: "2015-11-17", or "2015-11-17T09:30:00+01:00" when the value
 * carries a time and an offset (a time without an offset is reduced to its date: the zone is unknown).
 * Falls back to the first date written in words. Null when nothing valid is found.
 */
export function normaliseDate(value: string | null | undefined, opts: DateOptions = {}): string | null {
  if (!value) return null;
  const s = value.trim().slice(0, 200);
  const m = MACHINE_DATE.exec(s.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]), opts);
    if (!date) return null;
    const [hh, mm, ss, zone] = [m[4], m[5], m[6], m[7]];
    if (hh === undefined || mm === undefined || zone === undefined) return date;
    if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return date;
    return `${date}T${hh}:${mm}:${ss ?? '00'}${normaliseZone(zone)}`;
  }
  return findDateInText(s, opts);
}

function normaliseZone(zone: string): string {
  if (/^z$/i.test(zone)) return 'Z';
  const z = zone.replace(':', '');
  const hh = z.slice(1, 3);
  const mm = z.length >= 5 ? z.slice(3, 5) : '00';
  return `${z[0]}${hh}:${mm}`;
}

/**
 * The first date written in a text ("Published March 4, 2019", "17 Nov 2015", "2015-11-17"), skipping
 * dates introduced as updates ("Updated Dec. 3, 2020").
 */
export function findDateInText(text: string, opts: DateOptions = {}): string | null {
  // Every TEXT_DATE shape holds a four-digit year: without one there is nothing to find (a cheap test
  // before the large Unicode pattern).
  if (!ANY_YEAR.test(text)) return null;
  TEXT_DATE.lastIndex = 0;
  for (let m = TEXT_DATE.exec(text); m; m = TEXT_DATE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (UPDATED_CUE.test(before.replace(/\s*(?:[:\-–—]|on|at|le|am|el|il)?\s*$/i, ''))) continue;
    const g = m.groups ?? {};
    let date: string | null = null;
    if (g.iy) date = isoDate(Number(g.iy), Number(g.im), Number(g.id), opts);
    else if (g.ay) date = isoDate(Number(g.ay), MONTHS[g.am!.toLowerCase()] ?? 0, Number(g.ad), opts);
    else if (g.by) date = isoDate(Number(g.by), MONTHS[g.bm!.toLowerCase()] ?? 0, Number(g.bd), opts);
    else if (g.ey) date = isoDate(Number(g.ey), Number(g.em), Number(g.ed), opts);
    else if (g.cy) date = isoDate(Number(g.cy), Number(g.cm), Number(g.cd), opts);
    if (date) return date;
  }
  return null;
}

/** URL date shapes: /2015/11/17/, /20151117/, 2015-11-17 (in a slug or file name). */
const URL_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[^\d])/,
  /(?:^|[/_\-.])((?:19|20)\d{2})[-_]?(\d{2})[-_]?(\d{2})(?=$|[/_\-.?#])/,
];

/** The date a URL's path carries, or null. */
export function dateFromUrl(url: string | null | undefined, opts: DateOptions = {}): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: read it as a path.
  }
  for (const re of URL_DATES) {
    const m = re.exec(path);
    if (m) {
      const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]), opts);
      if (d) return d;
    }
  }
  return null;
}
