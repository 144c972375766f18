/**
 * Builds src/annotate/events/model/countries.json, the actor-coding table: FNV-1a hashes of lower-cased
 * country names, demonyms and capitals → ISO 3166 alpha-3, derived from
 * ../shared/data/kb/csc-geo/countries.csv (ODbL) plus the hand-written ALIASES below, and office
 * holders → the country they serve (ep-cabinets holders21.csv, world-leaders-2021; Wikidata, CC0), their
 * surnames left out when CoNLL-2003 train or TE3-silver write them as common lower-case words. Only hashes are
 * stored, never the names (as for the NER gazetteer). Deterministic: sorted keys, no timestamps, so two
 * runs write byte-identical files.
 *
 * Usage: npm run build && node dist/src/annotate/events/build-model.js [--data DIR]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../../doc/hash.js';

/** Common short forms news text uses that the table lacks; each is the usual English name. */
const ALIASES: Readonly<Record<string, string>> = {
  us: 'USA',
  'u.s.': 'USA',
  america: 'USA',
  'united states of america': 'USA',
  washington: 'USA',
  uk: 'GBR',
  'u.k.': 'GBR',
  britain: 'GBR',
  'great britain': 'GBR',
  england: 'GBR',
  english: 'GBR',
  palestine: 'PSE',
  palestinians: 'PSE',
  gaza: 'PSE',
  'west bank': 'PSE',
  'east jerusalem': 'PSE',
  'south korea': 'KOR',
  'north korea': 'PRK',
  'ivory coast': 'CIV',
  "cote d'ivoire": 'CIV',
  holland: 'NLD',
  burma: 'MMR',
  'the netherlands': 'NLD',
  congo: 'COD',
  'soviet union': 'RUS',
  kremlin: 'RUS',
  'white house': 'USA',
  pentagon: 'USA',
  'downing street': 'GBR',
  emirates: 'ARE',
  'united arab emirates': 'ARE',
  uae: 'ARE',
  'the gambia': 'GMB',
  quatar: 'QAT',
};

/** The ep-cabinets repositories (../shared/data/kb/ep-cabinets/<dir>) and the country each serves. */
const CABINETS: Readonly<Record<string, string>> = {
  'brazil-ministers': 'BRA',
  'canada-cabinet': 'CAN',
  'china-ministers': 'CHN',
  'france-cabinet': 'FRA',
  'india-ministers': 'IND',
  'israel-ministers': 'ISR',
  'japan-ministers': 'JPN',
  'russia-cabinet': 'RUS',
  'turkey-ministers': 'TUR',
  'ukraine-cabinet': 'UKR',
  'united-kingdom-cabinet': 'GBR',
  'us-cabinet': 'USA',
};

/**
 * People → the country they hold office in: full names, and surnames of at least 4 letters that name
 * holders of one country only. From ep-cabinets holders21.csv (office terms) and world-leaders-2021.
 */
export function buildPeopleTable(
  cabinets: ReadonlyArray<{ code: string; csv: string }>,
  leadersCsv: string,
  countries: ReadonlyMap<string, string>,
  common: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const full = new Map<string, string>();
  const surname = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const n = name.trim().toLowerCase();
    if (!n || /^q\d+$/.test(n)) return;
    if (!full.has(n)) full.set(n, code);
    const last = n.split(/\s+/).pop()!;
    if (last.length >= 4 && last !== n)
      (surname.get(last) ?? surname.set(last, new Set()).get(last)!).add(code);
  };
  for (const { code, csv } of cabinets) {
    const [head, ...rows] = csv.split(/\r?\n/).filter((l) => l.trim());
    const at = csvFields(head!).indexOf('person');
    for (const row of rows) add(csvFields(row)[at] ?? '', code);
  }
  const [head, ...rows] = leadersCsv.split(/\r?\n/).filter((l) => l.trim());
  const cols = csvFields(head!);
  for (const row of rows) {
    const f = csvFields(row);
    const code = countries.get(f[cols.indexOf('country')]!.trim().toLowerCase());
    if (code) add(f[cols.indexOf('officeholderLabel')]!, code);
  }
  const out = new Map(full);
  // (A surname that is also a common word, "Black", "Ridge", "Hope", names no one in "Black Ridge Front".)
  for (const [last, codes] of surname)
    if (codes.size === 1 && !out.has(last) && !common.has(last)) out.set(last, [...codes][0]!);
  return out;
}

