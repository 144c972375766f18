/**
 * The one name normaliser shared by the KB builder and the linker, so that a name written in the KB and
 * the same name read in an article meet under the same key.
 */
import { detached } from '../doc/strings.js';

/** Characters that separate words inside names ("al-Qaeda", "Côte d'Ivoire") and become spaces. */
const SEPARATORS = /[-‐‑–—'’‘`_/,]+/g;
/** Characters dropped outright ("U.S." → "us", "AT&T" keeps its ampersand). */
const DROPPED = /[.()"“”]+/g;

/** Keys already made (names recur within and across articles); emptied when this many are held. */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** Lower-cased, accent-free, punctuation-light key of a name; "" when nothing is left. */
export function normName(name: string): string {
  let key = memo.get(name);
  if (key !== undefined) return key;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  // Keyed by a copy: a name sliced from a document would keep the whole document alive while memoised.
  const own = detached(name);
  key = normalise(own);
  memo.set(own, key);
  return key;
}

function normalise(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Key of a Wikipedia/DBpedia title ("Ally_Financial", "S%C3%A3o_Paulo") comparable with normName keys. */
export function normTitle(title: string): string {
  const decoded = title.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) =>
    Buffer.from(m.replace(/%/g, ''), 'hex').toString('utf8'),
  );
  return normName(decoded.replace(/_/g, ' '));
}

/**
 * A person's name as a Wikipedia title writes it ("Sergei_Shoigu (politician)" → "Sergei Shoigu"), or ""
 * when the title is not in Latin script.
 */
export function titleName(title: string): string {
  const name = title
    .replace(/_/g, ' ')
    .replace(/\s*\(.*\)$/, '')
    .trim();
  return /^[\p{Script=Latin}\s.'’-]+$/u.test(name) ? name : '';
}
