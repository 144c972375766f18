/**
 * Datelines: the place (and often date and agency) that opens a wire story.
 *
 *   PARIS, Nov 17, (RTRS):              WASHINGTON (AP) —          MADRID, 2 feb (EFE).-
 *   NEW YORK, Nov. 17, 2015 /PRNewswire/ --                        Kabul, Afghanistan (AFP) -
 *   SAN FRANCISCO--(BUSINESS WIRE)--    MOSCOW, November 17. /TASS/.   ISLAMABAD:   (CNN) —
 *
 * Grammar, read left to right with sticky patterns (no backtracking across parts):
 *   [(AGENCY) SEP]  |  PLACE [, REGION]{0,2} [,] [WEEKDAY,] [DATE] [,] [AGENCY] SEP
 * where AGENCY is "(Name)", "/Name/" or "--(Name)", and SEP is ":", "-", "--", "—", "–" or ".-"
 * ("." only after "/TASS/"-style slashes). `end` is just after the separator and the spaces after it.
 *
 * What keeps ordinary sentences out ("Paris, the French capital, ...", "ROME wasn't built in a day",
 * "BREAKING: ..."): a separator is required; every part must have its shape (a capitalised place
 * token, a month lexicon, an agency in brackets or slashes); and a place with neither date nor
 * agency must be written in capitals ("LONDON —"), not title case ("Paris: a city in mourning").
 *
 * `place` is the city as written, title-cased ("NEW YORK" → "New York"); a region or country after it
 * stays in `text` only. `date` is ISO; without a year in the dateline the year comes from the
 * reference date (see pickYear), and without a reference it is null (the month and day stay in text).
 */
import type { Dateline } from '../../doc/doc.js';
import { AGENCIES, agencyKey, MONTHS, NOT_PLACES, WEEKDAYS } from './lexicon.js';

export interface DatelineMatch {
  dateline: Dateline;
  /** Where the dateline ends in the text it was found in (strip text.slice(0, end)). */
  end: number;
}

/** Tunables, each with its reason. */
export const DATELINE_LIMITS = {
  /** Datelines are short: nothing past this many characters is read (bounded time on any input). */
  window: 160,
  /** Leading whitespace skipped before the dateline (blank lines left by a scrape). */
  maxLeadingSpace: 40,
  /** A dateline date more than this many days after the reference is read as last year's. */
  maxDaysAfterReference: 45,
  /** Place words: "RIO DE JANEIRO", "FRANKFURT AM MAIN", "DAR ES SALAAM"; more is a sentence. */
  maxPlaceWords: 4,
  /**
   * A place with neither date nor agency has at least this many letters ("ROME —"): a short
   * all-caps acronym followed by a colon ("ABC: ...") is a label, not a place.
   */
  minBarePlaceLetters: 4,
  /** …and is followed by prose: this many words, one of the first eight in lower case. */
  minProseWords: 4,
  /** Region/country parts after the place: "GENEVA, Switzerland," / "PORTLAND, Ore.,". */
  maxRegions: 2,
} as const;

/** Lower-case words allowed inside a place name ("Rio de Janeiro", "Frankfurt am Main"). */
const PLACE_CONNECTORS = new Set([
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'du',
  'des',
  'la',
  'le',
  'les',
  'el',
  'al',
  'am',
  'an',
  'im',
  'es',
  'en',
  'sur',
  'upon',
  'on',
  'of',
  'y',
  'au',
  'aux',
]);

