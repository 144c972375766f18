/**
 * One analysed document → the rows both backends write (pure; the SQL lives in the backends).
 * Entities are keyed across articles: the Wikidata id when the record has one, else type + normalised name.
 */
import type { ArticleRecord } from '../doc/record.js';
import { bandKeys, canonicalUrl, encodeSignature, minhash, textHash } from './dedup.js';
import type { NewDocument } from './types.js';

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  wikidata: string | null;
  geonames: string | null;
  iso3166: string | null;
}

export interface MentionRow {
  entity_id: string;
  local_id: string;
  start_off: number;
  end_off: number;
  text: string;
}

export interface EventRow {
  event_id: string;
  type: string;
  mode: string | null;
  event_date: string | null;
  status: string;
  ev_start: number;
  ev_end: number;
  evidence: string;
  data: string;
}

export interface EventRoleRow {
  event_id: string;
  entity_id: string;
  role: 'actor' | 'target' | 'location' | 'source';
}

export interface QuoteRow {
  idx: number;
  start_off: number;
  end_off: number;
  text: string;
  kind: string;
  speaker_entity_id: string | null;
  speaker_text: string | null;
  data: string;
}

export interface ArticleRows {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  site: string | null;
  published: string | null;
  language: string | null;
  text: string;
  /** The first 400 characters of the text: lists read this, not the whole text. */
  head: string;
  textHash: string;
  signature: number[] | null;
  bands: string[];
  record: string;
  entities: EntityRow[];
  mentions: MentionRow[];
  events: EventRow[];
  roles: EventRoleRow[];
  quotes: QuoteRow[];
}

/** Lower-case, no accents, words joined by '-': "Émmanuel  Macron" → "emmanuel-macron". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-');
}

type RecordEntity = NonNullable<ArticleRecord['entities']>[number];

/** The store-wide id of a record entity. */
export function entityKey(e: Pick<RecordEntity, 'type' | 'name' | 'kb'>): string {
  if (e.kb?.wikidata) return `wikidata:${e.kb.wikidata}`;
  return `${e.type.toLowerCase()}:${normaliseName(e.name) || 'unnamed'}`;
}

/** A stored article's id: derived from the raw content hash, so the same input gives the same id on every run. */
export function articleIdFor(contentHash: string): string {
  return `a${contentHash.slice(0, 16)}`;
}

export function toRows(doc: NewDocument): ArticleRows {
  const rec = doc.record;
  const local = new Map<string, string>();
  const entities = new Map<string, EntityRow>();
  const mentions: MentionRow[] = [];
  for (const e of rec.entities ?? []) {
    const key = entityKey(e);
    local.set(e.id, key);
    if (!entities.has(key))
      entities.set(key, {
        id: key,
        type: e.type,
        name: e.name,
        wikidata: e.kb?.wikidata ?? null,
        geonames: e.kb?.geonames ?? null,
        iso3166: e.kb?.iso3166 ?? null,
      });
    for (const m of e.mentions)
      mentions.push({ entity_id: key, local_id: e.id, start_off: m.start, end_off: m.end, text: m.text });
  }
  const events: EventRow[] = [];
  const roles: EventRoleRow[] = [];
  const seenRole = new Set<string>();
  const role = (eventId: string, ref: unknown, r: EventRoleRow['role']) => {
    const key = typeof ref === 'string' ? local.get(ref) : undefined;
    if (!key || seenRole.has(`${eventId}\0${key}\0${r}`)) return;
    seenRole.add(`${eventId}\0${key}\0${r}`);
    roles.push({ event_id: eventId, entity_id: key, role: r });
  };
  for (const ev of rec.events ?? []) {
    events.push({
      event_id: ev.id,
      type: ev.type,
      mode: ev.mode ?? null,
      event_date: ev.date ?? null,
      status: ev.status,
      ev_start: ev.evidence.start,
      ev_end: ev.evidence.end,
      evidence: ev.evidence.text,
      data: JSON.stringify(ev),
    });
    for (const a of ev.actors) role(ev.id, a, 'actor');
    for (const t of ev.targets) role(ev.id, t, 'target');
    role(ev.id, ev.location, 'location');
    role(ev.id, ev.source, 'source');
  }
  const quotes: QuoteRow[] = (rec.quotes ?? []).map((q, idx) => ({
    idx,
    start_off: q.start,
    end_off: q.end,
    text: q.text,
    kind: q.kind,
    speaker_entity_id: q.speaker?.entity ? (local.get(q.speaker.entity) ?? null) : null,
    speaker_text: q.speaker?.text ?? null,
    data: JSON.stringify(q),
  }));
  const signature = minhash(rec.text);
  return {
    id: articleIdFor(doc.contentHash),
    url: doc.url ?? rec.url,
    canonicalUrl: doc.canonicalUrl ?? canonicalUrl(doc.url ?? rec.url),
    title: rec.title,
    site: rec.site ?? siteOf(doc.url ?? rec.url),
    published: rec.published,
    language: rec.language,
    text: rec.text,
    head: rec.text.slice(0, 400),
    textHash: textHash(rec.text),
    signature,
    bands: signature ? bandKeys(signature) : [],
    record: JSON.stringify(rec),
    entities: [...entities.values()],
    mentions,
    events,
    roles,
    quotes,
  };
}

function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null; // not a URL: no site
  }
}

export { encodeSignature };

/** The first words of a text, for lists (≤ 200 characters, cut at a word). */
export function snippetOf(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${sp > max / 2 ? cut.slice(0, sp) : cut}…`;
}
