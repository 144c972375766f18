/**
 * CoNLL-2003 reading and conlleval-style exact-span scoring (our own implementation; cross-checked
 * against ../shared/tools/conll.mjs in conll.test.ts).
 */
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  words: string[];
  tags: string[];
  /** Index of the document (-DOCSTART-) the sentence belongs to. */
  doc: number;
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let doc = -1;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) out.push({ words, tags, doc: Math.max(doc, 0) });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    const cols = t.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return out;
}

export function readConllFile(path: string): ConllSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}

/** Sentences grouped by document, in order. */
export function byDocument(sentences: readonly ConllSentence[]): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let last = -1;
  for (const s of sentences) {
    if (s.doc !== last || docs.length === 0) {
      docs.push([]);
      last = s.doc;
    }
    docs[docs.length - 1]!.push(s);
  }
  return docs;
}

export type Chunk = [start: number, end: number, type: string];

/** IOB1/IOB2 tags to chunks [start, endExclusive, type] (conlleval: I-X after O or another type starts a chunk). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type: string | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const ty = tag === 'O' ? null : tag.slice(2);
    const begins = prefix === 'B' || (prefix === 'I' && ty !== type);
    if (type !== null && (prefix === 'O' || begins)) {
      out.push([start, i, type]);
      type = null;
    }
    if (prefix !== 'O' && (begins || type === null)) {
      start = i;
      type = ty;
    }
  }
  return out;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-span P/R/F1 per type and overall ('ALL'), over parallel gold and predicted tag sequences. */
export function scoreChunks(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): Record<string, Prf> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  get('ALL');
  for (let k = 0; k < gold.length; k++) {
    const g = new Set(chunks(gold[k]!).map((c) => c.join('|')));
    const p = new Set(chunks(pred[k]!).map((c) => c.join('|')));
    for (const x of p) {
      const ty = x.split('|')[2]!;
      const hit = g.has(x);
      get(ty)[hit ? 'tp' : 'fp']++;
      get('ALL')[hit ? 'tp' : 'fp']++;
    }
    for (const x of g) {
      if (p.has(x)) continue;
      get(x.split('|')[2]!).fn++;
      get('ALL').fn++;
    }
  }
  const out: Record<string, Prf> = {};
  for (const [ty, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    out[ty] = { ...c, precision, recall, f1 };
  }
  return out;
}
