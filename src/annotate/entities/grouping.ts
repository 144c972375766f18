/**
 * One entity per real-world thing in a document: the tagger's mentions grouped, linked to the KB and
 * named.
 *
 * Recipe (groupMentions):
 *  1. strip titles ("President", "Gen.", "Mr") and possessives from each mention's span;
 *  2. group within the document: same type and name; a one-word PERSON name joins the longer PERSON
 *     name it ends (or, for family-name-first names, starts) — "Putin" → "Vladimir Putin"; an acronym
 *     defined in the text ("the Federal Security Service (FSB)") joins its full name, whatever type the
 *     tagger gave the acronym;
 *  3. with a KB: link places and nationalities first, and collect the document's countries;
 *  4. read the text's titles ("the Russian president", "French President …") and resolve them through
 *     office terms at the article's date;
 *  5. link the other groups (country context, office at the date, the title's person);
 *  6. merge groups linked to the same KB entry (known acronyms: "IS" and "Islamic State"), never a
 *     nationality with its country (NORP "French" keeps its own entity, with France's kb);
 *  7. add the resolved titles as mentions of their person (a new PERSON entity if the person was not
 *     named);
 *  8. name each entity by its KB label when linked with confidence, else by its longest name; ids e1,
 *     e2, … in order of first mention.
 */
import type { Kb } from '../../link/kb.js';
import { holderAt, linkEntity, type Link, type LinkType } from '../../link/linker.js';
import { normName, titleName } from '../../link/normalize.js';
import type { EntityItem, EntityType, Mention } from './index.js';
import { nameAfterEventHead } from './kinds.js';

export interface RawMention extends Mention {
  type: EntityType;
  /** Link as this type instead (evaluation on untyped gold spans uses 'ANY'). */
  linkAs?: LinkType;
}

export interface GroupOptions {
  /** The document text (needed for acronym definitions and titles; without it, steps 2b and 4 are skipped). */
  text?: string;
  /** ISO date of the article, for office terms. */
  date?: string | null;
  /** The KB; without it nothing is linked. */
  kb?: Kb | null;
  /** ISO 3166-1 alpha-2 codes known to be the document's (e.g. its dateline's country). */
  countries?: readonly string[];
}

/** Titles stripped from the front of names, longest first; each is how news prefixes a name. */
export const TITLES: readonly string[] = [
  'Vice President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Finance Minister',
  'Interior Minister',
  'Foreign Secretary',
  'Home Secretary',
  'Secretary of State',
  'Secretary-General',
  'Secretary General',
  'Chief Executive',
  'Supreme Leader',
  'Crown Prince',
  'President',
  'Premier',
  'Chancellor',
  'Minister',
  'Secretary',
  'Governor',
  'Gov.',
  'Mayor',
  'Senator',
  'Sen.',
  'Rep.',
  'Representative',
  'Congressman',
  'Congresswoman',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Emperor',
  'Pope',
  'Sheikh',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'General',
  'Gen.',
  'Lt. Gen.',
  'Maj. Gen.',
  'Brig. Gen.',
  'Lt.',
  'Lieutenant',
  'Colonel',
  'Col.',
  'Major',
  'Maj.',
  'Captain',
  'Capt.',
  'Admiral',
  'Adm.',
  'Sgt.',
  'Sergeant',
  'Commander',
  'Cmdr.',
  'Marshal',
  'Field Marshal',
  'Judge',
  'Justice',
  'Chairman',
  'Chairwoman',
  'Ayatollah',
  'Rev.',
  'Reverend',
  'Father',
  'Bishop',
  'Archbishop',
  'Cardinal',
  'Dr.',
  'Dr',
  'Prof.',
  'Professor',
  'Mr.',
  'Mr',
  'Mrs.',
  'Mrs',
  'Ms.',
  'Ms',
  'Mme',
  'M.',
  'Herr',
  'Frau',
];
const TITLE_RE = new RegExp(
  `^(?:(?:${[...TITLES]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})(?=\\s)\\s+)+`,
);

