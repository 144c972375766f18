/**
 * Annotation layers → the record's fields (../shared/docs/record.md). Internal layers (tokens,
 * sentences) stay internal; each contract layer is written only when the pipeline produced it.
 */
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import type { EntityItem } from './entities/index.js';
import type { TimeItem } from './times/types.js';

export type LayerFields = Pick<ArticleRecord, 'entities' | 'times'>;

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
  if (doc.hasLayer('times')) {
    out.times = doc.getLayer<TimeItem>('times').map((t) => ({
      start: t.start,
      end: t.end,
      text: doc.text.slice(t.start, t.end),
      type: t.type,
      value: t.value,
    }));
  }
  return out;
}
