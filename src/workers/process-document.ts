/** One document's whole job, shared by the in-process path and the worker threads. */
import { buildPipeline, type Pipeline, runPipeline } from '../annotate/annotator.js';
import { layersToRecord } from '../annotate/record.js';
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record.js';
import { docToRecord } from '../doc/serialize.js';
import { type ExtractOptions, extract } from '../extract/index.js';
import type { RawDocument } from '../ingest/types.js';

/** The pipeline of every layer, built once (pipelines are frozen; building one per page cost ≈ 10 µs). */
let allLayers: Pipeline | undefined;

/** Extract, then (analyze) run the annotation pipeline and add its layers to the record. */
export function processDocument(
  raw: RawDocument,
  opts: ExtractOptions,
  layers?: readonly string[] | 'all',
): ArticleRecord {
  const doc: Doc = extract(raw, opts);
  if (layers === undefined) return docToRecord(doc);
  const pipeline = layers === 'all' ? (allLayers ??= buildPipeline('all')) : buildPipeline('all', { layers });
  runPipeline(doc, pipeline);
  return { ...docToRecord(doc), ...layersToRecord(doc) };
}
