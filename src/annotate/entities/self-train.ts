/**
 * Self-training data for the named-entity tagger: unlabelled news tagged by a trained model, each
 * sentence with the margin of its tagging, so that training (train.ts --self-train FILE --self-max N)
 * can add the N most confident sentences to CoNLL train.
 *
 *   1. Read the raw news the word clusters are built from (clusters.ts), without CoNLL: TE3-silver and
 *      TimeBank/AQUAINT (../shared/data/timex), PolNeAR train articles; one document per file,
 *      paragraphs tokenised CoNLL-style (rawTokens), cut into sentences after . ! ? (splitSentences).
 *   2. Tag each document with both passes of the model, as tagDocument does (Viterbi on each pass).
 *   3. Score each sentence's second-pass tagging by its Viterbi margin: the best path's score over the
 *      best path that differs from it anywhere (the smallest max-marginal gap of any token; float
 *      units, the model's scale applied). A sentence whose first-pass and second-pass tags differ
 *      gets margin 0 (never kept).
 *   4. Write every sentence as CoNLL columns "word margin _ tag", documents by -DOCSTART-.
 *
 * The silver file is written outside the repository (it holds sentences of research-only text); the
 * teacher model must not have seen the data the student is judged on (for valid: a --train-only model).
 *
 *   node dist/src/annotate/entities/self-train.js --model FILE --out FILE [--data ../shared/data]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, rawTokens } from './clusters.js';
import type { ConllSentence } from './conll.js';
import {
  allowed,
  consistencyFeatures,
  docContext,
  historyFeatures,
  NUM_HISTORY,
  NUM_TAGS,
  type SentenceFeatures,
  sentenceFeatures,
  TAGS,
} from './features.js';
import { decodeModel } from './model.js';
import { tagSentence, type TaggerModel } from './tagger.js';
import { tmlFiles } from '../../doc/tml-files.js';

/** A silver sentence: words, the teacher's tags, its margin and its document number. */
export interface SilverSentence extends ConllSentence {
  margin: number;
}

/** Tokens that end a sentence when a capitalised word, a quote or a digit follows (or nothing). */
const ENDERS = new Set(['.', '!', '?']);

/** Cuts a paragraph's tokens into sentences after . ! ? followed by a capital, a quote or the end. */
export function splitSentences(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    cur.push(tokens[i]!);
    const next = tokens[i + 1];
    if (ENDERS.has(tokens[i]!) && (next === undefined || /^[\p{Lu}"'`\p{N}]/u.test(next))) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A raw text's sentences: paragraphs (blank-line separated), each cut into sentences. */
export function textSentences(text: string): string[][] {
  const out: string[][] = [];
  for (const para of text.split(/\n\s*\n/)) out.push(...splitSentences(rawTokens(para)));
  return out;
}

/** The unlabelled documents (step 1): each a list of tokenised sentences; absent sources are skipped. */
export function rawDocuments(data: string): string[][][] {
  const docs: string[][][] = [];
  const add = (text: string) => {
    const s = textSentences(text);
    if (s.length) docs.push(s);
  };
  for (const dir of [join(data, 'timex', 'te3-silver'), join(data, 'timex', 'timebank-aquaint')])
    for (const p of tmlFiles(dir))
      add((/<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(p, 'utf8'))?.[1] ?? '').replace(/<[^>]*>/g, ''));
  const polnear = join(data, 'quotes', 'polnear', 'data', 'train', 'text');
  if (existsSync(polnear))
    for (const f of readdirSync(polnear).sort())
      if (f.endsWith('.txt')) add(readFileSync(join(polnear, f), 'utf8'));
  return docs;
}

/**
 * Viterbi tags of one sentence with their margin (step 3): max-product forward and backward passes
 * over the same scores as tagger.ts viterbiSentence (static features and extras, history features of
 * the previous tag; IOB2 as hard constraints). The margin is min over tokens of the best path's score
 * minus the best score of a path with another tag at that token, i.e. best minus second-best path.
 */
export function viterbiMargin(
  model: TaggerModel,
  weights: Float32Array | Int16Array,
  sf: SentenceFeatures,
  extra?: readonly (readonly number[])[],
): { tags: number[]; margin: number } {
  const n = sf.offsets.length - 1;
  if (n === 0) return { tags: [], margin: Infinity };
  const mask = model.buckets - 1;
  const T = NUM_TAGS;
  const stat = new Float64Array(n * T);
  // trans[i][(p + 1) * T + t]: history score of tag t at token i after tag p (p = -1: sentence start).
  const trans = new Float64Array(n * (T + 1) * T);
  const hist = new Uint32Array(NUM_HISTORY);
  const add = (out: Float64Array, at: number, h: number) => {
    const b = (h & mask) * T;
    for (let t = 0; t < T; t++) out[at + t]! += weights[b + t]!;
  };
  for (let i = 0; i < n; i++) {
    for (let f = sf.offsets[i]!; f < sf.offsets[i + 1]!; f++) add(stat, i * T, sf.feats[f]!);
    for (const h of extra?.[i] ?? []) add(stat, i * T, h);
    for (let p = -1; p < T; p++) {
      if (p >= 0 && i === 0) break;
      historyFeatures(sf, i, p, -1, hist);
      for (let k = 0; k < NUM_HISTORY; k++) add(trans, i * (T + 1) * T + (p + 1) * T, hist[k]!);
    }
  }
  const edge = (i: number, p: number, t: number) =>
    allowed(p, t) ? trans[i * (T + 1) * T + (p + 1) * T + t]! : -Infinity;
  const fwd = new Float64Array(n * T).fill(-Infinity);
  const bwd = new Float64Array(n * T).fill(0);
  for (let t = 0; t < T; t++) fwd[t] = edge(0, -1, t) + stat[t]!;
  for (let i = 1; i < n; i++)
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let p = 0; p < T; p++) best = Math.max(best, fwd[(i - 1) * T + p]! + edge(i, p, t));
      fwd[i * T + t] = best + stat[i * T + t]!;
    }
  for (let i = n - 2; i >= 0; i--)
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let u = 0; u < T; u++)
        best = Math.max(best, edge(i + 1, t, u) + stat[(i + 1) * T + u]! + bwd[(i + 1) * T + u]!);
      bwd[i * T + t] = best;
    }
  const tags = tagSentence({ ...model, weights, viterbi: true }, sf, undefined, extra);
  let margin = Infinity;
  for (let i = 0; i < n; i++) {
    const own = fwd[i * T + tags[i]!]! + bwd[i * T + tags[i]!]!;
    let other = -Infinity;
    for (let t = 0; t < T; t++) if (t !== tags[i]) other = Math.max(other, fwd[i * T + t]! + bwd[i * T + t]!);
    margin = Math.min(margin, own - other);
  }
  return { tags, margin: margin * model.scale };
}

