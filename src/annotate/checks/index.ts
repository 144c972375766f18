/** The checks layer: sums and consistency checks over the quantities (find.ts), as an annotator. */
import type { Doc, Span } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import type { QuantityItem } from '../quantities/types.js';
import { findChecks } from './find.js';
import type { CheckItem } from './types.js';

export { findChecks } from './find.js';
export type { CheckItem } from './types.js';

export const checker: Annotator = {
  name: 'checker',
  requires: ['sentences', 'quantities'],
  assigns: ['checks'],
  annotate(doc: Doc): void {
    doc.setLayer<CheckItem>(
      'checks',
      findChecks(doc.text, doc.getLayer<Span>('sentences'), doc.getLayer<QuantityItem>('quantities')),
    );
  },
};