/** How often a word must appear in lower case in running text to count as a common word. */
export const COMMON_WORD_MIN = 2;

/**
 * Words written in lower case at least COMMON_WORD_MIN times in CoNLL-format text (the NER training
 * file: one token per line, the word first) and in plain news text (TE3-silver): common English words,
 * never a name on their own.
 */
export function commonWords(conll: string, texts: readonly string[] = []): Set<string> {
  const counts = new Map<string, number>();
  const count = (w: string): void => {
    if (/^[a-z]{3,}$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const line of conll.split('\n')) count(line.slice(0, line.indexOf(' ')));
  for (const text of texts)
    for (const m of text.matchAll(/(?<![\p{L}-])[a-z]{3,}(?![\p{L}-])/gu)) count(m[0]);
  return new Set([...counts].filter(([, n]) => n >= COMMON_WORD_MIN).map(([w]) => w));
}

/** Splits one CSV line with double-quoted fields. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** hash(name/demonym/capital) → alpha-3, from the csv text; the first country to claim a key keeps it. */
export function buildCountryTable(
  csv: string,
  people: (countries: ReadonlyMap<string, string>) => ReadonlyMap<string, string> = () => new Map(),
): Record<string, string> {
  const [head, ...rows] = csv.split(/\r?\n/).filter((l) => l.trim());
  const cols = csvFields(head!);
  const at = (name: string) => cols.indexOf(name);
  const table = new Map<string, string>();
  const put = (key: string, code: string) => {
    const k = key.trim().toLowerCase();
    if (k.length > 1 && !table.has(k)) table.set(k, code);
  };
  for (const row of rows) {
    const f = csvFields(row);
    const code = f[at('iso3')]!;
    if (!/^[A-Z]{3}$/.test(code)) continue;
    put(f[at('name')]!, code);
    for (const d of f[at('nationality')]!.split(',')) {
      put(d, code);
      put(`${d.trim()}s`, code); // the plural of a demonym names the people ("Afghans", "Syrians")
    }
    put(f[at('capital')]!, code);
  }
  for (const [k, code] of Object.entries(ALIASES)) table.set(k, code);
  // People come last: a country, demonym or capital keeps its key ("Jordan" is the country).
  for (const [k, code] of people(table)) if (!table.has(k)) table.set(k, code);
  const hashed = new Map<string, string>();
  for (const [k, code] of table) {
    const h = fnv1a(k).toString(36);
    if (!hashed.has(h)) hashed.set(h, code);
  }
  return Object.fromEntries([...hashed.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
  const k = process.argv.indexOf('--data');
  const data = k > 0 ? process.argv[k + 1]! : join(root, '..', 'shared', 'data');
  const csv = readFileSync(join(data, 'kb', 'csc-geo', 'countries.csv'), 'utf8');
  const cabinets = Object.entries(CABINETS)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([dir, code]) => ({
      code,
      csv: readFileSync(join(data, 'kb', 'ep-cabinets', dir, 'html', 'holders21.csv'), 'utf8'),
    }));
  const leaders = readFileSync(join(data, 'kb', 'world-leaders-2021', 'wikidata.csv'), 'utf8');
  const silverDir = join(data, 'timex', 'te3-silver');
  const silver = readdirSync(silverDir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => readFileSync(join(silverDir, f), 'utf8').replace(/<[^>]*>/g, ' '));
  const common = commonWords(readFileSync(join(data, 'ner', 'conll2003', 'train.txt'), 'utf8'), silver);
  const table = buildCountryTable(csv, (countries) => buildPeopleTable(cabinets, leaders, countries, common));
  const out = join(root, 'src', 'annotate', 'events', 'model', 'countries.json');
  writeFileSync(out, `${JSON.stringify(table, null, 2)}\n`);
  process.stdout.write(`wrote ${Object.keys(table).length} keys to ${out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
