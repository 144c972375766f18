/** Test helpers: the times layer over a bare text, each item with its text; the rounds' case tables. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../sentences/splitter.js';
import { tokenize } from '../tokens/tokenizer.js';
import { findTimes } from './find.js';
import type { TimeItem } from './types.js';

/** findTimes over `text` tokenised and split here, anchored at `anchor` (null: no anchor). */
export function timesIn(text: string, anchor: string | null): Array<TimeItem & { text: string }> {
  const tokens = tokenize(text);
  return findTimes(text, tokens, splitSentences(text, tokens), anchor).map((t) => ({
    ...t,
    text: text.slice(t.start, t.end),
  }));
}

/** A case of a times round's table: an invented sentence and what one expression in it should be. */
export interface TimeCase {
  /** What the case checks. */
  what: string;
  anchor: string;
  say: string;
  expr: string;
  /** null: no expression overlaps `expr`. */
  value: string | null;
  type?: TimeItem['type'];
  /** The TIMEX3 mod, when the case checks it ('' for none). */
  mod?: string;
}

/**
 * Checks a case: the expression spelt `expr` at its first place in the sentence has the value (and the type
 * and mod when the case gives them); with value null, no expression overlaps it.
 */
export function checkTimeCase(c: TimeCase): void {
  const got = timesIn(c.say, c.anchor);
  const at = c.say.indexOf(c.expr);
  assert.ok(at >= 0, `"${c.expr}" is not in the sentence`);
  if (c.value === null) {
    const hit = got.find((t) => t.start < at + c.expr.length && t.end > at);
    assert.equal(hit, undefined, `${c.what}: "${hit?.text}" ${hit?.value}`);
    return;
  }
  const t = got.find((x) => x.start === at && x.text === c.expr);
  assert.ok(t, `${c.what}: "${c.expr}" not found in ${JSON.stringify(got.map((x) => x.text))}`);
  assert.equal(t.value, c.value, c.what);
  if (c.type) assert.equal(t.type, c.type, c.what);
  if (c.mod !== undefined) assert.equal(t.mod ?? '', c.mod, c.what);
}

/** A round's test block: its cases (each failed on the code before the round) and the kept ones beside them. */
export function describeRound(title: string, cases: readonly TimeCase[], kept: readonly TimeCase[]): void {
  describe(title, () => {
    for (const c of cases) it(c.what, () => checkTimeCase(c));
    for (const c of kept) it(`kept: ${c.what}`, () => checkTimeCase(c));
  });
}
