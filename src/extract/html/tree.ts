/**
 * A compact, read-only element tree built from htmlparser2's callbacks: the one DOM that content
 * extraction and metadata share. It is cheaper than a full DOM (no live collections, no CSSOM), drops
 * what can never be article text (scripts, styles, SVG, templates) while keeping JSON-LD, and stays
 * bounded on hostile input: nesting deeper than MAX_DEPTH is flattened, and parsing stops after
 * MAX_NODES nodes with a `truncated` flag.
 */
import { Parser } from 'htmlparser2';

export interface HElement {
  readonly type: 'el';
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HNode[];
  readonly parent: HElement | null;
  /** Index of this element in document order (for stable sorting and ids). */
  readonly order: number;
}

export interface HText {
  readonly type: 'text';
  text: string;
  readonly parent: HElement;
}

export type HNode = HElement | HText;

export interface MetaTag {
  name: string;
  content: string;
}

export interface HtmlTree {
  root: HElement;
  /** `<title>` text. */
  title: string | null;
  /** Every `<meta>` with a name/property/itemprop/http-equiv and content, lower-cased key. */
  metas: MetaTag[];
  /** Raw JSON-LD script bodies, in document order. */
  jsonLd: string[];
  /** `<html lang>`. */
  lang: string | null;
  /** `<link rel=canonical href>`. */
  canonical: string | null;
  /** `<base href>`. */
  base: string | null;
  elementCount: number;
  truncated: boolean;
}

/** Tunables, each with its reason. */
export const TREE_LIMITS = {
  /** Real pages nest < 100 deep; deeper nesting is hostile or broken and recursion must stay bounded. */
  MAX_DEPTH: 256,
  /** 1M nodes is ~30x the largest real article page (~30k) and keeps a 50 MB hostile page under 1 GB. */
  MAX_NODES: 1_000_000,
  /**
   * Nesting past this stops the parse: htmlparser2 keeps its own open-element stack with O(depth)
   * inserts, so unbounded depth is quadratic (100k levels took 5 s). No real page nests 20k deep (20k levels cost ~150 ms).
   */
  MAX_PHANTOM_DEPTH: 20_000,
} as const;

/** Elements whose content is never text a reader sees. */
const SKIP_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/**
 * Attribute objects are copied into null-prototype dictionaries: every one then has the same hidden
 * class, so `el.attrs.class` stays a monomorphic load. htmlparser2's own objects get a hidden class per
 * attribute list, and the optimised readers of attributes were thrown away and recompiled again and
 * again as new lists turned up (the JIT's background work was a third of ingest's CPU).
 */
