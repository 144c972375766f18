/** The tokens layer: Dateline's own tokenizer as an annotator. */
import type { Doc } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import { type Token, tokenize } from './tokenizer.js';

export { shapeOf, type Token, type TokenKind, tokenize } from './tokenizer.js';

export const tokenizer: Annotator = {
  name: 'tokenizer',
  requires: [],
  assigns: ['tokens'],
  annotate(doc: Doc): void {
    doc.setLayer<Token>('tokens', tokenize(doc.text));
  },
};
