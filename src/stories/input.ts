/** A record as the clusterer sees it: the one mapping from records to StoryInput, for cluster and ingest. */
import type { ArticleRecord } from '../doc/record.js';
import type { StoryInput } from './types.js';

/** Entities, most mentioned first, identified by KB id when linked, else by lower-cased name. */
export function recordToStoryInput(id: string, record: ArticleRecord): StoryInput {
  const entities = [...(record.entities ?? [])]
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))
    .map((e) => e.kb?.wikidata ?? e.kb?.geonames ?? e.kb?.iso3166 ?? e.name.toLowerCase());
  const eventTypes = [...new Set((record.events ?? []).map((e) => e.type))];
  return {
    id,
    title: record.title,
    text: record.text,
    url: record.url,
    published: record.published,
    ...(record.site ? { source: record.site } : {}),
    ...(record.entities ? { entities } : {}),
    ...(record.events ? { eventTypes } : {}),
  };
}
