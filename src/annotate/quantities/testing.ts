/** Test helpers: the quantities of a bare text as rows, and the case tables of the rounds that use them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preparedDoc } from '../contract.js';
import { quantityFinder } from './index.js';
import type { QuantityItem } from './types.js';

export type Extras = Partial<Pick<QuantityItem, 'modifier' | 'upper' | 'role' | 'noun'>>;
/** [span text, value, unit, extras] as the finder should report them. */
export type Expected = [string, number, string, Extras?];
export type QuantityCase = [label: string, text: string, expected: Expected[]];

/** The finder's quantities of `text` as rows (extras only when set). */
export function shown(text: string): Expected[] {
  const doc = preparedDoc(quantityFinder, text);
  quantityFinder.annotate(doc);
  return doc.getLayer<QuantityItem>('quantities').map((q) => {
    const extras: Extras = {};
    if (q.modifier) extras.modifier = q.modifier;
    if (q.upper !== undefined) extras.upper = q.upper;
    if (q.role) extras.role = q.role;
    if (q.noun) extras.noun = q.noun;
    const row: Expected = [text.slice(q.start, q.end), q.value, q.unit];
    if (Object.keys(extras).length) row.push(extras);
    return row;
  });
}

/**
 * A round's test block: each group's cases, the finder's rows against the expected ones (both passed through
 * `normal` when given, e.g. to round values).
 */
export function describeGroups(
  title: string,
  groups: ReadonlyArray<[string, QuantityCase[]]>,
  normal: (rows: Expected[]) => Expected[] = (rows) => rows,
): void {
  describe(title, () => {
    for (const [group, cases] of groups) {
      describe(group, () => {
        for (const [label, text, expected] of cases) {
          it(label, () => assert.deepEqual(normal(shown(text)), normal(expected)));
        }
      });
    }
  });
}
