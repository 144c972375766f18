/**
 * Plain-text scrapes and datelines: the text side of extraction.
 * - plain-text.ts: a page saved as text, chrome and all → title, body paragraphs, authors.
 * - dateline.ts: the dateline that opens a wire story ("PARIS, Nov 17 (Reuters) -").
 */
export { type DatelineMatch, parseDateline } from './dateline.js';
export { extractPlainText, type PlainTextResult } from './plain-text.js';
