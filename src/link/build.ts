/**
 * Builds the compact knowledge base (src/link/kb/kb.json.gz) from ../shared/data/kb plus the hand-written
 * src/link/kb/curated.json. Deterministic: same inputs → same bytes (sorted entries and keys, gzip
 * without a timestamp).
 *
 * Recipe:
 *  1. countries (csc-geo/countries.csv): label, ISO 3166-1, population, demonyms (nationality column),
 *     plus curated short names and demonyms;
 *  2. states (csc-geo/states.csv): first-level subdivisions with ISO 3166-2;
 *  3. cities (csc-geo/cities_present.json, population ≥ MIN_CITY_POP or capitals) plus curated
 *     major cities of the countries whose city files are absent from the snapshot;
 *  4. office holders with their terms: ep-cabinets (12 countries, full dates), ep-world (international
 *     posts), world-leaders-2021 (heads of state/government of 204 countries, years only);
 *  5. organisations: curated.json (ids marked check:"nsi" are confirmed against the NSI data), and
 *     with --nsi the NSI brands/operators (off by default, see BuildOptions);
 *  6. alias maps (labels, aliases, person names without middle names, surnames, demonyms), sorted;
 *  7. gzip.
 *
 * Usage: npm run build:kb [-- --data DIR] [--out FILE] [--nsi]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DatelineError } from '../doc/errors.js';
import { CURATED_ORG_PRIOR, KINDS, type Kind, type KbFile } from './kb-types.js';
import { packKb } from './kb.js';
import { normName, normTitle, titleName } from './normalize.js';
import { parseCsv } from '../doc/csv.js';

/** Smallest population for a city to enter the KB: smaller places are mostly noise for news linking. */
export const MIN_CITY_POP = 1000;

/**
 * Office labels → canonical role keys, first match wins. Labels are those of ep-cabinets holders21 /
 * world-leaders positionLabel with " of <country>" removed. Only roles news refers to by title.
 */