/** Role phrases in running text → office role keys of the KB (see src/link/build.ts ROLES). */
export const ROLE_PHRASES: ReadonlyArray<[string, string]> = [
  ['vice president', 'vice president'],
  ['vice-president', 'vice president'],
  ['president', 'president'],
  ['prime minister', 'prime minister'],
  ['premier', 'premier'],
  ['chancellor', 'chancellor'],
  ['king', 'monarch'],
  ['queen', 'monarch'],
  ['emperor', 'monarch'],
  ['foreign minister', 'foreign minister'],
  ['foreign secretary', 'foreign minister'],
  ['secretary of state', 'foreign minister'],
  ['defence minister', 'defence minister'],
  ['defense minister', 'defence minister'],
  ['defence secretary', 'defence minister'],
  ['defense secretary', 'defence minister'],
  ['finance minister', 'finance minister'],
  ['treasury secretary', 'finance minister'],
  ['interior minister', 'interior minister'],
  ['home secretary', 'interior minister'],
  ['secretary-general', 'un secretary-general'],
  ['secretary general', 'un secretary-general'],
];
const ROLE_RE = new RegExp(
  `\\b(${ROLE_PHRASES.map(([p]) => esc(p))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\w-])`,
  'gi',
);
/**
 * Words before a title that make it someone other than the holder at the date ("the former French
 * president", "ex-President"), with one word between allowed ("former U.S. President"); "the late", not
 * "Late Tuesday".
 */
export const NOT_CURRENT_RE =
  /\b(?:former|ex|the\s+late|then|previous|past|future|next|incoming)[\s-]+(?:the\s+)?(?:\S+\s+)?$/i;
