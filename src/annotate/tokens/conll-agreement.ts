/**
 * Token-boundary agreement with CoNLL-2003: join each CoNLL sentence's tokens with single spaces,
 * tokenize that with ours, and count the sentences whose tokens come back exactly. Reports; asserts
 * nothing; reads the data in place and copies none of it.
 *
 *   node dist/src/annotate/tokens/conll-agreement.js [--data DIR] [--show N]
 *
 * DIR defaults to ../shared/data; the files are DIR/ner/conll2003/{train,valid,test}.txt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from './tokenizer.js';

const SPLITS = ['train', 'valid', 'test'] as const;

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The token columns of a CoNLL file, one array per sentence; document separators skipped. */
export function conllSentences(content: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of content.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    const token = trimmed.split(' ')[0]!;
    if (token === '-DOCSTART-') continue;
    current.push(token);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export interface Agreement {
  sentences: number;
  exact: number;
  /** Gold tokens our tokenizer split or merged differently, most frequent first. */
  misses: Array<[string, number]>;
  examples: Array<{ gold: string[]; ours: string[] }>;
}

/** Compares our tokens with the gold tokens of each sentence (detokenised with single spaces). */
export function agreement(sentences: readonly string[][], keepExamples = 10): Agreement {
  let exact = 0;
  const misses = new Map<string, number>();
  const examples: Agreement['examples'] = [];
  for (const gold of sentences) {
    const text = gold.join(' ');
    const ours = tokenize(text).map((t) => text.slice(t.start, t.end));
    if (ours.length === gold.length && ours.every((t, k) => t === gold[k])) {
      exact += 1;
      continue;
    }
    const oursSet = new Set(ours);
    for (const g of gold) if (!oursSet.has(g)) misses.set(g, (misses.get(g) ?? 0) + 1);
    if (examples.length < keepExamples) examples.push({ gold, ours });
  }
  const sorted = [...misses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { sentences: sentences.length, exact, misses: sorted, examples };
}

function main(): void {
  const dataDir = argValue('--data') ?? join('..', 'shared', 'data');
  const show = Number(argValue('--show') ?? 5);
  const dir = join(dataDir, 'ner', 'conll2003');
  if (!existsSync(dir)) {
    console.log(`conll-agreement: skipped, no CoNLL-2003 data at ${dir} (pass --data DIR)`);
    return;
  }
  let total = 0;
  let exact = 0;
  for (const split of SPLITS) {
    const file = join(dir, `${split}.txt`);
    if (!existsSync(file)) continue;
    const result = agreement(conllSentences(readFileSync(file, 'utf8')), show);
    total += result.sentences;
    exact += result.exact;
    const pct = ((100 * result.exact) / result.sentences).toFixed(2);
    console.log(`${split}: ${result.exact} / ${result.sentences} sentences tokenised exactly (${pct}%)`);
    console.log(
      `  most missed gold tokens: ${result.misses
        .slice(0, 15)
        .map(([t, c]) => `${JSON.stringify(t)}×${c}`)
        .join(', ')}`,
    );
    for (const ex of result.examples.slice(0, show)) {
      console.log(`  gold: ${ex.gold.join(' | ')}`);
      console.log(`  ours: ${ex.ours.join(' | ')}`);
    }
  }
  if (total > 0) console.log(`all: ${exact} / ${total} (${((100 * exact) / total).toFixed(2)}%)`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
