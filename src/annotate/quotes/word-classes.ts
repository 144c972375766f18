/**
 * WordNet's broad classes of a word ("accuse" → verb.communication, "disdain" → noun.feeling), so that
 * the cue classifier can score a reporting or stance word it never saw in PolNeAR train by the class of
 * words it did see. model/word-classes.json is built by build-word-classes.ts from WordNet 3.0's
 * index and data files; at run time a word is reduced to its WordNet lemma by WordNet's own rules
 * (morphy: the irregular forms, then the suffix rules).
 */
import { detached } from '../../doc/strings.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatelineError } from '../../doc/errors.js';
import { cueModelPath } from './model.js';

/** The committed file: lemmas with their classes, as compact strings ("accuse:32 add:32.36 …"). */
export interface WordClassesFile {
  /** WordNet's licence notice, kept with the data as the licence asks. */
  licence: string;
  /** Verb lemma → its lexicographer file numbers, most frequent sense first (up to 3, distinct). */
  verbs: string;
  /** Noun lemma → the lexicographer file of its most frequent sense, for the classes in NOUN_CLASSES. */
  nouns: string;
  /** Irregular verb form → lemma ("said:say"), for lemmas in `verbs`. */
  verbForms: string;
}

export interface WordClassesOf {
  /** Verb classes, most frequent sense first; empty when the word is no WordNet verb. */
  verb: readonly string[];
  /** Noun class, or 'none'. */
  noun: string;
  /** The WordNet lemma it was found under (a verb's first: "said" → say), or the word itself. */
  lemma: string;
}

/**
 * Noun classes kept (others read as 'none'): the nouns that carry attributions ("statement", "claims",
 * "belief", "disdain", "criticism"). 04 act, 09 cognition, 10 communication, 12 feeling.
 */
export const NOUN_CLASSES: ReadonlySet<string> = new Set(['04', '09', '10', '12']);

/** Verb suffix rules of WordNet's morphy, in its order: [suffix, replacement]. */
const VERB_RULES: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];
/** Noun suffix rules of morphy (irregular plurals are not kept: few are attribution nouns). */
const NOUN_RULES: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['s', ''],
];
/** Words remembered per process before the cache starts over (bounds memory on endless streams). */
const CACHE_LIMIT = 50_000;

export interface WordClassTable {
  verbs: ReadonlyMap<string, readonly string[]>;
  nouns: ReadonlyMap<string, string>;
  verbForms: ReadonlyMap<string, string>;
}

/** Parses the compact strings of the committed file. */
export function parseWordClasses(file: WordClassesFile): WordClassTable {
  const pairs = (s: string): Array<[string, string]> =>
    s
      .split(' ')
      .filter(Boolean)
      .map((e) => {
        const k = e.indexOf(':');
        return [e.slice(0, k), e.slice(k + 1)];
      });
  return {
    verbs: new Map(pairs(file.verbs).map(([w, c]) => [w, c.split('.')])),
    nouns: new Map(pairs(file.nouns)),
    verbForms: new Map(pairs(file.verbForms)),
  };
}

/** The lemma of w under morphy's rules that the table holds, or undefined. */
function lemma<T>(
  table: ReadonlyMap<string, T>,
  rules: ReadonlyArray<readonly [string, string]>,
  w: string,
  forms?: ReadonlyMap<string, string>,
): string | undefined {
  if (table.has(w)) return w;
  const irregular = forms?.get(w);
  if (irregular !== undefined) return table.has(irregular) ? irregular : undefined;
  for (const [suffix, repl] of rules) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 1) continue;
    const base = w.slice(0, -suffix.length) + repl;
    if (table.has(base)) return base;
    // A doubled consonant before -ed / -ing ("stopped", "planning").
    if (repl === '' && suffix !== 's' && base.length > 2 && base.at(-1) === base.at(-2)) {
      if (table.has(base.slice(0, -1))) return base.slice(0, -1);
    }
  }
  return undefined;
}

const NO_CLASS: readonly string[] = [];

/** The classes of a lower-cased word under a table (pure; no cache). */
export function classesIn(table: WordClassTable, w: string): WordClassesOf {
  if (!/^\p{Ll}+$/u.test(w)) return { verb: NO_CLASS, noun: 'none', lemma: w };
  const vl = lemma(table.verbs, VERB_RULES, w, table.verbForms);
  const nl = lemma(table.nouns, NOUN_RULES, w);
  return {
    verb: vl === undefined ? NO_CLASS : table.verbs.get(vl)!,
    noun: nl === undefined ? 'none' : table.nouns.get(nl)!,
    lemma: vl ?? nl ?? w,
  };
}

export function wordClassesPath(): string {
  return join(join(cueModelPath(), '..'), 'word-classes.json');
}

let table: WordClassTable | undefined;
const cache = new Map<string, WordClassesOf>();

/** The committed table, loaded once (empty before build-word-classes.js has run). */
export function loadWordClasses(): WordClassTable {
  if (table) return table;
  const path = wordClassesPath();
  if (!existsSync(path)) return (table = { verbs: new Map(), nouns: new Map(), verbForms: new Map() });
  try {
    table = parseWordClasses(JSON.parse(readFileSync(path, 'utf8')) as WordClassesFile);
  } catch (err) {
    throw new DatelineError('internal', `the word classes ${path} are not valid JSON`, { cause: err });
  }
  return table;
}

/** The classes of a lower-cased word under the committed table, cached. */
export function wordClasses(w: string): WordClassesOf {
  const hit = cache.get(w);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // Keyed (and its lemma derived) from a copy: a word sliced from a document would keep it alive.
  const key = detached(w);
  const c = classesIn(loadWordClasses(), key);
  cache.set(key, c);
  return c;
}
