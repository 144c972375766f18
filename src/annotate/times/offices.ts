/**
 * Office terms as evidence for an inferred year: "U.S. President Barack Obama" in a story dated Nov 17
 * without a year means a Nov 17 on which Barack Obama was president (2009–2016), which the weekday's
 * candidates (2009, 2015, 2020, 2026) then narrow to 2009 and 2015.
 *
 * 1. Find a role title in capitals right before a name of two or three capitalised words ("President
 *    Barack Obama", "Prime Minister Theresa May"), not after "former", "ex-", "the late", "then"
 *    (grouping.ts NOT_CURRENT_RE, shared with the reading of titles as mentions).
 * 2. Look the name up in the KB (people only) and take its terms in that role.
 * 3. Each titled mention whose holder has terms keeps the candidate years whose month and day fall in
 *    one of them; the mentions' sets are intersected. A mention that fits no candidate is ignored
 *    (a KB without the latest terms must not empty the list).
 */
import type { Kb } from '../../link/kb.js';
import { normName } from '../../link/normalize.js';
import { NOT_CURRENT_RE, ROLE_OF, ROLE_PHRASES } from '../entities/grouping.js';

/** A capitalised role title and the name after it. */
const TITLED_NAME = new RegExp(
  `\\b(${ROLE_PHRASES.map(([p]) => p.replace(/\b(?!of\b|the\b)\w/g, (c) => c.toUpperCase()))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+((?:\\p{Lu}(?:\\.|[\\p{L}'’-]+)\\s+){1,2}\\p{Lu}[\\p{L}'’-]+)`,
  'gu',
);
/** At most this many titled names are looked up (bounds the work on long pages). */
const MAX_TITLED = 12;

export interface OfficeEvidence {
  /** The candidate years the office terms allow. */
  years: number[];
  /** What the narrowing rests on, for the warning. */
  evidence: string[];
}

/** The candidates that the sitting office holders named in the text allow, or null when none speak. */
export function officeYears(
  text: string,
  kb: Kb,
  md: { m: number; d: number },
  candidates: readonly number[],
): OfficeEvidence | null {
  let keep: Set<number> | null = null;
  const evidence: string[] = [];
  let seen = 0;
  for (const m of text.matchAll(TITLED_NAME)) {
    if (++seen > MAX_TITLED) break;
    if (NOT_CURRENT_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const role = ROLE_OF.get(m[1]!.toLowerCase());
    if (!role) continue;
    // (Three capitalised words may run into the next one: "President Barack Obama Said" → two.)
    const words = m[2]!.split(/\s+/);
    let name = m[2]!;
    let holders = kb.byAlias(normName(name));
    if (holders.length === 0 && words.length === 3) {
      name = words.slice(0, 2).join(' ');
      holders = kb.byAlias(normName(name));
    }
    const fits = new Set<number>();
    let termed = false;
    for (const e of holders) {
      if (kb.kind[e] !== 'person') continue;
      for (const t of kb.termsOf(e)) {
        if (t.role !== role) continue;
        termed = true;
        for (const y of candidates) {
          const day = `${y}-${String(md.m).padStart(2, '0')}-${String(md.d).padStart(2, '0')}`;
          if (day >= t.start && (t.end === '' || day <= t.end)) fits.add(y);
        }
      }
    }
    if (!termed || fits.size === 0) continue;
    const next: Set<number> = keep === null ? fits : new Set([...keep].filter((y) => fits.has(y)));
    if (next.size === 0) continue;
    keep = next;
    evidence.push(`${m[1]} ${name} in office in ${[...fits].sort((a, b) => a - b).join(', ')}`);
  }
  if (keep === null || keep.size === candidates.length) return null;
  return { years: candidates.filter((y) => keep.has(y)), evidence };
}
