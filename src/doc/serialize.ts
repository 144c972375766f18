import type { Doc } from './doc.js';
import { type DatelineError, oneLine } from './errors.js';
import type { ArticleRecord, ErrorRecord } from './record.js';

/** Doc → the contract's record. Layers are added by the annotators' own serialisers (analyze). */
export function docToRecord(doc: Doc): ArticleRecord {
  const m = doc.meta;
  const rec: ArticleRecord = {
    input: m.input,
    ...(m.id !== undefined ? { id: m.id } : {}),
    url: m.url,
    title: m.title,
    authors: m.authors,
    published: m.published,
    dateline: m.dateline,
    language: m.language,
    text: doc.text,
    warnings: doc.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
  if (m.site !== undefined) rec.site = m.site;
  if (m.description !== undefined) rec.description = m.description;
  if (m.agencies?.length) rec.agencies = m.agencies;
  return rec;
}

export function errorRecord(input: string, err: DatelineError, id?: string): ErrorRecord {
  return {
    input,
    ...(id !== undefined ? { id } : {}),
    error: { code: err.code, message: oneLine(err.message) },
  };
}
