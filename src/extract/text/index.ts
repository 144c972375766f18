/**
 * Plain-text scrapes and datelines. (Placeholder: replaced by the full implementation.)
 */
import type { Dateline } from '../../doc/doc.js';
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

export interface DatelineMatch {
  dateline: Dateline;
  /** Where the dateline ends in the text it was found in (strip text.slice(0, end)). */
  end: number;
}

/**
 * A dateline at the start of the body ("PARIS, Nov 17, (RTRS):", "WASHINGTON (AP) —").
 * `referenceDate` (ISO) gives the year when the dateline states none.
 */
export function parseDateline(_body: string, _referenceDate?: string | null): DatelineMatch | null {
  return null;
}
