/**
 * BCubed precision, recall and F1 (Bagga & Baldwin 1998; Amigó et al. 2009), item-wise: for each item,
 * precision = the share of its predicted cluster that shares its gold class, recall = the share of its
 * gold class that shares its predicted cluster; both averaged over items, F1 their harmonic mean.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

/** Scores a clustering: `pred[i]` and `gold[i]` are item i's predicted cluster and gold class. */
export function bcubed(pred: readonly string[], gold: readonly string[]): BCubed {
  if (pred.length !== gold.length)
    throw new RangeError(`bcubed: ${pred.length} predictions, ${gold.length} gold`);
  const n = pred.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1, items: 0 };
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    predSize.set(pred[i]!, (predSize.get(pred[i]!) ?? 0) + 1);
    goldSize.set(gold[i]!, (goldSize.get(gold[i]!) ?? 0) + 1);
    const key = `${pred[i]!}\u0000${gold[i]!}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const shared = both.get(`${pred[i]!}\u0000${gold[i]!}`)!;
    p += shared / predSize.get(pred[i]!)!;
    r += shared / goldSize.get(gold[i]!)!;
  }
  const precision = p / n;
  const recall = r / n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, items: n };
}
