/**
 * Page metadata with a fixed precedence. (Placeholder: replaced by the full implementation.)
 */
import type { HtmlTree } from '../html/tree.js';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  /** ISO 8601 date or date-time. */
  published: string | null;
  language: string | null;
  site: string | null;
  description: string | null;
  url: string | null;
}

export interface MetadataOptions {
  url?: string | null;
  /** The extracted body, for byline and date fallbacks. */
  bodyText?: string;
  /** The heading found near the content, a title candidate. */
  heading?: string | null;
}

export function extractMetadata(tree: HtmlTree, opts: MetadataOptions = {}): PageMetadata {
  return {
    title: tree.title?.trim() || null,
    authors: [],
    published: null,
    language: tree.lang,
    site: null,
    description: null,
    url: opts.url ?? tree.canonical,
  };
}

/** Language of a text (ISO 639-1), or null when unsure. (Placeholder.) */
export function detectLanguage(_text: string): string | null {
  return null;
}
