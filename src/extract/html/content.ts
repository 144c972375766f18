/**
 * Main-content extraction from the HtmlTree. (Placeholder: replaced by the scoring algorithm.)
 */
import { type HtmlTree, textContent } from './tree.js';

export interface ContentResult {
  /** Body text: blocks separated by a blank line. */
  text: string;
  /** The first heading inside or just above the content, when any (a title candidate). */
  heading: string | null;
  /** Which step of the fallback cascade produced the text. */
  method: string;
}

export interface ContentOptions {
  url?: string | null;
}

export function extractContent(tree: HtmlTree, _opts: ContentOptions = {}): ContentResult {
  return { text: textContent(tree.root), heading: null, method: 'placeholder' };
}
