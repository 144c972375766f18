/**
 * Schemas at the API's boundary (request bodies and query strings), declared once with TypeBox: they
 * validate input and they are what /api/openapi.json publishes, so the two cannot drift.
 */
import { type Static, Type as T } from '@sinclair/typebox';

/** 5 MB of text or HTML: the biggest real article pages are well under it. */
export const MAX_DOCUMENT_CHARS = 5_000_000;

export const AnalyzeBodySchema = T.Object(
  {
    text: T.Optional(
      T.String({ minLength: 1, maxLength: MAX_DOCUMENT_CHARS, description: 'the article body' }),
    ),
    html: T.Optional(T.String({ minLength: 1, maxLength: MAX_DOCUMENT_CHARS, description: 'a whole page' })),
    url: T.Optional(
      T.String({ minLength: 1, maxLength: 8192, description: 'a public http(s) page to fetch' }),
    ),
    published: T.Optional(T.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'ISO 8601 date' })),
    extract: T.Optional(
      T.Boolean({
        description: 'with text: remove chrome as for a scraped page (default: text is the body)',
      }),
    ),
  },
  { additionalProperties: false, description: 'exactly one of text, html and url' },
);
export type AnalyzeBody = Static<typeof AnalyzeBodySchema>;

const Limit = T.Optional(T.String({ pattern: '^(100|[1-9][0-9]?)$', description: '1 to 100 (default 20)' }));
const Offset = T.Optional(T.String({ pattern: '^[0-9]{1,7}$', description: 'default 0' }));
const IsoDate = T.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const ListQuerySchema = T.Object(
  { q: T.Optional(T.String({ maxLength: 200 })), limit: Limit, offset: Offset },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof ListQuerySchema>;

export const EventsQuerySchema = T.Object(
  {
    type: T.Optional(T.String({ pattern: '^[A-Z]{3,12}$', description: 'a PLOVER category, e.g. ASSAULT' })),
    from: T.Optional(IsoDate),
    to: T.Optional(IsoDate),
    limit: Limit,
    offset: Offset,
  },
  { additionalProperties: false },
);
export type EventsQuery = Static<typeof EventsQuerySchema>;

/** Ids in paths: what the stores hand out (letters of any script, digits, - _ : .), bounded. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,199}$/u;

export const ErrorSchema = T.Object({
  error: T.Object({ code: T.String(), message: T.String() }),
});
