/** The quotes layer's items: who said what; read by events (an event's source) and the record. */
import type { Span } from '../../doc/doc.js';

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface QuoteSpeaker extends Span {
  /** The entities layer's id of the speaker, or null for an unnamed source. */
  entity: string | null;
  /** For unnamed sources: the description as written ("a French defence official"). */
  description?: string;
}

export interface QuoteItem extends Span {
  kind: QuoteKind;
  speaker: QuoteSpeaker | null;
  cue: Span | null;
}
