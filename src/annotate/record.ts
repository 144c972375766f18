/**
 * Annotation layers → the record's fields (../shared/docs/record.md). Internal layers (tokens,
 * sentences) stay internal; each contract layer is written only when the pipeline produced it.
 */
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import type { EntityItem } from './entities/index.js';
import type { EventItem } from './events/types.js';

export type LayerFields = Pick<ArticleRecord, 'entities' | 'events'>;

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
  if (doc.hasLayer('events')) out.events = doc.getLayer<EventItem>('events').map((e) => eventRecord(doc, e));
  return out;
}

/** An event as the contract has it (evidence: its first span), plus every mention and the trigger. */
function eventRecord(doc: Doc, e: EventItem): NonNullable<ArticleRecord['events']>[number] {
  const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: doc.slice(s) });
  const rec = {
    id: e.id,
    type: e.type,
    mode: e.mode,
    context: e.context,
    actors: e.actors,
    targets: e.targets,
    location: e.location,
    date: e.date,
    quantities: e.quantities,
    status: e.status,
    source: e.source,
    evidence: span(e.evidence[0] ?? e),
    mentions: e.evidence.map(span),
    trigger: span(e.trigger),
  };
  return rec;
}
