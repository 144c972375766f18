/**
 * Builds the tagger's gazetteer at training time from the shared knowledge base (../shared/data/kb):
 * countries, first-level subdivisions and cities (csc-geo), demonyms (csc-geo nationality column, with
 * plurals), and person first names and full names (ep-world bio.csv, world-leaders-2021). Only the
 * FNV hashes of the lower-cased names go into the model, with a kind mask per hash.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../../doc/hash.js';
import { type Gazetteer, GAZ_KINDS, type GazKind, gazKey } from './features.js';
import { parseCsv } from '../../doc/csv.js';

/** Splits a name into CoNLL-like tokens (words, with punctuation split off except inner dots/hyphens). */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([,()"/])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
}

function csvObjects(path: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!head) return [];
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

export class GazetteerBuilder {
  private readonly masks = new Map<number, number>();
  private maxLen = 1;
  readonly counts: Partial<Record<GazKind, number>> = {};

  /** Adds a kind to a single lower-cased word (case statistics). */
  addWord(lower: string, kind: GazKind): void {
    const h = fnv1a(lower);
    this.masks.set(h, (this.masks.get(h) ?? 0) | (1 << GAZ_KINDS.indexOf(kind)));
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
  }

  add(name: string, kind: GazKind): void {
    const toks = nameTokens(name.trim());
    if (!toks.length || toks.length > 6) return;
    const first = toks[0]!.charAt(0);
    if (first === first.toLowerCase()) return; // names start with a capital
    const h = fnv1a(gazKey(toks));
    const bit = 1 << GAZ_KINDS.indexOf(kind);
    const had = this.masks.get(h) ?? 0;
    if (!(had & bit)) this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    this.masks.set(h, had | bit);
    this.maxLen = Math.max(this.maxLen, toks.length);
  }

  build(): Gazetteer {
    const hashes = Uint32Array.from([...this.masks.keys()].sort((a, b) => a - b));
    const kinds = Uint8Array.from(hashes, (h) => this.masks.get(h)!);
    return { hashes, kinds, maxLen: this.maxLen };
  }
}

/** Options of buildGazetteer (trials of the fifth round: see docs/ner.md). */
export interface GazetteerOptions {
  /** Also the office holders of ep-cabinets and ep-world (holders21.csv, current.csv): current leaders. */
  holders?: boolean;
  /** Also the first names (only) of the legislators of ep-cabinets and ep-world: a broad first-name list. */
  legislatorFirstNames?: boolean;
  /** Cities under this population (and of unknown population) left out, capitals kept: small towns. */
  minCityPopulation?: number;
}

/** The gazetteer from ../shared/data/kb (absent sources are skipped). */
export function buildGazetteer(
  kb: string,
  opts: GazetteerOptions = {},
): { gazetteer: Gazetteer; counts: Record<string, number> } {
  const b = new GazetteerBuilder();
  const geo = join(kb, 'csc-geo');
  if (existsSync(join(geo, 'countries.csv'))) {
    for (const c of csvObjects(join(geo, 'countries.csv'))) {
      if (c.name) b.add(c.name, 'country');
      if (c.capital) b.add(c.capital, 'city');
      for (const d of (c.nationality ?? '').split(/,|\bor\b/)) {
        const dem = d.trim();
        if (!dem) continue;
        b.add(dem, 'demonym');
        if (!dem.endsWith('s') && !dem.endsWith('ese')) b.add(`${dem}s`, 'demonym');
      }
    }
  }
  if (existsSync(join(geo, 'states.csv')))
    for (const s of csvObjects(join(geo, 'states.csv'))) if (s.name) b.add(s.name, 'state');
  if (existsSync(join(geo, 'cities_present.json'))) {
    const cities = JSON.parse(readFileSync(join(geo, 'cities_present.json'), 'utf8')) as {
      name?: string;
      type?: string;
      population?: number | null;
    }[];
    const min = opts.minCityPopulation ?? 0;
    for (const c of cities)
      if (c.name && (c.type === 'capital' || (c.population ?? 0) >= min)) b.add(c.name, 'city');
  }
  const people: string[] = [];
  const bio = join(kb, 'ep-world', 'html', 'bio.csv');
  if (existsSync(bio)) for (const r of csvObjects(bio)) if (r.name) people.push(r.name);
  const leaders = join(kb, 'world-leaders-2021', 'wikidata.csv');
  if (existsSync(leaders))
    for (const r of csvObjects(leaders)) if (r.officeholderLabel) people.push(r.officeholderLabel);
  if (opts.holders) for (const p of officeHolders(kb)) people.push(p);
  for (const p of people) {
    const toks = nameTokens(p);
    if (toks.length < 2 || /^Q\d+$/.test(p)) continue;
    b.add(p, 'person');
    if (/^\p{Lu}\p{Ll}+$/u.test(toks[0]!)) b.add(toks[0]!, 'person');
  }
  if (opts.legislatorFirstNames)
    for (const p of legislators(kb)) {
      const first = nameTokens(p)[0];
      if (first && /^\p{Lu}\p{Ll}+$/u.test(first) && nameTokens(p).length >= 2) b.add(first, 'person');
    }
  const nsi = join(kb, 'nsi', 'data');
  if (existsSync(nsi)) addOrganisations(b, nsi);
  const silver = join(kb, '..', 'timex', 'te3-silver');
  if (existsSync(silver)) addCaseStatistics(b, silver);
  return { gazetteer: b.build(), counts: { ...b.counts } };
}

/** Office holders' names: ep-cabinets (twelve national cabinets) and ep-world, since about 2000 and now. */
function officeHolders(kb: string): string[] {
  const dirs: string[] = [join(kb, 'ep-world', 'html')];
  const cab = join(kb, 'ep-cabinets');
  if (existsSync(cab)) for (const repo of readdirSync(cab).sort()) dirs.push(join(cab, repo, 'html'));
  const out: string[] = [];
  for (const d of dirs)
    for (const f of ['holders21.csv', 'current.csv'])
      if (existsSync(join(d, f))) for (const r of csvObjects(join(d, f))) if (r.person) out.push(r.person);
  return out;
}

/** Legislators' names (ep-cabinets and ep-world legislators.csv). */
function legislators(kb: string): string[] {
  const files: string[] = [join(kb, 'ep-world', 'html', 'legislators.csv')];
  const cab = join(kb, 'ep-cabinets');
  if (existsSync(cab))
    for (const repo of readdirSync(cab).sort()) files.push(join(cab, repo, 'html', 'legislators.csv'));
  return files.filter((f) => existsSync(f)).flatMap((f) => csvObjects(f).map((r) => r.person ?? ''));
}

/**
 * Case statistics from unlabelled news text (TE3-silver, AFP/APW 1990s): for each word seen at least
 * three times away from a sentence start, whether it is capitalised ≥ 90% or ≤ 10% of the time.
 */
function addCaseStatistics(b: GazetteerBuilder, dir: string): void {
  const counts = new Map<string, [number, number]>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.tml')) continue;
    const xml = readFileSync(join(dir, f), 'utf8');
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    const text = body.replace(/<[^>]*>/g, '');
    for (const line of text.split(/\n\s*\n/)) {
      const toks = line.match(/[\p{L}][\p{L}\p{N}'.-]*|[\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
      let initial = true;
      for (const t of toks) {
        if (/^[.!?"]$/.test(t)) {
          initial = true;
          continue;
        }
        if (!/^\p{L}/u.test(t)) continue;
        if (!initial) {
          const key = t.toLowerCase();
          let c = counts.get(key);
          if (!c) counts.set(key, (c = [0, 0]));
          c[t === key ? 1 : 0]++;
        }
        initial = false;
      }
    }
  }
  for (const [w, [cap, low]] of counts) {
    const total = cap + low;
    if (total < 3) continue;
    if (cap / total >= 0.9) b.addWord(w, 'capUsual');
    else if (cap / total <= 0.1) b.addWord(w, 'lowerUsual');
  }
}

/** Organisation names (brands, operators, transit networks, political parties) from the name-suggestion-index. */
function addOrganisations(b: GazetteerBuilder, dir: string): void {
  const files: string[] = [];
  (function walk(d: string) {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) files.push(p);
    }
  })(dir);
  for (const f of files) {
    const json = JSON.parse(readFileSync(f, 'utf8')) as {
      items?: { displayName?: string; tags?: Record<string, string> }[];
    };
    for (const item of json.items ?? []) {
      const names = [
        item.displayName,
        item.tags?.brand,
        item.tags?.operator,
        item.tags?.network,
        item.tags?.name,
      ];
      for (const n of new Set(names)) if (n && /^[\p{Script=Latin}\p{N}\s&.'-]+$/u.test(n)) b.add(n, 'org');
    }
  }
}
