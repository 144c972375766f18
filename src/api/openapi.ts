/** The OpenAPI 3.1 document at /api/openapi.json, built from the same schemas that validate requests. */
import type { TSchema } from '@sinclair/typebox';
import { ArticleRecordSchema, ErrorRecordSchema } from '../doc/record.js';
import { AnalyzeBodySchema, ErrorSchema, EventsQuerySchema, ListQuerySchema } from './schemas.js';

type Json = Record<string, unknown>;

/** Query parameters of an object schema, as OpenAPI parameter objects. */
function queryParams(schema: TSchema): Json[] {
  const props = (schema as unknown as { properties: Record<string, TSchema> }).properties;
  return Object.entries(props).map(([name, s]) => ({ name, in: 'query', required: false, schema: plain(s) }));
}

/** A TypeBox schema as plain JSON Schema (TypeBox's symbols dropped by the JSON round trip). */
function plain(s: TSchema): Json {
  return JSON.parse(JSON.stringify(s)) as Json;
}

const json = (schema: Json | { $ref: string }, description: string): Json => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((c) => [String(c), json({ $ref: '#/components/schemas/Error' }, 'an error')]));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const list = (key: string): Json => ({ type: 'object', properties: { [key]: { type: 'array', items: {} } } });

let cached: Json | null = null;

export function openApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Dateline API',
      version: '0.1.0',
      description:
        'News pages in, a structured, sourced record of what happened out. Records follow the Dateline record contract.',
    },
    components: {
      schemas: {
        Error: plain(ErrorSchema),
        Record: plain(ArticleRecordSchema),
        ErrorRecord: plain(ErrorRecordSchema),
        AnalyzeBody: plain(AnalyzeBodySchema),
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/api/health': { get: { summary: 'liveness and store counts', responses: { 200: json({}, 'ok') } } },
      '/api/analyze': {
        post: {
          summary: 'analyse one document (text, html or a public URL) into a record',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/AnalyzeBody' } } },
          },
          responses: {
            200: json({ $ref: '#/components/schemas/Record' }, 'the record'),
            ...errors(400, 401, 413, 415, 422, 429, 502, 503),
          },
        },
      },
      '/api/articles': {
        get: {
          summary: 'stored articles, newest first; full-text search with q',
          parameters: queryParams(ListQuerySchema),
          responses: { 200: json(list('articles'), 'articles'), ...errors(400, 429) },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'one article with its record, read count and related articles',
          parameters: [idParam],
          responses: { 200: json({}, 'the article'), ...errors(404, 429) },
        },
      },
      '/api/stories': {
        get: {
          summary: 'stories, most recent first',
          parameters: queryParams(ListQuerySchema),
          responses: { 200: json(list('stories'), 'stories'), ...errors(400, 429) },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'a story: its articles, its timeline of merged events, conflicting numbers',
          parameters: [idParam],
          responses: { 200: json({}, 'the story'), ...errors(404, 429) },
        },
      },
      '/api/entities': {
        get: {
          summary: 'entities across the store; search by name with q',
          parameters: queryParams(ListQuerySchema),
          responses: { 200: json(list('entities'), 'entities'), ...errors(400, 429) },
        },
      },
      '/api/entities/{id}': {
        get: {
          summary: 'an entity: mentions, events and quotes over time',
          parameters: [idParam],
          responses: { 200: json({}, 'the entity'), ...errors(404, 429) },
        },
      },
      '/api/events': {
        get: {
          summary: 'events, filtered by PLOVER type and date range',
          parameters: queryParams(EventsQuerySchema),
          responses: { 200: json(list('events'), 'events'), ...errors(400, 429) },
        },
      },
    },
  };
  return cached;
}
