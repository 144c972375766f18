/** Test helper: the times layer over a bare text, each item with its text. */
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
