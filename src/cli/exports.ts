/**
 * Event exports for `dateline analyze` (docs/events.md has the field mapping):
 *
 * - `--format plover`: one PLOVER JSON object per event per line (event_type, mode, context, actor,
 *   recipient, source, date, location, …), each actor/recipient with its text and country code.
 * - `--format csv`: a GDELT-like events table, one row per event; with `--mentions FILE` the mentions
 *   table (one row per evidence span, with offsets) is written to FILE.
 *
 * Records without events print nothing; a failed document's error goes to standard error as one line.
 */
import type { Writable } from 'node:stream';
import { countryCode } from '../annotate/events/actors.js';
import type { ArticleRecord, DatelineRecordOut, ErrorRecord } from '../doc/record.js';

type EventRecord = NonNullable<ArticleRecord['events']>[number];
type Ref = EventRecord['actors'][number];

export interface ActorOut {
  /** The entity id, when the participant is an entity. */
  entity: string | null;
  text: string;
  /** ISO 3166 alpha-3 of the country the participant names or belongs to, when known. */
  code: string | null;
  type: string | null;
}

/** A participant as text, code and entity type, from the record's entities. */
export function resolveRef(rec: ArticleRecord, ref: Ref | null | undefined): ActorOut | null {
  if (ref === null || ref === undefined) return null;
  if (typeof ref !== 'string')
    return {
      entity: null,
      text: ref.text,
      code:
        ('country' in ref && typeof ref.country === 'string' ? ref.country : null) ?? countryCode(ref.text),
      type: null,
    };
  const e = rec.entities?.find((x) => x.id === ref);
  if (!e) return { entity: ref, text: ref, code: null, type: null };
  const code = e.kb?.iso3166 ?? countryCode(e.name);
  return { entity: e.id, text: e.name, code: code ?? null, type: e.type };
}

interface WithExtras {
  context?: string[];
  mentions?: Array<{ start: number; end: number; text: string }>;
  trigger?: { start: number; end: number; text: string };
}

function extras(e: EventRecord): WithExtras {
  return e as EventRecord & WithExtras;
}

/** One event as a PLOVER object. */
export function ploverObject(rec: ArticleRecord, e: EventRecord): Record<string, unknown> {
  const x = extras(e);
  const actors = e.actors.map((r) => resolveRef(rec, r)!);
  const targets = e.targets.map((r) => resolveRef(rec, r)!);
  const loc = resolveRef(rec, e.location);
  return {
    id: `${rec.id ?? rec.input}#${e.id}`,
    date: e.date ?? rec.published ?? null,
    event_type: e.type,
    mode: e.mode ?? '',
    context: x.context ?? [],
    actor: actors.map((a) => a.text).join('; '),
    actor_code: actors.map((a) => a.code ?? '').join('; '),
    recipient: targets.map((a) => a.text).join('; '),
    recipient_code: targets.map((a) => a.code ?? '').join('; '),
    source: resolveRef(rec, e.source)?.text ?? '',
    status: e.status,
    location: loc ? { name: loc.text, country: loc.code } : null,
    quantities: e.quantities ?? {},
    text: e.evidence.text,
    event_text: x.trigger?.text ?? '',
    url: rec.url,
    published: rec.published,
    mentions: (x.mentions ?? [e.evidence]).map((m) => ({ start: m.start, end: m.end })),
  };
}

export const EVENT_COLUMNS = [
  'GlobalEventID',
  'Document',
  'Day',
  'EventType',
  'Mode',
  'Context',
  'Status',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor2Name',
  'Actor2CountryCode',
  'Source',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'Quantities',
  'NumMentions',
  'SourceURL',
] as const;

export const MENTION_COLUMNS = [
  'GlobalEventID',
  'Document',
  'MentionIndex',
  'Start',
  'End',
  'Trigger',
  'Text',
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

function docName(rec: ArticleRecord): string {
  return rec.id ?? rec.input;
}

export function eventRow(rec: ArticleRecord, e: EventRecord): string {
  const a1 = e.actors.map((r) => resolveRef(rec, r)!);
  const a2 = e.targets.map((r) => resolveRef(rec, r)!);
  const loc = resolveRef(rec, e.location);
  const x = extras(e);
  return csvRow([
    `${docName(rec)}#${e.id}`,
    docName(rec),
    e.date ?? rec.published ?? '',
    e.type,
    e.mode ?? '',
    (x.context ?? []).join(';'),
    e.status,
    a1.map((a) => a.text).join('; '),
    a1.map((a) => a.code ?? '').join('; '),
    a2.map((a) => a.text).join('; '),
    a2.map((a) => a.code ?? '').join('; '),
    resolveRef(rec, e.source)?.text ?? '',
    loc?.text ?? '',
    loc?.code ?? '',
    Object.entries(e.quantities ?? {})
      .map(([k, n]) => `${k}=${n}`)
      .join(';'),
    (x.mentions ?? [e.evidence]).length,
    rec.url ?? '',
  ]);
}

export function mentionRows(rec: ArticleRecord, e: EventRecord): string {
  const x = extras(e);
  return (x.mentions ?? [e.evidence])
    .map((m, k) =>
      csvRow([
        `${docName(rec)}#${e.id}`,
        docName(rec),
        k + 1,
        m.start,
        m.end,
        k === 0 ? (x.trigger?.text ?? '') : '',
        m.text,
      ]),
    )
    .join('');
}

function isError(rec: DatelineRecordOut): rec is ErrorRecord {
  return 'error' in rec && typeof (rec as ErrorRecord).error === 'object';
}

export interface EventWriter {
  write(rec: DatelineRecordOut): void;
  close(): Promise<void>;
}

/**
 * A writer for the plover and csv formats. `mentions` (csv only) receives the mentions table;
 * `errors` receives one line per failed document.
 */
export function eventWriter(
  format: 'plover' | 'csv',
  stream: Writable,
  errors: Writable,
  mentions: Writable | null,
  owned: { stream: boolean; mentions: boolean },
): EventWriter {
  if (format === 'csv') {
    stream.write(csvRow(EVENT_COLUMNS));
    mentions?.write(csvRow(MENTION_COLUMNS));
  }
  return {
    write(rec) {
      if (isError(rec)) {
        errors.write(`${rec.input}: ${rec.error.message} (${rec.error.code})\n`);
        return;
      }
      const a = rec as ArticleRecord;
      for (const e of a.events ?? []) {
        if (format === 'plover') stream.write(`${JSON.stringify(ploverObject(a, e))}\n`);
        else {
          stream.write(eventRow(a, e));
          mentions?.write(mentionRows(a, e));
        }
      }
    },
    async close() {
      const ends: Promise<void>[] = [];
      const end = (s: Writable) =>
        new Promise<void>((resolve, reject) => {
          s.once('error', reject);
          s.end(() => resolve());
        });
      if (owned.stream) ends.push(end(stream));
      if (mentions && owned.mentions) ends.push(end(mentions));
      await Promise.all(ends);
    },
  };
}
