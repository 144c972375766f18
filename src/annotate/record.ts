/**
 * Annotation layers → the record's fields (../shared/docs/record.md). Internal layers (tokens,
 * sentences) stay internal; each contract layer is written only when the pipeline produced it.
 */
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import type { EntityItem } from './entities/index.js';

export type LayerFields = Pick<ArticleRecord, 'entities'>;

export function layersToRecord(doc: Doc): LayerFields {
  const out: LayerFields = {};
  if (doc.hasLayer('entities')) {
    out.entities = doc.getLayer<EntityItem>('entities').map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.kb ? { kb: { ...e.kb } } : {}),
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    }));
  }
  return out;
}
