import type { Warning } from '../../doc/errors.js';

export interface PlainTextResult {
  title: string | null;
  /** Body paragraphs separated by a blank line, chrome removed. */
  text: string;
  authors: string[];
  warnings: Warning[];
}

export function extractPlainText(text: string): PlainTextResult {
  return { title: null, text: text.trim(), authors: [], warnings: [] };
}
