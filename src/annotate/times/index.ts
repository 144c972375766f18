/**
 * The times layer: time expressions detected and normalised to TIMEX3 (DATE, TIME, DURATION, SET)
 * relative to the document's anchor (publication date or dateline). A rule-based recogniser in the
 * manner of HeidelTime: lexicons (lexicon.ts) and patterns (patterns.ts) as data, the clause's tense
 * (tense.ts) for direction, and normalisation (normalise.ts). When the anchor's year had to be
 * inferred, the document gets a 'year-inferred' warning listing the candidates and the evidence.
 */
import type { Doc } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import { anchorWarning, resolveAnchor } from './anchor.js';
import { findTimes } from './find.js';
import type { TimeItem } from './types.js';

export { type AnchorResolution, anchorWarning, inferYear, resolveAnchor } from './anchor.js';
export { findTimes } from './find.js';
export type { TimeItem, TimexType } from './types.js';

export const timeTagger: Annotator = {
  name: 'time-tagger',
  requires: ['tokens', 'sentences'],
  assigns: ['times'],
  annotate(doc: Doc): void {
    const anchor = resolveAnchor(doc);
    const w = anchorWarning(anchor);
    if (w) doc.addWarning(w);
    doc.setLayer<TimeItem>(
      'times',
      findTimes(doc.text, doc.getLayer<Token>('tokens'), doc.getLayer<Sentence>('sentences'), anchor.date),
    );
  },
};
