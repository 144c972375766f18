/**
 * Actor codes: the country (ISO 3166 alpha-3) a participant's text names, from the committed table
 * model/countries.json (built by build-model.ts: FNV-1a hashes of lower-cased names, demonyms and
 * capitals → code), loaded lazily on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../../doc/errors.js';
import { fnv1a } from '../../doc/hash.js';

let table: ReadonlyMap<string, string> | null = null;

/** The table's path: src/annotate/events/model/countries.json (found from src/ or dist/src/). */
function tablePath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [
    join(here, 'model', 'countries.json'),
    join(here, '..', '..', '..', '..', 'src', 'annotate', 'events', 'model', 'countries.json'),
  ])
    if (existsSync(p)) return p;
  throw new DatelineError('internal', 'the events country table (model/countries.json) is missing');
}

function countries(): ReadonlyMap<string, string> {
  if (!table)
    table = new Map(Object.entries(JSON.parse(readFileSync(tablePath(), 'utf8')) as Record<string, string>));
  return table;
}

/** Lower case, no leading article, no possessive, single spaces. */
export function normaliseActor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}.\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/**
 * The country code a participant's text names: the whole text, else its longest run of words that is a
 * country, demonym or capital ("Rwandan rebels" → RWA, "police in Germany" → DEU); null when none.
 */
export function countryCode(text: string): string | null {
  const table = countries();
  const t = { get: (key: string) => table.get(fnv1a(key).toString(36)) };
  const norm = normaliseActor(text);
  const whole = t.get(norm);
  if (whole) return whole;
  const words = norm.split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const hit = t.get(words.slice(i, i + n).join(' '));
      if (hit) return hit;
    }
  return null;
}
