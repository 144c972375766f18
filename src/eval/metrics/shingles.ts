/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark evaluate.py):
 * 4-word shingles over `\w+` tokens, per-page TP/FP/FN normalised to sum to 1, precision and recall
 * averaged over pages, F1 of the two averages; accuracy = the token lists are equal.
 */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingleCounts(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const m = new Map<string, number>();
  const end = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < end; i++) {
    const sh = tokens.slice(i, i + n);
    if (!sh.length) continue;
    const key = sh.join('\u0001');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

export type TpFpFn = [tp: number, fp: number, fn: number];

export function shingleMatch(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingleCounts(truth, n);
  const p = shingleCounts(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

const mean = (a: number[]) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : 0);

export function aggregate(items: TpFpFn[]): { f1: number; precision: number; recall: number } {
  const precision = mean(
    items
      .filter(([tp, fp]) => tp + fp > 0)
      .map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp))),
  );
  const recall = mean(
    items
      .filter(([tp, , fn]) => tp + fn > 0)
      .map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn))),
  );
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

export function exactTokens(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
