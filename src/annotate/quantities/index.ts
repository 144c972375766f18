/** The quantities layer: numbers with what they count (find.ts), as an annotator. */
import type { Doc } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import { findQuantities } from './find.js';
import type { QuantityItem } from './types.js';

export { findQuantities } from './find.js';
export type { QuantityItem, QuantityRole } from './types.js';

export const quantityFinder: Annotator = {
  name: 'quantity-finder',
  requires: ['tokens', 'sentences'],
  assigns: ['quantities'],
  annotate(doc: Doc): void {
    doc.setLayer<QuantityItem>(
      'quantities',
      findQuantities(doc.text, doc.getLayer<Token>('tokens'), doc.getLayer<Sentence>('sentences')),
    );
  },
};