export const ROLES: ReadonlyArray<[RegExp, string]> = [
  [/^(vice president|vice-president)$/i, 'vice president'],
  [/^deputy prime minister$|^first deputy prime minister$/i, 'deputy prime minister'],
  [
    /^(president|president of the (french|russian) republic|president of the people's republic of china)$/i,
    'president',
  ],
  [/^prime minister$/i, 'prime minister'],
  [/^(premier|premier of the state council)$/i, 'premier'],
  [/^(federal )?chancellor$/i, 'chancellor'],
  [/^(monarch|king|queen|emperor|sultan|emir)$/i, 'monarch'],
  [
    /^(minister (of|for) (europe and )?foreign affairs|secretary of state|foreign secretary|secretary of state for foreign.*)$/i,
    'foreign minister',
  ],
  [
    /^(minister of (national )?defen[cs]e|secretary of defen[cs]e|secretary of state for defence|minister of the armed forces)$/i,
    'defence minister',
  ],
  [
    /^(minister of finance|secretary of the treasury|chancellor of the exchequer|minister of the economy, financ.*)$/i,
    'finance minister',
  ],
  [
    /^(minister of (the )?interior|minister of internal affairs|home secretary|secretary of state for the home department)$/i,
    'interior minister',
  ],
  [/^(united nations secretary-general|secretary-general of the united nations)$/i, 'un secretary-general'],
];

/** Prior of a person by the highest role held (heads of state and government are named most). */
const ROLE_PRIOR: Record<string, number> = {
  president: 70,
  'prime minister': 70,
  chancellor: 70,
  premier: 65,
  monarch: 65,
  'un secretary-general': 65,
  'vice president': 55,
  'foreign minister': 55,
  'defence minister': 50,
  'finance minister': 50,
  'interior minister': 50,
  'deputy prime minister': 45,
};
/** Prior of a person holding only other offices. */
const OTHER_OFFICE_PRIOR = 30;
/** Prior of members of a legislature (many, rarely named outside their country). */
const LEGISLATOR_PRIOR = 20;
/** Legislators whose term ended before this are left out (older ones are rarely in the news). */
const LEGISLATOR_SINCE = '2000';
/** NSI names shorter than this are left out (two-letter brands collide with everything). */
const NSI_MIN_NAME = 3;
/** NSI organisations: a low base prior, raised by how many OSM categories/regions list them. */
const NSI_BASE_PRIOR = 15;
const NSI_MAX_PRIOR = 50;
/** Countries outrank any same-named city or state. */
const COUNTRY_PRIOR = 95;
/** csc-geo state types that are a country's first-level units (preferred when two rows share an id). */
const FIRST_LEVEL_TYPES =
  /^(state|province|region|department|county|oblast|prefecture|governorate|district|territory|autonomous)/i;
/** Countries whose people are written family name first, so the first word is the surname. */
const FAMILY_NAME_FIRST = new Set(['CN', 'KR', 'KP', 'VN', 'TW', 'HK']);

/** Canonical role key of an office label, or null when news does not refer to it by title. */
export function roleKey(label: string, countryName = ''): string | null {
  let l = label.trim();
  if (countryName) l = l.replace(new RegExp(` of (the )?${escapeRe(countryName)}$`, 'i'), '');
  for (const [re, key] of ROLES) if (re.test(l)) return key;
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** CSV file → objects keyed by the header row. */
function readCsv(path: string): Array<Record<string, string>> {
  const [head, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!head) return [];
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

interface Draft {
  qid: string;
  label: string;
  kind: Kind;
  cc: string;
  prior: number;
  title?: string;
  iso?: string;
  aliases: Set<string>;
  surnames: Set<string>;
}

export interface Curated {
  countryAliases: Record<string, string[] | string>;
  /** Aliases of first-level subdivisions, keyed by ISO 3166-2 code. */
  stateAliases?: Record<string, string[] | string>;
  demonyms: Record<string, string[] | string>;
  orgs: Array<{ qid: string; label: string; aliases?: string[]; cc?: string; title?: string; check: string }>;
  places: Array<{
    qid?: string;
    label?: string;
    aliases?: string[];
    cc?: string;
    pop?: number;
    check?: string;
  }>;
}

/** The committed curated list's path (found from src/ or dist/src/). */
export function curatedPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [
    join(here, 'kb', 'curated.json'),
    join(here, '..', '..', '..', 'src', 'link', 'kb', 'curated.json'),
  ])
    if (existsSync(p)) return p;
  throw new DatelineError('not-found', 'curated.json not found beside src/link');
}

const KIND_RANK: Record<Kind, number> = { country: 0, state: 1, city: 2, org: 3, person: 4 };

/** Builds the KB object from a kb data folder (layout of ../shared/data/kb; absent parts are skipped). */
export interface BuildOptions {
  /**
   * Add NSI brands/operators/networks as organisations. Off by default: on the dev half of the linking
   * sets it added 33 correct links and 51 wrong ones (brand items whose id is not the company's, person
   * surnames that are brand names), so precision fell; `npm run build:kb -- --nsi` turns it on.
   */
  nsi?: boolean;
}

export function buildKb(dataDir: string, curated: Curated, opts: BuildOptions = {}): KbFile {
  const drafts = new Map<string, Draft>();
  const sources: string[] = [];
  const demonyms = new Map<string, string>(); // norm demonym → country qid
  const offices: Array<[string, string, string, string, string, 0 | 1]> = []; // role, cc, person qid, …
  const add = (d: Omit<Draft, 'aliases' | 'surnames'>, aliases: Iterable<string> = []): Draft => {
    let cur = drafts.get(d.qid);
    if (!cur) {
      cur = { ...d, aliases: new Set(), surnames: new Set() };
      drafts.set(d.qid, cur);
    } else if (KIND_RANK[d.kind] < KIND_RANK[cur.kind]) {
      Object.assign(cur, { kind: d.kind, label: d.label, cc: d.cc || cur.cc });
    }
    cur.prior = Math.max(cur.prior, d.prior);
    if (d.title && !cur.title) cur.title = d.title;
    if (d.iso && !cur.iso) cur.iso = d.iso;
    cur.aliases.add(d.label);
    for (const a of aliases) if (a) cur.aliases.add(a);
    return cur;
  };
  const ccOfQid = new Map<string, string>();

  // 1. Countries.
  const geo = join(dataDir, 'csc-geo');
  if (existsSync(join(geo, 'countries.csv'))) {
    sources.push('csc-geo/countries.csv');
    for (const r of readCsv(join(geo, 'countries.csv'))) {
      const qid = r.wikiDataId;
      if (!qid || !r.iso2) continue;
      ccOfQid.set(qid, r.iso2);
      add({ qid, label: r.name!, kind: 'country', cc: r.iso2, prior: COUNTRY_PRIOR, iso: r.iso2 }, [
        r.iso3 ?? '',
      ]);
      for (const dem of (r.nationality ?? '').split(',').map((s) => s.trim()))
        if (dem && dem.length > 2 && !demonyms.has(normName(dem))) demonyms.set(normName(dem), qid);
    }
  }
  for (const [qid, names] of Object.entries(curated.countryAliases)) {
    const d = drafts.get(qid);
    if (d && Array.isArray(names)) for (const n of names) d.aliases.add(n);
  }
  for (const [qid, names] of Object.entries(curated.demonyms))
    if (drafts.has(qid) && Array.isArray(names))
      for (const n of names) if (!demonyms.has(normName(n))) demonyms.set(normName(n), qid);
  // Plurals of demonyms ending in -an/-i ("Russians", "Israelis"): news uses both.
  for (const [dem, qid] of [...demonyms])
    if (/(an|i|ese)$/.test(dem) && !/ese$/.test(dem) && !demonyms.has(`${dem}s`))
      demonyms.set(`${dem}s`, qid);

  // 2. States.
  if (existsSync(join(geo, 'states.csv'))) {
    sources.push('csc-geo/states.csv');
    // The same id on two rows is a data slip (a Puerto Rico municipality carries Florida's id): the row
    // typed as a first-level unit (state, province, …) wins over the others.
    const rows = readCsv(join(geo, 'states.csv'));
    const firstLevel = (r: Record<string, string>): boolean => FIRST_LEVEL_TYPES.test(r.type ?? '');
    const chosen = new Map<string, Record<string, string>>();
    for (const r of rows) {
      if (!r.wikiDataId) continue;
      const cur = chosen.get(r.wikiDataId);
      if (!cur || (!firstLevel(cur) && firstLevel(r))) chosen.set(r.wikiDataId, r);
    }
    for (const r of rows) {
      if (!r.wikiDataId || chosen.get(r.wikiDataId) !== r) continue;
      const pop = Number(r.population) || 0;
      add({
        qid: r.wikiDataId,
        label: r.name!,
        kind: 'state',
        cc: r.country_code ?? '',
        prior: Math.round(30 + (pop > 0 ? Math.log10(pop) * 4 : 16)),
        iso: r.iso3166_2 || undefined,
      });
    }
  }

  const byIso = new Map(
    [...drafts.values()].filter((d) => d.kind === 'state' && d.iso).map((d) => [d.iso!, d]),
  );
  for (const [code, names] of Object.entries(curated.stateAliases ?? {})) {
    const d = byIso.get(code);
    if (d && Array.isArray(names)) for (const n of names) d.aliases.add(n);
  }

  // 3. Cities.
  const citiesPath = join(geo, 'cities_present.json');
  if (existsSync(citiesPath)) {
    sources.push('csc-geo/cities_present.json');
    const cities = JSON.parse(readFileSync(citiesPath, 'utf8')) as Array<Record<string, unknown>>;
    const popOf = (c: Record<string, unknown>): number =>
      typeof c.population === 'number' ? c.population : 0;
    // The same id on rows of different names is a data slip (Kinshasa's id also on Cubal, Kyiv's row
    // carrying a village's id): the most populous row keeps the id, the others are left out, since a
    // wrong link is worse than none.
    const owner = new Map<string, Record<string, unknown>>();
    for (const c of cities) {
      const qid = typeof c.wikiDataId === 'string' ? c.wikiDataId : '';
      const cur = qid ? owner.get(qid) : undefined;
      if (qid && (!cur || popOf(c) > popOf(cur))) owner.set(qid, c);
    }
    // A curated place replaces the csc-geo row of the same name and country (a row with a wrong id).
    const curatedPlaces = new Set(
      curated.places.filter((p) => p.qid && p.label).map((p) => `${normName(p.label!)}\u0000${p.cc ?? ''}`),
    );
    for (const c of cities) {
      const qid = typeof c.wikiDataId === 'string' ? c.wikiDataId : '';
      const pop = popOf(c);
      if (curatedPlaces.has(`${normName(String(c.name))}\u0000${String(c.country_code ?? '')}`)) continue;
      const capital = c.type === 'capital';
      if (!qid || (pop < MIN_CITY_POP && !capital)) continue;
      const own = owner.get(qid)!;
      if (own !== c && own.name !== c.name) continue;
      add({
        qid,
        label: String(c.name),
        kind: 'city',
        cc: String(c.country_code ?? ''),
        prior: Math.round(Math.log10(Math.max(pop, 10)) * 10 + (capital ? 10 : 0)),
      });
    }
  }
  for (const p of curated.places) {
    if (!p.qid || !p.label) continue;
    add(
      {
        qid: p.qid,
        label: p.label,
        kind: 'city',
        cc: p.cc ?? '',
        prior: Math.round(Math.log10(p.pop ?? 10) * 10 + 5),
      },
      p.aliases,
    );
  }

  // 4. Office holders.
  const persons = new Map<string, { name: string; cc: string; prior: number; title?: string }>();
  const bios = new Map<string, string>(); // qid → enwiki title
  const notePerson = (
    qid: string,
    name: string,
    cc: string,
    role: string | null,
    title?: string,
    base = OTHER_OFFICE_PRIOR,
  ): void => {
    if (!/^Q\d+$/.test(qid) || !name || /^Q\d+$/.test(name)) return;
    const prior = role ? (ROLE_PRIOR[role] ?? base) : base;
    const cur = persons.get(qid);
    if (!cur) persons.set(qid, { name, cc, prior, title });
    else {
      cur.prior = Math.max(cur.prior, prior);
      if (!cur.title && title) cur.title = title;
      if (!cur.cc && cc) cur.cc = cc;
    }
  };
  const noteTerm = (
    role: string | null,
    cc: string,
    qid: string,
    start: string,
    end: string,
    precise: 0 | 1,
  ): void => {
    if (role && /^Q\d+$/.test(qid) && start) offices.push([role, cc, qid, start, end, precise]);
  };
  const cab = join(dataDir, 'ep-cabinets');
  if (existsSync(cab)) {
    sources.push('ep-cabinets');
    for (const repo of readdirSync(cab).sort()) {
      const html = join(cab, repo, 'html');
      if (!existsSync(join(html, 'positions.csv'))) continue;
      const positions = readCsv(join(html, 'positions.csv'));
      const counts = new Map<string, number>();
      for (const p of positions) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
      const countryQid = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
      const cc = ccOfQid.get(countryQid) ?? '';
      if (existsSync(join(html, 'bio.csv')))
        for (const b of readCsv(join(html, 'bio.csv'))) if (b.id && b.enwiki) bios.set(b.id, b.enwiki);
      // holders21 lists offices in blocks, the national post first; a later block with the same label is
      // another office ("President" of a republic of Russia), so terms come from the first block only.
      for (const f of ['holders21.csv', 'current.csv']) {
        if (!existsSync(join(html, f))) continue;
        const seenBlocks = new Set<string>();
        let prev = '';
        for (const h of readCsv(join(html, f))) {
          const label = h.position ?? '';
          const role = roleKey(label);
          const firstBlock = label === prev || !seenBlocks.has(label);
          if (label !== prev) seenBlocks.add(label);
          prev = label;
          notePerson(h.personID ?? '', h.person ?? '', cc, firstBlock ? role : null, h.enwiki || undefined);
          if (f === 'holders21.csv' && firstBlock)
            noteTerm(role, cc, h.personID ?? '', h.start ?? '', h.end ?? '', 1);
        }
      }
      // Members of the legislature since LEGISLATOR_SINCE: people news names, without office terms.
      if (existsSync(join(html, 'legislators.csv')))
        for (const h of readCsv(join(html, 'legislators.csv')))
          if ((h.end || '9999') >= LEGISLATOR_SINCE)
            notePerson(h.personID ?? '', h.person ?? '', cc, null, undefined, LEGISLATOR_PRIOR);
    }
  }
  const world = join(dataDir, 'ep-world', 'html');
  if (existsSync(world)) {
    sources.push('ep-world');
    if (existsSync(join(world, 'bio.csv')))
      for (const b of readCsv(join(world, 'bio.csv'))) if (b.id && b.enwiki) bios.set(b.id, b.enwiki);
    for (const f of ['holders21.csv', 'current.csv']) {
      if (!existsSync(join(world, f))) continue;
      for (const h of readCsv(join(world, f))) {
        const role = roleKey(h.position ?? '');
        notePerson(h.personID ?? '', h.person ?? '', '', role);
        noteTerm(role, '', h.personID ?? '', h.start ?? '', h.end ?? '', 1);
      }
    }
  }
  const leaders = join(dataDir, 'world-leaders-2021', 'wikidata.csv');
  if (existsSync(leaders)) {
    sources.push('world-leaders-2021');
    for (const r of readCsv(leaders)) {
      const cc = ccOfQid.get(r.countryid ?? '') ?? '';
      const role = roleKey(r.positionLabel ?? '', r.country ?? '');
      notePerson(r.officeholder ?? '', r.officeholderLabel ?? '', cc, role);
      if (r.start_year)
        noteTerm(
          role,
          cc,
          r.officeholder ?? '',
          `${r.start_year}-01-01`,
          r.end_year ? `${r.end_year}-12-31` : '',
          0,
        );
    }
  }
  for (const [qid, p] of persons) {
    const title = p.title ?? bios.get(qid);
    // The English Wikipedia title is the spelling English news uses ("Sergei Shoigu" for the label
    // "Sergey Shoygu"): an alias, with its surname.
    const english = title ? titleName(title) : '';
    const englishToo = english !== '' && normName(english) !== normName(p.name);
    const d = add(
      { qid, label: p.name, kind: 'person', cc: p.cc, prior: p.prior, title },
      englishToo ? [...personAliases(p.name), ...personAliases(english)] : personAliases(p.name),
    );
    if (d.kind === 'person') {
      d.surnames.add(surnameOf(p.name, p.cc));
      if (englishToo) d.surnames.add(surnameOf(english, p.cc));
    }
  }

  // 5. Organisations.
  sources.push('curated.json');
  for (const o of curated.orgs)
    add(
      { qid: o.qid, label: o.label, kind: 'org', cc: o.cc ?? '', prior: CURATED_ORG_PRIOR, title: o.title },
      o.aliases,
    );

  // 5b. Brands, operators and networks of the name-suggestion-index (companies, agencies, transit).
  const nsiDir = join(dataDir, 'nsi', 'data');
  if (opts.nsi && existsSync(nsiDir)) {
    sources.push('nsi');
    const seen = new Map<string, { name: string; cc: Set<string>; count: number }>();
    for (const file of listJson(nsiDir)) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { items?: NsiItem[] };
      for (const it of doc.items ?? []) {
        for (const key of ['brand', 'operator', 'network'] as const) {
          const qid = it.tags?.[`${key}:wikidata`];
          const name = it.tags?.[key];
          if (!qid || !name || !/^Q\d+$/.test(qid) || !/^[\p{Script=Latin}\d\s&'.,-]+$/u.test(name)) continue;
          const cur = seen.get(qid) ?? { name, cc: new Set<string>(), count: 0 };
          cur.count++;
          for (const c of it.locationSet?.include ?? [])
            if (typeof c === 'string' && /^[a-z]{2}$/.test(c)) cur.cc.add(c.toUpperCase());
          seen.set(qid, cur);
        }
      }
    }
    for (const qid of [...seen.keys()].sort()) {
      const v = seen.get(qid)!;
      if (drafts.has(qid) || v.name.length < NSI_MIN_NAME) continue;
      const cc = v.cc.size === 1 ? [...v.cc][0]! : '';
      add({
        qid,
        label: v.name,
        kind: 'org',
        cc,
        prior: Math.min(NSI_MAX_PRIOR, NSI_BASE_PRIOR + Math.round(5 * Math.log2(v.count))),
      });
    }
  }

  // 6. Entries sorted by kind then numeric qid; alias maps with sorted keys and sorted entry lists.
  const list = [...drafts.values()].sort(
    (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || Number(a.qid.slice(1)) - Number(b.qid.slice(1)),
  );
  const index = new Map(list.map((d, i) => [d.qid, i]));
  const alias = new Map<string, Set<number>>();
  const surname = new Map<string, Set<number>>();
  list.forEach((d, i) => {
    for (const a of d.aliases) push(alias, normName(a), i);
    for (const s of d.surnames) if (s) push(surname, normName(s), i);
  });
  const title: Record<string, string> = {};
  const iso: Record<string, string> = {};
  list.forEach((d, i) => {
    if (d.title && normTitle(d.title) !== normName(d.label)) title[i] = d.title;
    else if (d.title && d.title !== d.label) title[i] = d.title;
    if (d.iso) iso[i] = d.iso;
  });
  const demonymOut: Record<string, number> = {};
  for (const [k, qid] of [...demonyms].sort((a, b) => cmp(a[0], b[0]))) {
    const i = index.get(qid);
    if (i !== undefined && k) demonymOut[k] = i;
  }
  const officeOut: KbFile['offices'] = offices
    .filter((o) => index.has(o[2]))
    .map((o): [string, string, number, string, string, 0 | 1] => [
      o[0],
      o[1],
      index.get(o[2])!,
      o[3],
      o[4],
      o[5],
    ])
    .sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[3], b[3]) || a[2] - b[2] || cmp(a[4], b[4]));
  const dedupOffices = officeOut.filter(
    (o, i) => i === 0 || JSON.stringify(o) !== JSON.stringify(officeOut[i - 1]),
  );
  return {
    version: 1,
    sources,
    qid: list.map((d) => d.qid),
    label: list.map((d) => d.label),
    kind: list.map((d) => KINDS.indexOf(d.kind)),
    cc: list.map((d) => d.cc),
    prior: list.map((d) => Math.max(0, Math.min(100, d.prior))),
    title,
    iso,
    alias: sortedRecord(alias),
    surname: sortedRecord(surname),
    demonym: demonymOut,
    offices: dedupOffices,
  };
}

interface NsiItem {
  locationSet?: { include?: unknown[] };
  tags?: Record<string, string>;
}

/** JSON files under a folder, in sorted order (deterministic). */
function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listJson(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push(m: Map<string, Set<number>>, k: string, i: number): void {
  if (!k) return;
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(i);
}

function sortedRecord(m: Map<string, Set<number>>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const k of [...m.keys()].sort(cmp)) out[k] = [...m.get(k)!].sort((a, b) => a - b);
  return out;
}

/** Name variants of a person: the full name and first + last word when there are middle names. */
export function personAliases(name: string): string[] {
  const words = name
    .replace(/\s*\(.*\)$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const out = [words.join(' ')];
  const core = words.filter((w) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w.replace(/,$/, '')));
  if (core.length > 2) out.push(`${core[0]} ${core[core.length - 1]}`);
  return out;
}

/** The surname of a person's name: last word (first for family-name-first countries), suffixes skipped. */
export function surnameOf(name: string, cc = ''): string {
  const words = name
    .replace(/\s*\(.*\)$/, '')
    .split(/\s+/)
    .map((w) => w.replace(/,$/, ''))
    .filter((w) => w && !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  if (words.length < 2) return '';
  return FAMILY_NAME_FIRST.has(cc) ? words[0]! : words[words.length - 1]!;
}

/** Gzip of the KB JSON: level 9, no timestamp (Node writes mtime 0), so the bytes are reproducible. */
export function encodeKb(kb: KbFile): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(packKb(kb))), { level: 9 });
}

