/**
 * Annotation layers → the record's fields (../shared/docs/record.md). Internal layers (tokens,
 * sentences) stay internal; each contract layer is written only when the pipeline produced it.
 */
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import type { EntityItem } from './entities/index.js';
import type { QuoteItem } from './quotes/types.js';

export type LayerFields = Pick<ArticleRecord, 'entities' | 'quotes'>;

export function layersToRecord(doc: Doc): LayerFields {
  const out: LayerFields = {};
  if (doc.hasLayer('entities')) {
    out.entities = doc.getLayer<EntityItem>('entities').map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    }));
  }
  if (doc.hasLayer('quotes')) {
    const span = (s: { start: number; end: number }) => ({
      start: s.start,
      end: s.end,
      text: doc.text.slice(s.start, s.end),
    });
    out.quotes = doc.getLayer<QuoteItem>('quotes').map((q) => ({
      ...span(q),
      kind: q.kind,
      speaker: q.speaker
        ? {
            ...span(q.speaker),
            entity: q.speaker.entity,
            ...(q.speaker.description !== undefined ? { description: q.speaker.description } : {}),
          }
        : null,
      cue: q.cue ? span(q.cue) : null,
    }));
  }
  return out;
}
