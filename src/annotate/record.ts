/**
 * Annotation layers → the record's fields (../shared/docs/record.md). Internal layers (tokens,
 * sentences) stay internal; each contract layer is written only when the pipeline produced it.
 */
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import type { CheckItem } from './checks/types.js';
import type { EntityItem } from './entities/index.js';
import type { QuantityItem } from './quantities/types.js';

export type LayerFields = Pick<ArticleRecord, 'entities' | 'quantities' | 'checks'>;

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
  if (doc.hasLayer('quantities')) {
    out.quantities = doc.getLayer<QuantityItem>('quantities').map((q) => ({
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      value: q.value,
      unit: q.unit,
      ...(q.modifier !== undefined ? { modifier: q.modifier } : {}),
      ...(q.upper !== undefined ? { upper: q.upper } : {}),
      ...(q.role !== undefined ? { role: q.role } : {}),
    }));
  }
  if (doc.hasLayer('checks')) {
    out.checks = doc.getLayer<CheckItem>('checks').map((c) => ({
      kind: c.kind,
      holds: c.holds,
      ...(c.total !== undefined ? { total: c.total } : {}),
      ...(c.parts !== undefined ? { parts: [...c.parts] } : {}),
      evidence: c.evidence.map((e) => ({ start: e.start, end: e.end, text: doc.text.slice(e.start, e.end) })),
      ...(c.role !== undefined ? { role: c.role } : {}),
      ...(c.values !== undefined ? { values: [...c.values] } : {}),
    }));
  }
  return out;
}
