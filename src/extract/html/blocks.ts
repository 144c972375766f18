/**
 * Segmentation: one walk over the visible tree cuts its text into blocks (paragraphs, headings, list
 * items, quotes, table rows, bare text in divs). Each text node lands in exactly one block, owned by its
 * innermost block-level element, so later steps never re-read a subtree's text.
 */
import type { PageIndex } from './page-index.js';
import { BLOCK_TAGS, HEADING_TAGS } from './settings.js';
import type { HNode } from './tree.js';

export type BlockKind = 'p' | 'heading' | 'li' | 'quote' | 'row' | 'pre' | 'other';

export interface Block {
  /** Text with whitespace collapsed; table cells joined with " | ". */
  text: string;
  /** Characters inside links. */
  linkChars: number;
  /** Index (in the PageIndex) of the innermost block-level element holding the text. */
  owner: number;
  kind: BlockKind;
  /** The heading level (1–6) for headings, else 0. */
  level: number;
}

const CELL = '\u0000';

function kindOf(tag: string): BlockKind {
  if (tag === 'p') return 'p';
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'li';
  if (tag === 'blockquote') return 'quote';
  if (tag === 'tr') return 'row';
  if (tag === 'pre') return 'pre';
  return 'other';
}

/**
 * Cuts the visible text under `index.els[0]` into blocks, in document order. `excluded[i]` drops the
 * i-th element's whole subtree.
 */
export function segmentBlocks(index: PageIndex, excluded: Uint8Array): Block[] {
  const { els, position, structure } = index;
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let owners: number[] = [0];
  let linkDepth = 0;
  // Rows without structural content are data rows: their cells join into one block.
  const dataRow = (i: number) => els[i]!.tag === 'tr' && structure[i] === 0;

  const flush = () => {
    if (!parts.length) return;
    let text = parts.join('');
    parts = [];
    const owner = owners[owners.length - 1]!;
    if (text.includes(CELL)) {
      text = text
        .split(CELL)
        .map((c) => c.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' | ');
    } else text = text.replace(/\s+/g, ' ').trim();
    const lc = linkChars;
    linkChars = 0;
    if (!text) return;
    const tag = els[owner]!.tag;
    blocks.push({
      text,
      linkChars: Math.min(lc, text.length),
      owner,
      kind: kindOf(tag),
      level: HEADING_TAGS.has(tag) ? Number(tag[1]) : 0,
    });
  };

  // Explicit enter/exit events keep the walk iterative.
  type Step = { node: HNode; exit: boolean };
  const stack: Step[] = [];
  const root = els[0]!;
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, exit: false });
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      parts.push(node.text);
      if (linkDepth > 0) {
        const t = node.text.trim();
        if (t) linkChars += t.replace(/\s+/g, ' ').length + 1;
      }
      continue;
    }
    const i = position(node);
    if (i < 0) continue;
    if (excluded[i]) {
      if (BLOCK_TAGS.has(node.tag)) flush(); // a dropped block still separates the text around it
      continue;
    }
    const tag = node.tag;
    const parentIdx = index.parent[i]!;
    const isCell = (tag === 'td' || tag === 'th') && parentIdx >= 0 && dataRow(parentIdx);
    if (exit) {
      if (tag === 'a') linkDepth--;
      if (isCell) continue;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        owners.pop();
      }
      continue;
    }
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img' || tag === 'hr') {
      if (tag === 'hr') flush();
      continue;
    }
    if (tag === 'a') linkDepth++;
    if (isCell) parts.push(CELL);
    else if (BLOCK_TAGS.has(tag)) {
      flush();
      owners.push(i);
    }
    stack.push({ node, exit: true });
    for (let c = node.children.length - 1; c >= 0; c--) stack.push({ node: node.children[c]!, exit: false });
  }
  flush();
  owners = [];
  return blocks;
}