/**
 * Steps 2–3 for one document: the second pass's tags of each sentence with its margin (0 where the
 * passes disagree). The model's passes must both be Viterbi-decoded, as the committed model's are.
 */
export function tagWithMargins(model: TaggerModel, doc: readonly (readonly string[])[]): SilverSentence[] {
  if (!model.stage2 || !model.viterbi || !model.viterbi2)
    throw new Error('self-training needs a two-pass Viterbi model');
  const ctx = docContext(doc);
  const sfs = doc.map((words) => sentenceFeatures(words, model, ctx));
  const first = sfs.map((sf) => tagSentence(model, sf));
  const extra = consistencyFeatures(doc, first);
  return sfs.map((sf, k) => {
    const { tags, margin } = viterbiMargin(model, model.stage2!, sf, extra[k]);
    const agree = tags.every((t, i) => t === first[k]![i]);
    return { words: [...doc[k]!], tags: tags.map((t) => TAGS[t]!), doc: 0, margin: agree ? margin : 0 };
  });
}

/** Step 4: the silver sentences as CoNLL columns (word, margin, _, tag), documents by -DOCSTART-. */
export function formatSilver(sentences: readonly SilverSentence[]): string {
  const lines: string[] = [];
  let doc = -1;
  for (const s of sentences) {
    if (s.doc !== doc) {
      lines.push('-DOCSTART- -X- -X- O', '');
      doc = s.doc;
    }
    const m = s.margin.toFixed(3);
    s.words.forEach((w, i) => lines.push(`${w} ${m} _ ${s.tags[i]}`));
    lines.push('');
  }
  return lines.join('\n');
}

/** Reads a silver file written by formatSilver. */
export function parseSilver(text: string): SilverSentence[] {
  const out: SilverSentence[] = [];
  let doc = -1;
  let cur: SilverSentence | null = null;
  const flush = () => {
    if (cur?.words.length) out.push(cur);
    cur = null;
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (!cols[0]) {
      flush();
      continue;
    }
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    if (cols.length !== 4) throw new Error(`silver line needs 4 columns: ${line}`);
    cur ??= { words: [], tags: [], doc: Math.max(doc, 0), margin: Number(cols[1]) };
    cur.words.push(cols[0]);
    cur.tags.push(cols[3]!);
  }
  flush();
  return out;
}

/**
 * The `max` sentences with the largest margins (ties: earlier first), kept in file order; sentences
 * with margin ≤ minMargin, or shorter than minLength tokens, are never kept.
 */
export function selectSilver(
  sentences: readonly SilverSentence[],
  max: number,
  minMargin = 0,
  minLength = 3,
): SilverSentence[] {
  const idx = sentences
    .map((s, i) => i)
    .filter((i) => sentences[i]!.margin > minMargin && sentences[i]!.words.length >= minLength);
  idx.sort((a, b) => sentences[b]!.margin - sentences[a]!.margin || a - b);
  return idx
    .slice(0, max)
    .sort((a, b) => a - b)
    .map((i) => sentences[i]!);
}

export function main(): void {
  const t0 = Date.now();
  const data = arg('data', join('..', 'shared', 'data'));
  const modelFile = arg('model', '');
  const out = arg('out', '');
  if (!modelFile || !out) throw new Error('usage: self-train.js --model FILE --out FILE [--data DIR]');
  const model = decodeModel(readFileSync(modelFile));
  const docs = rawDocuments(data);
  const silver: SilverSentence[] = [];
  docs.forEach((doc, d) => {
    for (const s of tagWithMargins(model, doc)) silver.push({ ...s, doc: d });
  });
  writeFileSync(out, formatSilver(silver));
  const kept = silver.filter((s) => s.margin > 0).length;
  console.log(
    `${docs.length} documents, ${silver.length} sentences (${kept} with both passes agreeing); wrote ${out} (${Date.now() - t0} ms)`,
  );
}

if (process.argv[1] && /self-train\.js$/.test(process.argv[1])) main();
