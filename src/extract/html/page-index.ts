/**
 * A flat, read-only index over the tree for scoring: elements in document (pre)order with their
 * parent, subtree end and text / link-text lengths, all computed in one top-down and one bottom-up pass
 * (no repeated textContent over subtrees).
 */
import { STRUCTURE_TAGS } from './settings.js';
import type { HElement } from './tree.js';

export interface PageIndex {
  /** Elements in document order; index 0 is the tree's root. */
  readonly els: readonly HElement[];
  /** Index of each element's parent (-1 for the root). */
  readonly parent: Int32Array;
  /** Index of the last element of each subtree (inclusive), so `i..end[i]` is the subtree. */
  readonly end: Int32Array;
  /** Visible characters of text in the subtree (whitespace runs count as one). */
  readonly chars: Float64Array;
  /** Of those, characters inside links. */
  readonly linkChars: Float64Array;
  /** Number of structural block descendants (p, div, table, lists, headings...). */
  readonly structure: Int32Array;
  /** Position of an element in `els` (-1 when it is not in the indexed tree). */
  readonly position: (el: HElement) => number;
}

/** Length of a text node's text with whitespace runs collapsed to one char and ends trimmed. */
export function collapsedLength(text: string): number {
  let n = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return inSpace && n > 0 ? n - 1 : n;
}

export function buildIndex(root: HElement): PageIndex {
  // 1. Preorder list with parents (iterative: bounded stack on any input).
  const els: HElement[] = [];
  const parents: number[] = [];
  const stack: HElement[] = [root];
  const stackParent: number[] = [-1];
  // The parser numbers elements in document order; when that holds, `order` is the position.
  let ordered = true;
  while (stack.length) {
    const el = stack.pop()!;
    const idx = els.length;
    if (el.order - root.order !== idx) ordered = false;
    els.push(el);
    parents.push(stackParent.pop()!);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'el') {
        stack.push(c);
        stackParent.push(idx);
      }
    }
  }
  const n = els.length;
  const parent = Int32Array.from(parents);
  const end = new Int32Array(n);
  const chars = new Float64Array(n);
  const linkChars = new Float64Array(n);
  const structure = new Int32Array(n);
  const byElement = ordered ? null : new Map<HElement, number>(els.map((e, i) => [e, i]));
  const base = root.order;
  const position = byElement
    ? (el: HElement) => byElement.get(el) ?? -1
    : (el: HElement) => {
        const i = el.order - base;
        return i >= 0 && i < n && els[i] === el ? i : -1;
      };

  // 2. Own text of each element.
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    end[i] = i;
    let own = 0;
    for (const c of el.children) if (c.type === 'text') own += collapsedLength(c.text);
    chars[i] = own;
    if (el.tag === 'a') linkChars[i] = own;
  }

  // 3. Bottom-up sums: reverse preorder visits every child before its parent.
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i]!;
    chars[p]! += chars[i]!;
    // Text inside a link is link text however deep it sits.
    linkChars[p]! += els[p]!.tag === 'a' ? chars[i]! : linkChars[i]!;
    if (end[i]! > end[p]!) end[p] = end[i]!;
    structure[p]! += structure[i]! + (STRUCTURE_TAGS.has(els[i]!.tag) ? 1 : 0);
  }
  return { els, parent, end, chars, linkChars, structure, position };
}