/** Role phrases → office role keys (ROLE_PHRASES as a map). */
export const ROLE_OF: ReadonlyMap<string, string> = new Map(ROLE_PHRASES);
/** The country (or international body) word(s) right before a role: "the Russian", "Russia's", "U.S.", "UN". */
const BEFORE_ROLE_RE = /(\bthe\s+)?((?:[A-Z][\w.-]*\.?\s+)?[A-Z][\w.-]*\.?)(?:['’]s)?\s+$/;
/** International-body words that make "secretary-general" the UN's. */
const UN_WORDS = new Set(['un', 'united nations']);
/** Personal titles right before a one-word name, which make it a person's ("Mr Hollande"). */
const PERSON_TITLE_BEFORE_RE =
  /\b(?:Mr|Mrs|Ms|Dr|Mme|President|Premier|Chancellor|Minister|Senator|Sen|Gen|General)\.?\s+$/;
/** Last words that make a name an institution's, which its first word may stand for ("Harvard University"). */
const ORG_HEAD_WORDS: ReadonlySet<string> = new Set(
  'airline airlines airways group university college international bank holdings company motors industries partners foundation institute party'.split(
    ' ',
  ),
);
/** Longest organisation name (without its legal form) whose first word alone may name it. */
const ORG_SHORT_MAX_WORDS = 3;
/** A company's legal form at the end of its name ("Nordvik AG", "Acme Corp.", "Vell Holdings plc"). */
const LEGAL_FORM_RE =
  /(?:,?\s+(?:AG|SA|S\.A\.|NV|N\.V\.|plc|PLC|Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|GmbH|SE|SpA|S\.p\.A\.|ASA|AB|Oyj|KK|Bhd))+$/;
/** An acronym defined right after a name: "(FSB)". */
const ACRONYM_AFTER_RE = /^\s*\(\s*([A-Z][A-Za-z0-9.&-]{1,11})\s*\)/;

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a possessive follows a mention ending at `end` ("Taltera's"). */
function possessiveAfter(text: string, end: number): boolean {
  return (text.startsWith("'s", end) || text.startsWith('’s', end)) && !/\w/.test(text[end + 2] ?? '');
}

interface Group {
  type: EntityType;
  linkAs?: LinkType;
  mentions: RawMention[];
  link: Link | null;
  /** Set when this group was folded into another. */
  into?: Group;
}

/** A mention with its leading titles (people only) and trailing possessive removed (null when nothing is left). */
export function stripTitles(m: RawMention): RawMention | null {
  let { start, text } = m;
  // Titles only for people: "General Motors" and "Justice Department" keep their first word.
  const t = m.type === 'PERSON' ? TITLE_RE.exec(text) : null;
  if (t && t[0].length < text.length) {
    start += t[0].length;
    text = text.slice(t[0].length);
  }
  const poss = /['’]s?$/.exec(text);
  if (poss && text.length > poss[0].length) text = text.slice(0, -poss[0].length);
  text = text.replace(/\s+$/, '');
  if (!text) return null;
  return { ...m, start, end: start + text.length, text };
}

function root(g: Group): Group {
  let r = g;
  while (r.into) r = r.into;
  return r;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Groups mentions (in any order) into entities, linking them when a KB is given. */
export function groupMentions(mentions: readonly RawMention[], opts: GroupOptions = {}): EntityItem[] {
  const { text, kb, date } = opts;
  // 1. Titles.
  const clean = mentions
    .map(stripTitles)
    .filter((m): m is RawMention => m !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // 2. Within-document grouping.
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const byAcronym = new Map<string, Group>();
  const fullByWord = new Map<string, Group>();
  const eventByName = new Map<string, Group>();
  const orgByFirst = new Map<string, Group | null>();
  const pending: RawMention[] = [];
  const newGroup = (m: RawMention): Group => {
    const g: Group = { type: m.type, linkAs: m.linkAs, mentions: [m], link: null };
    groups.push(g);
    return g;
  };
  for (const m of clean) {
    // ("Nordvik Bank AG" and "Nordvik Bank" are one company: organisations are keyed without their legal form.)
    const key = normName(m.type === 'ORG' ? m.text.replace(LEGAL_FORM_RE, '') : m.text);
    const w = words(m.text);
    let g = byAcronym.get(m.text) ?? byName.get(`${m.type}\u0000${key}`);
    if (!g && m.type === 'PERSON' && w.length === 1) g = fullByWord.get(key);
    // "Lockheed" after "Lockheed Martin Corp.": a one-word company name that opens exactly one earlier one.
    // (Not an acronym, "U.N." after "U.N. Security Council", nor a name the KB knows on its own.)
    if (
      !g &&
      m.type === 'ORG' &&
      w.length === 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(w[0]!) &&
      !kb?.byAlias(key).length
    )
      g = orgByFirst.get(key) ?? undefined;
    // "Haiyan" after "Typhoon Haiyan" is the storm, whatever the tagger typed it.
    if (!g) g = eventByName.get(key);
    if (g) root(g).mentions.push(m);
    else {
      g = newGroup(m);
      if (m.type === 'PERSON' && w.length === 1) pending.push(m);
    }
    byName.set(`${m.type}\u0000${key}`, root(g));
    const called = m.type === 'EVENT' ? nameAfterEventHead(w) : null;
    if (called && !eventByName.has(normName(called))) eventByName.set(normName(called), root(g));
    if (m.type === 'ORG') {
      // (Only a company or institution written as one, with a legal form or a head word such as
      // "Airline", "Group", "University": "Samsung TV" and "Disney Plus" are products of theirs.)
      const core = words(m.text.replace(LEGAL_FORM_RE, ''));
      const institution =
        LEGAL_FORM_RE.test(m.text) || ORG_HEAD_WORDS.has(core[core.length - 1]!.toLowerCase());
      if (
        institution &&
        core.length >= 2 &&
        core.length <= ORG_SHORT_MAX_WORDS &&
        /^\p{Lu}/u.test(core[0]!)
      ) {
        const first = normName(core[0]!);
        const had = orgByFirst.get(first);
        // (Two companies opening with the same word make the short name ambiguous: neither.)
        orgByFirst.set(first, had === undefined || had === root(g) ? root(g) : null);
      }
    }
    if (m.type === 'PERSON' && w.length > 1) {
      for (const x of [w[0]!, w[w.length - 1]!]) {
        const k = normName(x);
        if (k && !fullByWord.has(k)) fullByWord.set(k, root(g));
      }
    }
    if (text) {
      const acr = ACRONYM_AFTER_RE.exec(text.slice(m.end, m.end + 16));
      if (acr && /[A-Z].*[A-Z]/.test(acr[1]!) && !byAcronym.has(acr[1]!)) byAcronym.set(acr[1]!, root(g));
    }
  }
  // A surname seen before its full name: join the full name that ends (or starts) with it.
  for (const m of pending) {
    const own = groups.find((g) => !g.into && g.mentions.includes(m));
    const full = fullByWord.get(normName(m.text));
    if (own && full && root(full) !== own && own.mentions.every((x) => words(x.text).length === 1)) {
      root(full).mentions.push(...own.mentions);
      own.into = root(full);
    }
  }
  // An acronym defined in the text is a mention wherever it recurs, even where the tagger missed it.
  if (text) {
    const taken = clean.map((m) => [m.start, m.end] as const);
    for (const [acr, g0] of byAcronym) {
      const g = root(g0);
      for (const hit of text.matchAll(new RegExp(`(?<![\\w-])${esc(acr)}(?![\\w-])`, 'g'))) {
        const start = hit.index;
        const end = start + acr.length;
        if (taken.some(([a, b]) => a < end && start < b)) continue;
        g.mentions.push({ start, end, text: acr, type: g.type });
      }
    }
  }
  // A one-word name the tagger did not type PERSON but the text titles ("Mr Hollande") joins the person.
  if (text) {
    for (const g of groups) {
      if (g.into || g.type === 'PERSON') continue;
      const m = g.mentions[0]!;
      if (
        words(m.text).length !== 1 ||
        !PERSON_TITLE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 12), m.start))
      )
        continue;
      const full = fullByWord.get(normName(m.text));
      if (full && !root(full).into && root(full) !== g) {
        root(full).mentions.push(...g.mentions);
        g.into = root(full);
      }
    }
  }
  // A place the tagger called an organisation before a possessive ("northern Taltera" … "Taltera's
  // interior ministry") is the place as a state: one entity, a GPE, linked by either reading.
  if (text) {
    const places = new Map<string, Group>();
    for (const g of groups) {
      const key = normName(g.mentions[0]!.text);
      if (!g.into && (g.type === 'LOC' || g.type === 'GPE') && !places.has(key)) places.set(key, g);
    }
    for (const g of groups) {
      if (g.into || g.type !== 'ORG') continue;
      const place = places.get(normName(g.mentions[0]!.text));
      if (!place || !g.mentions.every((m) => possessiveAfter(text, m.end))) continue;
      const p = root(place);
      p.mentions.push(...g.mentions);
      p.type = 'GPE';
      // (Linked as the organisation reading when only that one links: "Liverpool" keeps GB-LIV.)
      if (
        kb &&
        !linkEntity(kb, namesOf(p), p.linkAs ?? 'GPE', { date }) &&
        linkEntity(kb, namesOf(g), 'ORG', { date })
      )
        p.linkAs = 'ORG';
      g.into = p;
    }
  }
  let live = groups.filter((g) => !g.into);
  // 3–5. Linking.
  const described: Array<{ start: number; end: number; entry: number }> = [];
  if (kb) {
    const countries = new Set(opts.countries ?? []);
    const link = (g: Group, ctx: Parameters<typeof linkEntity>[3]): void => {
      g.link = linkEntity(kb, namesOf(g), g.linkAs ?? g.type, ctx);
    };
    for (const g of live)
      if (g.type === 'GPE' || g.type === 'LOC' || g.type === 'NORP') link(g, { date, countries });
    for (const g of live)
      if (g.link && (g.link.kind === 'country' || g.type !== 'NORP')) countries.add(kb.cc[g.link.entry]!);
    countries.delete('');
    const roleHints = new Map<Group, number>();
    if (text && date) {
      for (const r of readRoles(kb, text, date)) {
        const next = live.find(
          (g) => g.type === 'PERSON' && g.mentions.some((m) => m.start >= r.end && m.start <= r.end + 1),
        );
        if (next) roleHints.set(next, r.entry);
        else if (!clean.some((m) => m.start < r.end && r.start < m.end && m.type === 'PERSON'))
          described.push(r);
      }
    }
    for (const g of live)
      if (!(g.type === 'GPE' || g.type === 'LOC' || g.type === 'NORP')) {
        const hint = roleHints.get(g);
        link(g, { date, countries, roleHints: hint === undefined ? undefined : new Set([hint]) });
      }
    // 6. Same KB entry, one entity.
    const byQid = new Map<string, Group>();
    for (const g of live) {
      if (!g.link) continue;
      // (By the corrected type: "Daesh" tagged once as a person and once as MISC is one organisation.)
      const type = typeOf(g, kb);
      const k = `${type === 'NORP' ? 'N' : type === 'PERSON' ? 'P' : 'X'}\u0000${g.link.qid}`;
      const first = byQid.get(k);
      if (first) {
        first.mentions.push(...g.mentions);
        g.into = first;
      } else byQid.set(k, g);
    }
    live = live.filter((g) => !g.into);
    // 7. Titles as mentions of their person.
    for (const d of described) {
      let g = live.find((x) => x.type === 'PERSON' && x.link?.entry === d.entry);
      const m: RawMention = { start: d.start, end: d.end, text: text!.slice(d.start, d.end), type: 'PERSON' };
      if (g) g.mentions.push(m);
      else {
        g = { type: 'PERSON', mentions: [m], link: linkEntity(kb, [kb.label[d.entry]!], 'PERSON', { date }) };
        if (g.link?.entry !== d.entry) g.link = null;
        live.push(g);
      }
    }
  }
  // 8. Names and ids.
  const out = live
    .map((g) => ({ g, ms: [...g.mentions].sort((a, b) => a.start - b.start || a.end - b.end) }))
    .sort((a, b) => a.ms[0]!.start - b.ms[0]!.start || a.ms[0]!.end - b.ms[0]!.end);
  return out.map(({ g, ms }, k) => {
    const item: EntityItem = {
      start: ms[0]!.start,
      end: ms[0]!.end,
      id: `e${k + 1}`,
      type: typeOf(g, kb ?? null),
      // A nationality keeps its own word ("French"); only its kb points at the country.
      name:
        g.type === 'NORP'
          ? ms[0]!.text
          : g.link?.confident
            ? linkedName(g.link, kb ?? null)
            : longestName(ms),
      mentions: dedupe(ms).map(({ start, end, text: t }) => ({ start, end, text: t })),
    };
    if (g.link) {
      item.kb = g.link.kb;
      item.linkConfidence = g.link.confidence;
    }
    return item;
  });
}

/**
 * The group's record type: the tagger's, except a place, person or MISC name the KB confidently knows as
 * an organisation ("the African Union" tagged as a place is the union), and an organisation named exactly as a country
 * the KB confidently links ("the Philippines" tagged as a team is the country; "Arsenal" stays a club).
 */
function typeOf(g: Group, kb: Kb | null): EntityType {
  if (!g.link?.confident) return g.type;
  // (A curated or known organisation's name tagged as a person or MISC, "Daesh", is the organisation.)
  if (
    g.link.kind === 'org' &&
    (g.type === 'LOC' || g.type === 'GPE' || g.type === 'PERSON' || g.type === 'MISC')
  )
    return 'ORG';
  // (A country the tagger called a location, "U.S.", is a geopolitical entity.)
  if (g.link.kind === 'country' && g.type === 'LOC') return 'GPE';
  if (
    g.link.kind === 'country' &&
    g.type === 'ORG' &&
    kb &&
    g.mentions.every((m) => normName(m.text) === normName(kb.label[g.link!.entry]!))
  )
    return 'GPE';
  return g.type;
}

/**
 * A linked entity's name: the KB label, except a person's English Wikipedia title when it spells the name
 * otherwise ("Sergei Shoigu" for the label "Sergey Shoygu"), the spelling English news uses.
 */
function linkedName(link: Link, kb: Kb | null): string {
  if (link.kind !== 'person' || !kb) return link.label;
  const title = titleName(kb.title(link.entry));
  return title.includes(' ') ? title : link.label;
}

function namesOf(g: Group): string[] {
  return [...new Set(g.mentions.filter((m) => !/^the\s/i.test(m.text)).map((m) => m.text))];
}

function longestName(ms: readonly RawMention[]): string {
  const named = ms.filter((m) => !/^the\s/i.test(m.text));
  const pool = named.length ? named : ms;
  return pool.reduce((best, m) => (m.text.length > best.length ? m.text : best), pool[0]!.text);
}

function dedupe(ms: readonly RawMention[]): RawMention[] {
  return ms.filter((m, i) => i === 0 || m.start !== ms[i - 1]!.start || m.end !== ms[i - 1]!.end);
}

/** A title in the text resolved to its holder: "the Russian president" on 2015-11-17 → Vladimir Putin. */
export interface RoleMention {
  start: number;
  end: number;
  role: string;
  cc: string;
  entry: number;
}

/** Finds role phrases preceded by a country or nationality and resolves them through office terms. */
export function readRoles(kb: Kb, text: string, date: string): RoleMention[] {
  const out: RoleMention[] = [];
  for (const m of text.matchAll(ROLE_RE)) {
    const role = ROLE_OF.get(m[1]!.toLowerCase());
    if (!role) continue;
    const from = Math.max(0, m.index - 40);
    const before = BEFORE_ROLE_RE.exec(text.slice(from, m.index));
    if (!before) continue;
    const placeStart = from + before.index + (before[1]?.length ?? 0);
    if (NOT_CURRENT_RE.test(text.slice(Math.max(0, placeStart - 20), placeStart))) continue;
    const place = before[2]!;
    const ws = words(place);
    // The two words before the role, else only the last one ("Said Russian president" → "Russian").
    const tries: Array<[string, number]> = [[place, placeStart]];
    if (ws.length > 1) tries.push([ws[ws.length - 1]!, placeStart + place.lastIndexOf(ws[ws.length - 1]!)]);
    for (const [cand, at] of tries) {
      const cc = placeCode(kb, cand, role);
      if (cc === null) continue;
      const entry =
        holderAt(kb, role, cc, date) ??
        (role === 'premier' ? holderAt(kb, 'prime minister', cc, date) : undefined);
      if (entry === undefined) break;
      // Include a directly preceding "the" in the mention ("the Russian president").
      const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, at - 4), at));
      out.push({ start: the ? at - the[0].length : at, end: m.index + m[0].length, role, cc, entry });
      break;
    }
  }
  return out;
}

/** The ISO code of a country word before a role ("Russian", "Russia", "U.S."), "" for the UN, else null. */
function placeCode(kb: Kb, place: string, role: string): string | null {
  const key = normName(place);
  if (role === 'un secretary-general') return UN_WORDS.has(key) ? '' : null;
  const d = kb.byDemonym(key);
  if (d !== undefined) return kb.cc[d]!;
  const c = kb.byAlias(key).find((e) => kb.kind[e] === 'country');
  return c === undefined ? null : kb.cc[c]!;
}
