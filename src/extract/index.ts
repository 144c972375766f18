/**
 * Page → Doc: the extraction recipe.
 *
 * 1. HTML: parse once into a compact tree (html/tree.ts).
 * 2. Content: score blocks and keep the article body (html/content.ts), or, for a plain-text scrape,
 *    drop chrome lines (text/index.ts). With --no-extract the input text is the body, untouched.
 * 3. Metadata with a fixed precedence (metadata/index.ts): title, authors, publication date, language.
 * 4. Dateline: parsed from the start of one of the first paragraphs (a kicker or standfirst may come
 *    first) and stripped from it (text/index.ts).
 * 5. Publication date: the page's own (JSON-LD, meta, <time>, URL) > the dateline's date > --published.
 *    A JSONL line's `published` wins over all: the caller stated it.
 * 6. Language: declared (<html lang>, meta) checked against the text's own detection.
 */
import { type Dateline, Doc, type DocMeta } from '../doc/doc.js';
import { DatelineError, type Warning, warning } from '../doc/errors.js';
import type { RawDocument } from '../ingest/types.js';
import { extractContent } from './html/content.js';
import { parseHtml } from './html/tree.js';
import { detectLanguage, extractMetadata, type PageMetadata } from './metadata/index.js';
import { extractPlainText, parseDateline } from './text/index.js';

export interface ExtractOptions {
  /** The input text is the article body: no boilerplate removal, text kept byte-for-byte. */
  noExtract?: boolean;
  /** --published: the publication date for inputs that carry none. */
  published?: string;
  /** --url: the page's address when the input carries none. */
  url?: string;
}

export function extract(raw: RawDocument, opts: ExtractOptions = {}): Doc {
  const warnings: Warning[] = [...raw.warnings];
  const url = raw.url ?? opts.url ?? null;

  // 1–3. Content and metadata.
  let body: string;
  let meta: PageMetadata;
  if (opts.noExtract) {
    body = raw.content;
    meta = emptyMetadata(url);
  } else if (raw.kind === 'html') {
    const tree = parseHtml(raw.content);
    if (tree.truncated)
      warnings.push(warning('html-truncated', 'the page has too many elements; the rest was ignored'));
    const content = extractContent(tree, { url });
    body = content.text;
    meta = extractMetadata(tree, { url, bodyText: body, heading: content.heading });
    if (meta.warnings) warnings.push(...meta.warnings);
  } else {
    const plain = extractPlainText(raw.content);
    body = plain.text;
    warnings.push(...plain.warnings);
    meta = { ...emptyMetadata(url), title: plain.title, authors: plain.authors, published: plain.published };
  }

  // 4. Dateline (never stripped with --no-extract: offsets must line up with the input).
  const reference = raw.published ?? meta.published ?? opts.published ?? null;
  const found = findDateline(body, reference);
  if (found && !opts.noExtract) body = body.slice(0, found.start) + body.slice(found.end).trimStart();
  const dateline = found?.dateline ?? null;

  // 5. Publication date.
  const published = raw.published ?? meta.published ?? dateline?.date ?? opts.published ?? null;

  if (!body.trim() && !opts.noExtract) {
    throw new DatelineError('no-content', 'no article text found in the page');
  }

  // 6. Language.
  const detected = detectLanguage(body);
  const language = detected ?? normaliseLang(meta.language);

  const docMeta: DocMeta = {
    input: raw.input,
    ...(raw.id !== undefined ? { id: raw.id } : {}),
    url: meta.url ?? url,
    title: raw.title ?? meta.title,
    authors: meta.authors,
    published,
    dateline,
    language,
    site: meta.site,
    description: meta.description,
    ...(meta.agencies?.length ? { agencies: meta.agencies } : {}),
  };
  return new Doc(body, docMeta, warnings);
}

/**
 * Paragraphs searched for a dateline: wire copy republished on a site often has a section label and a
 * standfirst and a byline above the paragraph that opens with "PARIS, Nov 17 (AFP) -"; deeper than this it is a quote.
 */
const DATELINE_PARAGRAPHS = 4;

/** The dateline at the start of one of the first paragraphs, with its offsets in the body. */
export function findDateline(
  body: string,
  reference: string | null,
): { dateline: Dateline; start: number; end: number } | null {
  let start = 0;
  for (let k = 0; k < DATELINE_PARAGRAPHS && start < body.length; k++) {
    const next = body.indexOf('\n\n', start);
    const paragraph = next < 0 ? body.slice(start) : body.slice(start, next);
    const found = parseDateline(paragraph, reference);
    if (found) return { dateline: found.dateline, start, end: start + found.end };
    if (next < 0) break;
    start = next + 2;
  }
  return null;
}

function emptyMetadata(url: string | null): PageMetadata {
  return { title: null, authors: [], published: null, language: null, site: null, description: null, url };
}

function normaliseLang(lang: string | null): string | null {
  if (!lang) return null;
  const m = /^([a-z]{2,3})\b/i.exec(lang.trim());
  return m ? m[1]!.toLowerCase() : null;
}

export { parseHtml } from './html/tree.js';
