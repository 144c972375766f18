/**
 * Annotation layers → the record's fields (../shared/docs/record.md). Internal layers (tokens,
 * sentences) stay internal; each contract layer is written only when the pipeline produced it.
 * One converter per layer, in the order the record lists them.
 */
import type { Doc, Span } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import type { CheckItem } from './checks/types.js';
import type { EntityItem } from './entities/index.js';
import type { EventItem } from './events/types.js';
import type { QuantityItem } from './quantities/types.js';
import type { QuoteItem } from './quotes/types.js';
import type { TimeItem } from './times/types.js';

export type LayerFields = Pick<
  ArticleRecord,
  'entities' | 'times' | 'quantities' | 'quotes' | 'events' | 'checks'
>;
/** A record quantity (upper, role and noun are the record's extensions). */
type Quantity = NonNullable<ArticleRecord['quantities']>[number];

/** A span as the record writes it: offsets and the text they cover. */
export function spanOut(doc: Doc, s: Span): { start: number; end: number; text: string } {
  return { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

export function layersToRecord(doc: Doc): LayerFields {
  const out: LayerFields = {};
  if (doc.hasLayer('entities')) {
    // Built field by field in the record's order (no spread objects: this runs for every item).
    out.entities = doc.getLayer<EntityItem>('entities').map((e) => {
      const mentions = e.mentions.map((m) => spanOut(doc, m));
      return e.kb
        ? { id: e.id, type: e.type, name: e.name, kb: { ...e.kb }, mentions }
        : { id: e.id, type: e.type, name: e.name, mentions };
    });
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
  if (doc.hasLayer('quantities')) {
    out.quantities = doc.getLayer<QuantityItem>('quantities').map((q) => {
      const item: Quantity = {
        start: q.start,
        end: q.end,
        text: doc.text.slice(q.start, q.end),
        value: q.value,
        unit: q.unit,
      };
      if (q.modifier !== undefined) item.modifier = q.modifier;
      if (q.upper !== undefined) item.upper = q.upper;
      if (q.role !== undefined) item.role = q.role;
      if (q.noun !== undefined) item.noun = q.noun;
      return item;
    });
  }
  if (doc.hasLayer('quotes')) {
    out.quotes = doc.getLayer<QuoteItem>('quotes').map((q) => ({
      ...spanOut(doc, q),
      kind: q.kind,
      speaker: q.speaker
        ? {
            ...spanOut(doc, q.speaker),
            entity: q.speaker.entity,
            ...(q.speaker.description !== undefined ? { description: q.speaker.description } : {}),
          }
        : null,
      cue: q.cue ? spanOut(doc, q.cue) : null,
    }));
  }
  if (doc.hasLayer('events')) out.events = doc.getLayer<EventItem>('events').map((e) => eventRecord(doc, e));
  if (doc.hasLayer('checks')) {
    out.checks = doc.getLayer<CheckItem>('checks').map((c) => ({
      kind: c.kind,
      holds: c.holds,
      ...(c.total !== undefined ? { total: c.total } : {}),
      ...(c.parts !== undefined ? { parts: [...c.parts] } : {}),
      evidence: c.evidence.map((e) => spanOut(doc, e)),
      ...(c.role !== undefined ? { role: c.role } : {}),
      ...(c.values !== undefined ? { values: [...c.values] } : {}),
    }));
  }
  return out;
}

/** An event as the contract has it (evidence: its first span), plus every mention and the trigger. */
function eventRecord(doc: Doc, e: EventItem): NonNullable<ArticleRecord['events']>[number] {
  return {
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
    evidence: spanOut(doc, e.evidence[0] ?? e),
    mentions: e.evidence.map((s) => spanOut(doc, s)),
    trigger: spanOut(doc, e.trigger),
  };
}
