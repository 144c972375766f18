/**
 * The quotes layer: direct quotes and reported speech with their cue and speaker (extract.ts), over the
 * tokens, sentences and entities layers.
 */
import type { Doc } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import type { EntityItem } from '../entities/index.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import { findQuotes } from './extract.js';
import type { QuoteItem } from './types.js';

export { findQuotes, type QuoteOptions } from './extract.js';
export type { QuoteItem, QuoteKind, QuoteSpeaker } from './types.js';

export const quoteFinder: Annotator = {
  name: 'quote-finder',
  requires: ['tokens', 'sentences', 'entities'],
  assigns: ['quotes'],
  annotate(doc: Doc): void {
    doc.setLayer<QuoteItem>(
      'quotes',
      findQuotes(
        doc.text,
        doc.getLayer<Token>('tokens'),
        doc.getLayer<Sentence>('sentences'),
        doc.getLayer<EntityItem>('entities'),
      ),
    );
  },
};
