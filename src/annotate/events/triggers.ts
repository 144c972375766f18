/**
 * Trigger matching: the lexicon's phrases compiled to word-form sets, matched longest-first over a
 * sentence's lower-cased tokens.
 */
import { TRIGGERS, type TriggerEntry } from './lexicon.js';

/** One compiled phrase: a set of accepted forms per word. */
interface Compiled {
  words: ReadonlySet<string>[];
  entry: TriggerEntry;
}

export interface TriggerMatch {
  /** Token indices within the sentence, end exclusive. */
  from: number;
  to: number;
  entry: TriggerEntry;
}

/** The inflected forms of a base ("attack" → attack, attacks, attacked, attacking). */
export function inflect(base: string): string[] {
  const forms = new Set([
    base,
    `${base}s`,
    `${base}es`,
    `${base}ed`,
    `${base}d`,
    `${base}ing`,
    `${base}ings`,
  ]);
  if (base.endsWith('e')) forms.add(`${base.slice(0, -1)}ing`).add(`${base.slice(0, -1)}ed`);
  if (base.endsWith('y')) forms.add(`${base.slice(0, -1)}ies`).add(`${base.slice(0, -1)}ied`);
  const last = base[base.length - 1] ?? '';
  if (/[bdglmnprt]/.test(last) && /[aeiou][bdglmnprt]$/.test(base) && !/[aeiou]{2}/.test(base.slice(-3)))
    forms.add(`${base}${last}ed`).add(`${base}${last}ing`);
  // Stems cut before a vowel ("negotiat*", "criticiz*"): the usual endings on the stem.
  for (const ending of ['e', 'es', 'ed', 'ing', 'ion', 'ions', 'ation', 'ations', 'ment', 'ments'])
    forms.add(`${base}${ending}`);
  return [...forms];
}

function compileWord(word: string): Set<string> {
  const out = new Set<string>();
  for (const alt of word.split('|')) {
    if (alt.endsWith('*')) for (const f of inflect(alt.slice(0, -1))) out.add(f);
    else out.add(alt);
  }
  return out;
}

/** No phrase (a word that starts none). */
const NONE: readonly Compiled[] = [];

/** Compiled phrases by every form of their first word, in lexicon order. */
let byFirstWord: Map<string, Compiled[]> | null = null;

/** The lexicon compiled and indexed once, on first use (lazily). */
function lexicon(): Map<string, Compiled[]> {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const entry of TRIGGERS) {
      for (const phrase of entry.phrase.split('/')) {
        const c: Compiled = { words: phrase.split(' ').map(compileWord), entry };
        for (const form of c.words[0]!) {
          const list = byFirstWord.get(form);
          if (list) list.push(c);
          else byFirstWord.set(form, [c]);
        }
      }
    }
  }
  return byFirstWord;
}

/**
 * Every trigger in a sentence, longest match first at each position, non-overlapping, in order.
 * `lower` are the sentence's tokens in lower case; `capitalised[i]` tells a proper-noun-looking token
 * (capitalised and not sentence-initial), which is never a trigger ("March", "Shell", "Aid Agency").
 */
export function findTriggers(lower: readonly string[], capitalised: readonly boolean[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const lex = lexicon();
  let i = 0;
  while (i < lower.length) {
    let best: TriggerMatch | null = null;
    for (const c of lex.get(lower[i]!) ?? NONE) {
      const n = c.words.length;
      if (i + n > lower.length || (best && n <= best.to - best.from)) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = c.words[k]!.has(lower[i + k]!) && !capitalised[i + k];
      if (ok) best = { from: i, to: i + n, entry: c.entry };
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}
