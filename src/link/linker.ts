/**
 * The linker: from an entity's names (title-stripped, one per distinct mention) and its type to one KB
 * entry, or none.
 *
 * Recipe (linkEntity):
 *  1. NORP: a demonym links to its country ("French" → France); otherwise fall through as an ORG.
 *  2. candidates: entries whose label/alias equals a name (full weight), people whose surname equals a
 *     one-word name (SURNAME_WEIGHT), restricted to the kinds the type allows (TYPE_KINDS);
 *  3. score = best name weight + prior (popularity stand-in) + country-context bonus (the entry's
 *     country is one the document is about) + office bonus (a person holding an office at the article's
 *     date; more when the text gave the role, "Russian President …");
 *  4. the best candidate wins when its score reaches MIN_SCORE and its margin over the runner-up reaches
 *     MIN_MARGIN; confidence = that margin (1 when alone), so that callers rename entities only on
 *     confident links (CONFIDENT_MARGIN).
 */
import type { Kb, KbRefs } from './kb.js';
import { kbRefs } from './kb.js';
import type { Kind } from './kb-types.js';
import { normName } from './normalize.js';

export type LinkType =
  'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC' | 'FAC' | 'EVENT' | 'PRODUCT' | 'ANY';

/**
 * Type fit: a bonus (or penalty) per KB kind for each entity type; kinds absent are not candidates.
 * Tagger types are noisy (ORG "Michigan", LOC "White House", ORG "Trump"), so most crossings are
 * allowed with a penalty rather than forbidden; calibrated on the dev half of the linking sets.
 */
export const TYPE_KINDS: Record<LinkType, Partial<Record<Kind, number>>> = {
  PERSON: { person: 0.3, org: -0.3, country: -0.3, state: -0.3, city: -0.3 },
  ORG: { org: 0.3, country: 0, state: -0.1, city: -0.2, person: -0.1 },
  GPE: { country: 0.3, state: 0.3, city: 0.3, org: -0.2, person: -0.3 },
  LOC: { country: 0.2, state: 0.2, city: 0.2, org: 0, person: -0.15 },
  NORP: { org: 0.2, country: -0.2 },
  MISC: { org: 0.1, country: 0, state: -0.1, city: -0.1, person: -0.1 },
  FAC: { org: 0, city: -0.2 },
  EVENT: {},
  PRODUCT: { org: 0 },
  ANY: { country: 0.1, state: 0.1, city: 0.1, person: 0.1, org: 0.1 },
};

/** Weight of a surname-only match ("Putin" → Vladimir Putin) against a full-name match (1). */
export const SURNAME_WEIGHT = 0.55;
/** Weight of a multi-word name whose words all occur in a person's full name ("Tayyip Erdogan"). */
export const PARTIAL_NAME_WEIGHT = 0.85;
/** Generational suffixes ignored when matching partial names. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Weight of a company name matched after expanding or dropping its legal suffix ("Southern Co"). */
export const COMPANY_VARIANT_WEIGHT = 0.95;
/** Legal-form words at the end of company names, dropped to find the company ("Reuters Holdings Plc"). */
export const COMPANY_SUFFIXES = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'plc',
  'llc',
  'lp',
  'holdings',
  'holding',
  'group',
  'ag',
  'sa',
  'nv',
  'bv',
  'spa',
  'se',
  'gmbh',
  'kk',
  'cos',
]);
/** Abbreviations news uses inside company names, expanded to the full word. */
const COMPANY_EXPANSIONS: Record<string, string> = {
  co: 'company',
  corp: 'corporation',
  cos: 'companies',
  intl: 'international',
};

/** Other keys a company name may be known under: abbreviations expanded, legal suffixes dropped. */
export function companyVariants(key: string): string[] {
  const ws = key.split(' ');
  const out = new Set<string>();
  const expanded = ws.map((w) => COMPANY_EXPANSIONS[w] ?? w).join(' ');
  if (expanded !== key) out.add(expanded);
  let end = ws.length;
  while (end > 1 && COMPANY_SUFFIXES.has(ws[end - 1]!)) {
    end--;
    out.add(ws.slice(0, end).join(' '));
  }
  return [...out];
}

/** Weight of the prior (0–100 → 0–PRIOR_WEIGHT): population, office rank, curated orgs. */
export const PRIOR_WEIGHT = 0.6;
/** Bonus when the entry's country is among the document's countries. */
export const COUNTRY_BONUS = 0.25;
/** Bonus for a person in a known office at the article's date. */
export const IN_OFFICE_BONUS = 0.3;
/** Bonus for the person the text's own title resolves to ("French President Hollande"). */
export const ROLE_BONUS = 0.8;
/** People with a lower prior (legislators) link only when their country is in the document's countries. */
export const KNOWN_PERSON_PRIOR = 30;
/** Smallest score that links at all (a full-name match with a weak prior passes). */
export const MIN_SCORE = 0.9;
/**
 * Smallest margin over the runner-up for a link at all: near-ties are coin flips (on the dev half, links
 * under 0.05 were right 8 times in 30), so they stay unlinked.
 */
export const MIN_MARGIN = 0.05;
/** Smallest margin over the runner-up for a link to rename the entity to the KB label. */
export const CONFIDENT_MARGIN = 0.15;

