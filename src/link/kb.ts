/**
 * The knowledge base in memory: loaded lazily, once per process (and once per worker thread), from the
 * committed src/link/kb/kb.json.gz written by build.ts. Lookups are plain Map reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DatelineError } from '../doc/errors.js';
import { KINDS, type KbFile, type Kind, type OfficeTerm } from './kb-types.js';

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

/** Builds the in-memory KB from the file's object (used by the loader and by tests on small fixtures). */
export function kbFromFile(f: KbFile): Kb {
  const alias = new Map(Object.entries(f.alias));
  const surname = new Map(Object.entries(f.surname));
  const demonym = new Map(Object.entries(f.demonym));
  const byQid = new Map(f.qid.map((q, i) => [q, i]));
  const terms = new Map<string, OfficeTerm[]>();
  const termsOf = new Map<number, OfficeTerm[]>();
  for (const [role, cc, person, start, end, precise] of f.offices) {
    const t: OfficeTerm = { role, cc, person, start, end, precise };
    const k = `${role}\u0000${cc}`;
    (terms.get(k) ?? terms.set(k, []).get(k)!).push(t);
    (termsOf.get(person) ?? termsOf.set(person, []).get(person)!).push(t);
  }
  return {
    size: f.qid.length,
    qid: f.qid,
    label: f.label,
    kind: f.kind.map((k) => KINDS[k] ?? 'org'),
    cc: f.cc,
    prior: f.prior,
    title: (e) => f.title[e] ?? f.label[e] ?? '',
    iso: (e) => f.iso[e],
    byAlias: (k) => alias.get(k) ?? EMPTY,
    bySurname: (k) => surname.get(k) ?? EMPTY,
    byDemonym: (k) => demonym.get(k),
    byQid: (q) => byQid.get(q),
    terms: (role, cc) => terms.get(`${role}\u0000${cc}`) ?? [],
    termsOf: (e) => termsOf.get(e) ?? [],
  };
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
  const f = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as KbFile;
  if (f.version !== 1)
    throw new DatelineError('internal', `unknown KB version ${String(f.version)} in ${path}`);
  return kbFromFile(f);
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
