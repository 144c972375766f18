/**
 * Author strings → names: strip the byline prefix ("By", "Von", "Par", "Por"), e-mails, URLs, dates and
 * roles ("Staff Writer"); split on ",", "and", "&" (and their equivalents); fix shouting case; recognise
 * news agencies and give them their canonical name.
 */
import { AGENCIES as AGENCY_NAMES, agencyKey } from '../text/lexicon.js';
import { isMonthWord } from './dates.js';
import { METADATA_LIMITS } from './precedence.js';
import { cleanText, compareKey, isShouting, titleCaseName } from './text.js';

/**
 * News agencies as bylines write them: the pattern (on the lower-cased, "the"-less name) and a name that
 * canonicalAgency() maps through the dateline lexicon (src/extract/text/lexicon.ts), so that an agency has
 * one canonical name in every field ("AFP" in a byline and in a dateline: "Agence France-Presse").
 */
export const AGENCIES: readonly { re: RegExp; name: string }[] = [
  { re: /^(?:thomson )?reuters$|^rtrs$/, name: 'Reuters' },
  { re: /^associated press$|^ap$/, name: 'Associated Press' },
  { re: /^afp$|^agence france[ -]presse$/, name: 'AFP' },
  { re: /^dpa$|^deutsche presse[ -]agentur$/, name: 'dpa' },
  { re: /^xinhua(?: news)?(?: agency)?$/, name: 'Xinhua' },
  { re: /^kyodo(?: news)?$/, name: 'Kyodo' },
  { re: /^yonhap(?: news)?(?: agency)?$/, name: 'Yonhap' },
  { re: /^ansa$/, name: 'ANSA' },
  { re: /^(?:agencia )?efe$/, name: 'EFE' },
  { re: /^upi$|^united press international$/, name: 'UPI' },
  { re: /^pa media$|^press association$/, name: 'PA Media' },
  { re: /^(?:itar[ -])?tass$/, name: 'TASS' },
  { re: /^interfax$/, name: 'Interfax' },
  { re: /^ria novosti$/, name: 'RIA Novosti' },
  { re: /^anadolu(?: agency| ajansı)?$/, name: 'Anadolu' },
  { re: /^canadian press$/, name: 'Canadian Press' },
  { re: /^aap$|^australian associated press$/, name: 'AAP' },
  { re: /^bloomberg(?: news)?$/, name: 'Bloomberg' },
  { re: /^europa press$/, name: 'Europa Press' },
  { re: /^anp$/, name: 'ANP' },
  { re: /^belga$/, name: 'Belga' },
  { re: /^apa$/, name: 'APA' },
  { re: /^lusa$/, name: 'Lusa' },
  { re: /^pti$|^press trust of india$/, name: 'PTI' },
  { re: /^ians$/, name: 'IANS' },
  { re: /^ritzau$/, name: 'Ritzau' },
  { re: /^ntb$/, name: 'NTB' },
  { re: /^pap$/, name: 'PAP' },
  { re: /^bernama$/, name: 'Bernama' },
  { re: /^antara$/, name: 'Antara' },
  { re: /^sda$|^keystone[ -]sda$/, name: 'Keystone-SDA' },
];

/** Words that describe a job, not a person: a part made only of them is dropped ("Staff Writer"). */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'staff',
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'editor',
  'editors',
  'editorial',
  'senior',
  'chief',
  'deputy',
  'political',
  'foreign',
  'business',
  'sports',
  'science',
  'health',
  'special',
  'contributing',
  'contributor',
  'columnist',
  'photographer',
  'bureau',
  'desk',
  'team',
  'intern',
  'analyst',
  'producer',
  'journalist',
  'agency',
  'agencies',
  'wire',
  'wires',
  'report',
  'reports',
  'redaktion',
  'redakteur',
  'redakteurin',
  'korrespondent',
  'rédaction',
  'correspondant',
  'correspondante',
  'envoyé',
  'envoyée',
  'redacción',
  'corresponsal',
  'redazione',
  'corrispondente',
  'redação',
  'redactie',
  'correspondente',
  'news',
  'service',
  'services',
]);

/** A job word, also in hyphenated titles ("Editor-in-chief"). */
function isRole(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]$/, '');
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(w.split('-')[0]!);
}

