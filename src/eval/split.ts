import { createHash } from 'node:crypto';

/**
 * Deterministic dev / held-out split by a hash of the item id: about HOLDOUT_SHARE of every data set is
 * held out while developing, so the reported held-out score is on pages the rules were never tuned to.
 */
export const HOLDOUT_SHARE = 0.3;

export function isHeldOut(id: string): boolean {
  const h = createHash('sha1').update(`dateline-holdout:${id}`).digest();
  return h.readUInt32BE(0) / 0x1_0000_0000 < HOLDOUT_SHARE;
}

export function inSplit(id: string, split: 'dev' | 'holdout' | 'all'): boolean {
  if (split === 'all') return true;
  return isHeldOut(id) === (split === 'holdout');
}
