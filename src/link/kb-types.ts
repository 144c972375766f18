/**
 * The compact knowledge-base file (src/link/kb/kb.json.gz) as written by build.ts and read by kb.ts.
 * Columnar arrays indexed by entry number; names live only in the alias maps (normalised keys).
 */

/** What kind of thing an entry is; the record's entity types map onto these (see linker.ts). */
export const KINDS = ['country', 'state', 'city', 'person', 'org'] as const;
export type Kind = (typeof KINDS)[number];

/** Prior of curated organisations: hand-picked because news names them constantly. */
export const CURATED_ORG_PRIOR = 80;

/** One office term: who held a role for a country (or international body) from start to end. */
export interface OfficeTerm {
  /** Canonical role key ("president", "prime minister", "foreign minister", …; see build.ts ROLES). */
  role: string;
  /** ISO 3166-1 alpha-2 of the country, or "" for international posts. */
  cc: string;
  /** Entry number of the holder. */
  person: number;
  /** ISO date (or year-01-01 when only the year is known). */
  start: string;
  /** ISO date, "" while in office. */
  end: string;
  /** 1 when start/end are full dates, 0 when years only. */
  precise: 0 | 1;
}

export interface KbFile {
  version: 1;
  /** Where each part came from (folder names under ../shared/data/kb, plus curated.json). */
  sources: string[];
  /** Wikidata ids ("Q90"). */
  qid: string[];
  /** Canonical English labels. */
  label: string[];
  /** Index into KINDS. */
  kind: number[];
  /** ISO 3166-1 alpha-2 country of the entry ("" unknown / international). */
  cc: string[];
  /** Popularity stand-in, 0–100 (population for places, office rank for people, curated for orgs). */
  prior: number[];
  /** English Wikipedia titles that differ from the label, by entry number. */
  title: Record<string, string>;
  /** ISO 3166 codes (countries: alpha-2; states: 3166-2), by entry number. */
  iso: Record<string, string>;
  /** Normalised full names and aliases → entry numbers. */
  alias: Record<string, number[]>;
  /** Normalised surnames of people → entry numbers. */
  surname: Record<string, number[]>;
  /** Normalised demonyms → the country's entry number. */
  demonym: Record<string, number>;
  /** Office terms, sorted by role, country, start. */
  offices: Array<[string, string, number, string, string, 0 | 1]>;
}

/** A sorted string → entry-list index, packed: keys joined by "\n", posting lists flattened. */
export interface PackedIndex {
  /** Sorted keys joined by "\n". */
  keys: string;
  /** Where key k's entries start in ids (length = keys + 1). */
  start: number[];
  ids: number[];
}

/**
 * The file as stored: the same content as KbFile with strings joined by "\n" and the alias maps packed,
 * so that loading is one JSON.parse of a few large strings and flat number arrays (no per-key objects).
 */
export interface PackedKb {
  version: 2;
  sources: string[];
  qid: string;
  label: string;
  kind: number[];
  cc: string;
  prior: number[];
  /** Wikipedia titles aligned with entries, "" when the label is the title. */
  title: string;
  /** ISO codes aligned with entries, "" when none. */
  iso: string;
  alias: PackedIndex;
  surname: PackedIndex;
  demonym: Record<string, number>;
  offices: KbFile['offices'];
}