/**
 * Last words of a publication or organisation name ("Harbour Lights International", "Valley Times"):
 * a part ending in one is a credit, not a person (agencies are recognised before this check).
 */
const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'international',
  'news',
  'press',
  'times',
  'post',
  'agency',
  'media',
  'network',
  'tv',
  'radio',
  'daily',
  'weekly',
  'journal',
  'herald',
  'tribune',
  'gazette',
  'magazine',
]);

/** Ends in a media word: "Harbour Lights International", "Valley Times" (two words at least). */
function isOrganisation(piece: string): boolean {
  const words = piece
    .replace(/[\s"'“”‘’)\]}:,.\-–—]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 2 && MEDIA_WORDS.has(words[words.length - 1]!.toLowerCase());
}

/** Single words that look like names in a byline but are not (weekdays after "By", UI labels). */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'admin',
  'administrator',
  'guest',
  'anonymous',
  'unknown',
  'share',
  'comments',
  'comment',
  'follow',
  'subscribe',
  'newsletter',
  'email',
  'print',
  'more',
  'read',
  'min',
  'photo',
  'photos',
  'video',
  'view',
  'profile',
  'articles',
  'posts',
  'sort',
  'relevance',
  'title',
  'date',
  'search',
  'menu',
  'login',
  'home',
  'reply',
  'like',
  'tags',
  'category',
  'categories',
  'filter',
  'previous',
  'next',
  'page',
]);

/** Byline prefixes: "By", "Written by", and their equivalents in the languages we read. */
const PREFIX =
  /^(?:(?:written|reported|words|text|story|posted|published|compiled|edited|report|analysis|opinion|commentary|review|column|interview)\s+by|by|from|von|par|por|di|door|av|af|przez|tekst|texto|texte|text|autor|autora|author|auteur|autore|escrito\s+por|publicado\s+por|текст|автор|作者|记者|記者)\s*[:：]?\s*/i;

/** Where a byline stops being names: status words (not "Posted by"), and the first digit (names have none). */
const CUT =
  /\b(?:updated|published|posted|last\s+modified|aktualisiert|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|publicerad|opdateret)\b(?!\s+(?:by|von|par|por|door|av|af)\b)|\d/i;

/** Connectives and words left dangling before a cut date ("Helen Price on 17 Nov" → "Helen Price"). */
const TRAILING = new Set([
  'on',
  'at',
  'am',
  'um',
  'le',
  'el',
  'il',
  'op',
  'den',
  'the',
  'de',
  'du',
  'em',
  'in',
  'le',
]);
const WEEKDAYS = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

/** Separators between people inside one part. */
const NAME_SPLIT = /\s*(?:,|;|\s&\s|&|\+|\s(?:and|und|et|y|e|en|og|och|ve|dan|и|i)\s)\s*/i;
/**
 * Separators between parts of a byline ("Jane Doe | Reuters", "Jane Doe — Staff Writer"), including a
 * full stop after a word of two letters or more ("Jane Doe. Valley Times"; not after an initial).
 */
const PART_SPLIT = /\s+[|—–·•/]\s+|\s+-\s+|\s*\|\s*|\n|(?<=\p{L}{2})\.\s+(?=\p{Lu})/u;

/** The part separators that list a byline's facets ("Jane Doe · Derevan · 5 min read"), not people. */
const DOT_SEPARATOR = /[·•]/;

/** Byline parts with the separator before each ("" for the first). */
function splitParts(s: string): { text: string; sep: string }[] {
  const re = new RegExp(PART_SPLIT.source, 'gu');
  const out: { text: string; sep: string }[] = [];
  let last = 0;
  let sep = '';
  for (const m of s.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ text: s.slice(last, m.index), sep });
    sep = m[0];
    last = m.index + m[0].length;
  }
  out.push({ text: s.slice(last), sep });
  return out;
}

/**
 * "Ruta Mekonen in Derevan", "Callum Dervish at Harbour Road" → the name: a trailing " in <Place>" or
 * " at <Place>" (one to four capitalised words) after a name of two words or more.
 */
