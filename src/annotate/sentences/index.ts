/** The sentences layer: a rule-based splitter over the tokens layer, as an annotator. */
import type { Doc } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import type { Token } from '../tokens/tokenizer.js';
import { type Sentence, splitSentences } from './splitter.js';

export { type Sentence, splitSentences } from './splitter.js';

export const sentenceSplitter: Annotator = {
  name: 'sentence-splitter',
  requires: ['tokens'],
  assigns: ['sentences'],
  annotate(doc: Doc): void {
    doc.setLayer<Sentence>('sentences', splitSentences(doc.text, doc.getLayer<Token>('tokens')));
  },
};