// Sticky patterns, each bounded. \p{Lu}/\p{Ll} cover accented capitals ("SÃO PAULO", "Zürich").
/** One place word in capitals: "NEW", "N'DJAMENA", "PORT-AU-PRINCE", "ST." */
const CAPS_WORD = /\p{Lu}(?:[\p{Lu}'’]|-(?=\p{Lu})){0,24}\.?/uy;
/** One place word in title case: "Kabul", "N'Djamena", "St.", "Port-au-Prince". */
const TITLE_WORD = /\p{Lu}(?:[\p{Ll}'’]{1,24}|'\p{Lu}\p{Ll}{1,20})(?:-\p{L}[\p{Ll}]{0,20}){0,3}\.?/uy;
/** A connector word inside a title-case place. */
const CONNECTOR = /(\p{Ll}{1,4}) /uy;
/** A region or country: "Afghanistan", "Switzerland", "Ore.", "N.Y.", "D.C.", "Calif.", "INDIA". */
const REGION = /(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}'’-]{1,24}\.?(?: \p{Lu}[\p{L}'’-]{1,24}\.?){0,2}/uy;
const COMMA = /[ \t\u00a0]*,[ \t\u00a0]*/y;
/** "Nov 17", "Nov. 17", "November 17th", "March 3,". */
const MONTH_DAY = /(\p{L}{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?\b/uy;
/** "17 Nov", "2 feb", "17th November", "17. November", "17 de noviembre". */
const DAY_MONTH = /(\d{1,2})(?:st|nd|rd|th|\.)? (?:de )?(\p{L}{3,10})\.?/uy;
/** ", 2015" or " 2015" after the day and month. */
const YEAR = /,? ?(?:de )?((?:19|20)\d\d)\b/y;
/** "(Reuters)", "(RTRS)", "(EUROPA PRESS)". */
const PAREN_AGENCY = /\(([^()\n]{1,40})\)/y;
/** "/PRNewswire/", "/TASS/". */
const SLASH_AGENCY = /\/([^()\n/]{1,40})\//y;
/** "--(BUSINESS WIRE)--": the press-release wires' form, separator included. */
const DASHED_AGENCY = /--\(([^()\n/]{1,40})\)--/y;
/** The separator and the spaces after it. ":" needs a space after it (not "12:30"). */
const SEPARATOR = /[ \t\u00a0]*(?:\.-|--|—|–|-|:)(?=\s|$|\p{Lu}|["“‘'])\s{0,20}/uy;
/** ", Kyodo" / ", SPA": a bare agency name after a comma (checked against the lexicon). */
const BARE_AGENCY = /,[ \t\u00a0]*(\p{L}{2,12})(?=[ \t\u00a0]*(?:--|—|–|-|:))/uy;
/** "." after a slash agency ("/TASS/. Russia's ..."). */
const DOT_SEPARATOR = /[ \t\u00a0]*\.\s{0,20}/y;
const WEEKDAY = /(\p{L}{5,11}),?[ \t\u00a0]*/uy;

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

interface Place {
  text: string;
  end: number;
  caps: boolean;
}

/** The place: 1–4 words, all in capitals or all in title case (with lower-case connectors). */
function readPlace(s: string, pos: number): Place | null {
  const first = at(CAPS_WORD, s, pos);
  if (first && isAllCaps(first[0]) && letters(first[0]) >= 2) {
    let end = pos + first[0].length;
    let words = 1;
    while (words < DATELINE_LIMITS.maxPlaceWords && s[end] === ' ') {
      const next = at(CAPS_WORD, s, end + 1);
      if (!next || !isAllCaps(next[0]) || letters(next[0]) < 2) break;
      end += 1 + next[0].length;
      words++;
    }
    return { text: s.slice(pos, end), end, caps: true };
  }
  const t = at(TITLE_WORD, s, pos);
  if (!t) return null;
  let end = pos + t[0].length;
  let words = 1;
  while (words < DATELINE_LIMITS.maxPlaceWords && s[end] === ' ') {
    let p = end + 1;
    const conn = at(CONNECTOR, s, p);
    if (conn && PLACE_CONNECTORS.has(conn[1]!)) p += conn[0].length;
    const next = at(TITLE_WORD, s, p);
    if (!next) break;
    end = p + next[0].length;
    words++;
  }
  return { text: s.slice(pos, end), end, caps: false };
}

function letters(w: string): number {
  return w.replace(/[^\p{L}]/gu, '').length;
}

function isAllCaps(w: string): boolean {
  return w === w.toUpperCase() && w !== w.toLowerCase();
}

interface DateParts {
  month: number;
  day: number;
  year: number | null;
  end: number;
}

function readDate(s: string, pos: number): DateParts | null {
  const md = at(MONTH_DAY, s, pos);
  if (md) {
    const month = MONTHS[md[1]!.toLowerCase()];
    if (month) return withYear(s, month, Number(md[2]), pos + md[0].length);
  }
  const dm = at(DAY_MONTH, s, pos);
  if (dm) {
    const month = MONTHS[dm[2]!.toLowerCase()];
    if (month) return withYear(s, month, Number(dm[1]), pos + dm[0].length);
  }
  return null;
}

function withYear(s: string, month: number, day: number, end: number): DateParts | null {
  if (day < 1 || day > 31) return null;
  const y = at(YEAR, s, end);
  if (y) return { month, day, year: Number(y[1]), end: end + y[0].length };
  return { month, day, year: null, end };
}

interface Agency {
  name: string;
  end: number;
  /** Written between slashes ("/TASS/"): a "." may then serve as the separator. */
  slashed: boolean;
  /** The form carries its own separator ("--(BUSINESS WIRE)--"). */
  separated: boolean;
  /** Every name in it is in the agency lexicon. */
  known: boolean;
}

function readAgency(s: string, pos: number): Agency | null {
  const dashed = at(DASHED_AGENCY, s, pos);
  if (dashed) {
    const name = agencyName(dashed[1]!);
    if (!name) return null;
    return {
      name,
      end: pos + dashed[0].length,
      slashed: false,
      separated: true,
      known: isKnownAgency(dashed[1]!),
    };
  }
  const paren = at(PAREN_AGENCY, s, pos);
  const slash = paren ? null : at(SLASH_AGENCY, s, pos);
  const m = paren ?? slash;
  if (!m) return null;
  const name = agencyName(m[1]!);
  if (!name) return null;
  return {
    name,
    end: pos + m[0].length,
    slashed: Boolean(slash),
    separated: false,
    known: isKnownAgency(m[1]!),
  };
}

/**
 * The canonical name of an agency as written, or null when it does not look like one. "AFP/Reuters"
 * gives both. An unknown name is kept as written when it is shaped like a name (capitalised words, with
 * short function words inside: "Wire Service of the North"):
 * regional papers put their own name there ("LAGOS (Premium Times) -").
 */
export function agencyName(written: string): string | null {
  const parts = written
    .split(/[/,]| and | & /)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length || parts.length > 3) return null;
  const names: string[] = [];
  for (const p of parts) {
    const known = AGENCIES[agencyKey(p)];
    if (known) names.push(known);
    else if (isAgencyShaped(p)) names.push(p);
    else return agencyWithConnectives(written);
  }
  return [...new Set(names)].join(', ');
}

/** Short function words an agency's name may keep in lower case ("Wire Service of the North"). */
const AGENCY_CONNECTIVES: ReadonlySet<string> = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'for']);
/** One capitalised word of an agency's name: "Premium", "N.Y.", "AT&T", "Al-Manar". */
const AGENCY_WORD = /^\p{Lu}[\p{L}.&'’-]*$/u;
/** Words in an agency name with connectives: "Press Trust of India", "Wire Service of the North". */
const MAX_AGENCY_WORDS = 7;

/** "Premium Times": one to four capitalised words, not a month or weekday. */
function isAgencyShaped(p: string): boolean {
  return /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(p) && !isMonthOrDay(p);
}

/**
 * A whole credit with lower-case function words inside ("Wire Service of the North", "Agence de
 * Presse du Sud"): first and last words capitalised, at most two connectives in a row, at most
 * MAX_AGENCY_WORDS words. Ordinary brackets ("(see below)", "(the first in years)") start in lower
 * case or carry other lower-case words, so they stay out.
 */
function agencyWithConnectives(written: string): string | null {
  const words = written.trim().split(/\s+/);
  if (words.length < 3 || words.length > MAX_AGENCY_WORDS) return null;
  let run = 0;
  let connectives = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (AGENCY_WORD.test(w) && !isMonthOrDay(w)) run = 0;
    else if (i > 0 && i < words.length - 1 && AGENCY_CONNECTIVES.has(w)) {
      run++;
      connectives++;
      if (run > 2) return null;
    } else return null;
  }
  return connectives ? words.join(' ') : null;
}

function isMonthOrDay(w: string): boolean {
  const k = w.toLowerCase().replace(/\.$/, '');
  return k in MONTHS || WEEKDAYS.has(k);
}

/** "NEW YORK" → "New York", "RIO DE JANEIRO" → "Rio de Janeiro", "N'DJAMENA" → "N'Djamena". */
export function titleCasePlace(place: string): string {
  if (!isAllCaps(place)) return place;
  return place.toLowerCase().replace(/\p{L}+/gu, (w, offset: number, whole: string) => {
    const prev = whole[offset - 1];
    if (offset > 0 && PLACE_CONNECTORS.has(w) && (prev === ' ' || prev === '-')) return w;
    if (prev === "'" || prev === '’') {
      // N'Djamena, but King's Lynn.
      const before = whole.slice(Math.max(0, offset - 3), offset - 1);
      if (!/^\p{L}$|[^\p{L}]\p{L}$/u.test(before)) return w;
    }
    return w[0]!.toUpperCase() + w.slice(1);
  });
}

/**
 * The year for a month/day without one: of last year, this year and next year (of the reference),
 * the date closest to the reference that is not more than `maxDaysAfterReference` after it.
 * A Dec 30 dateline on a Jan 2 page is last year's; a Jun 1 dateline on a Jan 15 page too.
 */
export function pickYear(month: number, day: number, reference: Date): number | null {
  const refYear = reference.getUTCFullYear();
  const maxAfter = DATELINE_LIMITS.maxDaysAfterReference * 86_400_000;
  let best: { year: number; distance: number } | null = null;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    if (!validDate(year, month, day)) continue;
    const diff = Date.UTC(year, month - 1, day) - reference.getTime();
    if (diff > maxAfter) continue;
    const distance = Math.abs(diff);
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year ?? null;
}

function validDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function parseReference(ref: string | null | undefined): Date | null {
  if (!ref) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function resolveDate(date: DateParts | null, reference: Date | null): string | null {
  if (!date) return null;
  const year = date.year ?? (reference ? pickYear(date.month, date.day, reference) : null);
  if (year === null || !validDate(year, date.month, date.day)) return null;
  return isoDate(year, date.month, date.day);
}

/**
 * A dateline at the start of the body ("PARIS, Nov 17, (RTRS):", "WASHINGTON (AP) —").
 * `referenceDate` (ISO) gives the year when the dateline states none.
 */
export function parseDateline(body: string, referenceDate?: string | null): DatelineMatch | null {
  const lead = /^\s{0,40}/.exec(body.slice(0, DATELINE_LIMITS.maxLeadingSpace + 1))![0].length;
  const s = body.slice(0, lead + DATELINE_LIMITS.window);
  const reference = parseReference(referenceDate);

  // 1. Agency alone: "(CNN) —", "(Reuters) -".
  if (s[lead] === '(') {
    const agency = readAgency(s, lead);
    if (!agency?.known) return null;
    // A dateline needs a separator after the agency: "(Reuters) - ...".
    const sep = at(SEPARATOR, s, agency.end);
    if (!sep) return null;
    const end = agency.end + sep[0].length;
    // "(ANSA) - ROMA, 17 NOV - ...": the place and date may follow the agency.
    const after = parseDateline(s.slice(end, end + DATELINE_LIMITS.window), referenceDate);
    if (after && !after.dateline.agency && after.dateline.place)
      return {
        dateline: {
          ...after.dateline,
          text: s.slice(lead, end + after.end).replace(/[\s:\-–—.]+$/, ''),
          agency: agency.name,
        },
        end: end + after.end,
      };
    return {
      dateline: { text: s.slice(lead, agency.end), place: null, date: null, agency: agency.name },
      end,
    };
  }

  // 2. The place, then up to two regions ("GENEVA, Switzerland,").
  const place = readPlace(s, lead);
  if (!place || !plausiblePlace(place.text)) return null;
  let pos = place.end;
  let date: DateParts | null = null;
  let sawWeekday = false;
  for (let i = 0; i <= DATELINE_LIMITS.maxRegions; i++) {
    const comma = at(COMMA, s, pos);
    if (!comma) break;
    const p = pos + comma[0].length;
    const wd = at(WEEKDAY, s, p);
    if (wd && WEEKDAYS.has(wd[1]!.toLowerCase())) {
      sawWeekday = true;
      pos = p + wd[0].length;
      date = readDate(s, pos);
      if (date) pos = date.end;
      else pos = p + wd[1]!.length;
      break;
    }
    date = readDate(s, p);
    if (date) {
      pos = date.end;
      break;
    }
    if (i === DATELINE_LIMITS.maxRegions) break;
    const region = at(REGION, s, p);
    if (!region || isMonthOrDay(region[0]) || NOT_PLACES.has(region[0].toLowerCase())) break;
    pos = p + region[0].length;
  }
  // "MADRID 2 feb (EFE)": a date without the comma.
  if (!date && !sawWeekday && s[pos] === ' ') {
    const d = readDate(s, pos + 1);
    if (d) {
      date = d;
      pos = d.end;
    }
  }

  // 3. The agency: "(Reuters)", ", (RTRS)", "/PRNewswire/", "--(BUSINESS WIRE)--".
  let agency: Agency | null = null;
  const beforeAgency = at(/,?[ \t\u00a0]*(?:\.[ \t\u00a0]*)?/y, s, pos);
  const agencyStart = pos + (beforeAgency ? beforeAgency[0].length : 0);
  agency = readAgency(s, agencyStart) ?? (s.startsWith('--(', pos) ? readAgency(s, pos) : null);
  // A known agency without brackets after a comma: "TOKYO, Nov. 17, Kyodo -", "RIYADH, Nov 17, 2015, SPA --".
  if (!agency && s[pos] === ',') {
    const bare = at(BARE_AGENCY, s, pos);
    const name = bare ? AGENCIES[agencyKey(bare[1]!)] : undefined;
    if (bare && name)
      agency = { name, end: pos + bare[0].length, slashed: false, separated: false, known: true };
  }
  if (agency) pos = agency.end;

  // 4. The separator.
  let end: number;
  if (agency?.separated) {
    end = pos + (at(/\s{0,20}/y, s, pos)?.[0].length ?? 0);
  } else {
    const sep = at(SEPARATOR, s, pos) ?? (agency?.slashed ? at(DOT_SEPARATOR, s, pos) : null);
    // "MOSCOW, November 17. /TASS/." puts a dot after the date too.
    if (!sep) return null;
    end = pos + sep[0].length;
  }

  // 5. A place alone must be in capitals: "LONDON —" is a dateline, "Paris: a city ..." a heading.
  if (!date && !agency && !place.caps) return null;
  // An agency we do not know is trusted only after a place in capitals ("Apple (AAPL) -" is not one).
  if (agency && !place.caps && !agency.known) return null;
  if (
    !date &&
    !agency &&
    (letters(place.text) < DATELINE_LIMITS.minBarePlaceLetters || !proseFollows(s, end))
  )
    return null;

  const text = s.slice(lead, pos).replace(/[\s,-]+$/, '');
  return {
    dateline: {
      text,
      place: titleCasePlace(place.text.replace(/(\p{L}{4,})\.$/u, '$1')),
      date: resolveDate(date, reference),
      agency: agency?.name ?? null,
    },
    end,
  };
}

/**
 * A sentence follows ("LONDON — The minister said"), not a label or heading whose words are all
 * capitalised ("ACME – Northfield Research Institute (NRI)").
 */
function proseFollows(s: string, pos: number): boolean {
  const words = s
    .slice(pos, pos + 120)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < DATELINE_LIMITS.minProseWords) return false;
  return words.slice(0, 8).some((w) => /^[("“'‘]?\p{Ll}/u.test(w) || !/\p{Lu}|\p{Ll}/u.test(w));
}

function isKnownAgency(written: string): boolean {
  return written
    .split(/[/,]| and | & /)
    .filter((p) => p.trim())
    .every((p) => agencyKey(p) in AGENCIES);
}

/** Not a month, a weekday or a heading word ("BREAKING", "UPDATE", "WATCH"). */
function plausiblePlace(text: string): boolean {
  const k = text.toLowerCase().replace(/\.$/, '').replace(/’/g, "'");
  if (NOT_PLACES.has(k) || isMonthOrDay(k)) return false;
  const first = k.split(/[ -]/)[0]!;
  // "LIVE UPDATES:", "US STOCKS-" open headings; "THE HAGUE" is a place.
  if (first !== k && first !== 'the' && NOT_PLACES.has(first)) return false;
  return !isMonthOrDay(first);
}
