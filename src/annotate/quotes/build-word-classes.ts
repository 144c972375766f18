/**
 * Builds model/word-classes.json from WordNet 3.0's database files (Debian's `wordnet-base`:
 * /usr/share/wordnet), deterministically:
 *
 * 1. Read each synset's lexicographer file number from data.verb and data.noun.
 * 2. For every one-word, lower-case lemma in index.verb: the lexicographer files of its first three
 *    senses (most frequent first), distinct; in index.noun: the file of its first sense, kept only for
 *    the classes in NOUN_CLASSES.
 * 3. From verb.exc, the irregular forms ("said" → "say") whose lemma was kept.
 * 4. Write them as sorted "word:classes" strings with WordNet's licence notice.
 *
 * Run: apt-get install wordnet-base; node dist/src/annotate/quotes/build-word-classes.js [WORDNET_DIR].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NOUN_CLASSES, type WordClassesFile, wordClassesPath } from './word-classes.js';

/** Senses of a verb whose classes are kept (later senses are rare readings). */
const VERB_SENSES = 3;

const LICENCE =
  'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS ' +
  'PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. ' +
  'BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF ' +
  'MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, ' +
  'DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER ' +
  'RIGHTS. (Classes of lemmas derived from WordNet 3.0 index and data files by build-word-classes.ts.)';

/** Synset offset → lexicographer file number ("32"), from a data.<pos> file. */
function lexFiles(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, lexFile] = line.split(' ');
    if (offset && lexFile) out.set(offset, lexFile);
  }
  return out;
}

/** Lemma → classes of its senses in order, from an index.<pos> file (one-word lower-case lemmas). */
function senses(text: string, lex: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const word = f[0]!;
    if (!/^\p{Ll}+$/u.test(word)) continue;
    const n = Number(f[2]);
    out.set(
      word,
      f.slice(f.length - n).map((o) => lex.get(o) ?? '??'),
    );
  }
  return out;
}

export function buildWordClasses(dir: string): WordClassesFile {
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  const verbSenses = senses(read('index.verb'), lexFiles(read('data.verb')));
  const nounSenses = senses(read('index.noun'), lexFiles(read('data.noun')));
  const verbs: string[] = [];
  for (const w of [...verbSenses.keys()].sort()) {
    const classes = [...new Set(verbSenses.get(w)!.slice(0, VERB_SENSES))];
    verbs.push(`${w}:${classes.join('.')}`);
  }
  const nouns: string[] = [];
  for (const w of [...nounSenses.keys()].sort()) {
    const first = nounSenses.get(w)![0]!;
    if (NOUN_CLASSES.has(first)) nouns.push(`${w}:${first}`);
  }
  const forms = new Map<string, string>();
  for (const line of read('verb.exc').split('\n')) {
    const [form, base] = line.split(' ');
    if (form && base && /^\p{Ll}+$/u.test(form) && verbSenses.has(base) && !forms.has(form))
      forms.set(form, base);
  }
  const verbForms = [...forms.keys()].sort().map((f) => `${f}:${forms.get(f)!}`);
  return { licence: LICENCE, verbs: verbs.join(' '), nouns: nouns.join(' '), verbForms: verbForms.join(' ') };
}

if (process.argv[1]?.endsWith('build-word-classes.js')) {
  const dir = resolve(process.argv[2] ?? '/usr/share/wordnet');
  const file = buildWordClasses(dir);
  writeFileSync(wordClassesPath(), `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`word classes → ${wordClassesPath()}\n`);
}