export interface LinkContext {
  /** ISO date of the article (YYYY-MM-DD), when known. */
  date?: string | null;
  /** ISO 3166-1 alpha-2 codes of the countries the document mentions or is datelined in. */
  countries?: ReadonlySet<string>;
  /** Entries the text's titles resolve to ("Russian President …" at the date). */
  roleHints?: ReadonlySet<number>;
}

export interface Link {
  entry: number;
  qid: string;
  label: string;
  kind: Kind;
  kb: KbRefs;
  score: number;
  /** Margin over the runner-up (1 when alone). */
  confidence: number;
  /** True when the link is sure enough to name the entity by the KB label. */
  confident: boolean;
}

/** True when a person held any office at the date. */
export function inOffice(kb: Kb, entry: number, date: string): boolean {
  return kb.termsOf(entry).some((t) => t.start <= date && (!t.end || date < t.end));
}

/** Who held a role in a country at a date (precise terms first, then the latest start); undefined if none. */
export function holderAt(kb: Kb, role: string, cc: string, date: string): number | undefined {
  let best: { person: number; precise: number; start: string } | undefined;
  for (const t of kb.terms(role, cc)) {
    if (!(t.start <= date && (!t.end || date < t.end))) continue;
    if (!best || t.precise > best.precise || (t.precise === best.precise && t.start > best.start))
      best = { person: t.person, precise: t.precise, start: t.start };
  }
  return best?.person;
}

/** Links an entity given its names (as written, titles already stripped) and type; null when unlinked. */
export function linkEntity(
  kb: Kb,
  names: readonly string[],
  type: LinkType,
  ctx: LinkContext = {},
): Link | null {
  const keys = [...new Set(names.map(normName).filter(Boolean))];
  if (keys.length === 0) return null;
  // 1. Nationalities.
  if (type === 'NORP') {
    for (const k of keys) {
      const c = kb.byDemonym(k);
      if (c !== undefined) return result(kb, c, 2, 1);
    }
  }
  // 2. Candidates.
  const allowed = TYPE_KINDS[type];
  const weight = new Map<number, number>();
  const note = (e: number, w: number): void => {
    if (allowed[kb.kind[e]!] === undefined) return;
    if ((weight.get(e) ?? 0) < w) weight.set(e, w);
  };
  // A full name in the text ("Amal Odeh") rules out other people who merely share the surname.
  const hasFullName = keys.some((k) => k.includes(' '));
  for (const k of keys) {
    for (const e of kb.byAlias(k)) note(e, 1);
    if (kb.byAlias(k).length === 0 && (type === 'ORG' || type === 'MISC' || type === 'ANY'))
      for (const v of companyVariants(k)) for (const e of kb.byAlias(v)) note(e, COMPANY_VARIANT_WEIGHT);
    if (!k.includes(' ')) {
      if (!hasFullName) for (const e of kb.bySurname(k)) note(e, SURNAME_WEIGHT);
    } else if (kb.byAlias(k).length === 0) {
      // "Maria Cortes", "John Smith III": every word of the name is in the person's full name.
      const ws = k.split(' ').filter((w) => !NAME_SUFFIXES.has(w));
      const last = ws[ws.length - 1]!;
      for (const e of kb.bySurname(last)) {
        const full = new Set(normName(kb.label[e]!).split(' '));
        if (ws.every((w) => full.has(w))) note(e, PARTIAL_NAME_WEIGHT);
      }
    }
  }
  if (weight.size === 0) return null;
  // 3. Scores.
  const scored: Array<[number, number]> = [];
  for (const [e, w] of weight) {
    let s = w + allowed[kb.kind[e]!]! + (kb.prior[e]! / 100) * PRIOR_WEIGHT;
    if (ctx.countries?.has(kb.cc[e]!)) s += COUNTRY_BONUS;
    if (kb.kind[e] === 'person') {
      // Little-known people (legislators) only where the document is about their country.
      if (kb.prior[e]! < KNOWN_PERSON_PRIOR && !ctx.countries?.has(kb.cc[e]!)) continue;
      if (ctx.date && inOffice(kb, e, ctx.date)) s += IN_OFFICE_BONUS;
      if (ctx.roleHints?.has(e)) s += ROLE_BONUS;
    }
    scored.push([e, s]);
  }
  // 4. The best, ties broken by entry number (deterministic).
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const [best, second] = scored;
  if (!best || best[1] < MIN_SCORE) return null;
  if (second && best[1] - second[1] < MIN_MARGIN) return null;
  return result(kb, best[0], best[1], second ? best[1] - second[1] : 1);
}

function result(kb: Kb, entry: number, score: number, confidence: number): Link {
  return {
    entry,
    qid: kb.qid[entry]!,
    label: kb.label[entry]!,
    kind: kb.kind[entry]!,
    kb: kbRefs(kb, entry),
    score: Math.round(score * 1000) / 1000,
    confidence: Math.round(confidence * 1000) / 1000,
    confident: confidence >= CONFIDENT_MARGIN,
  };
}

/** The country code of a place name (a dateline's "PARIS"): its best-known country, state or city. */
export function countryOfPlace(kb: Kb, place: string | null | undefined): string | null {
  if (!place) return null;
  let best: number | undefined;
  for (const e of kb.byAlias(normName(place)))
    if (
      kb.kind[e] !== 'person' &&
      kb.kind[e] !== 'org' &&
      kb.cc[e] &&
      (best === undefined || kb.prior[e]! > kb.prior[best]!)
    )
      best = e;
  return best === undefined ? null : kb.cc[best]!;
}