function newAttrs(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** One shared, frozen attribute object for the many elements without attributes (memory on huge pages). */
const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze(newAttrs());

/** The attributes as a dictionary (see newAttrs), or the shared empty one. */
function copyAttrs(o: Record<string, string>): Readonly<Record<string, string>> {
  let out: Record<string, string> | null = null;
  for (const k in o) {
    out ??= newAttrs();
    out[k] = o[k]!;
  }
  return out ?? NO_ATTRS;
}

export function parseHtml(html: string): HtmlTree {
  let order = 0;
  const root: HElement = {
    type: 'el',
    tag: '#root',
    attrs: NO_ATTRS,
    children: [],
    parent: null,
    order: order++,
  };
  const tree: HtmlTree = {
    root,
    title: null,
    metas: [],
    jsonLd: [],
    lang: null,
    canonical: null,
    base: null,
    elementCount: 0,
    truncated: false,
  };
  const stack: HElement[] = [root];
  // Tags opened but not materialised (too deep), so their close tags are matched.
  let phantomDepth = 0;
  let skipDepth = 0; // > 0 while inside a SKIP_CONTENT element
  let capture: { kind: 'title' | 'jsonld'; buf: string[] } | null = null;
  let nodes = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (tree.truncated) return;
        if (++nodes > TREE_LIMITS.MAX_NODES) {
          tree.truncated = true;
          parser.pause();
          return;
        }
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        switch (name) {
          case 'meta': {
            const key = attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'];
            if (key && attribs.content !== undefined)
              tree.metas.push({ name: key.toLowerCase(), content: attribs.content });
            if (attribs.charset) tree.metas.push({ name: 'charset', content: attribs.charset });
            break;
          }
          case 'link':
            if (
              attribs.rel?.toLowerCase().split(/\s+/).includes('canonical') &&
              attribs.href &&
              !tree.canonical
            )
              tree.canonical = attribs.href;
            break;
          case 'base':
            if (attribs.href && !tree.base) tree.base = attribs.href;
            break;
          case 'html':
            if (attribs.lang && !tree.lang) tree.lang = attribs.lang;
            break;
          case 'title':
            if (tree.title === null && !stack.some((e) => e.tag === 'svg' || e.tag === 'body'))
              capture = { kind: 'title', buf: [] };
            break;
          case 'script':
            if ((attribs.type ?? '').toLowerCase().includes('ld+json')) capture = { kind: 'jsonld', buf: [] };
            skipDepth = 1;
            return;
        }
        if (SKIP_CONTENT.has(name)) {
          if (!VOID.has(name)) skipDepth = 1;
          return;
        }
        const parent = stack[stack.length - 1]!;
        if (stack.length > TREE_LIMITS.MAX_DEPTH) {
          // Flatten: children of over-deep elements attach to the deepest materialised element.
          if (!VOID.has(name) && ++phantomDepth > TREE_LIMITS.MAX_PHANTOM_DEPTH) {
            tree.truncated = true;
            parser.pause();
          }
          return;
        }
        const attrs = copyAttrs(attribs);
        const el: HElement = { type: 'el', tag: name, attrs, children: [], parent, order: order++ };
        parent.children.push(el);
        tree.elementCount++;
        if (!VOID.has(name)) stack.push(el);
      },
      ontext(data) {
        if (capture) {
          capture.buf.push(data);
          return;
        }
        if (skipDepth > 0 || tree.truncated) return;
        const parent = stack[stack.length - 1]!;
        const last = parent.children[parent.children.length - 1];
        if (last && last.type === 'text') last.text += data;
        else parent.children.push({ type: 'text', text: data, parent });
      },
      onclosetag(name, isImplied) {
        if (tree.truncated) return;
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          if (skipDepth === 0 && capture) {
            if (capture.kind === 'jsonld') tree.jsonLd.push(capture.buf.join(''));
            capture = null;
          }
          return;
        }
        if (capture?.kind === 'title' && name === 'title') {
          tree.title = capture.buf.join('');
          capture = null;
        }
        if (VOID.has(name) || SKIP_CONTENT.has(name)) return;
        if (phantomDepth > 0 && !isImplied) {
          phantomDepth--;
          return;
        }
        // Pop to the matching element; htmlparser2 already balances implied closes.
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i]!.tag === name) {
            stack.length = i;
            return;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  if (!tree.truncated) parser.end();
  if (capture && (capture as { kind: string }).kind === 'title')
    tree.title = (capture as { buf: string[] }).buf.join('');
  return tree;
}

/** Depth-first walk over elements (iterative: bounded stack on any input). */
export function* walkElements(root: HElement): Generator<HElement> {
  const stack: HElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'el') stack.push(c);
    }
  }
}

/** All text below an element, whitespace collapsed. */
export function textContent(el: HElement): string {
  const parts: string[] = [];
  const stack: HNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.text);
    else {
      if (n.tag === 'br') parts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function attr(el: HElement, name: string): string | undefined {
  return el.attrs[name];
}

/** The element's class and id, lower-cased, for the class/id cues. */
export function classAndId(el: HElement): string {
  const c = el.attrs.class ?? '';
  const i = el.attrs.id ?? '';
  return (c + ' ' + i).toLowerCase();
}
