/**
 * POST /api/analyze's work: a body of text, HTML or a URL → one record with every layer.
 *
 * 1. URL: the host must resolve to public addresses only (checked before the fetch, and again on
 *    every connection, redirects included, by the guarded dispatcher); then fetched like any input.
 * 2. Text is the article body (no chrome removal) unless `extract: true`; HTML is a whole page.
 * 3. Extraction and the annotation pipeline, as `dateline analyze` runs them.
 */
import type { Dispatcher } from 'undici';
import type { ArticleRecord } from '../doc/record.js';
import { checkUrl } from '../ingest/fetch.js';
import { readInputs } from '../ingest/sources.js';
import type { RawDocument } from '../ingest/types.js';
import { processDocument } from '../workers/process-document.js';
import { ApiError } from './errors.js';
import { publicDispatcher, type Resolver, resolvePublic, systemResolver } from './guard.js';
import type { AnalyzeBody } from './schemas.js';

export type Analyzer = (body: AnalyzeBody) => Promise<ArticleRecord>;

export interface AnalyzerOptions {
  resolver?: Resolver;
  /** The dispatcher URL fetches go through (default: the public-only guarded agent over `resolver`). */
  dispatcher?: Dispatcher;
}

export function createAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  const resolver = opts.resolver ?? systemResolver;
  let dispatcher = opts.dispatcher;
  return async (body) => {
    const given = [body.text, body.html, body.url].filter((v) => v !== undefined).length;
    if (given !== 1) throw new ApiError(400, 'bad-request', 'give exactly one of "text", "html" and "url"');
    let raw: RawDocument;
    if (body.url !== undefined) {
      // 1.
      const url = checkUrl(body.url);
      await resolvePublic(url.hostname, resolver);
      dispatcher ??= publicDispatcher(resolver);
      raw = await fetchOne(url.href, dispatcher);
    } else {
      // 2.
      raw = {
        input: 'request',
        url: null,
        kind: body.html !== undefined ? 'html' : 'text',
        content: body.html ?? body.text!,
        warnings: [],
      };
    }
    // 3.
    const noExtract = body.text !== undefined && body.extract !== true;
    return processDocument(
      raw,
      { noExtract, ...(body.published !== undefined ? { published: body.published } : {}) },
      'all',
    );
  };
}

async function fetchOne(url: string, dispatcher: Dispatcher): Promise<RawDocument> {
  for await (const item of readInputs([url], { fetch: { dispatcher }, onWarning: () => {} })) {
    if (!item.ok) throw item.error;
    return item.doc;
  }
  throw new ApiError(422, 'empty-input', 'the URL gave no document');
}