const PLACE_TAIL =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,4}?)\s+(?:in|at)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** The name without its place, and the place when it is an agency ("Sam Porter at Reuters"). */
function stripPlace(piece: string): { rest: string; agency: string | null } {
  const m = PLACE_TAIL.exec(piece.trim());
  return m ? { rest: m[1]!, agency: canonicalAgency(m[2]!) } : { rest: piece, agency: null };
}

export interface ParsedAuthors {
  people: string[];
  agencies: string[];
}

export interface AuthorOptions {
  /** Site names: an "author" equal to the site is the publisher, not a byline. */
  siteNames?: readonly string[];
  /** Accept a one-word name (meta and JSON-LD values are names by declaration; visible text is not). */
  allowSingleWord?: boolean;
}

/** The canonical name of a news agency, or null. */
export function canonicalAgency(name: string): string | null {
  let k = name
    .toLowerCase()
    .replace(/[()[\].,:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  k = k.replace(/^the /, '');
  // "Reuters Staff", "AP staff writers", "AFP News Agency": strip trailing role words.
  const words = k.split(' ');
  while (words.length > 1 && isRole(words[words.length - 1]!)) words.pop();
  k = words.join(' ');
  for (const a of AGENCIES) if (a.re.test(k)) return AGENCY_NAMES[agencyKey(a.name)] ?? a.name;
  return null;
}

/** Strips a byline prefix, repeatedly ("By: Written by ..." is rare but cheap). */
function stripPrefix(s: string): string {
  let t = s;
  for (let i = 0; i < 2; i++) {
    const m = PREFIX.exec(t);
    if (!m || m[0].length === 0) break;
    // "By" must be followed by the name, not be part of a word ("Byron", "Dirk", "Avery").
    const rest = t.slice(m[0].length);
    if (!/[\s:：]$/.test(m[0]) && !/^\p{Script=Han}/u.test(m[0]) && /^\p{L}/u.test(rest)) break;
    t = rest;
  }
  return t;
}

function cleanPiece(piece: string, afterCut: boolean): string {
  const words = piece
    .replace(/^[\s"'“”‘’([{:\-–—]+|[\s"'“”‘’)\]}:,\-–—]+$/g, '')
    .split(/\s+/)
    .filter(Boolean);
  // Drop dangling connectives, and month and weekday words left where a date was cut off.
  while (words.length) {
    const last = words[words.length - 1]!.toLowerCase().replace(/[.,]$/, '');
    if (TRAILING.has(last) || (afterCut && (isMonthWord(last) || WEEKDAYS.test(last)))) words.pop();
    else break;
  }
  // Trailing role words ("Tom Reed Staff Writer").
  while (words.length > 1 && isRole(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

function plausibleName(name: string, opts: AuthorOptions): boolean {
  if (!name || name.length > METADATA_LIMITS.NAME_MAX_CHARS) return false;
  if (!/^[\p{L}]/u.test(name)) return false;
  if (/[@/\\<>=#{}]|https?:|www\./i.test(name)) return false;
  // A domain is a publication credit ("Lakeport.com"), not a person.
  if (/\w\.[a-z]{2,}/i.test(name)) return false;
  const words = name.split(' ');
  // "The Evening Chronicle", "The Weekend Roundup": publications and desks (agencies were recognised before).
  if (words.length > 1 && words[0]!.toLowerCase() === 'the') return false;
  // One short all-capital token is an acronym or a credential ("CNN", "MS", "RDN"), not a name.
  if (words.length === 1 && /^\p{Lu}{1,5}$/u.test(name)) return false;
  if (words.length > METADATA_LIMITS.NAME_MAX_WORDS) return false;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.every((w) => isRole(w))) return false;
  if (lower.some((w) => NOT_NAMES.has(w))) return false;
  // Names are capitalised; a run of lower-case words is a sentence ("the council will vote").
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const cased = /[\p{Lu}\p{Ll}]/u.test(name);
  if (cased && !/^\p{Lu}/u.test(words[0]!)) return false;
  if (cased && words.length >= 3 && capitalised < words.length / 2) return false;
  // Scripts without spaces (Chinese, Japanese) write a full name as one word.
  if (cased && words.length < 2 && !opts.allowSingleWord) return false;
  return true;
}

/**
 * Parses one author string ("By JANE DOE and John Roe, Staff Writers | Reuters") into people and
 * agencies. Pure; never throws.
 */
export function parseAuthors(raw: string, opts: AuthorOptions = {}): ParsedAuthors {
  const people: string[] = [];
  const agencies: string[] = [];
  const siteKeys = (opts.siteNames ?? []).map(nameKey).filter(Boolean);
  let s = cleanText(raw)
    // Bounded parts: an unbounded `\S+@\S+\.` backtracks quadratically on a long "a@a@a@..." value.
    .replace(/[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,}/gi, ' ')
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(/(^|\s)@\w+/g, ' ')
    // "Jonas WebbMarch 3, 2021": markup glued the date to the name.
    .replace(/(\p{Ll})(\p{Lu}\p{Ll}+)(?=\s*\d)/gu, '$1 $2');
  const cut = CUT.exec(s);
  if (cut) s = s.slice(0, cut.index);
  for (const { text: part, sep } of splitParts(s)) {
    const p = stripPrefix(part.trim());
    if (!p) continue;
    const whole = canonicalAgency(p);
    if (whole) {
      agencies.push(whole);
      continue;
    }
    // "Jane Doe · Derevan": after a dot separator that follows a person comes a place or a label,
    // not a second author (two-word places and two-word names look alike; the position tells).
    const afterDot = DOT_SEPARATOR.test(sep) && people.length > 0;
    if (/^special\s+to\b/i.test(p)) continue;
    for (const piece of p.split(NAME_SPLIT)) {
      const bare = stripPrefix(piece.trim());
      const leading = leadingAgency(bare);
      if (leading) {
        agencies.push(leading);
        continue;
      }
      const organisation = isOrganisation(bare);
      const placed = stripPlace(bare);
      if (placed.agency) agencies.push(placed.agency);
      let cleaned = cleanPiece(placed.rest, cut !== null);
      if (!cleaned) continue;
      const agency = canonicalAgency(cleaned);
      if (agency) {
        agencies.push(agency);
        continue;
      }
      const trailing = trailingAgency(cleaned);
      if (trailing) {
        agencies.push(trailing.agency);
        cleaned = trailing.rest;
      } else if (organisation) continue;
      const name = isShouting(cleaned) && cleaned.length > 3 ? titleCaseName(cleaned) : cleaned;
      if (afterDot || !plausibleName(name, opts)) continue;
      if (isSiteName(name, siteKeys)) continue;
      people.push(name);
    }
  }
  return { people: dedupe(people), agencies: dedupe(agencies) };
}

/** "AP Energy Writer", "Reuters Health Correspondent": an agency followed by a beat and a job word. */
function leadingAgency(piece: string): string | null {
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !isRole(words[words.length - 1]!)) return null;
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const a = canonicalAgency(words.slice(0, k).join(' '));
    if (a) return a;
  }
  return null;
}

/** "Tom Davies Associated Press": a name followed by an agency. */
function trailingAgency(piece: string): { agency: string; rest: string } | null {
  const words = piece.split(' ');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const a = canonicalAgency(words.slice(-k).join(' '));
    if (a) return { agency: a, rest: words.slice(0, -k).join(' ') };
  }
  return null;
}

/** Comparison key for names and sites, without a leading "The". */
function nameKey(s: string): string {
  return compareKey(s.replace(/^the\s+/i, ''));
}

/** The site itself, or the site plus a word or two ("Riverside Courier News Desk" on "Riverside Courier"). */
function isSiteName(name: string, siteKeys: readonly string[]): boolean {
  const k = nameKey(name);
  return siteKeys.some(
    (site) =>
      k === site || (Math.min(k.length, site.length) >= 5 && (k.startsWith(site) || site.startsWith(k))),
  );
}

/** Dedupe case- and punctuation-insensitively, keeping the first spelling. */
export function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = compareKey(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

/** Merges several parsed author strings (several meta tags, several byline links). */
export function mergeParsed(list: readonly ParsedAuthors[]): ParsedAuthors {
  return {
    people: dedupe(list.flatMap((p) => p.people)),
    agencies: dedupe(list.flatMap((p) => p.agencies)),
  };
}
