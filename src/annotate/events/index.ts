/**
 * The events layer: PLOVER 2021 events coded by coder.ts from the tagged sentences. Reads the times,
 * quantities and quotes layers when the pipeline has produced them (dates, casualty counts, sources)
 * and works without them.
 */
import type { Doc } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import type { EntityItem } from '../entities/index.js';
import type { QuantityItem } from '../quantities/types.js';
import type { QuoteItem } from '../quotes/types.js';
import type { Sentence } from '../sentences/splitter.js';
import type { TimeItem } from '../times/types.js';
import type { Token } from '../tokens/tokenizer.js';
import { codeEvents } from './coder.js';
import type { EventItem } from './types.js';

export { codeEvents, type CoderInput } from './coder.js';
export { countryCode, normaliseActor } from './actors.js';
export type { EntityRef, EventItem, EventStatus, PloverType } from './types.js';

export const eventCoder: Annotator = {
  name: 'event-coder',
  // times, quantities and quotes are read when present; the coordinator adds them here at merge.
  requires: ['tokens', 'sentences', 'entities', 'times', 'quantities', 'quotes'],
  assigns: ['events'],
  annotate(doc: Doc): void {
    const optional = <T>(name: 'times' | 'quantities' | 'quotes') =>
      doc.hasLayer(name) ? doc.getLayer<T>(name) : undefined;
    doc.setLayer<EventItem>(
      'events',
      codeEvents({
        text: doc.text,
        tokens: doc.getLayer<Token>('tokens'),
        sentences: doc.getLayer<Sentence>('sentences'),
        entities: doc.getLayer<EntityItem>('entities'),
        times: optional<TimeItem>('times'),
        quantities: optional<QuantityItem>('quantities'),
        quotes: optional<QuoteItem>('quotes'),
      }),
    );
  },
};