/** Confirms the curated ids marked check:"nsi" against the NSI data (names → ids); returns mismatches. */
export function checkCuratedAgainstNsi(dataDir: string, curated: Curated): string[] {
  const nsi = join(dataDir, 'nsi', 'data');
  if (!existsSync(nsi)) return [];
  const ids = new Set<string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) {
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(/"(?:brand|operator|network):wikidata":\s*"(Q\d+)"/g)) ids.add(m[1]!);
      }
    }
  };
  walk(nsi);
  return curated.orgs.filter((o) => o.check === 'nsi' && !ids.has(o.qid)).map((o) => `${o.label} ${o.qid}`);
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, '..', '..', '..');
  const data = arg('--data') ?? join(root, '..', 'shared', 'data', 'kb');
  const out = arg('--out') ?? join(root, 'src', 'link', 'kb', 'kb.json.gz');
  if (!existsSync(data)) throw new DatelineError('not-found', `no kb data at ${data}`);
  const curated = JSON.parse(readFileSync(curatedPath(), 'utf8')) as Curated;
  const bad = checkCuratedAgainstNsi(data, curated);
  if (bad.length) throw new DatelineError('internal', `curated ids not found in NSI: ${bad.join(', ')}`);
  const kb = buildKb(data, curated, { nsi: argv.includes('--nsi') });
  const buf = encodeKb(kb);
  writeFileSync(out, buf);
  console.log(
    `kb: ${kb.qid.length} entries, ${Object.keys(kb.alias).length} aliases, ${kb.offices.length} office terms → ${out} (${(buf.length / 1e6).toFixed(2)} MB)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
