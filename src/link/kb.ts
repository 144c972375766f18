/**
 * The knowledge base in memory: loaded lazily, once per process (and once per worker thread), from the
 * committed src/link/kb/kb.json.gz written by build.ts. Lookups are plain Map reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DatelineError } from '../doc/errors.js';
import {
  KINDS,
  type KbFile,
  type Kind,
  type OfficeTerm,
  type PackedIndex,
  type PackedKb,
} from './kb-types.js';

export interface KbRefs {
  wikidata: string;
  iso3166?: string;
}

export interface Kb {
  size: number;
  qid: readonly string[];
  label: readonly string[];
  kind: readonly Kind[];
  cc: readonly string[];
  prior: readonly number[];
  /** English Wikipedia title of an entry (its label unless the KB says otherwise). */
  title(entry: number): string;
  iso(entry: number): string | undefined;
  /** Entries whose label or alias normalises to key. */
  byAlias(key: string): readonly number[];
  /** People whose surname normalises to key. */
  bySurname(key: string): readonly number[];
  /** The country entry of a demonym key ("french" → France), or undefined. */
  byDemonym(key: string): number | undefined;
  /** Entry number of a Wikidata id, or undefined. */
  byQid(qid: string): number | undefined;
  /** Office terms of a role in a country ("" = international), in start order. */
  terms(role: string, cc: string): readonly OfficeTerm[];
  /** Every office term a person held. */
  termsOf(entry: number): readonly OfficeTerm[];
}

const EMPTY: readonly number[] = [];

function packIndex(m: Record<string, number[]>): PackedIndex {
  const keys = Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const start: number[] = [];
  const ids: number[] = [];
  for (const k of keys) {
    start.push(ids.length);
    ids.push(...m[k]!);
  }
  start.push(ids.length);
  return { keys: keys.join('\n'), start, ids };
}

/** Packs a KB object into the stored form (strings joined, indexes flattened). */
export function packKb(f: KbFile): PackedKb {
  const clean = (s: string): string => s.replace(/\n/g, ' ');
  return {
    version: 2,
    sources: f.sources,
    qid: f.qid.join('\n'),
    label: f.label.map(clean).join('\n'),
    kind: f.kind,
    cc: f.cc.join('\n'),
    prior: f.prior,
    title: f.qid.map((_, i) => clean(f.title[i] ?? '')).join('\n'),
    iso: f.qid.map((_, i) => f.iso[i] ?? '').join('\n'),
    alias: packIndex(f.alias),
    surname: packIndex(f.surname),
    demonym: f.demonym,
    offices: f.offices,
  };
}

/**
 * A lookup over a packed index (keys are sorted by UTF-16 code units): a Map from key to its position,
 * built on first use, each position's ids sliced once. Keys out of order (a hand-made file) keep the
 * binary search, whose answers a Map could not reproduce.
 */
function lookup(p: PackedIndex): (key: string) => readonly number[] {
  const keys = p.keys ? p.keys.split('\n') : [];
  const sliced: Array<readonly number[] | undefined> = [];
  const at = (mid: number): readonly number[] =>
    (sliced[mid] ??= p.ids.slice(p.start[mid]!, p.start[mid + 1]!));
  const search = (key: string): readonly number[] => {
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid]!;
      if (k === key) return at(mid);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return EMPTY;
  };
  let byKey: Map<string, number> | null | undefined;
  return (key) => {
    if (byKey === undefined) {
      byKey = new Map();
      for (let i = 0; i < keys.length; i++) {
        if (i > 0 && !(keys[i - 1]! < keys[i]!)) {
          byKey = null;
          break;
        }
        byKey.set(keys[i]!, i);
      }
    }
    if (byKey === null) return search(key);
    const i = byKey.get(key);
    return i === undefined ? EMPTY : at(i);
  };
}

/** The in-memory KB of a stored (packed) file. */
export function kbFromPacked(f: PackedKb): Kb {
  const qid = f.qid.split('\n');
  const label = f.label.split('\n');
  const title = f.title.split('\n');
  const iso = f.iso.split('\n');
  const demonym = new Map(Object.entries(f.demonym));
  let byQid: Map<string, number> | undefined;
  const terms = new Map<string, OfficeTerm[]>();
  const termsOf = new Map<number, OfficeTerm[]>();
  for (const [role, cc, person, start, end, precise] of f.offices) {
    const t: OfficeTerm = { role, cc, person, start, end, precise };
    const k = `${role}\u0000${cc}`;
    (terms.get(k) ?? terms.set(k, []).get(k)!).push(t);
    (termsOf.get(person) ?? termsOf.set(person, []).get(person)!).push(t);
  }
  return {
    size: qid.length,
    qid,
    label,
    kind: f.kind.map((k) => KINDS[k] ?? 'org'),
    cc: f.cc.split('\n'),
    prior: f.prior,
    title: (e) => title[e] || label[e] || '',
    iso: (e) => iso[e] || undefined,
    byAlias: lookup(f.alias),
    bySurname: lookup(f.surname),
    byDemonym: (k) => demonym.get(k),
    byQid: (q) => (byQid ??= new Map(qid.map((x, i) => [x, i]))).get(q),
    terms: (role, cc) => terms.get(`${role}\u0000${cc}`) ?? [],
    termsOf: (e) => termsOf.get(e) ?? [],
  };
}

/** Builds the in-memory KB from the builder's object (tests on small fixtures use this). */
export function kbFromFile(f: KbFile): Kb {
  return kbFromPacked(packKb(f));
}

/** The committed KB's path: src/link/kb/kb.json.gz (found from src/ or dist/src/). */
export function kbPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [
    join(here, 'kb', 'kb.json.gz'),
    join(here, '..', '..', '..', 'src', 'link', 'kb', 'kb.json.gz'),
  ])
    if (existsSync(p)) return p;
  throw new DatelineError(
    'not-found',
    'the knowledge base src/link/kb/kb.json.gz is missing (npm run build:kb)',
  );
}

/** Reads and decodes a KB file. */
export function readKb(path: string): Kb {
  const f = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as PackedKb;
  if (f.version !== 2)
    throw new DatelineError('internal', `unknown KB version ${String(f.version)} in ${path}`);
  return kbFromPacked(f);
}

let cached: Kb | undefined;

/** The committed KB, loaded on first use and kept for the life of the process (or worker). */
export function loadKb(): Kb {
  cached ??= readKb(kbPath());
  return cached;
}

/** Wikidata id and ISO code of an entry, as the record's `kb` field. */
export function kbRefs(kb: Kb, entry: number): KbRefs {
  const iso = kb.iso(entry);
  return iso ? { wikidata: kb.qid[entry]!, iso3166: iso } : { wikidata: kb.qid[entry]! };
}
