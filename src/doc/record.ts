/**
 * The Dateline record (../shared/docs/record.md), declared once with TypeBox so that the TypeScript
 * types and the JSON Schema (schema/record.schema.json, written by `npm run build`) cannot drift.
 * Fields may be added; the contract's fields are never renamed or dropped.
 */
import { type Static, Type as T } from '@sinclair/typebox';

const Nullable = <S extends ReturnType<typeof T.String>>(s: S) => T.Union([s, T.Null()]);

export const SpanSchema = T.Object({
  start: T.Integer({ minimum: 0, description: 'UTF-16 index into text, inclusive' }),
  end: T.Integer({ minimum: 0, description: 'UTF-16 index into text, exclusive' }),
  text: T.String(),
});
export type SpanRecord = Static<typeof SpanSchema>;

export const WarningSchema = T.Object(
  {
    code: T.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    message: T.String(),
  },
  { additionalProperties: true },
);
export type WarningRecord = Static<typeof WarningSchema>;

export const DatelineSchema = T.Object({
  text: T.String(),
  place: Nullable(T.String()),
  date: Nullable(T.String({ description: 'ISO 8601 date, or null when the dateline states none' })),
  agency: Nullable(T.String()),
});
export type DatelineRecord = Static<typeof DatelineSchema>;

export const EntityTypeSchema = T.Union(
  ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'MISC'].map((t) => T.Literal(t)),
);

export const EntitySchema = T.Object({
  id: T.String(),
  type: EntityTypeSchema,
  name: T.String(),
  kb: T.Optional(
    T.Object({
      wikidata: T.Optional(T.String()),
      geonames: T.Optional(T.String()),
      iso3166: T.Optional(T.String()),
    }),
  ),
  mentions: T.Array(SpanSchema),
});

export const TimeSchema = T.Object({
  start: T.Integer({ minimum: 0 }),
  end: T.Integer({ minimum: 0 }),
  text: T.String(),
  type: T.Union([T.Literal('DATE'), T.Literal('TIME'), T.Literal('DURATION'), T.Literal('SET')]),
  value: T.String(),
});

export const QuantitySchema = T.Object({
  start: T.Integer({ minimum: 0 }),
  end: T.Integer({ minimum: 0 }),
  text: T.String(),
  value: T.Number(),
  unit: T.String(),
  modifier: T.Optional(T.String()),
  /** The upper value of a range ("between 20 and 30"). */
  upper: T.Optional(T.Number()),
  /** killed, dead, wounded, injured, arrested, detained or missing, when the count is tied to one. */
  role: T.Optional(T.String()),
  /** For money, what the amount is ("a $5 million reward" → "reward"). */
  noun: T.Optional(T.String()),
});

export const QuoteSchema = T.Object({
  start: T.Integer({ minimum: 0 }),
  end: T.Integer({ minimum: 0 }),
  text: T.String(),
  kind: T.Union([T.Literal('direct'), T.Literal('indirect'), T.Literal('mixed')]),
  speaker: T.Union([
    T.Object({
      start: T.Integer({ minimum: 0 }),
      end: T.Integer({ minimum: 0 }),
      text: T.String(),
      entity: T.Union([T.String(), T.Null()]),
      description: T.Optional(T.String()),
    }),
    T.Null(),
  ]),
  cue: T.Union([SpanSchema, T.Null()]),
});

const EntityRef = T.Union([T.String(), T.Object({ text: T.String() })]);

export const EventSchema = T.Object({
  id: T.String(),
  type: T.String(),
  mode: T.Optional(T.Union([T.String(), T.Null()])),
  actors: T.Array(EntityRef),
  targets: T.Array(EntityRef),
  location: T.Optional(T.Union([EntityRef, T.Null()])),
  date: T.Optional(T.Union([T.String(), T.Null()])),
  quantities: T.Optional(T.Record(T.String(), T.Number())),
  status: T.Union(['occurred', 'planned', 'claimed', 'denied', 'threatened'].map((s) => T.Literal(s))),
  source: T.Optional(T.Union([EntityRef, T.Null()])),
  evidence: SpanSchema,
  // Additions beyond the contract.
  context: T.Optional(T.Array(T.String(), { description: 'PLOVER contexts (economic, military, legal …)' })),
  mentions: T.Optional(T.Array(SpanSchema, { description: 'every place the article reports the event' })),
  trigger: T.Optional(SpanSchema),
});

export const CheckSchema = T.Object({
  kind: T.String(),
  holds: T.Boolean(),
  total: T.Optional(T.Number()),
  parts: T.Optional(T.Array(T.Number())),
  evidence: T.Array(SpanSchema),
});

/** A successfully processed document. */
export const ArticleRecordSchema = T.Object(
  {
    input: T.String({ description: 'the path or URL the document came from' }),
    id: T.Optional(T.String()),
    url: Nullable(T.String()),
    title: Nullable(T.String()),
    authors: T.Array(T.String()),
    published: Nullable(T.String({ description: 'ISO 8601 date or date-time' })),
    dateline: T.Union([DatelineSchema, T.Null()]),
    language: Nullable(T.String()),
    text: T.String({ description: 'clean body, paragraphs separated by a blank line' }),
    warnings: T.Array(WarningSchema),
    // Additions beyond the contract (allowed: "extend it freely").
    site: T.Optional(Nullable(T.String())),
    description: T.Optional(Nullable(T.String())),
    agencies: T.Optional(T.Array(T.String(), { description: 'news agencies credited, by canonical name' })),
    // Layers added by `analyze`.
    entities: T.Optional(T.Array(EntitySchema)),
    times: T.Optional(T.Array(TimeSchema)),
    quantities: T.Optional(T.Array(QuantitySchema)),
    quotes: T.Optional(T.Array(QuoteSchema)),
    events: T.Optional(T.Array(EventSchema)),
    checks: T.Optional(T.Array(CheckSchema)),
  },
  { additionalProperties: true },
);
export type ArticleRecord = Static<typeof ArticleRecordSchema>;

/** A document that failed: the run goes on, the exit status becomes 1. */
export const ErrorRecordSchema = T.Object({
  input: T.String(),
  id: T.Optional(T.String()),
  error: T.Object({ code: T.String({ pattern: '^[a-z][a-z0-9-]*$' }), message: T.String() }),
});
export type ErrorRecord = Static<typeof ErrorRecordSchema>;

export const RecordSchema = T.Union([ArticleRecordSchema, ErrorRecordSchema], {
  $id: 'https://dateline.dev/schema/record.schema.json',
  title: 'Dateline record',
  description: 'One JSON object per document, as printed by dateline extract / analyze (jsonl).',
});
export type DatelineRecordOut = Static<typeof RecordSchema>;
