/**
 * Sentence boundaries against CoNLL-2003's sentence split. Each document's tokens are joined with
 * single spaces (so no line breaks help us), tokenised and split with ours, and our sentence ends are
 * compared with the gold ones. Reports; asserts nothing; reads the data in place and copies none of it.
 *
 *   node dist/src/annotate/sentences/conll-boundaries.js [--data DIR]
 *
 * Recall is given twice: over all gold boundaries, and over those after a terminal (. ! ? and a
 * closing quote), since a headline or dateline without final punctuation cannot be found once the
 * line breaks are gone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../tokens/tokenizer.js';
import { splitSentences } from './splitter.js';

const SPLITS = ['train', 'valid', 'test'] as const;
const TERMINAL_TOKENS = new Set(['.', '!', '?', '...', '"', "'", ')']);

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Documents of a CoNLL file, each a list of sentences, each a list of tokens. */
export function conllDocuments(content: string): string[][][] {
  const docs: string[][][] = [];
  let doc: string[][] = [];
  let sentence: string[] = [];
  const endSentence = () => {
    if (sentence.length > 0) doc.push(sentence);
    sentence = [];
  };
  for (const line of content.split('\n')) {
    const token = line.trim().split(' ')[0] ?? '';
    if (token === '') endSentence();
    else if (token === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
    } else sentence.push(token);
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}

export interface BoundaryScore {
  gold: number;
  goldAfterTerminal: number;
  ours: number;
  matched: number;
  matchedAfterTerminal: number;
}

/** Compares sentence ends (character offsets, the document's last end excluded) for each document. */
export function scoreBoundaries(docs: readonly string[][][]): BoundaryScore {
  const score: BoundaryScore = {
    gold: 0,
    goldAfterTerminal: 0,
    ours: 0,
    matched: 0,
    matchedAfterTerminal: 0,
  };
  for (const doc of docs) {
    const text = doc.map((s) => s.join(' ')).join(' ');
    const gold = new Map<number, boolean>();
    let offset = 0;
    for (const s of doc) {
      offset += s.join(' ').length;
      if (offset < text.length) gold.set(offset, TERMINAL_TOKENS.has(s[s.length - 1]!));
      offset += 1;
    }
    const ours = splitSentences(text, tokenize(text))
      .map((s) => s.end)
      .filter((end) => end < text.length);
    score.gold += gold.size;
    score.goldAfterTerminal += [...gold.values()].filter(Boolean).length;
    score.ours += ours.length;
    for (const end of ours) {
      const terminal = gold.get(end);
      if (terminal === undefined) continue;
      score.matched += 1;
      if (terminal) score.matchedAfterTerminal += 1;
    }
  }
  return score;
}

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`;
}

function main(): void {
  const dataDir = argValue('--data') ?? join('..', 'shared', 'data');
  const dir = join(dataDir, 'ner', 'conll2003');
  if (!existsSync(dir)) {
    console.log(`conll-boundaries: skipped, no CoNLL-2003 data at ${dir} (pass --data DIR)`);
    return;
  }
  for (const split of SPLITS) {
    const file = join(dir, `${split}.txt`);
    if (!existsSync(file)) continue;
    const docs = conllDocuments(readFileSync(file, 'utf8'));
    const s = scoreBoundaries(docs);
    console.log(
      `${split}: ${docs.length} documents; precision ${pct(s.matched, s.ours)} (${s.matched}/${s.ours}), ` +
        `recall ${pct(s.matched, s.gold)} (${s.matched}/${s.gold}), ` +
        `recall after a terminal ${pct(s.matchedAfterTerminal, s.goldAfterTerminal)} (${s.matchedAfterTerminal}/${s.goldAfterTerminal})`,
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
