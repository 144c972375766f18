/** Dateline as a library. */
export * from './doc/index.js';
export { extract, type ExtractOptions, parseHtml } from './extract/index.js';
export { readInputs } from './ingest/sources.js';
export type { RawDocument, InputItem, InputOptions } from './ingest/types.js';
